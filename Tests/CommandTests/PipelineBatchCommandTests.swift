import Foundation
import Glibc
import Testing

/// What pipelines need from `batch` and `convert`: a list of files with outputs named relative
/// to a root, web addresses for saved pages, `--encoding` on standard input, compact JSON that
/// ends its line, temporaries named per machine, and a rerun's report with the words of what
/// it skipped.
@Suite struct PipelineBatchCommandTests {
    /// A saved web page: a title, and a relative link that only a base URL can resolve.
    static func page(_ title: String) -> String {
        "<!DOCTYPE html><html><head><title>\(title)</title></head><body><article><h1>\(title)</h1>"
            + "<p>The \(title) page links to <a href=\"../other/\">its neighbour</a> and says enough to be an article.</p>"
            + "</article></body></html>"
    }

    func json(_ file: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any] ?? [:]
    }

    func sourceURL(_ file: URL) throws -> String? {
        try (json(file)["metadata"] as? [String: Any])?["source_url"] as? String
    }

    @Test func filesFromNamesOutputsByTheirPathUnderTheRoot() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("site/a/index.html", Self.page("Alpha"))
        _ = try scratch.write("site/b/index.html", Self.page("Beta"))
        _ = try scratch.write("site/b/notes.md", "# Notes\n\nNot listed, so not converted.\n")
        let list = "# pages to convert\nsite/a/index.html\n\n  # indented comment\n./site/b/index.html\r\n"
        let run = try QuireProcess.run(
            ["batch", "--files-from", "-", "--root", "site", "-t", "text", "-o", "out", "-q"], input: Data(list.utf8),
            in: scratch.url)
        #expect(run.status == 0, "\(run.standardError)")
        let out = scratch.url.appendingPathComponent("out")
        #expect(try String(contentsOf: out.appendingPathComponent("a/index.txt"), encoding: .utf8).contains("The Alpha page"))
        #expect(try String(contentsOf: out.appendingPathComponent("b/index.txt"), encoding: .utf8).contains("The Beta page"))
        #expect(!FileManager.default.fileExists(atPath: out.path + "/b/notes.txt"))

        // Without --root, names are relative to the working folder; from a file, not standard input.
        _ = try scratch.write("list.txt", "site/a/index.html\n")
        let fromFile = try QuireProcess.run(["batch", "--files-from", "list.txt", "-t", "json", "-o", "whole", "-q"], in: scratch.url)
        #expect(fromFile.status == 0, "\(fromFile.standardError)")
        #expect(FileManager.default.fileExists(atPath: scratch.url.path + "/whole/site/a/index.json"))
    }

    @Test func aListedPathOutsideTheRootIsAUsageErrorNamingIt() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("site/a.html", Self.page("Alpha"))
        _ = try scratch.write("elsewhere/b.html", Self.page("Beta"))
        let run = try QuireProcess.run(
            ["batch", "--files-from", "-", "--root", "site", "-t", "text", "-o", "out"],
            input: Data("site/a.html\nelsewhere/b.html\n".utf8), in: scratch.url)
        #expect(run.status == 2)
        #expect(run.standardError == "quire: elsewhere/b.html: outside the --root folder site; outputs are named by their path relative to it\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.url.path + "/out"))

        let rootAlone = try QuireProcess.run(["batch", "site", "--root", "site", "-o", "out"], in: scratch.url)
        #expect(rootAlone.status == 2)
        #expect(rootAlone.standardError.hasPrefix("quire: --root: "))
    }

    @Test func anEmptyListIsNotASuccess() throws {
        let scratch = try ScratchDirectory()
        let run = try QuireProcess.run(
            ["batch", "--files-from", "-", "-o", "out"], input: Data("# nothing yet\n\n".utf8), in: scratch.url)
        #expect(run.status == 1)
        #expect(run.standardError == "quire: standard input: lists no files to convert\n")
    }

    @Test func aListedFileThatIsMissingFailsAloneAndTheBatchGoesOn() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("site/a.html", Self.page("Alpha"))
        let run = try QuireProcess.run(
            ["batch", "--files-from", "-", "--root", "site", "-t", "text", "-o", "out", "-q"],
            input: Data("site/gone.html\nsite/a.html\n".utf8), in: scratch.url)
        #expect(run.status == 1)
        #expect(run.standardError.contains("quire: site/gone.html: no such file or directory"))
        #expect(run.standardError.contains("1 converted, 0 skipped, 1 failed"))
        #expect(FileManager.default.fileExists(atPath: scratch.url.path + "/out/a.txt"))
    }

    @Test func aBaseURLGivesEachInputItsAddressByItsRelativePath() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("mirror/docs/guide/index.html", Self.page("Guide"))
        _ = try scratch.write("mirror/docs/with space.html", Self.page("Spaced"))
        let run = try QuireProcess.run(
            ["batch", "mirror", "-t", "json", "-o", "out", "-q", "--base-url", "https://harbour.example/"], in: scratch.url)
        #expect(run.status == 0, "\(run.standardError)")
        let guide = scratch.url.appendingPathComponent("out/docs/guide/index.json")
        #expect(try sourceURL(guide) == "https://harbour.example/docs/guide/index.html")
        let text = try String(contentsOf: guide, encoding: .utf8)
        #expect(text.contains("\"url\": \"https://harbour.example/docs/other/\""), "the relative link resolves against the page's address")
        #expect(try sourceURL(scratch.url.appendingPathComponent("out/docs/with space.json")) == "https://harbour.example/docs/with%20space.html")

        let relative = try QuireProcess.run(["batch", "mirror", "-o", "out2", "--base-url", "docs/"], in: scratch.url)
        #expect(relative.status == 2)
        #expect(relative.standardError.hasPrefix("quire: --base-url: expects an absolute URL"))
    }

    @Test func aManifestGivesEachListedInputItsOwnAddress() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("pages/one.html", Self.page("One"))
        _ = try scratch.write("pages/two.html", Self.page("Two"))
        _ = try scratch.write("pages/three.html", Self.page("Three"))
        _ = try scratch.write(
            "urls.jsonl",
            "{\"path\": \"pages/one.html\", \"url\": \"https://one.example/story/1\"}\n"
                + "{\"path\": \"./pages/two.html\", \"url\": \"https://two.example/a/b\"}\n")
        let run = try QuireProcess.run(
            ["batch", "pages", "-t", "json", "-o", "out", "-q", "--manifest", "urls.jsonl", "--base-url", "https://fallback.example/"],
            in: scratch.url)
        #expect(run.status == 0, "\(run.standardError)")
        let out = scratch.url.appendingPathComponent("out")
        #expect(try sourceURL(out.appendingPathComponent("one.json")) == "https://one.example/story/1")
        #expect(try String(contentsOf: out.appendingPathComponent("two.json"), encoding: .utf8).contains("https://two.example/other/"))
        #expect(try sourceURL(out.appendingPathComponent("three.json")) == "https://fallback.example/three.html")

        _ = try scratch.write("bad.jsonl", "{\"path\": \"pages/one.html\", \"url\": \"https://one.example/\"}\n{\"path\": \"pages/two.html\"}\n")
        let bad = try QuireProcess.run(["batch", "pages", "-o", "out3", "--manifest", "bad.jsonl"], in: scratch.url)
        #expect(bad.status == 2)
        #expect(bad.standardError == "quire: bad.jsonl:2: expects an object with the strings \"path\" and \"url\"\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.url.path + "/out3"))
    }

    @Test func encodingIsHonouredForStandardInput() throws {
        // "Привет, мир" and "Café" in windows-1251 and windows-1252: no declaration in the bytes.
        let cyrillic = Data([0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x2C, 0x20, 0xEC, 0xE8, 0xF0, 0x0A])
        let russian = try QuireProcess.run(["convert", "--encoding", "windows-1251", "-f", "text", "-t", "text"], input: cyrillic)
        #expect(russian.status == 0, "\(russian.standardError)")
        #expect(russian.standardOutput == "Привет, мир\n")
        let page = Data("<html><head><meta charset=\"utf-8\"></head><body><p>Caf".utf8) + Data([0xE9]) + Data(".</p></body></html>".utf8)
        let french = try QuireProcess.run(["convert", "--encoding", "windows-1252", "-t", "text", "--keep-boilerplate", "-"], input: page)
        #expect(french.status == 0, "\(french.standardError)")
        #expect(french.standardOutput.contains("Café."), "the page's own <meta> loses to --encoding")
    }

    @Test func compactJSONEndsWithALineFeed() throws {
        let run = try QuireProcess.run(["convert", "-f", "markdown", "-t", "json", "--compact"], input: Data("# One\n\nTwo.\n".utf8))
        #expect(run.status == 0)
        #expect(run.outputBytes.last == 0x0A)
        #expect(run.standardOutput.filter { $0 == "\n" }.count == 1, "one line, ended")
        let scratch = try ScratchDirectory()
        _ = try scratch.write("in/a.md", "# A\n")
        let batch = try QuireProcess.run(["batch", "in", "-t", "json", "--compact", "-o", "out", "-q"], in: scratch.url)
        #expect(batch.status == 0)
        let written = try Data(contentsOf: scratch.url.appendingPathComponent("out/a.json"))
        #expect(written.last == 0x0A && written.dropLast().allSatisfy { $0 != 0x0A })
    }

    /// The same rule as quire's: letters, digits, `.` and `-` kept, the rest `_`.
    static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        _ = gethostname(&buffer, buffer.count - 1)
        return String(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self).prefix(64).map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") ? $0 : "_" })
    }

    @Test func aRerunRemovesOnlyThisMachinesStaleTemporaries() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("in/a.md", "A.")
        let mine = ".a.json.quire-tmp-\(Self.hostName)-999999-42"
        let kept = [
            ".b.json.quire-tmp-another-host.example-999999-42",  // another machine's: its process may be running there
            ".c.json.quire-tmp-999999-42",  // no host: whose it is cannot be told
            ".d.json.quire-tmp-\(Self.hostName)-1-7",  // process 1 is always running
        ]
        for name in kept + [mine] { _ = try scratch.write("out/" + name, "partial") }
        let run = try QuireProcess.run(["batch", "in", "-t", "json", "-o", "out"], in: scratch.url)
        #expect(run.status == 0, "\(run.standardError)")
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path + "/out").sorted()
        #expect(left == (kept + ["a.json", ".quire-manifest"]).sorted())
    }

    @Test func temporaryNamesCarryTheHostAndProcess() throws {
        let scratch = try ScratchDirectory()
        let process = Process()
        process.executableURL = QuireProcess.executable
        process.arguments = ["convert", "big.md", "-t", "json", "-o", "big.json"]
        process.currentDirectoryURL = scratch.url
        _ = try scratch.write("big.md", String(repeating: "Many *words* in many paragraphs.\n\n", count: 200_000))
        process.standardError = FileHandle.nullDevice
        try process.run()
        var seen: String?
        for _ in 0..<20_000 where process.isRunning && seen == nil {
            seen = scratch.fileNames.first { $0.contains(".quire-tmp-") }
            usleep(500)
        }
        process.waitUntilExit()
        let name = try #require(seen, "the conversion ended before its temporary could be seen")
        #expect(name.hasPrefix(".big.json.quire-tmp-\(Self.hostName)-\(process.processIdentifier)-"))
        #expect(process.terminationStatus == 0)
    }

    @Test func aRerunsReportKeepsTheWordsOfWhatItSkipped() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("in/a.md", "one two three\n")
        _ = try scratch.write("in/b.md", "four five\n")
        let first = try QuireProcess.run(["batch", "in", "-t", "text", "-o", "out", "--report", "first.jsonl", "-q"], in: scratch.url)
        #expect(first.status == 0)
        _ = try scratch.write("in/b.md", "four five six seven\n")
        // Its output made before the change whatever the clock's resolution: a rerun redoes it.
        try FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(-60)], ofItemAtPath: scratch.url.appendingPathComponent("out/b.txt").path)
        let rerun = try QuireProcess.run(["batch", "in", "-t", "text", "-o", "out", "--report", "second.jsonl", "-q"], in: scratch.url)
        #expect(rerun.status == 0, "\(rerun.standardError)")
        let lines = try String(contentsOf: scratch.url.appendingPathComponent("second.jsonl"), encoding: .utf8).split(separator: "\n")
        let records = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
        let byInput = Dictionary(uniqueKeysWithValues: records.map { ($0["input"] as? String ?? "", $0) })
        #expect(byInput["in/a.md"]?["status"] as? String == "skipped")
        #expect(byInput["in/a.md"]?["words"] as? Int == 3)
        #expect(byInput["in/b.md"]?["status"] as? String == "converted")
        #expect(byInput["in/b.md"]?["words"] as? Int == 4)
        // A third run skips both, the count of the output redone in between included.
        let third = try QuireProcess.run(["batch", "in", "-t", "text", "-o", "out", "--report", "third.jsonl", "-q"], in: scratch.url)
        #expect(third.status == 0)
        let thirdText = try String(contentsOf: scratch.url.appendingPathComponent("third.jsonl"), encoding: .utf8)
        #expect(thirdText.contains("\"input\":\"in/b.md\",\"output\":\"out/b.txt\",\"status\":\"skipped\",\"error\":null,\"words\":4,"))
    }
}
