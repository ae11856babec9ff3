import Foundation
import Testing

/// `quire batch` run as a user would: walking, collisions, failures, reports, reruns,
/// sharding and interruption.
@Suite struct BatchCommandTests {
    func makeTree(_ scratch: ScratchDirectory, files: [String: String]) throws {
        for (path, text) in files {
            let url = scratch.url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// Every file (not folder) under `url`, as paths relative to it, sorted; the batch manifest
    /// (tested on its own) left out.
    func files(under url: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: url.path)
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue,
                path != ".quire-manifest"
            {
                found.append(path)
            }
        }
        return found.sorted()
    }

    @Test func convertsAFolderMirroringItAndSkippingHiddenFiles() throws {
        let scratch = try ScratchDirectory()
        try makeTree(scratch, files: [
            "in/a.md": "# A\n\nText.", "in/sub/b.md": "B *b*", "in/sub/deeper/c.json": #"{"format":"quire-document","version":1,"blocks":[]}"#,
            "in/.hidden/h.md": "hidden", "in/.h.md": "hidden", "in/notes.rtf": "not a document",
        ])
        let run = try QuireProcess.run(["batch", "in", "-t", "json", "-o", "out"], in: scratch.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(files(under: scratch.url.appendingPathComponent("out")) == ["a.json", "sub/b.json", "sub/deeper/c.json"])
        #expect(run.standardError.hasSuffix("3 converted, 0 skipped, 0 failed in 0.0 s\n") || run.standardError.contains("3 converted, 0 skipped, 0 failed"))
        let hidden = try QuireProcess.run(["batch", "in", "-t", "json", "-o", "all", "--hidden"], in: scratch.url)
        #expect(hidden.status == 0)
        #expect(files(under: scratch.url.appendingPathComponent("all")).count == 5)
    }

    @Test func includeAndExcludeGlobs() throws {
        let scratch = try ScratchDirectory()
        try makeTree(scratch, files: ["in/a.md": "a", "in/b.txt.md": "b", "in/drafts/c.md": "c", "in/keep/d.md": "d", "in/e.json": #"{"format":"quire-document","version":1,"blocks":[]}"#])
        let run = try QuireProcess.run(["batch", "in", "-t", "json", "-o", "out", "--include", "*.md", "--exclude", "drafts", "--exclude", "b.*"], in: scratch.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(files(under: scratch.url.appendingPathComponent("out")) == ["a.json", "keep/d.json"])
    }

    @Test func symlinkLoopsAreNotFollowedForever() throws {
        let scratch = try ScratchDirectory()
        try makeTree(scratch, files: ["in/a.md": "a"])
        try FileManager.default.createSymbolicLink(atPath: scratch.url.path + "/in/loop", withDestinationPath: ".")
        let plain = try QuireProcess.run(["batch", "in", "-t", "json", "-o", "out"], in: scratch.url)
        #expect(plain.status == 0)
        let followed = try QuireProcess.run(["batch", "in", "-t", "json", "-o", "out2", "--follow-links"], in: scratch.url)
        #expect(followed.status == 0, "\(followed.standardError)")
        #expect(files(under: scratch.url.appendingPathComponent("out2")) == ["a.json"])
    }

    @Test func collisionsStopTheBatchBeforeItStarts() throws {
        let scratch = try ScratchDirectory()
        try makeTree(scratch, files: ["in/a.md": "a", "in/a.markdown": "b"])
        let run = try QuireProcess.run(["batch", "in", "-t", "json", "-o", "out"], in: scratch.url)
        #expect(run.status == 2)
        #expect(run.standardError == "quire: 1 output would be written twice: in/a.markdown and in/a.md would both write out/a.json\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.url.path + "/out"))
    }

    @Test func aFailureDoesNotStopTheOthersAndIsReported() throws {
        let scratch = try ScratchDirectory()
        try makeTree(scratch, files: ["in/good.md": "one two three", "in/bad.json": "{\"oops\"", "in/other.md": "four"])
        let run = try QuireProcess.run(["batch", "in", "-t", "json", "-o", "out", "--report", "report.jsonl", "-j", "1"], in: scratch.url)
        #expect(run.status == 1)
        #expect(run.standardError.contains("quire: in/bad.json: invalid JSON at line 1, column 8"))
        #expect(run.standardError.contains("2 converted, 0 skipped, 1 failed"))
        let lines = try String(contentsOf: scratch.url.appendingPathComponent("report.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3)
        let records = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
        let byInput = Dictionary(uniqueKeysWithValues: records.map { ($0["input"] as? String ?? "", $0) })
        #expect(byInput["in/good.md"]?["status"] as? String == "converted")
        #expect(byInput["in/good.md"]?["words"] as? Int == 3)
        #expect(byInput["in/good.md"]?["output"] as? String == "out/good.json")
        #expect(byInput["in/bad.json"]?["status"] as? String == "failed")
        #expect((byInput["in/bad.json"]?["error"] as? String)?.contains("invalid JSON") == true)
        #expect(records.allSatisfy { $0["duration_ms"] is Int && $0["stripped_blocks"] is Int })
    }

    @Test func aRerunSkipsWhatIsUpToDateUnlessForced() throws {
        let scratch = try ScratchDirectory()
        try makeTree(scratch, files: ["in/a.md": "a", "in/b.md": "b"])
        _ = try QuireProcess.run(["batch", "in", "-t", "json", "-o", "out"], in: scratch.url)
        let again = try QuireProcess.run(["batch", "in", "-t", "json", "-o", "out"], in: scratch.url)
        #expect(again.standardError.contains("0 converted, 2 skipped, 0 failed"))
        let forced = try QuireProcess.run(["batch", "in", "-t", "json", "-o", "out", "--force"], in: scratch.url)
        #expect(forced.standardError.contains("2 converted, 0 skipped, 0 failed"))
    }

    @Test func shardsOfAFolderPartitionIt() throws {
        let scratch = try ScratchDirectory()
        var tree: [String: String] = [:]
        for index in 0..<40 { tree["in/d\(index % 3)/n\(index).md"] = "note \(index)" }
        try makeTree(scratch, files: tree)
        var outputs: [String] = []
        for shard in 1...3 {
            let run = try QuireProcess.run(["batch", "in", "-t", "json", "-o", "out", "--shard", "\(shard)/3", "--force", "-q"], in: scratch.url)
            #expect(run.status == 0)
            outputs += run.standardError.split(separator: "\n").filter { $0.contains("converted,") }.map(String.init)
        }
        let converted = outputs.compactMap { Int($0.split(separator: " ").first ?? "") }
        #expect(converted.reduce(0, +) == 40)
        #expect(files(under: scratch.url.appendingPathComponent("out")).count == 40)
    }

    /// A batch killed with SIGKILL leaves no partial output; the next run cleans up and finishes.
    @Test func aKilledBatchLeavesNoPartialOutputAndARerunCompletes() throws {
        // Enough work that the batch is still running when it is killed.
        let documentCount = 2000
        let scratch = try ScratchDirectory()
        let paragraph = String(repeating: "Words of a long paragraph that takes a while to convert. ", count: 400)
        var tree: [String: String] = [:]
        for index in 0..<documentCount { tree["in/doc\(index).md"] = "# Doc \(index)\n\n" + paragraph }
        try makeTree(scratch, files: tree)
        let process = Process()
        process.executableURL = QuireProcess.executable
        process.arguments = ["batch", "in", "-t", "json", "-o", "out", "-j", "2", "-q"]
        process.currentDirectoryURL = scratch.url
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.4)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let out = scratch.url.appendingPathComponent("out")
        let written = files(under: out)
        #expect(written.count < documentCount, "the batch finished before it could be killed; make the inputs larger")
        for name in written where !name.contains(".quire-tmp-") {
            let data = try Data(contentsOf: out.appendingPathComponent(name))
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(name) is incomplete")
        }
        let rerun = try QuireProcess.run(["batch", "in", "-t", "json", "-o", "out", "-q"], in: scratch.url)
        #expect(rerun.status == 0, "\(rerun.standardError)")
        let after = files(under: out)
        #expect(after.count == documentCount)
        #expect(!after.contains { $0.contains(".quire-tmp-") })
    }

    @Test func ctrlCStopsCleanlyWithStatus130() throws {
        let scratch = try ScratchDirectory()
        let paragraph = String(repeating: "Words of a long paragraph that takes a while to convert. ", count: 400)
        var tree: [String: String] = [:]
        for index in 0..<2000 { tree["in/doc\(index).md"] = paragraph }
        try makeTree(scratch, files: tree)
        let process = Process()
        let errors = Pipe()
        process.executableURL = QuireProcess.executable
        process.arguments = ["batch", "in", "-t", "json", "-o", "out", "-j", "2", "-q"]
        process.currentDirectoryURL = scratch.url
        process.standardError = errors
        try process.run()
        // Interrupt only once the batch is under way: its first output exists.
        let out = scratch.url.appendingPathComponent("out")
        var polls = 0
        while files(under: out).isEmpty, polls < 200 {
            Thread.sleep(forTimeInterval: 0.05)
            polls += 1
        }
        kill(process.processIdentifier, SIGINT)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(message.contains("interrupted"), "\(message)")
        let written = files(under: scratch.url.appendingPathComponent("out"))
        #expect(!written.contains { $0.contains(".quire-tmp-") })
    }
}

@Suite struct BatchIntoTests {
    @Test func intoGathersEveryInputInNaturalOrder() throws {
        let scratch = try ScratchDirectory()
        for (name, text) in [("ch10.md", "# Ten\n\nLast."), ("ch2.md", "# Two\n\nMiddle."), ("ch1.md", "# One\n\nFirst.")] {
            try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("book"), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: scratch.url.appendingPathComponent("book/" + name))
        }
        let run = try QuireProcess.run(["batch", "book", "--into", "all.md", "-M", "title=All"], in: scratch.url)
        #expect(run.status == 0, "\(run.standardError)")
        let text = try String(contentsOf: scratch.url.appendingPathComponent("all.md"), encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: All\n---\n"))
        let one = try #require(text.range(of: "# One")), two = try #require(text.range(of: "# Two")), ten = try #require(text.range(of: "# Ten"))
        #expect(one.lowerBound < two.lowerBound && two.lowerBound < ten.lowerBound)
        let both = try QuireProcess.run(["batch", "book", "--into", "x.md", "-o", "out"], in: scratch.url)
        #expect(both.status == 2)
    }
}
