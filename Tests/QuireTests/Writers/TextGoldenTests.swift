import Foundation
import QuireDocument
import Testing

@testable import Quire

/// Reviewed outputs of whole documents: the article-export fixture read into a tree, and
/// written back as text; the kitchen-sink tree written as text.
@Suite struct TextGoldenTests {
    func fixtureDocument() throws -> Document {
        let bytes = try Array(Data(contentsOf: fixturesDirectory.appendingPathComponent("article.txt")))
        var warnings: [ConversionWarning] = []
        let document = TextReader.read(ReaderInput(bytes: bytes, name: "article.txt"), warnings: &warnings)
        #expect(warnings.isEmpty)
        return document
    }

    @Test func articleExportReadsIntoTheTree() throws {
        try expectGolden(JSONWriter.write(fixtureDocument()), named: "article.txt.json")
    }

    @Test func articleExportWritesAsCleanText() throws {
        try expectGolden(TextWriter.write(fixtureDocument()), named: "article.txt.txt")
    }

    @Test func articleExportWritesNarrowWithInlineLinksInASCII() throws {
        let options = TextWriter.Options(columns: 50, links: .inline, includesTitleBlock: false, asciiOnly: true)
        try expectGolden(TextWriter.write(fixtureDocument(), options: options), named: "article.txt.ascii-50.txt")
    }

    @Test func kitchenSinkWritesAsCleanText() throws {
        try expectGolden(TextWriter.write(SampleDocuments.kitchenSink), named: "kitchen-sink.txt")
    }

    /// The body paragraphs of the export come through word for word.
    @Test func articleBodyParagraphsAreIntact() throws {
        let document = try fixtureDocument()
        let source = try String(contentsOf: fixturesDirectory.appendingPathComponent("article.txt"), encoding: .utf8)
        var paragraphs: [String] = []
        for block in document.blocks {
            guard case .paragraph(let inlines) = block else { continue }
            var text = ""
            [Block.paragraph(inlines)].forEachInline { inline in
                if case .text(let string) = inline { text += string }
                if case .footnoteReference(let label) = inline { text += "[\(label)]" }
            }
            paragraphs.append(text)
        }
        #expect(paragraphs.count == 15)
        let sourceLines = Set(source.split(separator: "\n").map { line in
            // The source's only markup in body paragraphs: [label](url) links.
            line.replacingOccurrences(of: #"\[([^\]]+)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
        })
        for paragraph in paragraphs {
            #expect(sourceLines.contains(paragraph), "not word for word: \(paragraph)")
        }
    }
}
