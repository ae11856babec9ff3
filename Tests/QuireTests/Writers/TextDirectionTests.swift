import Foundation
@testable import Quire
import QuireDocument
import Testing

/// A right-to-left page stays right to left: its direction goes through the tree's JSON and
/// comes out as `dir="rtl"` in HTML and in every EPUB content document, with the spine's page
/// progression reversed.
@Suite struct TextDirectionTests {
    let document: Document

    init() throws {
        document = try HTMLTest.fixture("metadata-right-to-left.html").document
    }

    @Test func theHTMLPageIsRightToLeft() throws {
        let page = String(decoding: HTMLWriter.write(document), as: UTF8.self)
        #expect(page.contains("<html lang=\"ar\" dir=\"rtl\">"))
        let plain = String(decoding: HTMLWriter.write(Document(blocks: document.blocks)), as: UTF8.self)
        #expect(!plain.contains("dir="))
    }

    @Test func everyEPUBContentDocumentAndTheSpineAreRightToLeft() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quire-rtl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try UnpackedBook(document, in: folder, named: "rtl.epub")
        #expect(!book.chapters.isEmpty)
        for path in book.chapters + ["EPUB/cover.xhtml"] {
            let text = book.text(path)
            #expect(text.contains("xml:lang=\"ar\" dir=\"rtl\">"), "\(path)")
            #expect(text.contains("<body dir=\"rtl\">"), "\(path)")
        }
        #expect(book.text("EPUB/content.opf").contains("<spine toc=\"ncx\" page-progression-direction=\"rtl\">"))

        let leftToRight = try UnpackedBook(Document(blocks: document.blocks), in: folder, named: "ltr.epub")
        #expect(!leftToRight.text("EPUB/content.opf").contains("page-progression-direction"))
        #expect(!leftToRight.text(leftToRight.chapters[0]).contains("dir="))
    }

    @Test func theDirectionSurvivesJSON() throws {
        let json = String(decoding: document.json.serialized(pretty: false), as: UTF8.self)
        #expect(json.contains("\"direction\":\"rtl\""))
        #expect(try Document(json: JSONValue(parsing: Array(json.utf8))) == document)
        let wrong = json.replacing("\"direction\":\"rtl\"", with: "\"direction\":\"sideways\"")
        #expect(throws: DocumentJSONError.self) { try Document(json: JSONValue(parsing: Array(wrong.utf8))) }
    }
}
