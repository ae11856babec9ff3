import Foundation
@testable import Quire
import QuireDocument
import Testing

/// Link targets and footnotes of web pages (`fixtures/html/wiki-references.html`,
/// `section-footnotes.html`), read and then written by every writer.
@Suite struct HTMLNotesTests {
    static func definitions(_ blocks: [Block]) -> [FootnoteDefinition] {
        var result: [FootnoteDefinition] = []
        blocks.forEachBlock { if case .footnoteDefinition(let note) = $0 { result.append(note) } }
        return result
    }

    static func references(_ blocks: [Block]) -> [String] {
        var result: [String] = []
        blocks.forEachInline { if case .footnoteReference(let label) = $0 { result.append(label) } }
        return result
    }

    static func anchors(_ blocks: [Block]) -> [String] {
        var result: [String] = []
        blocks.forEachInline { inline in
            if case .span(let span) = inline, span.content.isEmpty, let id = span.id { result.append(id) }
        }
        return result
    }

    @Test func wikipediaReferencesBecomeFootnotesWithThePagesNumbers() throws {
        let blocks = try HTMLTest.fixture("wiki-references.html").blocks
        let notes = Self.definitions(blocks)
        // Every entry of both lists, the uncited one too, with the mark the page showed.
        #expect(notes.map(\.marker) == ["a", "1", "2", "3", "4", "5"])
        #expect(notes.map(\.label) == ["cite_note-a", "cite_note-1", "cite_note-pond-2", "cite_note-3", "cite_note-4", "cite_note-5"])
        #expect(
            Self.references(blocks) == ["cite_note-1", "cite_note-pond-2", "cite_note-3", "cite_note-pond-2", "cite_note-a", "cite_note-4"])
        // The back-links ("^", "a b") are gone; the reference text is whole.
        let noteText = notes.map { HTMLTest.words($0.content).joined(separator: " ") }
        #expect(noteText[2] == "Harrow, Tam. \"Ponds and sluices\".")
        #expect(!noteText.contains { $0.contains("^") })
        // No superscript is left around a reference: writers add their own.
        var superscripts = 0
        blocks.forEachInline { if case .superscript = $0 { superscripts += 1 } }
        #expect(superscripts == 0)
        // Ids that links point to are kept where the page had them: a table cell, an empty span.
        #expect(Self.anchors(blocks) == ["mill_table", "Keeper"])
    }

    @Test func aLongReferencesListKeepsEveryEntryAndItsNumber() throws {
        let cited = stride(from: 3, through: 30, by: 3).map { "<sup class=\"reference\"><a href=\"#cite_note-\($0)\">[\($0)]</a></sup>" }
        let items = (1...30).map { "<li id=\"cite_note-\($0)\"><span class=\"mw-cite-backlink\"><a href=\"#cite_ref-\($0)\">^</a></span> Source \($0).</li>" }
        let html = "<p>Text\(cited.joined())</p><div class=\"reflist\"><ol class=\"references\">\(items.joined())</ol></div>"
        let document = try HTMLTest.read("<!DOCTYPE html><body>\(html)</body>").document
        let notes = Self.definitions(document.blocks)
        #expect(notes.count == 30)
        #expect(notes.map(\.marker) == (1...30).map { String($0) })
        let page = String(decoding: HTMLWriter.write(document), as: UTF8.self)
        #expect(page.components(separatedBy: "class=\"footnote\"").count - 1 == 30)
        for number in 1...30 { #expect(page.contains(">\(number).</")) }
        #expect(page.contains("role=\"doc-noteref\">30</a>"))
        #expect(!page.contains("^"))
    }

    @Test func footnoteSectionsAndAsidesBecomeFootnotes() throws {
        let blocks = try HTMLTest.fixture("section-footnotes.html").blocks
        let notes = Self.definitions(blocks)
        #expect(notes.map(\.label) == ["side1", "fn1", "fn2"])
        #expect(notes.map(\.marker) == ["*", "1", "2"])
        #expect(Self.references(blocks) == ["fn1", "fn2", "side1"])
        #expect(notes[1].content == [.paragraph([.text("Dawn, because the road was cool then.")])])
        // The section with its rule gives way to its notes.
        blocks.forEachBlock { block in
            #expect(block != .thematicBreak)
            if case .container(let container) = block { #expect(container.element == "article") }
        }
    }

    @Test func classNamesAndCommentLinksAloneMakeNoNotes() throws {
        let blocks = try HTMLTest.blocks(
            "<p>Story. <a href=\"#comments\">Comments</a></p><aside id=\"comments\"><p>Log in to comment.</p></aside>"
                + "<ul class=\"references\"><li id=\"r1\">Related one</li><li>Related two</li></ul>")
        #expect(Self.definitions(blocks).isEmpty)
        #expect(Self.references(blocks).isEmpty)
        #expect(blocks.contains { if case .bulletList(let list) = $0 { list.items.count == 2 } else { false } })
    }

    @Test func notesInsideAPagesListAndNestedRegionsAreFound() throws {
        let blocks = try HTMLTest.blocks(
            "<p>Claim<sup><a href=\"#n1\">1</a></sup></p><ul><li><div class=\"footnotes\"><div class=\"footnotes\">"
                + "<ol><li id=\"n1\">Source.<ol><li>Detail.</li></ol></li><li id=\"n2\">Other.</li></ol></div></div></li></ul>")
        #expect(Self.definitions(blocks).map(\.label) == ["n1", "n2"])
        #expect(Self.definitions(blocks).map(\.marker) == ["1", "2"])
    }

    @Test func deeplyNestedRegionsAndLinksTakeLinearTime() throws {
        let depth = 20_000
        let html = String(repeating: "<div class=\"footnotes\"><span><a href=\"#top\">x</a>", count: depth)
        let words = try HTMLTest.wordsReadInLinearTime("<!DOCTYPE html><body><div id=\"top\">" + html + "</body>")
        #expect(words.count == depth)
    }

    @Test func anchorsLandOnlyWhereALinkPoints() throws {
        let blocks = try HTMLTest.blocks(
            "<p id=\"kept\">One <a href=\"#kept\">self</a></p><p id=\"unlinked\">Two</p>"
                + "<ul><li id=\"item\">Three</li></ul><p><a href=\"#item\">to three</a> <a name=\"old\">x</a>"
                + " <a href=\"#old\">old</a></p>")
        #expect(Self.anchors(blocks) == ["kept", "item", "old"])
        guard case .paragraph(let first) = blocks.first else { return #expect(Bool(false)) }
        #expect(first.first == .span(Span(id: "kept", content: [])))
        #expect(first.dropFirst().first == .text("One "))
    }

    /// A glossary links to its own terms: the term keeps the id, and HTML writes it.
    @Test func aDefinitionTermKeepsTheIdALinkPointsTo() throws {
        let blocks = try HTMLTest.blocks(
            "<dl><dt id=\"backing\">Backing</dt><dd>Shaping the spine. See <a href=\"#inboard\">in-board</a>.</dd>"
                + "<dt id=\"inboard\">In-board binding</dt><dd>Cords laced through the boards.</dd></dl>")
        #expect(Self.anchors(blocks) == ["inboard"])
        guard case .definitionList(let items) = blocks.first, items.count == 2 else { return #expect(Bool(false)) }
        #expect(items[1].term == [.span(Span(id: "inboard", content: [])), .text("In-board binding")])
        let page = String(decoding: HTMLWriter.write(Document(blocks: blocks)), as: UTF8.self)
        #expect(page.contains("<dt><span id=\"inboard\"></span>In-board binding</dt>"))
    }

    // MARK: Through every writer

    static let fixtures = ["wiki-references.html", "section-footnotes.html"]

    @Test(arguments: fixtures) func survivesAJSONRoundTrip(_ name: String) throws {
        let document = try HTMLTest.fixture(name).document
        let json = JSONWriter.write(document)
        #expect(try JSONReader.read(ReaderInput(bytes: json, name: "notes.json")) == document)
    }

    @Test func markdownWritesFootnotes() throws {
        let document = try HTMLTest.fixture("wiki-references.html").document
        let markdown = String(decoding: MarkdownWriter.write(document), as: UTF8.self)
        #expect(markdown.contains("turns with the ebb of the sea.[^1]"))
        #expect(markdown.contains("[^2]: Harrow, Tam."))
        // The uncited entry is kept, as text.
        #expect(markdown.contains("An entry that nothing in the text cites."))
        let text = String(decoding: TextWriter.write(document), as: UTF8.self)
        #expect(text.contains("Parish register, 1911."))
        #expect(text.contains("Night work followed the tide table"))
    }

    @Test func htmlKeepsTheAnchorsTheLinksPointTo() throws {
        let document = try HTMLTest.fixture("wiki-references.html").document
        let page = String(decoding: HTMLWriter.write(document), as: UTF8.self)
        #expect(page.contains("<a href=\"#mill_table\">table of mills</a>"))
        #expect(page.contains("<td><span id=\"mill_table\"></span>Eastbrook</td>"))
        #expect(page.contains("<a href=\"#Keeper\">"))
        #expect(page.contains("<span id=\"Keeper\"></span>The last keeper"))
        #expect(page.contains("role=\"doc-noteref\">a</a>"))
    }

    @Test func epubNotesAreEPUB3NotesAndLinksCrossChapters() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("quire-notes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        var books: [URL] = []
        for name in Self.fixtures {
            let document = try HTMLTest.fixture(name).document
            let book = scratch.appendingPathComponent(name + ".epub")
            try Data(EPUBWriter.write(document, options: EPUBWriter.Options(chapterLevel: 2, minimumChapterTextBytes: 0, modificationTime: 0))).write(to: book)
            books.append(book)
        }
        let files = try BookTools.unzip(books[0])
        let chapters = files.filter { $0.key.hasPrefix("EPUB/chapter-") }.sorted { $0.key < $1.key }
            .map { String(decoding: $0.value, as: UTF8.self) }
        #expect(chapters.count == 3)
        #expect(chapters[0].contains("epub:type=\"noteref\""))
        #expect(chapters[0].components(separatedBy: "epub:type=\"footnote\"").count - 1 == 5)
        // The link under "Notes" reaches the table cell in the first chapter.
        #expect(chapters[1].contains("href=\"chapter-001.xhtml#mill_table\""))
        let written = try files.filter { $0.key.hasSuffix(".xhtml") }.map { entry in
            let url = scratch.appendingPathComponent(entry.key.replacingOccurrences(of: "/", with: "_"))
            try entry.value.write(to: url)
            return url
        }
        #expect(try BookTools.xmlProblems(written) == "")
        for book in books {
            guard let report = try BookTools.epubcheck(book) else { return }
            #expect(report.fatals == 0 && report.errors == 0 && report.warnings == 0, "\(report.output)")
        }
    }
}
