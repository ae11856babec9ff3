import Foundation
import Testing

/// `quire convert` on web pages.
@Suite struct HTMLConvertCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures")

    /// The reader's tree, before boilerplate removal.
    @Test func convertsTheArticleFixtureToTheReviewedTree() throws {
        let run = try QuireProcess.run(
            ["convert", Self.fixtures.appendingPathComponent("article.html").path, "-t", "json", "--keep-boilerplate"])
        #expect(run.status == 0)
        #expect(run.standardError.isEmpty)
        let expected = try Data(contentsOf: Self.fixtures.appendingPathComponent("expected/article-html.json"))
        #expect(run.outputBytes == expected, "differs from fixtures/expected/article-html.json")
    }

    @Test func readsAPageFromStandardInputWithABaseURL() throws {
        let page = "<!DOCTYPE html><html><head><title>Quay | Harbour Notes</title></head>"
            + "<body><p>See <a href=\"../tides/\">the tides</a>.</p></body></html>"
        let run = try QuireProcess.run(
            ["convert", "--base-url", "https://harbour.example/notes/quay.html", "-t", "json", "--compact"],
            input: Data(page.utf8))
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("\"url\":\"https://harbour.example/tides/\""))
        #expect(run.standardOutput.contains("\"title\":\"Quay\""))
        #expect(run.standardOutput.contains("\"source_url\":\"https://harbour.example/notes/quay.html\""))
    }

    @Test func aRelativeBaseURLIsAUsageError() throws {
        let run = try QuireProcess.run(["convert", "--base-url", "notes/quay.html", "-f", "html"], input: Data("<p>x</p>".utf8))
        #expect(run.status == 2)
        #expect(run.standardError.hasPrefix("quire: --base-url: expects an absolute URL"))
        #expect(run.standardOutput.isEmpty)
    }

    @Test func deepNestingIsAWarningNotAFailure() throws {
        let page = String(repeating: "<blockquote>", count: 1_000) + "deep" + String(repeating: "</blockquote>", count: 1_000)
        let scratch = try ScratchDirectory()
        let input = try scratch.write("deep.html", page)
        let run = try QuireProcess.run(["convert", input.path, "-t", "json", "--compact"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("\"deep\""))
        #expect(run.standardError == "quire: \(input.path): warning: elements nested deeper than 200 levels were flattened\n")
    }
}

/// Every page of `../shared/benchmarks/article-extraction/html/` through the command line, in
/// one run (several inputs are joined into one document, and any page that fails fails the
/// run). Skipped when the folder is absent, except in CI.
@Suite struct HTMLBenchmarkPagesCommandTests {
    static let pages = HTMLConvertCommandTests.fixtures.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/benchmarks/article-extraction/html")
    static let isAvailable = FileManager.default.fileExists(atPath: pages.path)
    static let isCI = ProcessInfo.processInfo.environment["CI"] != nil

    @Test(.enabled(if: isAvailable || isCI, "../shared/benchmarks/article-extraction is not here"))
    func everyPageConvertsToJSON() throws {
        try #require(Self.isAvailable, "../shared/benchmarks/article-extraction/html is missing")
        let scratch = try ScratchDirectory()
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.pages.path).filter { $0.hasSuffix(".html.gz") }
        #expect(names.count == 181)
        var inputs: [String] = []
        for name in names.sorted() {
            let gzip = Process()
            gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            gzip.arguments = ["gzip", "-dc", Self.pages.appendingPathComponent(name).path]
            let output = Pipe()
            gzip.standardOutput = output
            try gzip.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            gzip.waitUntilExit()
            let page = scratch.url.appendingPathComponent(String(name.dropLast(3)))
            try data.write(to: page)
            inputs.append(page.path)
        }
        let run = try QuireProcess.run(["convert"] + inputs + ["-t", "json", "--compact"])
        #expect(run.status == 0, "\(run.standardError)")
        let tree = try JSONSerialization.jsonObject(with: run.outputBytes) as? [String: Any]
        #expect(tree?["format"] as? String == "quire-document")
        #expect(((tree?["blocks"] as? [Any])?.count ?? 0) > 181)
    }
}

/// `--encoding` wins over whatever a page declares, and names only encodings quire can decode.
@Suite struct EncodingOptionCommandTests {
    @Test func overridesAPageThatLiesAboutItsCharset() throws {
        let scratch = try ScratchDirectory()
        let text = "Городская библиотека переедет в новое здание."
        var page = Array("<!DOCTYPE html><meta charset=\"utf-8\"><p>".utf8)
        page += text.unicodeScalars.map { scalar -> UInt8 in
            // Windows-1251: Cyrillic А–я are 0xC0–0xFF, ё is 0xB8; the rest here is ASCII.
            switch scalar.value {
            case 0x0410...0x044F: return UInt8(scalar.value - 0x0410 + 0xC0)
            case 0x0451: return 0xB8
            default: return UInt8(scalar.value)
            }
        }
        page += Array("</p>".utf8)
        try Data(page).write(to: scratch.url.appendingPathComponent("page.html"))
        let lied = try QuireProcess.run(["convert", "page.html", "-t", "text", "--keep-boilerplate"], in: scratch.url)
        #expect(!lied.standardOutput.contains(text))
        let run = try QuireProcess.run(
            ["convert", "page.html", "-t", "text", "--keep-boilerplate", "--encoding", "cp1251"], in: scratch.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains(text), "\(run.standardOutput)")
    }

    @Test func anUnknownEncodingIsAUsageError() throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("a.txt", "Text.")
        let run = try QuireProcess.run(["convert", "a.txt", "--encoding", "klingon"], in: scratch.url)
        #expect(run.status == 2)
        #expect(run.standardError == "quire: --encoding: unknown character set 'klingon'\n")
    }
}
