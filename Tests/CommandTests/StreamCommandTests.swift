import Foundation
import Testing

/// `quire stream` run as a Spark or Hadoop mapper would run it: records in on standard input or
/// files, one JSON line per record out, in order, failures on their own lines.
@Suite struct StreamCommandTests {
    /// The output lines parsed as JSON objects.
    func lines(_ run: QuireRun) throws -> [[String: Any]] {
        try run.standardOutput.split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    /// A page with navigation and a footer around an article long enough for extraction to
    /// tell them apart.
    func page(_ title: String, _ paragraph: String) -> String {
        let filler = "It goes on at some length, so that the article holds more text than the navigation and the footer around it, as a real page does."
        let paragraphs = (1...4).map { "<p>\(paragraph) \(filler) Paragraph \($0).</p>" }.joined()
        return """
            <!DOCTYPE html><html><head><title>\(title)</title></head><body><nav><ul><li><a href="/">Home</a></li>\
            <li><a href="/about">About us</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact</a></li></ul></nav>
            <article><h1>\(title)</h1>\(paragraphs)</article>
            <footer><p>Copyright 2024 Example Ltd. All rights reserved.</p><ul><li><a href="/privacy">Privacy</a></li>\
            <li><a href="/terms">Terms</a></li></ul></footer></body></html>
            """
    }

    func jsonLine(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func jsonLinesGiveOneLinePerRecordInOrderWithFailuresOnTheirOwnLines() throws {
        let input = [
            try jsonLine(["id": "html", "url": "https://example.com/a/page", "html": page("Alpha", "Words of the first page."), "crawl": ["segment": 7]]),
            try jsonLine(["id": "md", "markdown": "# Beta\n\nSome *Markdown* text.", "metadata": ["title": "Beta title", "authors": ["Ann", "Bo"]]]),
            "this line is not JSON",
            try jsonLine(["id": "txt", "text": "Gamma\n\nPlain words here."]),
            try jsonLine(["id": "b64", "body_base64": Data(page("Delta", "Caf\u{E9} words.").utf8).base64EncodedString(), "content_type": "text/html; charset=utf-8"]),
            try jsonLine(["id": "latin", "body_base64": Data([0x3C, 0x70, 0x3E, 0x63, 0x61, 0x66, 0xE9, 0x3C, 0x2F, 0x70, 0x3E]).base64EncodedString(), "content_type": "text/html; charset=iso-8859-1"]),
        ].joined(separator: "\n") + "\n"
        let run = try QuireProcess.run(["stream", "-t", "text", "-j", "2"], input: Data(input.utf8))
        #expect(run.status == 0, "\(run.standardError)")
        let found = try lines(run)
        #expect(found.map { $0["id"] as? String ?? "line \($0["line"] ?? "?")" } == ["html", "md", "line 3", "txt", "b64", "latin"])
        #expect(found.map { $0["status"] as? String } == ["converted", "converted", "failed", "converted", "converted", "converted"])
        let html = found[0]
        #expect((html["output"] as? String)?.contains("Words of the first page.") == true)
        #expect((html["output"] as? String)?.contains("About us") == false, "the navigation was not stripped")
        #expect((html["stripped_blocks"] as? Int ?? 0) > 0)
        #expect((html["metadata"] as? [String: Any])?["source_url"] as? String == "https://example.com/a/page")
        #expect((html["crawl"] as? [String: Any])?["segment"] as? Int == 7)
        let markdown = try #require(found[1]["metadata"] as? [String: Any])
        #expect(markdown["title"] as? String == "Beta title" && markdown["authors"] as? [String] == ["Ann", "Bo"])
        #expect((found[2]["error"] as? String)?.hasPrefix("not JSON") == true)
        #expect((found[3]["output"] as? String)?.contains("Plain words here.") == true)
        #expect((found[4]["output"] as? String)?.contains("Café words.") == true)
        #expect((found[5]["output"] as? String)?.contains("café") == true)
        #expect(run.standardError == "quire: stream: 6 records: 5 converted, 1 failed\n")

        let failing = try QuireProcess.run(["stream", "--fail-on-error"], input: Data(input.utf8))
        #expect(failing.status == 1)
        #expect(try lines(failing).count == 6)
    }

    @Test func jsonOutputIsADocumentObjectAndStrippedBlocksComeWithTheirReasons() throws {
        let input = try jsonLine(["id": "p", "html": page("Epsilon", "The words that matter.")]) + "\n"
        let run = try QuireProcess.run(["stream", "-t", "json", "--include-stripped"], input: Data(input.utf8))
        #expect(run.status == 0, "\(run.standardError)")
        let line = try #require(try lines(run).first)
        let document = try #require(line["document"] as? [String: Any])
        #expect(document["format"] as? String == "quire-document" && document["blocks"] is [Any])
        let stripped = try #require(line["stripped"] as? [[String: Any]])
        #expect(stripped.count == line["stripped_blocks"] as? Int && !stripped.isEmpty)
        #expect(stripped.allSatisfy { $0["reason"] is String })
    }

    @Test func epubOutputComesInBase64AndMarkdownAsAString() throws {
        let input = try jsonLine(["id": "book", "markdown": "# A book\n\nIts only chapter."]) + "\n"
        let epub = try QuireProcess.run(["stream", "-t", "epub"], input: Data(input.utf8))
        #expect(epub.status == 0, "\(epub.standardError)")
        let line = try #require(try lines(epub).first)
        let encoded = try #require(line["output_base64"] as? String)
        let book = try #require(Data(base64Encoded: encoded))
        #expect(book.starts(with: Data("PK".utf8)) && String(decoding: book.prefix(60), as: UTF8.self).contains("application/epub+zip"))
        let markdown = try QuireProcess.run(["stream", "-t", "markdown", "--no-front-matter"], input: Data(input.utf8))
        #expect(try lines(markdown).first?["output"] as? String == "# A book\n\nIts only chapter.\n")
    }

    // MARK: - WARC

    func warcRecord(type: String, id: String, uri: String? = nil, contentType: String? = nil, block: [UInt8]) -> [UInt8] {
        var header = "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Record-ID: \(id)\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n"
        if let uri { header += "WARC-Target-URI: \(uri)\r\n" }
        if let contentType { header += "Content-Type: \(contentType)\r\n" }
        header += "Content-Length: \(block.count)\r\n\r\n"
        return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
    }

    func response(_ id: String, _ uri: String, headers: [String], body: [UInt8], status: String = "200 OK") -> [UInt8] {
        let http = Array(("HTTP/1.1 \(status)\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n").utf8) + body
        return warcRecord(type: "response", id: id, uri: uri, contentType: "application/http; msgtype=response", block: http)
    }

    func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let scratch = try ScratchDirectory()
        let file = scratch.url.appendingPathComponent("member")
        try Data(bytes).write(to: file)
        let process = try Process.run(URL(fileURLWithPath: "/bin/gzip"), arguments: ["-n", file.path])
        process.waitUntilExit()
        return Array(try Data(contentsOf: scratch.url.appendingPathComponent("member.gz")))
    }

    func chunked(_ bytes: [UInt8], size: Int) -> [UInt8] {
        stride(from: 0, to: bytes.count, by: size).flatMap { start -> [UInt8] in
            let piece = bytes[start..<min(bytes.count, start + size)]
            return Array(String(piece.count, radix: 16).utf8) + [0x0D, 0x0A] + piece + [0x0D, 0x0A]
        } + Array("0\r\n\r\n".utf8)
    }

    /// Records of every type, one gzip member each, the last one cut short.
    func warcGzip() throws -> Data {
        // "Привет, мир" and more Cyrillic in windows-1251, declared only by the HTTP header.
        let cyrillic: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x2C, 0x20, 0xEC, 0xE8, 0xF0]
        let legacy = Array("<html><head><title>Legacy</title></head><body><article><h1>Legacy</h1><p>".utf8) + cyrillic
            + Array(". Enough words around it to be an article of its own.</p></article></body></html>".utf8)
        let records: [[UInt8]] = [
            warcRecord(type: "warcinfo", id: "<urn:uuid:info>", contentType: "application/warc-fields", block: Array("software: quire tests\r\n".utf8)),
            warcRecord(type: "request", id: "<urn:uuid:req>", uri: "https://example.org/one", contentType: "application/http; msgtype=request", block: Array("GET /one HTTP/1.1\r\nHost: example.org\r\n\r\n".utf8)),
            response("<urn:uuid:one>", "https://example.org/one", headers: ["Content-Type: text/html; charset=utf-8", "Transfer-Encoding: chunked"],
                     body: chunked(Array(page("One", "The first page, sent in chunks.").utf8), size: 50)),
            warcRecord(type: "metadata", id: "<urn:uuid:meta>", uri: "https://example.org/one", contentType: "application/warc-fields", block: Array("fetchTimeMs: 20\r\n".utf8)),
            response("<urn:uuid:two>", "https://example.org/two", headers: ["Content-Type: text/html", "Content-Encoding: gzip"],
                     body: try gzip(Array(page("Two", "The second page, compressed.").utf8))),
            response("<urn:uuid:png>", "https://example.org/logo.png", headers: ["Content-Type: image/png"], body: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            response("<urn:uuid:legacy>", "https://example.org/legacy", headers: ["Content-Type: text/html; charset=windows-1251"], body: legacy),
            response("<urn:uuid:garbage>", "https://example.org/garbage", headers: ["Content-Type: text/html", "Content-Encoding: gzip"],
                     body: [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xDE, 0xAD, 0xBE, 0xEF, 0x12, 0x34, 0x56, 0x78]),
            response("<urn:uuid:moved>", "https://example.org/old", headers: ["Content-Type: text/html", "Location: /new"], body: Array("<p>Moved</p>".utf8), status: "301 Moved Permanently"),
            response("<urn:uuid:last>", "https://example.org/last", headers: ["Content-Type: text/html"], body: Array(page("Last", "The page whose member is cut.").utf8)),
        ]
        var members = try records.map(gzip)
        members[members.count - 1] = Array(members[members.count - 1].prefix(members[members.count - 1].count * 2 / 3))
        return Data(members.flatMap { $0 })
    }

    @Test func aWARCGzipGivesOneLinePerHTMLRecordInOrderAndCountsTheRest() throws {
        let scratch = try ScratchDirectory()
        let warc = scratch.url.appendingPathComponent("crawl.warc.gz")
        try warcGzip().write(to: warc)
        var outputs: [String] = []
        for jobs in ["1", "2"] {
            let run = try QuireProcess.run(["stream", warc.path, "-t", "text", "-j", jobs])
            #expect(run.status == 0, "\(run.standardError)")
            let found = try lines(run)
            #expect(found.map { $0["id"] as? String } == ["<urn:uuid:one>", "<urn:uuid:two>", "<urn:uuid:legacy>", "<urn:uuid:garbage>", "<urn:uuid:last>"])
            #expect(found.map { $0["status"] as? String } == ["converted", "converted", "converted", "failed", "failed"])
            #expect(found.map { $0["url"] as? String }.first == "https://example.org/one")
            #expect((found[0]["output"] as? String)?.contains("The first page, sent in chunks.") == true)
            #expect((found[1]["output"] as? String)?.contains("The second page, compressed.") == true)
            #expect((found[2]["output"] as? String)?.contains("Привет, мир") == true)
            #expect((found[3]["error"] as? String)?.contains("gzip") == true)
            #expect((found[4]["error"] as? String)?.contains("cut short") == true)
            #expect(run.standardError.contains("5 records: 3 converted, 2 failed; 5 skipped ("))
            for kind in ["1 request", "1 metadata", "1 warcinfo", "1 not HTML", "1 HTTP 301"] {
                #expect(run.standardError.contains(kind), "\(kind) missing from \(run.standardError)")
            }
            outputs.append(found.map { ($0["output"] as? String) ?? ($0["error"] as? String) ?? "" }.joined(separator: "\n"))
        }
        #expect(outputs[0] == outputs[1])

        let piped = try QuireProcess.run(["stream", "--from-records", "warc", "-t", "markdown"], input: try warcGzip())
        #expect(piped.status == 0)
        #expect(try lines(piped).count == 5)
    }

    @Test func limitsFailOnlyTheirRecord() throws {
        let input = [
            try jsonLine(["id": "big", "text": String(repeating: "word ", count: 400)]),
            try jsonLine(["id": "small", "text": "Small."]),
        ].joined(separator: "\n")
        let run = try QuireProcess.run(["stream", "--max-bytes", "1000", "--unordered"], input: Data(input.utf8))
        #expect(run.status == 0)
        let found = try lines(run)
        let big = try #require(found.first { $0["id"] as? String == "big" })
        #expect(big["status"] as? String == "failed" && (big["error"] as? String)?.contains("--max-bytes") == true)
        #expect(found.first { $0["id"] as? String == "small" }?["status"] as? String == "converted")
    }

    @Test func usageErrorsExit2AndUnreadableInputExits3() throws {
        #expect(try QuireProcess.run(["stream", "-j", "0"], input: Data()).status == 2)
        #expect(try QuireProcess.run(["stream", "--record-timeout", "-1"], input: Data()).status == 2)
        let neither = try QuireProcess.run(["stream"], input: Data("<html><p>a page</p>".utf8))
        #expect(neither.status == 3 && neither.standardError.contains("--from-records"))
        let missing = try QuireProcess.run(["stream", "/nonexistent/records.jsonl"])
        #expect(missing.status == 3 && missing.standardError.contains("cannot open"))
        let corrupt = try QuireProcess.run(["stream"], input: Data([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xFF, 0xFF, 0xFF, 0xFF]))
        #expect(corrupt.status == 3 && corrupt.standardError.contains("corrupt gzip data"), "\(corrupt.standardError)")
        let empty = try QuireProcess.run(["stream"], input: Data())
        #expect(empty.status == 0 && empty.standardOutput.isEmpty)
    }

    @Test func aClosedPipeOrCtrlCEndsTheStreamPromptlyWithoutATrace() throws {
        let scratch = try ScratchDirectory()
        let line = try jsonLine(["id": "r", "html": page("Many", "Again and again.")])
        try Data(Array(repeating: line, count: 3000).joined(separator: "\n").utf8).write(to: scratch.url.appendingPathComponent("many.jsonl"))
        let started = Date()
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "'\(QuireProcess.executable.path)' stream -j 2 many.jsonl 2>errors.txt | head -n 2 > first.txt"]
        shell.currentDirectoryURL = scratch.url
        try shell.run()
        shell.waitUntilExit()
        #expect(Date().timeIntervalSince(started) < 20)
        let first = try String(contentsOf: scratch.url.appendingPathComponent("first.txt"), encoding: .utf8)
        #expect(first.split(separator: "\n").count == 2)
        let errors = try String(contentsOf: scratch.url.appendingPathComponent("errors.txt"), encoding: .utf8)
        #expect(!errors.contains("Fatal") && !errors.contains("Backtrace") && !errors.contains("Crash"), "\(errors)")

        let process = Process()
        process.executableURL = QuireProcess.executable
        process.arguments = ["stream", "-j", "2", scratch.url.appendingPathComponent("many.jsonl").path]
        let errorPipe = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errorPipe
        try process.run()
        Thread.sleep(forTimeInterval: 0.5)
        let interrupted = Date()
        process.interrupt()
        let errorText = String(decoding: errorPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(Date().timeIntervalSince(interrupted) < 5)
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGINT)
        #expect(!errorText.contains("Fatal") && !errorText.contains("Backtrace") && !errorText.contains("Crash"), "\(errorText)")
    }
}
