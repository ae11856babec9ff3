import Foundation
import Testing

/// `quire convert` on web pages.
@Suite struct HTMLConvertCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures")

    @Test func convertsTheArticleFixtureToTheReviewedTree() throws {
        let run = try QuireProcess.run(["convert", Self.fixtures.appendingPathComponent("article.html").path, "-t", "json"])
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
        #expect(run.standardError.hasPrefix("quire: --base-url expects an absolute URL"))
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
