@testable import Quire
import QuireDocument
import Testing

/// Element families, white space, URLs and broken markup (`fixtures/html/*.html` and small
/// pages written inline).
@Suite struct HTMLReaderTests {
    @Test func isRegisteredByNameAliasAndExtension() {
        #expect(Formats.reader(named: "html")?.name == "html")
        #expect(Formats.reader(named: "XHTML")?.name == "html")
        #expect(Formats.reader(named: "htm")?.name == "html")
        for path in ["page.html", "page.HTM", "book/ch1.xhtml"] {
            #expect(Formats.reader(forPath: path)?.name == "html")
        }
        #expect(Formats.reader(sniffing: Array("<!DOCTYPE html><p>x".utf8))?.name == "html")
    }

    // MARK: Text and white space

    @Test func collapsesWhiteSpaceLikeABrowser() throws {
        let blocks = try HTMLTest.blocks(
            "<p>  Entries are written \n\t  by hand,\n then <em> typed </em> up. <br>  Next line  </p>")
        #expect(
            blocks == [
                .paragraph([
                    .text("Entries are written by hand, then "), .emphasis([.text("typed")]), .text(" up."),
                    .lineBreak, .text("Next line"),
                ])
            ])
    }

    /// Forums and old blogs write paragraphs as `<br><br>`: two breaks (or more) in a row end
    /// the paragraph, as the blank line a browser shows; one is a line break. Emphasis open
    /// across them goes on into the next paragraph; a heading stays one heading.
    @Test func twoLineBreaksInARowEndAParagraph() throws {
        let blocks = try HTMLTest.blocks(
            "<div>Chain is worn.<br>\n<br> Cassette too.<br><br><br><b>Both<br><br>now</b> replaced.<br>Thanks.</div>"
                + "<h2>Part<br><br>two</h2>")
        #expect(
            blocks == [
                .paragraph([.text("Chain is worn.")]),
                .paragraph([.text("Cassette too.")]),
                .paragraph([.strong([.text("Both")])]),
                .paragraph([.strong([.text("now")]), .text(" replaced."), .lineBreak, .text("Thanks.")]),
                .heading(Heading(level: 2, content: [.text("Part"), .lineBreak, .lineBreak, .text("two")])),
            ])
    }

    /// `&#x85;` is Windows-1252's ellipsis, as HTML5 reads references to C1 controls.
    @Test func decodesEntitiesAndDropsControlCharacters() throws {
        let blocks = try HTMLTest.blocks("<p>caf&eacute; &hellip; &#x1F33E; &amp;&nbsp;&lt;b&gt; a&#1;b&#127;c &#x85;d</p>")
        #expect(blocks == [.paragraph([.text("café … 🌾 &\u{A0}<b> abc …d")])])
    }

    @Test func codeSpansAreText() throws {
        let blocks = try HTMLTest.blocks("<p>Run <code>make<br>demo <b>now</b></code>.</p>")
        #expect(blocks == [.paragraph([.text("Run "), .code("make demo now"), .text(".")])])
    }

    @Test func keepsPreformattedTextVerbatim() throws {
        let blocks = try HTMLTest.blocks(
            "<pre><code class=\"language-python\">def f():\n    return 1 &lt; 2\n\n</code></pre>"
                + "<pre class=\"lang-sh\">make  demo</pre><pre>\n  a<br>\tb</pre><pre>   </pre>")
        #expect(
            blocks == [
                .codeBlock(CodeBlock(language: "python", text: "def f():\n    return 1 < 2")),
                .codeBlock(CodeBlock(language: "sh", text: "make  demo")),
                .codeBlock(CodeBlock(text: "  a\n\tb")),
            ])
    }

    // MARK: Element families

    @Test func mapsTheElementsFixture() throws {
        let blocks = try HTMLTest.fixture("elements.html", baseURL: "https://mill.example/log/2025/").blocks
        #expect(blocks.first == .heading(Heading(level: 1, id: "log", content: [.text("The mill\u{A0}log")])))
        #expect(
            blocks[1]
                == .paragraph([
                    .text("Entries are written by hand, then typed up."), .lineBreak,
                    .text("Line two of the first entry."),
                ]))
        guard case .paragraph(let inline) = blocks[3] else {
            Issue.record("expected the inline markup paragraph, got \(blocks[3])")
            return
        }
        let expectedInlines: [Inline] = [
            .emphasis([.text("Emphasis")]), .text(", "), .emphasis([.text("italic")]), .text(", "),
            .strong([.text("strong")]), .text(", "), .strong([.text("bold")]), .text(", "),
            .strikethrough([.text("struck")]), .text(", "), .strikethrough([.text("deleted")]), .text(", H"),
            .subscript([.text("2")]), .text("O, 10"), .superscript([.text("3")]), .text(", "), .code("grind(wheat)"),
            .text(", "), .code("Ctrl"), .text(", "), .quoted(Quoted(kind: .double, content: [.text("quoted")])),
            .text(", "), .span(Span(classes: ["mark"], content: [.text("marked")])), .text(", "),
            .span(Span(classes: ["abbr"], content: [.text("TMT")])), .text(", "),
            .span(Span(classes: ["small"], content: [.text("small print")])), .text(", "),
            .span(Span(classes: ["underline"], content: [.text("underlined")])), .text(", "),
            .link(Link(url: "https://mill.example/log", title: "The log", content: [.text("a link")])),
            .text(", a script link and "), .span(Span(id: "anchor-1", content: [.text("an anchored span")])),
            .text(" beside a plain one."),
        ]
        #expect(inline == expectedInlines)
        #expect(blocks[5] == .thematicBreak)
        #expect(
            blocks[7]
                == .bulletList(
                    BulletList(
                        isTight: true,
                        items: [
                            ListItem(content: [.paragraph([.text("Sluice gates")])]),
                            ListItem(content: [
                                .paragraph([.text("Wheel")]),
                                .bulletList(
                                    BulletList(items: [
                                        ListItem(content: [.paragraph([.text("Paddles")])]),
                                        ListItem(content: [.paragraph([.text("Axle")])]),
                                    ])),
                            ]),
                            ListItem(checked: true, content: [.paragraph([.text("Oil the gearing")])]),
                            ListItem(checked: false, content: [.paragraph([.text("Dress the stones")])]),
                        ])))
        #expect(
            blocks[8]
                == .orderedList(
                    OrderedList(
                        start: 4, isTight: false,
                        items: [
                            ListItem(content: [
                                .paragraph([.text("Open the sluice.")]), .paragraph([.text("Wait for the pond to drain.")]),
                            ]),
                            ListItem(content: [.paragraph([.text("Close it again.")])]),
                        ])))
        #expect(
            blocks[9]
                == .definitionList([
                    DefinitionItem(term: [.text("Undershot")], definitions: [[.paragraph([.text("Water passes under the wheel.")])]]),
                    DefinitionItem(
                        term: [.text("Breastshot"), .lineBreak, .text("Breast wheel")],
                        definitions: [[.paragraph([.text("Water meets the wheel at axle height.")])]]),
                ]))
        #expect(
            blocks[11]
                == .blockQuote([.paragraph([.text("The sea does the work.")]), .paragraph([.emphasis([.text("Miller's saying")])])]))
        #expect(
            blocks[12]
                == .codeBlock(CodeBlock(language: "python", text: "def tide(hour):\n    return \"high\" if hour % 12 < 6 else \"low\"")))
    }

    /// Syntax highlighters lay code out in a table beside its line numbers; the code is one
    /// block with its lines, without the numbers.
    @Test func codeNumberedInATableIsACodeBlock() throws {
        let pygments = """
            <table class="highlighttable"><tr><td class="linenos"><pre>3
            4</pre></td><td class="code"><pre><code class="language-toml"><span>[sluice]</span>
            <span>open</span> = true
            </code></pre></td></tr></table>
            """
        #expect(try HTMLTest.blocks(pygments) == [.codeBlock(CodeBlock(language: "toml", text: "[sluice]\nopen = true"))])
        let gist = """
            <table class="highlight"><tr><td class="blob-num" data-line-number="1"></td><td class="blob-code">if tide:</td></tr>\
            <tr><td class="blob-num" data-line-number="2"></td><td class="blob-code">    open()</td></tr></table>
            """
        #expect(try HTMLTest.blocks(gist) == [.codeBlock(CodeBlock(text: "if tide:\n    open()"))])
        // A ranking is a table: numbers beside names, no code cell, no `pre`.
        let ranking = "<table><tr><td>1</td><td>Brackwater</td></tr><tr><td>2</td><td>Eling</td></tr></table>"
        guard case .table = try HTMLTest.blocks(ranking).first else {
            Issue.record("the ranking is no longer a table")
            return
        }
        let numbersBesideProse = "<table><tr><td>1<br>2</td><td><pre>one line</pre></td></tr></table>"
        guard case .table = try HTMLTest.blocks(numbersBesideProse).first else {
            Issue.record("two numbers beside one line made a code block")
            return
        }
    }

    @Test func keepsBrokenMarkupWellFormed() throws {
        let blocks = try HTMLTest.fixture("elements.html", baseURL: "https://mill.example/log/2025/").blocks
        let tail = Array(blocks.suffix(10))
        #expect(
            tail == [
                .heading(Heading(level: 2, content: [.text("Broken markup")])),
                .paragraph([.text("Bare text in a div")]),
                .paragraph([.text("and a nested div")]),
                .paragraph([.text("then more.")]),
                .heading(
                    Heading(
                        level: 3,
                        content: [
                            .link(Link(url: "https://mill.example/stories/wheel", content: [.text("A heading inside a link")]))
                        ])),
                .paragraph([.text("An open paragraph")]),
                .paragraph([.text("Another, with a "), .strong([.text("bold")])]),
                .paragraph([.strong([.text("block inside")])]),
                .paragraph([.strong([.text("tail")]), .text(".")]),
                .container(Container(element: "section", classes: ["notes"], content: [.paragraph([.text("A section")])])),
            ])
    }

    @Test func repairsWhatLibXML2ParsesAsHTML4() throws {
        let blocks = try HTMLTest.fixture("html5-quirks.html", baseURL: "https://mill.example/q/").blocks
        #expect(
            blocks == [
                .paragraph([.text("An unclosed paragraph before a section")]),
                .container(Container(element: "section", id: "s1", content: [.paragraph([.text("Inside the section.")])])),
                .paragraph([.text("Text after the section.")]),
                .paragraph([.text("Another before an article")]),
                .container(
                    Container(element: "article", content: [.heading(Heading(level: 2, content: [.text("Article heading")]))])),
                .paragraph([.text("Longwordwithbreaks, then "), .emphasis([.text("emphasis")]), .text(".")]),
                .paragraph([.image(Image(source: "https://mill.example/q/a-small.jpg", alternativeText: "Nested sources"))]),
                .paragraph([.text("After the picture.")]),
                .definitionList([
                    DefinitionItem(term: [.text("One")], definitions: [[.paragraph([.text("First")])]]),
                    DefinitionItem(term: [.text("Two")], definitions: [[.paragraph([.text("Second")])]]),
                ]),
                .paragraph([.text("Controlcharacters and a stray C1 …are dropped.")]),
            ])
    }

    @Test func keepsSectioningElementsAndClassedDivsAsContainers() throws {
        let blocks = try HTMLTest.blocks(
            "<main id=m><nav class=\"menu top\"><a href=\"/\">Home</a></nav><div>bare</div>"
                + "<div class=\" \">blank class</div><aside id=\"a1\">aside</aside><header>h</header><footer>f</footer></main>")
        let expected: [Block] = [
            .container(
                Container(
                    element: "main", id: "m",
                    content: [
                        .container(
                            Container(
                                element: "nav", classes: ["menu", "top"],
                                content: [.paragraph([.link(Link(url: "/", content: [.text("Home")]))])])),
                        .paragraph([.text("bare")]),
                        .paragraph([.text("blank class")]),
                        .container(Container(element: "aside", id: "a1", content: [.paragraph([.text("aside")])])),
                        .container(Container(element: "header", content: [.paragraph([.text("h")])])),
                        .container(Container(element: "footer", content: [.paragraph([.text("f")])])),
                    ]))
        ]
        #expect(blocks == expected)
    }

    /// A teaser card is one link around a box: every line in the box is the link, as a browser
    /// shows it. A link inside it is not nested in it; a long link that broken markup left open
    /// around the page does not make the page's text links.
    @Test func aShortLinkAroundABoxLinksEveryLineInIt() throws {
        let link = { (content: [Inline]) in Inline.link(Link(url: "https://x.example/ferry", content: content)) }
        let blocks = try HTMLTest.blocks(
            "<a href=\"https://x.example/ferry\"><div class=\"card\"><h3>The ferry returns</h3>"
                + "<p>Repairs are done. <a href=\"https://x.example/other\">More</a></p></div></a>")
        #expect(blocks == [
            .container(Container(element: "div", classes: ["card"], content: [
                .heading(Heading(level: 3, content: [link([.text("The ferry returns")])])),
                .paragraph([link([.text("Repairs are done. More")])]),
            ]))
        ])
        let long = String(repeating: "The harbour story goes on, sentence after sentence. ", count: 10)
        let open = try HTMLTest.blocks("<a href=\"https://x.example/\"><div class=\"story\"><p>\(long)</p></div></a>")
        #expect(open == [.container(Container(element: "div", classes: ["story"], content: [.paragraph([.text(String(long.dropLast()))])]))])
    }

    // MARK: Tables

    @Test func laysTablesOutOnARectangularGrid() throws {
        let blocks = try HTMLTest.fixture("tables.html").blocks
        func cell(_ text: String) -> [Block] { [.paragraph([.text(text)])] }
        #expect(
            blocks.first
                == .table(
                    Table(
                        caption: [.text("Grinding "), .emphasis([.text("hours")]), .text(" by tide")],
                        alignments: [.default, .center, .default],
                        headerRows: [
                            TableRow(cells: [cell("Day"), cell("Tide"), []]),
                            TableRow(cells: [[], cell("Morning"), cell("Evening")]),
                        ],
                        bodyRows: [
                            TableRow(cells: [cell("Monday"), cell("closed"), []]),
                            TableRow(cells: [cell("Tuesday"), cell("2"), cell("3")]),
                            TableRow(cells: [[], cell("4"), []]),
                        ],
                        footerRows: [TableRow(cells: [cell("Total"), cell("6"), cell("3")])])))
        guard case .table(let second) = blocks[1] else {
            Issue.record("expected a table, got \(blocks[1])")
            return
        }
        #expect(second.headerRows == [TableRow(cells: [cell("Stone"), cell("Origin")])])
        #expect(second.bodyRows.count == 2)
        #expect(second.bodyRows.allSatisfy { $0.cells.count == 2 })
        #expect(
            second.bodyRows[0].cells[1]
                == [.bulletList(BulletList(items: [ListItem(content: cell("quarried")), ListItem(content: cell("dressed"))]))])
        #expect(blocks[2] == .paragraph([.text("Only one cell: layout, not data.")]))
        #expect(blocks[3] == .paragraph([.text("Stray text shows before the table.")]))
        #expect(blocks.count == 5)
    }

    @Test func ignoresSpansThatWouldExplodeTheGrid() throws {
        let rows = String(repeating: "<tr><td colspan=1000 rowspan=1000>x</td></tr>", count: 300)
        let result = try HTMLTest.read("<table>\(rows)</table>")
        guard case .table(let table) = result.blocks.first else {
            Issue.record("expected a table")
            return
        }
        #expect(table.columnCount == 1)
        #expect(table.bodyRows.count == 300)
        #expect(result.warnings.contains { $0.message.contains("spans were ignored") })
    }

    // MARK: Images and links

    @Test func choosesTheImageABrowserWouldShow() throws {
        let blocks = try HTMLTest.fixture("images.html", baseURL: "https://mill.example/pages/images.html").blocks
        let base = "https://cdn.mill.example/media/"
        let expected: [Block] = [
            .paragraph([.image(Image(source: base + "wheel.jpg", alternativeText: "The wheel", title: "Turning"))]),
            .paragraph([.image(Image(source: base + "stones-1200.jpg", alternativeText: "Stones"))]),
            .paragraph([.image(Image(source: base + "sluice@2x.jpg", alternativeText: "Sluice"))]),
            .paragraph([.image(Image(source: base + "pond.jpg", alternativeText: "Pond"))]),
            .paragraph([.image(Image(source: base + "gates-1600.jpg", alternativeText: "Gates"))]),
            .container(
                Container(
                    element: "div", classes: ["js-gallery"],
                    content: [.paragraph([.image(Image(source: base + "only-in-noscript.jpg", alternativeText: "Only here"))])])),
            .paragraph([
                .image(Image(source: base + "loft.jpg", alternativeText: "The net loft")), .text(" "),
                .image(Image(source: base + "quay-2x.jpg", alternativeText: "The quay")),
            ]),
            .figure(
                Figure(
                    content: [
                        .paragraph([.image(Image(source: "https://cdn.mill.example/archive/1964.jpg", alternativeText: "The mill in 1964"))])
                    ],
                    caption: [
                        .text("The mill in its last working year, "),
                        .link(Link(url: "https://cdn.mill.example/archive/", content: [.text("from the archive")])), .text("."),
                    ])),
            .paragraph([.text("Tracked")]),
            .paragraph([
                .link(
                    Link(
                        url: "https://cdn.mill.example/full/wheel.jpg",
                        content: [.image(Image(source: base + "thumb/wheel.jpg", alternativeText: "Thumbnail"))]))
            ]),
        ]
        #expect(blocks == expected)
    }

    @Test(arguments: [
        ("a.jpg 600w, b.jpg 1200w, c.jpg 900w", "b.jpg"),
        ("a.jpg 800w, b.jpg 1600w, c.jpg 3200w, d.jpg 2400w", "b.jpg"),
        ("a.jpg 2400w, b.jpg 2000w, c.jpg 3200w", "b.jpg"),
        ("a.jpg, b.jpg 2x, c.jpg 1.5x", "b.jpg"),
        ("a.jpg, b.jpg 3x, c.jpg 2x", "c.jpg"),
        ("a.jpg 4x, b.jpg 3x", "b.jpg"),
        ("https://img.example/w_600,h_400/a.jpg 600w, https://img.example/w_1200,h_800/a.jpg 1200w",
         "https://img.example/w_1200,h_800/a.jpg"),
        ("  single.jpg  ", "single.jpg"),
        // As in HTML, a comma inside a run of non-space characters belongs to the URL.
        ("a.jpg,b.jpg 2x", "a.jpg,b.jpg"),
    ])
    func picksTheSourceSetCandidateUpTo1600PixelsWide(sourceSet: String, expected: String) {
        #expect(HTMLBlockBuilder.bestCandidate(inSourceSet: sourceSet) == expected)
    }

    @Test func resolvesLinksAgainstTheBaseAndKeepsFragments() throws {
        let html = "<p><a href=\"../up\">up</a> <a href=\"#notes\">notes</a> <a href=\" /root?q=1 \">root</a>"
            + " <a href=\"//cdn.example/x\">cdn</a> <a href=\"mailto:a@example.com\">mail</a>"
            + " <a href=\" JavaScript:go()\">js</a> <a name=\"n\">anchor</a> <a href=\"\">empty</a></p>"
        let blocks = try HTMLTest.blocks(html, baseURL: "https://mill.example/a/b/page.html?x=1")
        #expect(
            blocks == [
                .paragraph([
                    .link(Link(url: "https://mill.example/a/up", content: [.text("up")])), .text(" "),
                    .link(Link(url: "#notes", content: [.text("notes")])), .text(" "),
                    .link(Link(url: "https://mill.example/root?q=1", content: [.text("root")])), .text(" "),
                    .link(Link(url: "https://cdn.example/x", content: [.text("cdn")])), .text(" "),
                    .link(Link(url: "mailto:a@example.com", content: [.text("mail")])), .text(" js anchor empty"),
                ])
            ])
        let relative = try HTMLTest.blocks("<p><a href=\"../up\">up</a></p>")
        #expect(relative == [.paragraph([.link(Link(url: "../up", content: [.text("up")]))])])
    }

    // MARK: What is never content

    @Test func dropsHiddenAndNonContentElements() throws {
        let blocks = try HTMLTest.fixture("hidden.html").blocks
        #expect(
            blocks == [
                .paragraph([.text("Visible one.")]),
                .paragraph([.text("Found by in-page search.")]),
                .paragraph([.text("Visible two, after an embed.")]),
                // A text box's text and a drop-down's chosen option show, as in a browser; the
                // other controls' text does not.
                .container(
                    Container(element: "form", content: [.paragraph([.text("Email Weekly")]), .paragraph([.text("Draft")])])),
                .paragraph([
                    .text("An icon svg text and a Mill logo and a formula "),
                    .span(
                        Span(
                            math: Math(
                                tex: "E = mc^2",
                                mathML: "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" alttext=\"E = mc^2\"><mi>E</mi></math>"))),
                    .text("."),
                ]),
                .paragraph([.text("Visible three.")]),
            ])
    }

    @Test func emptyInputGivesAnEmptyDocument() throws {
        for html in ["", "  \n", "<!-- only a comment -->", "<html><body></body></html>"] {
            let result = try HTMLTest.read(html, baseURL: "https://mill.example/")
            #expect(result.blocks.isEmpty)
            #expect(result.warnings.isEmpty)
        }
    }
}
