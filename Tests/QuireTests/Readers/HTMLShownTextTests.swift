@testable import Quire
import QuireDocument
import Testing

/// Text a browser shows that the reader used to lose: CDATA sections and drawn words in inline
/// SVG, a text box's text, and text written around cells that have no row.
@Suite struct HTMLShownTextTests {
    @Test func cdataInsideSVGOrMathIsText() throws {
        let blocks = try HTMLTest.blocks("<p>Before <svg><![CDATA[a < b & c]]></svg> after</p>")
        #expect(HTMLTest.words(blocks) == ["Before", "a", "<", "b", "&", "c", "after"])
        // Cut off by the end of the page, it still keeps its text.
        #expect(HTMLTest.words(try HTMLTest.read("<svg><![CDATA[tail").blocks) == ["tail"])
        // Outside foreign content it is a bogus comment, as in HTML5.
        #expect(HTMLTest.words(try HTMLTest.blocks("<p>x<![CDATA[hidden]]>y</p>")) == ["xy"])
        #expect(HTMLTest.words(try HTMLTest.blocks("<svg></svg><p>x<![CDATA[hidden]]>y</p>")) == ["xy"])
    }

    /// A ruby reading is set apart from the characters it reads: by the page's own `rp`
    /// parentheses, else by parentheses the reader adds.
    @Test func rubyReadingsStandApartFromTheirText() throws {
        let withParentheses = "<p><ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp>字<rp>(</rp><rt>じ</rt><rp>)</rp></ruby>です</p>"
        #expect(try HTMLTest.blocks(withParentheses) == [.paragraph([.text("漢(かん)字(じ)です")])])
        let bare = "<p><ruby>東京<rt>とうきょう</rt></ruby>は首都</p>"
        #expect(try HTMLTest.blocks(bare) == [.paragraph([.text("東京(とうきょう)は首都")])])
    }

    @Test func anSVGChartKeepsTheWordsItDraws() throws {
        let chart = """
            <p>Rainfall <svg viewBox="0 0 10 10"><desc>Drawn with Plotkit</desc><defs><symbol id="m"><text>marker</text></symbol></defs>\
            <g><text x="1">Spring</text><text x="5"><tspan>41</tspan> mm</text></g>\
            <foreignObject><p>Wettest since 1998</p></foreignObject></svg></p>
            """
        #expect(HTMLTest.words(try HTMLTest.blocks(chart)) == ["Rainfall", "Spring", "41", "mm", "Wettest", "since", "1998"])
        // An icon says its label or title, not its drawing; one that draws nothing says nothing.
        let icons = "<p>a <svg aria-label=\"Share\"><text>S</text></svg> b <svg><title>Logo</title><text>L</text></svg> c <svg><path d=\"M0 0\"/></svg></p>"
        #expect(HTMLTest.words(try HTMLTest.blocks(icons)) == ["a", "Share", "b", "Logo", "c"])
    }

    /// Words kept off the screen for screen readers are not drawn: "Image caption" before a
    /// caption, "Image copyright" before a credit. Names that only contain the words stay.
    @Test func spansOnlyForScreenReadersAreNotText() throws {
        let page = """
            <figure><img src="a.jpg" alt=""><span class="off-screen">Image copyright</span> <span class="credit">Harbour Trust</span>\
            <figcaption><span class="visually-hidden">Image caption</span> The quay at dawn</figcaption></figure>\
            <p>Read <a href="/r">the report<span class="sr-only"> (opens in a new window)</span></a> and \
            <span class="screenshot">the screenshot</span>.</p>
            """
        let text = HTMLTest.words(try HTMLTest.blocks(page)).joined(separator: " ")
        for hidden in ["Image", "caption", "copyright", "opens"] { #expect(!text.contains(hidden), "\(hidden)") }
        for shown in ["Harbour Trust", "The quay at dawn", "Read the report and the screenshot."] {
            #expect(text.contains(shown), "\(shown)")
        }
    }

    @Test func aTextBoxShowsItsTextOnItsOwnLine() throws {
        let blocks = try HTMLTest.blocks("<p>Embed this: <textarea>&lt;iframe src=x&gt;</textarea> anywhere.</p>")
        #expect(blocks == [.paragraph([.text("Embed this:")]), .paragraph([.text("<iframe src=x>")]), .paragraph([.text("anywhere.")])])
    }

    @Test func textAroundCellsWithoutARowShowsBeforeTheTable() throws {
        let blocks = try HTMLTest.blocks("<table>Stray<td>one</td><td>two</td> words<tr><td>three</td><td>four</td></tr></table>")
        #expect(blocks.count == 2)
        #expect(blocks.first == .paragraph([.text("Stray words")]))
        guard case .table(let table)? = blocks.last else {
            Issue.record("expected a table, got \(blocks)")
            return
        }
        #expect(table.bodyRows.count == 2)
        #expect(HTMLTest.words([.table(table)]) == ["one", "two", "three", "four"])
    }

    @Test func textMisplacedInATableShowsBeforeIt() throws {
        // libxml2 nests the row inside the `b`; a browser keeps it in the table.
        let wrapped = try HTMLTest.blocks("<table><b><tr><td>cell</td><td>two</td></tr>loose</b></table>after")
        #expect(HTMLTest.words(wrapped) == ["loose", "cell", "two", "after"])
        guard wrapped.count == 3, case .table = wrapped[1] else {
            Issue.record("expected text, a table and text, got \(wrapped)")
            return
        }
        let columnGroup = try HTMLTest.blocks("<table><colgroup><col> spilled<tr><td>a</td><td>b</td></tr></table>")
        #expect(HTMLTest.words(columnGroup) == ["spilled", "a", "b"])
    }

    /// An icon's label names a control for screen readers; as text it would be a stray word in
    /// the article, once per picture it sits on.
    @Test func anIconsLabelIsNoTextButAChartsIs() throws {
        let icon = "<svg width=\"18\" height=\"18px\" aria-label=\"ZoomIn icon\"><path d=\"M0 0\"/></svg>"
        #expect(try HTMLTest.blocks("<p>A harbour view \(icon) at dawn.</p>") == [.paragraph([.text("A harbour view at dawn.")])])
        let boxed = "<svg viewBox=\"0 0 24 24\"><title>Share</title><path d=\"M0 0\"/></svg>"
        #expect(try HTMLTest.blocks("<p>Tell a friend \(boxed)</p>") == [.paragraph([.text("Tell a friend")])])
        let chart = "<svg width=\"600\" height=\"300\" aria-label=\"Tides at Ilven, 2024\"><path d=\"M0 0\"/></svg>"
        #expect(try HTMLTest.blocks("<p>\(chart)</p>") == [.paragraph([.text("Tides at Ilven, 2024")])])
        let badge = "<svg width=\"20\" height=\"20\" aria-label=\"Count\"><text x=\"2\" y=\"15\">3</text></svg>"
        #expect(try HTMLTest.blocks("<p>Replies \(badge)</p>") == [.paragraph([.text("Replies 3")])])
    }

    @Test func anAppletShowsItsFallback() throws {
        #expect(try HTMLTest.blocks("<applet code=\"Mill.class\"><p>The mill turning.</p></applet>") == [.paragraph([.text("The mill turning.")])])
    }

    @Test func aDropDownShowsItsChosenOptionAndEndsWhereHTML5EndsIt() throws {
        let chosen = try HTMLTest.blocks("<p>Sort by <select><option>newest<option selected>oldest</select> first.</p>")
        #expect(chosen == [.paragraph([.text("Sort by oldest first.")])])
        #expect(HTMLTest.words(try HTMLTest.blocks("<p>Sort by <select><option>newest<option>oldest</select></p>")) == ["Sort", "by", "newest"])
        // An unclosed `select` ends at an `input`: the page after it is no longer inside it.
        let unclosed = try HTMLTest.blocks("<form><select><option>one<input type=submit><p>The rest of the page.</p></form>")
        #expect(HTMLTest.words(unclosed) == ["one", "The", "rest", "of", "the", "page."])
        // Outside a `select`, an option is a line of text.
        #expect(HTMLTest.words(try HTMLTest.blocks("<p>a</p><option>b</option>")) == ["a", "b"])
    }

    @Test func anUnclosedTableInATemplateNoLongerHoldsThePage() throws {
        let page = "<html><head><template><table><tr><td>part</template></head><body><p>The article.</p></body></html>"
        #expect(HTMLTest.words(try HTMLTest.read(page).blocks) == ["The", "article."])
    }
}
