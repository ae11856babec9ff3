import Foundation
import Testing

/// URL inputs against a local server (Tests/http-server.py on 127.0.0.1 only).
@Suite(.serialized) final class URLInputTests {
    let server = Process()
    let base: String

    init() throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("http-server.py")
        let portFile = FileManager.default.temporaryDirectory.appendingPathComponent("quire-http-\(UUID().uuidString)")
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", script.path, portFile.path]
        server.standardOutput = FileHandle.nullDevice
        try server.run()
        var port: String?
        for _ in 0..<100 where port == nil {
            port = try? String(contentsOf: portFile, encoding: .utf8)
            if port == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        try? FileManager.default.removeItem(at: portFile)
        base = "http://127.0.0.1:\(port ?? "0")"
    }

    /// SIGKILL: processes started from the test runner's threads inherit a mask that blocks SIGTERM.
    deinit {
        kill(server.processIdentifier, SIGKILL)
        server.waitUntilExit()
    }

    func json(_ run: QuireRun) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: run.outputBytes) as? [String: Any] ?? [:]
    }

    @Test func readsAPageWithTheCharsetFromTheHeader() throws {
        let run = try QuireProcess.run(["convert", "\(base)/article.html", "-t", "json", "--compact"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("“Quoted” words – été."))
        let metadata = try json(run)["metadata"] as? [String: Any]
        #expect(metadata?["source_url"] as? String == "\(base)/article.html")
        #expect(run.standardOutput.contains("\"url\":\"\(base)/other.html\""))
    }

    @Test func followsRedirectsAndResolvesAgainstTheFinalURL() throws {
        let run = try QuireProcess.run(["convert", "\(base)/redirect/3", "-t", "json", "--compact"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect((try json(run)["metadata"] as? [String: Any])?["source_url"] as? String == "\(base)/dir/page")
        #expect(run.standardOutput.contains("\"url\":\"\(base)/dir/other.html\""))
    }

    @Test func anUnknownCharsetIsReportedAndTheBytesStillRead() throws {
        let run = try QuireProcess.run(["convert", "\(base)/wrong-charset", "-t", "json", "--compact"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("Déjà vu"))
        #expect(run.standardError.contains("unknown character set \"no-such-charset\""), "\(run.standardError)")
    }

    @Test func aRefusedConnectionIsAFailure() throws {
        let run = try QuireProcess.run(["convert", "http://127.0.0.1:1/page", "-t", "json"])
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix("quire: http://127.0.0.1:1/page: "))
        #expect(run.standardError.split(separator: "\n").count == 1)
    }

    @Test func picksTheReaderFromTheMediaType() throws {
        let run = try QuireProcess.run(["convert", "\(base)/notes.md", "-t", "json", "--compact"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("\"type\":\"emphasis\""))
    }

    @Test(arguments: [
        (["/loop"], "more than 10 redirects"),
        (["/missing"], "HTTP 404"),
        (["/slow", "--timeout", "1"], "timed out"),
        (["/big", "--max-size", "1"], "larger than 1048576 bytes"),
    ])
    func failuresAreOneLineAndLeaveNoFile(arguments: [String], reason: String) throws {
        let scratch = try ScratchDirectory()
        let run = try QuireProcess.run(
            ["convert", base + arguments[0], "-o", scratch.url.appendingPathComponent("out.json").path] + arguments.dropFirst())
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix("quire: \(base)\(arguments[0]): "), "\(run.standardError)")
        #expect(run.standardError.contains(reason), "\(run.standardError)")
        #expect(run.standardError.split(separator: "\n").count == 1)
        #expect(scratch.fileNames.isEmpty)
    }

    @Test func aBatchOfURLsNamesOutputsAfterThem() throws {
        let scratch = try ScratchDirectory()
        let list = "# reading list\n\(base)/article.html\n\(base)/notes.md\n\(base)/missing\n\n\(base)/article.html?again\n"
        try Data(list.utf8).write(to: scratch.url.appendingPathComponent("urls.txt"))
        let run = try QuireProcess.run(["batch", "--urls", "urls.txt", "-t", "markdown", "-o", "out", "-j", "2"], in: scratch.url)
        #expect(run.status == 1)
        #expect(run.standardError.contains("3 converted, 0 skipped, 1 failed"), "\(run.standardError)")
        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.url.appendingPathComponent("out").path).sorted()
        #expect(names == ["127-0-0-1-\(base.split(separator: ":").last ?? "")-article-2.md", "127-0-0-1-\(base.split(separator: ":").last ?? "")-article.md", "127-0-0-1-\(base.split(separator: ":").last ?? "")-notes.md"])
    }
}
