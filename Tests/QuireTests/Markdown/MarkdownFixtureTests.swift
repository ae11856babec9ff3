import Foundation
import Quire
import QuireDocument
import Testing

/// The Markdown fixture, read and written: reviewed goldens and the round-trip invariant.
@Suite struct MarkdownFixtureTests {
    let source = fixturesDirectory.appendingPathComponent("article.md")

    func readFixture() throws -> Document {
        var warnings: [ConversionWarning] = []
        let bytes = Array(try Data(contentsOf: source))
        let document = try MarkdownReader.read(ReaderInput(bytes: bytes, name: "article.md"), warnings: &warnings)
        #expect(warnings.isEmpty)
        return document
    }

    @Test func treeMatchesTheReviewedGolden() throws {
        try expectGolden(readFixture().json.serialized(), named: "article.md.json")
    }

    @Test func markdownMatchesTheReviewedGolden() throws {
        try expectGolden(MarkdownWriter.write(readFixture()), named: "article.md.md")
    }

    /// Output past the writer's piece size is handed over in several pieces that join into
    /// exactly the rendered text.
    @Test func aLongDocumentStreamsInPiecesThatJoinIntoTheText() throws {
        let fixture = try readFixture()
        let long = Document(metadata: fixture.metadata, blocks: Array(repeating: fixture.blocks, count: 200).flatMap { $0 })
        var pieces: [[UInt8]] = []
        MarkdownWriter.write(long) { pieces.append(Array($0)) }
        #expect(pieces.count > 1)
        #expect(pieces.flatMap { $0 } == Array(MarkdownWriter.render(long).utf8))
    }

    @Test func readingWhatWasWrittenGivesTheTreeBack() throws {
        let tree = try readFixture()
        #expect(MarkdownWriter.representable(tree) == tree)
        var warnings: [ConversionWarning] = []
        let back = try MarkdownReader.read(ReaderInput(bytes: MarkdownWriter.write(tree), name: "x"), warnings: &warnings)
        #expect(back == tree)
    }
}
