import Foundation
import Testing

/// Issue 21: a text export shaped like `../shared/seeds/` (header, body, closing slogans, a
/// dateline, the title repeated, `PS:` and an appeal) has no section titles, so its book's
/// contents hold the article's title only and its Markdown has no heading in the body. The
/// fixture is invented; on the rules before issue 21 its dateline became a level-3 heading.
@Suite struct TextHeadingCommandTests {
    static let fixture = HTMLConvertCommandTests.fixtures
        .appendingPathComponent("text-structure/dev/29-statement-seed-shape-en.txt")
    static let title = "Hands off the dockers! Solidarity with the port workers of Saltmere and the whole coast!"

    /// One file of a zip archive, via `unzip -p`.
    func entry(_ name: String, of archive: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["unzip", "-p", archive.path, name]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "unzip could not read \(name) (is unzip installed?)")
        return String(decoding: data, as: UTF8.self)
    }

    @Test func theBooksContentsHoldTheTitleOnly() throws {
        let scratch = try ScratchDirectory()
        let output = scratch.url.appendingPathComponent("statement.epub")
        let run = try QuireProcess.run(["convert", Self.fixture.path, "-t", "epub", "-o", output.path])
        #expect(run.status == 0, "\(run.standardError)")
        let nav = try entry("EPUB/nav.xhtml", of: output)
        guard let tocStart = nav.range(of: "epub:type=\"toc\""), let tocEnd = nav.range(of: "</nav>", range: tocStart.upperBound..<nav.endIndex)
        else {
            Issue.record("no table of contents in nav.xhtml:\n\(nav)")
            return
        }
        let toc = nav[tocStart.upperBound..<tocEnd.lowerBound]
        #expect(toc.components(separatedBy: "<li>").count - 1 == 1, "\(toc)")
        #expect(toc.contains(">\(Self.title)</a>"), "\(toc)")
        #expect(!toc.contains("Saltmere, 7 January 2026"))
        // The one heading is the title block's; the body has none.
        let chapter = try entry("EPUB/chapter-001.xhtml", of: output)
        #expect(chapter.components(separatedBy: "<h1 class=\"title\">").count == 2, "\(chapter)")
        #expect((1...6).allSatisfy { chapter.components(separatedBy: "<h\($0)").count == ($0 == 1 ? 2 : 1) },
                "a heading in the body: \(chapter)")
    }

    @Test func theMarkdownBodyHasNoHeading() throws {
        let run = try QuireProcess.run(["convert", Self.fixture.path, "-t", "markdown"])
        #expect(run.status == 0, "\(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "---" && lines.contains("title: \"\(Self.title)\""), "\(run.standardOutput)")
        #expect(lines.contains("Saltmere, 7 January 2026"))
        #expect(lines.filter { $0.hasPrefix("#") } == [])
    }
}
