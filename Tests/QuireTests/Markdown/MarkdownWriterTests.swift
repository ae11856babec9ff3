@testable import Quire
import QuireDocument
import Testing

@Suite struct MarkdownWriterTests {
    func write(_ blocks: [Block], _ options: MarkdownWriter.Options = .init()) -> String {
        MarkdownWriter.render(Document(blocks: blocks), options: options)
    }

    @Test(arguments: [
        ("2 * 3 = 6", "2 * 3 = 6\n"),
        ("snake_case and _x_", "snake_case and \\_x\\_\n"),
        ("# not a heading", "\\# not a heading\n"),
        ("1986. A year", "1986\\. A year\n"),
        ("- not a list", "\\- not a list\n"),
        ("R&D and &amp;", "R&D and \\&amp;\n"),
        ("[link](x) `code` <b>", "\\[link\\](x) \\`code\\` \\<b>\n"),
        ("https://example.com www.example.org", "https\\://example.com www\\.example.org\n"),
        ("write to me@example.com", "write to me<!-- -->@example.com\n"),
        ("  indented  ", "&#32;&#32;indented&#32;&#32;\n"),
        ("C:\\Users\\x", "C:\\Users\\x\n"),
    ])
    func escapesOnlyWhatWouldChangeTheParse(text: String, markdown: String) {
        #expect(write([.paragraph([.text(text)])]) == markdown)
    }

    @Test func emphasisUsesDelimitersWhereSafeAndTagsElsewhere() {
        #expect(write([.paragraph([.text("a "), .emphasis([.text("b")]), .text(" "), .strong([.text("c")]), .text(" "), .strikethrough([.text("d")])])]) == "a *b* **c** ~~d~~\n")
        #expect(write([.paragraph([.emphasis([.text(" spaced ")])])]) == "<em> spaced </em>\n")
        #expect(write([.paragraph([.emphasis([.text("a")]), .emphasis([.text("b")])])]) == "*a*<em>b</em>\n")
        #expect(write([.paragraph([.strong([.emphasis([.text("x")])])])]) == "<strong>*x*</strong>\n")
    }

    @Test func strongEndingInPunctuationUsesDelimitersBeforeASpaceOrTheEnd() {
        #expect(write([.paragraph([.strong([.text("Note:")]), .text(" the gates stay shut.")])]) == "**Note:** the gates stay shut.\n")
        #expect(write([.paragraph([.text("Wait. "), .emphasis([.text("Really?")])])]) == "Wait. *Really?*\n")
        #expect(write([.paragraph([.link(Link(url: "u", content: [.strong([.text("Tides!")])]))])]) == "[**Tides!**](u)\n")
        // Before a letter the closing `**` would not close; after one the opening could close another.
        #expect(write([.paragraph([.strong([.text("d.")]), .text("e")])]) == "<strong>d.</strong>e\n")
        #expect(write([.paragraph([.text("org"), .emphasis([.text("10.")]), .text(" x")])]) == "org<em>10.</em> x\n")
        #expect(write([.paragraph([.strikethrough([.text("gone.")])])]) == "<del>gone.</del>\n")
        // Punctuation first: after a space or at the start of the block only, never beside another delimiter.
        #expect(write([.paragraph([.emphasis([.text("“Quoted.”")]), .text(" Yes.")])]) == "*“Quoted.”* Yes.\n")
        #expect(write([.paragraph([.strong([.link(Link(url: "u", content: [.text("Mill")]))]), .text(" is")])]) == "**[Mill](u)** is\n")
        #expect(write([.paragraph([.text("("), .strong([.link(Link(url: "u", content: [.text("Mill")]))]), .text(")")])]) == "(<strong>[Mill](u)</strong>)\n")
        #expect(write([.paragraph([.strong([.text("a * b.")])])]) == "<strong>a * b.</strong>\n")
    }

    @Test func codeFencesOutgrowTheirContent() {
        #expect(write([.codeBlock(CodeBlock(language: "md", text: "```\ninner\n```"))]) == "````md\n```\ninner\n```\n````\n")
        #expect(write([.paragraph([.code("a ` b")])]) == "``a ` b``\n")
        #expect(write([.paragraph([.code("`x`")])]) == "`` `x` ``\n")
    }

    @Test func listsNestInsideTheirItems() {
        let list = Block.orderedList(
            OrderedList(
                start: 9, isTight: true,
                items: [
                    ListItem(content: [.paragraph([.text("nine")]), .bulletList(BulletList(items: [ListItem(content: [.paragraph([.text("inner")])])]))]),
                    ListItem(content: [.paragraph([.text("ten")]), .codeBlock(CodeBlock(text: "code"))]),
                ]))
        #expect(write([list]) == "9. nine\n   - inner\n10. ten\n    ```\n    code\n    ```\n")
    }

    @Test func adjacentListsKeepApart() {
        let list = Block.bulletList(BulletList(items: [ListItem(content: [.paragraph([.text("a")])])]))
        #expect(write([list, list]) == "- a\n\n* a\n")
    }

    @Test func tablesEscapePipesAndAlign() {
        let table = Block.table(
            Table(
                alignments: [.left, .center, .right],
                headerRows: [TableRow(cells: [[.paragraph([.text("a|b")])], [], [.paragraph([.code("x|y")])]])],
                bodyRows: [TableRow(cells: [[.paragraph([.text("1"), .lineBreak, .text("2")])], [.bulletList(BulletList(items: [ListItem(content: [.paragraph([.text("flattened")])])]))], []])]))
        #expect(
            write([table])
                == "| a\\|b   |           | `x\\|y` |\n| :----- | :-------: | -----: |\n| 1<br>2 | flattened |        |\n")
    }

    @Test func headingIDsAreWrittenOnlyWhenTheyDifferFromGitHubs() {
        #expect(write([.heading(Heading(level: 2, id: "intro", content: [.text("Intro")]))]) == "## Intro\n")
        // CommonMark shows `{#start}` as text; an empty anchor is raw HTML it keeps as an anchor.
        #expect(write([.heading(Heading(level: 2, id: "start", content: [.text("Intro")]))]) == "## <a id=\"start\"></a>Intro\n")
        #expect(write([.heading(Heading(level: 1, content: [.text("C#")]))]) == "# C\\#\n")
    }

    @Test func frontMatterQuotesWhatYAMLWouldMisread() {
        let document = Document(
            metadata: Metadata(title: "Yes", subtitle: "no", authors: ["Ada: Lovelace"], date: DocumentDate(iso8601: "2025-06-14"), extra: ["count": .string("5")]),
            blocks: [])
        #expect(
            MarkdownWriter.render(document)
                == "---\ntitle: \"Yes\"\nsubtitle: \"no\"\nauthor:\n  - \"Ada: Lovelace\"\ndate: 2025-06-14\ncount: \"5\"\n---\n")
        #expect(MarkdownWriter.render(document, options: .init(frontMatter: false)) == "")
    }

    @Test func referenceLinksAreNumberedOnce() {
        let paragraph = Block.paragraph([
            .link(Link(url: "https://a.example", content: [.text("A")])), .text(" "),
            .link(Link(url: "https://b.example", title: "B", content: [.text("B")])), .text(" "),
            .link(Link(url: "https://a.example", content: [.text("again")])),
        ])
        #expect(
            write([paragraph], .init(referenceLinks: true))
                == "[A][1] [B][2] [again][1]\n\n[1]: https://a.example\n[2]: https://b.example \"B\"\n")
    }

    @Test func wrappingKeepsLinksAndCodeWholeAndLinesShort() throws {
        let words = (1...60).map { "word\($0)" }.joined(separator: " ")
        let paragraph = Block.paragraph([
            .text(words + " "), .link(Link(url: "https://example.com/a-long-path", content: [.text("a link that must not break")])),
            .text(" and "), .code("code that stays whole"), .text(" - then # more 1. text"),
        ])
        let markdown = write([paragraph], .init(wrapColumns: 40))
        let lines = markdown.split(separator: "\n")
        #expect(lines.count > 10)
        for line in lines where !line.contains("[a link") && !line.contains("`code") {
            #expect(line.count <= 40, "\(line)")
        }
        #expect(markdown.contains("[a link that must not break](https://example.com/a-long-path)"))
        #expect(markdown.contains("`code that stays whole`"))
        var warnings: [ConversionWarning] = []
        let back = try MarkdownReader.read(ReaderInput(bytes: Array(markdown.utf8), name: "x"), warnings: &warnings)
        guard case .paragraph(let inlines)? = back.blocks.first, back.blocks.count == 1 else {
            Issue.record("wrapping changed the block structure:\n\(markdown)")
            return
        }
        #expect(inlines.plainText == [paragraph].first.map { block -> String in
            guard case .paragraph(let original) = block else { return "" }
            return original.plainText
        })
    }

    @Test func emptyCodeHasNoLineAndBlankLinesAreKept() {
        #expect(write([.codeBlock(CodeBlock(text: ""))]) == "```\n```\n")
        #expect(write([.codeBlock(CodeBlock(text: "\n"))]) == "```\n\n\n```\n")
        #expect(write([.codeBlock(CodeBlock(text: "b\n\n"))]) == "```\nb\n\n\n```\n")
    }

    /// CommonMark spec examples 307, 319 and 321: a loose list inside an item, or a quotation
    /// followed by a fence, leaves the outer list tight.
    @Test(arguments: [
        "- foo\n  - bar\n    - baz\n\n      bim\n",
        "- a\n  - b\n\n    c\n- d\n",
        "- a\n  > b\n  ```\n  c\n  ```\n- d\n",
        "- a\n  > b\n  # h\n  ___\n- d\n",
    ])
    func tightListsStayTight(markdown: String) throws {
        var warnings: [ConversionWarning] = []
        let document = try MarkdownReader.read(ReaderInput(bytes: Array(markdown.utf8), name: "list.md"), warnings: &warnings)
        guard case .bulletList(let list)? = document.blocks.first else {
            Issue.record("no list in \(document.blocks)")
            return
        }
        #expect(list.isTight)
        #expect(MarkdownWriter.render(document) == markdown)
    }

    /// CommonMark example 196: a title's line ends were joined into spaces.
    @Test func titlesKeepTheirLineEnds() throws {
        let link = Inline.link(Link(url: "/url", title: "\ntitle\nline1", content: [.text("foo")]))
        let markdown = write([.paragraph([link]), .table(Table(alignments: [.default], headerRows: [TableRow(cells: [[.paragraph([link])]])], bodyRows: []))])
        #expect(markdown == "[foo](/url \"&#10;title&#10;line1\")\n\n| [foo](/url \"&#10;title&#10;line1\") |\n| \(String(repeating: "-", count: 34)) |\n")
        var warnings: [ConversionWarning] = []
        let back = try MarkdownReader.read(ReaderInput(bytes: Array(markdown.utf8), name: "t.md"), warnings: &warnings)
        #expect(back.blocks.first == .paragraph([link]))
    }

    // MARK: Raw HTML

    func roundTrip(_ markdown: String) throws -> String {
        var warnings: [ConversionWarning] = []
        let document = try MarkdownReader.read(ReaderInput(bytes: Array(markdown.utf8), name: "raw.md"), warnings: &warnings)
        return MarkdownWriter.render(document)
    }

    /// Raw HTML comes back as the source wrote it: blocks (a `<table>` too), inline tags the
    /// tree has no node for, comments, CDATA, in list items and quotations.
    @Test(arguments: [
        "<div class=\"x\">\n*md*\n</div>\n",
        "<table>\n  <tr>\n    <td>A single <em>cell</em></td>\n  </tr>\n</table>\n",
        "<!-- a comment\n\nover lines -->\n",
        "foo <span class=\"a\">b</span> <!-- c --> <![CDATA[x < y]]>\n",
        "- a\n\n  <div>\n  b\n  </div>\n",
        "> <details><summary>S</summary>\n>\n> Inside\n>\n> </details>\n",
        "<del>\n\n*foo*\n\n</del>\n",
        "  <!-- indented -->\n",
    ])
    func rawHTMLIsWrittenBackAsItIs(markdown: String) throws {
        #expect(try roundTrip(markdown) == markdown)
    }

    /// Raw HTML from elsewhere (a JSON tree) that would not read back as itself: a block that
    /// is no HTML block becomes what the HTML reader makes of it; an inline that would open an
    /// HTML block at a paragraph's start, or is no piece of raw HTML, is shown as typed.
    @Test func rawHTMLThatWouldNotReadBackIsWrittenAsTheReaderWouldGiveIt() {
        #expect(write([.rawHTML("not html <b>bold</b>")]) == "not html **bold**\n")
        #expect(write([.paragraph([.rawHTML("<div>"), .text("x")])]) == "\\<div>x\n")
        #expect(write([.paragraph([.text("a "), .rawHTML("<span"), .text(" b")])]) == "a \\<span b\n")
        #expect(write([.paragraph([.text("a"), .rawHTML("<!-- -->"), .text("b")])]) == "ab\n")
        #expect(
            MarkdownWriter.representable(Document(blocks: [.paragraph([.text("x "), .rawHTML("<em>"), .text("y"), .rawHTML("</em>")])]))
                .blocks == [.paragraph([.text("x "), .emphasis([.text("y")])])])
    }

    /// The writer's shortcut for plain tags and comments accepts only what cmark-gfm reads as
    /// one piece of raw HTML, and the plain forms it is for.
    @Test func theShortcutForPlainTagsAgreesWithCmark() {
        let parts = [
            "<a", "</a", "<x-1", "<1", "<a href=\"x\"", "<a href='>'", "<a b=c", "<a b=", "<a b = \"c\"", "<a b=\"c\"d=\"e\"",
            "<a _b:c.d-e", "<a -b", "<!-- c --", "<!---->", "<!--> x --", "<!-- a -- b --", "<!-- a- --", "<http://x", "<a@b.c",
            "<a b=`c`", "<a b=c/",
        ]
        var accepted = 0
        for part in parts {
            for ending in [">", " >", "/>", " />", ""] {
                let html = part + ending
                guard MarkdownWriter.isSimpleRawInline(html) else { continue }
                accepted += 1
                #expect(CmarkConverter.readsAsOneHTMLInline(html), "\(html)")
            }
        }
        #expect(accepted >= 20)
        for plain in ["<span class=\"x\">", "</span>", "<br/>", "<img src='i.png' alt=\"A\" />", "<!-- note -->"] {
            #expect(MarkdownWriter.isSimpleRawInline(plain), "\(plain)")
        }
    }
}
