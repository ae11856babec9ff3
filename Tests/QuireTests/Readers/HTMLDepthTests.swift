@testable import Quire
import QuireDocument
import Testing

/// Pages nested far deeper than the tree may go: no crash, no word lost, a tree no deeper
/// than `Document.maximumDepth`, and a warning when something was flattened.
@Suite struct HTMLDepthTests {
    static let levels = 100_000

    /// Each case opens `levels` elements around a word, with a word at every level.
    @Test(arguments: [
        ("<div class=\"wrap\">", "</div>"),
        ("<div>", "</div>"),
        ("<blockquote>", "</blockquote>"),
        ("<ul><li>", "</li></ul>"),
        ("<em>", "</em>"),
        ("<span id=\"s\">", "</span>"),
        ("<section><p>", "</p></section>"),
    ])
    func flattensDeepNestingKeepingEveryWord(open: String, close: String) throws {
        let levels = Self.levels
        var html = "<p>before</p>"
        html.reserveCapacity(levels * (open.utf8.count + close.utf8.count + 4) + 64)
        for _ in 0..<levels { html += open + "w " }
        html += "deepest"
        for _ in 0..<levels { html += close }
        html += "<p>after</p>"

        let result = try HTMLTest.read(html)
        #expect(HTMLTest.depth(result.blocks) <= Document.maximumDepth)
        let words = HTMLTest.words(result.blocks)
        #expect(words.first == "before")
        #expect(words.last == "after")
        #expect(words.filter { $0 == "w" }.count == levels)
        #expect(words.contains("deepest"))
        let flattened = result.warnings.contains { $0.message.contains("flattened") }
        // A bare div adds no level to the tree, so nothing needs flattening.
        #expect(flattened == (open != "<div>"))
    }

    @Test func nestedTablesKeepEveryCell() throws {
        let levels = 2_000
        let html = String(repeating: "<table><tr><td>c <td>", count: levels) + "deepest"
            + String(repeating: "</td></tr></table>", count: levels)
        let result = try HTMLTest.read(html)
        #expect(HTMLTest.depth(result.blocks) <= Document.maximumDepth)
        let words = HTMLTest.words(result.blocks)
        #expect(words.filter { $0 == "c" }.count == levels)
        #expect(words.last == "deepest")
    }

    /// Elements whose content lands no deeper in the tree than the element itself: captions,
    /// terms, tables misplaced in tables, links in links. The reader recursed once per level
    /// and overflowed the stack: 8,000 levels of `<table><caption>` (128 KB), 30,000 of
    /// `<figure><figcaption>`.
    @Test(arguments: [
        ("<table><caption>", "</caption></table>"),
        ("<figure><figcaption>", "</figcaption></figure>"),
        ("<dl><dt>", "</dt></dl>"),
        ("<table>", "</table>"),
        ("<table><tr>", "</tr></table>"),
        ("<table><tbody>", "</tbody></table>"),
        ("<a href=\"/m\"><b>", "</b></a>"),
        ("<table><caption><figure><figcaption><dl><dt>", "</dt></dl></figcaption></figure></caption></table>"),
        ("<table><caption><table><tr><td>", "</td></tr></table></caption></table>"),
        ("<div class=\"c\"><table><tr><td><ul><li><blockquote><dl><dd><figure><figcaption><em><a href=\"/m\"><sup>", ""),
    ])
    func boundsTheRecursionWhereTheTreeDoesNotGrow(open: String, close: String) throws {
        let levels = 30_000
        var html = "<p>before</p>"
        for _ in 0..<levels { html += open + "w " }
        html += "deepest"
        for _ in 0..<levels { html += close }
        html += "<p>after</p>"

        let result = try HTMLTest.read(html)
        #expect(HTMLTest.depth(result.blocks) <= Document.maximumDepth)
        let words = HTMLTest.words(result.blocks)
        #expect(words.first == "before")
        #expect(words.filter { $0 == "w" }.count == levels)
        #expect(words.contains("deepest"))
        if !close.isEmpty { #expect(words.last == "after") }
        #expect(result.warnings.map(\.message) == [HTMLBlockBuilder.flattenedWarning])
    }

    /// A caption or term keeps the words of whatever blocks it holds: a nested table's caption
    /// and cells, code.
    @Test func aCaptionKeepsEveryWordOfTheBlocksInIt() throws {
        let blocks = try HTMLTest.blocks(
            "<table><caption>outer <table><caption>inner</caption><tr><td>one<td>two</table><pre>code</pre></caption>"
                + "<tr><td>a<td>b</table>")
        guard case .table(let table) = blocks.first else {
            Issue.record("no table: \(blocks)")
            return
        }
        #expect(table.caption.plainText == "outer inner one two code")
    }

    @Test func keepsTheStructureUpToTheLimit() throws {
        let levels = 50
        let html = String(repeating: "<blockquote>", count: levels) + "inner" + String(repeating: "</blockquote>", count: levels)
        let result = try HTMLTest.read(html)
        #expect(HTMLTest.depth(result.blocks) == levels + 2)
        #expect(result.warnings.isEmpty)
    }

    @Test func readsALargePage() throws {
        // About 5 MB: a paragraph with a link, a list and a table, repeated.
        let unit = "<div class=\"entry\"><h2>Entry</h2><p>Water <a href=\"/m\">moves</a> the <em>wheel</em>.</p>"
            + "<ul><li>one</li><li>two</li></ul><table><tr><td>a</td><td>b</td></tr></table></div>\n"
        let copies = 5_000_000 / unit.utf8.count
        let html = "<html><body>" + String(repeating: unit, count: copies) + "</body></html>"
        let result = try HTMLTest.read(html)
        #expect(result.blocks.count == copies)
        #expect(result.blocks.last == result.blocks.first)
    }
}
