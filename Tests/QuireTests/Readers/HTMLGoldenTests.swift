import Foundation
@testable import Quire
import QuireDocument
import Testing

/// Whole trees, compared with reviewed files in `fixtures/expected/`.
@Suite struct HTMLGoldenTests {
    /// What `quire convert fixtures/article.html -t json` prints.
    @Test func articlePage() throws {
        let bytes = Array(try Data(contentsOf: fixturesDirectory.appendingPathComponent("article.html")))
        var warnings: [ConversionWarning] = []
        let document = try HTMLReader.read(ReaderInput(bytes: bytes, name: "article.html"), warnings: &warnings)
        #expect(warnings.isEmpty)
        try expectGolden(JSONWriter.write(document), named: "article-html.json")
    }

    /// Every element family, read with a base URL.
    @Test func elementsPage() throws {
        let result = try HTMLTest.fixture("elements.html", baseURL: "https://mill.example/log/2025/")
        try expectGolden(JSONWriter.write(result.document), named: "html-elements.json")
    }
}
