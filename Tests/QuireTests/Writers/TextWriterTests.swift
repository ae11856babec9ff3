import QuireDocument
import Testing

@testable import Quire

/// One test per writer rule, each on a small hand-built tree.
@Suite struct TextWriterTests {
    func write(_ blocks: [Block], metadata: Metadata = Metadata(), _ options: TextWriter.Options = TextWriter.Options()) -> String {
        String(decoding: TextWriter.write(Document(metadata: metadata, blocks: blocks), options: options), as: UTF8.self)
    }

    func paragraph(_ text: String) -> Block { .paragraph([.text(text)]) }
    func item(_ text: String) -> ListItem { ListItem(content: [paragraph(text)]) }

    let sentence = "The mill will open to visitors on weekends from July, with milling demonstrations timed to the tides."

    // MARK: Title block

    @Test func titleBlockComesFromTheMetadata() {
        let metadata = Metadata(
            title: "The Tide Mill Turns Again", subtitle: "Grinding flour once more.", authors: ["Nell Marchbank", "Ada Quill", "Bo Harrow"],
            date: DocumentDate(iso8601: "2025-06-14"), sourceURL: "https://ledger.example/mill")
        #expect(write([paragraph("Body.")], metadata: metadata) == """
            The Tide Mill Turns Again
            =========================

            Grinding flour once more.

            By Nell Marchbank, Ada Quill and Bo Harrow
            Date: 2025-06-14
            Source: https://ledger.example/mill

            Body.

            """)
    }

    @Test func noTitleBlockLeavesItOut() {
        let metadata = Metadata(title: "The Tide Mill", authors: ["Nell Marchbank"])
        #expect(write([paragraph("Body.")], metadata: metadata, TextWriter.Options(includesTitleBlock: false)) == "Body.\n")
        #expect(write([paragraph("Body.")]) == "Body.\n")
    }

    // MARK: Wrapping

    @Test func paragraphsWrapAtTheColumns() {
        #expect(write([paragraph(sentence)], TextWriter.Options(columns: 40)) == """
            The mill will open to visitors on
            weekends from July, with milling
            demonstrations timed to the tides.

            """)
    }

    @Test func wrapNoneWritesOneLinePerParagraph() {
        #expect(write([paragraph(sentence), paragraph("Second.")], TextWriter.Options(columns: 20, wrap: .none)) == sentence + "\n\nSecond.\n")
    }

    @Test func lineBreaksAreKept() {
        let address = Block.paragraph([.text("The Mill House"), .lineBreak, .text("3 Quay Street"), .softBreak, .text("Brackwater")])
        #expect(write([address]) == "The Mill House\n3 Quay Street Brackwater\n")
    }

    @Test func wrappedLinesNeverStartLikeANewBlock() {
        // At 20 columns a plain greedy fill would start lines with "- news", "1. and", "> 3" and "[1]".
        let text = "The Estuary Ledger - news and more, see part 1. and the rest > 3 times over. [1]"
        let lines = write([.paragraph([.text(text)])], TextWriter.Options(columns: 20)).split(separator: "\n")
        for line in lines {
            #expect(!line.hasPrefix("- ") && !line.hasPrefix("1. ") && !line.hasPrefix(">") && !line.hasPrefix("["), "\(line)")
        }
        #expect(lines.joined(separator: " ") == text)
    }

    // MARK: Blocks

    @Test func headingsAreSetApartAndUnderlinedAtLevelsOneAndTwo() {
        let blocks: [Block] = [
            .heading(Heading(level: 1, content: [.text("Tide Mills")])), paragraph("A."),
            .heading(Heading(level: 2, content: [.text("How They Work")])), paragraph("B."),
            .heading(Heading(level: 3, content: [.text("The Gates")])), paragraph("C."),
        ]
        #expect(write(blocks) == "Tide Mills\n==========\n\nA.\n\nHow They Work\n-------------\n\nB.\n\nThe Gates\n\nC.\n")
    }

    @Test func listsHaveHangingIndentsAndNest() {
        let nested = ListItem(content: [paragraph("grain"), .bulletList(BulletList(items: [item("wheat"), item("barley")]))])
        let list = Block.bulletList(BulletList(items: [nested, item("water that flows into the pond at every tide")]))
        #expect(write([list], TextWriter.Options(columns: 30)) == """
            - grain
              - wheat
              - barley
            - water that flows into the
              pond at every tide

            """)
    }

    @Test func orderedListsAreNumberedFromTheirStartAndAligned() {
        let items = (0..<3).map { item("step \($0)") }
        #expect(write([.orderedList(OrderedList(start: 9, items: items))]) == "9.  step 0\n10. step 1\n11. step 2\n")
        #expect(write([.orderedList(OrderedList(start: 1, isTight: false, items: Array(items.prefix(2))))]) == "1. step 0\n\n2. step 1\n")
    }

    @Test func taskListItemsShowTheirBoxes() {
        let list = Block.bulletList(BulletList(items: [ListItem(checked: true, content: [paragraph("done")]), ListItem(checked: false, content: [paragraph("to do")])]))
        #expect(write([list]) == "- [x] done\n- [ ] to do\n")
    }

    @Test func quotesAreIndentedAndCodeIsVerbatim() {
        let blocks: [Block] = [
            .blockQuote([paragraph("The moon does.")]),
            .codeBlock(CodeBlock(language: "sh", text: "make demo\n  --verbose   \n\nmake test")),
        ]
        #expect(write(blocks) == "  The moon does.\n\n    make demo\n      --verbose\n\n    make test\n")
    }

    /// Indentation alone would read back as a list, code or a quote one level out.
    @Test func aQuoteHoldingMoreThanParagraphsIsMarkedAndReadsBackTheSame() {
        let list = Block.bulletList(BulletList(items: [ListItem(content: [paragraph("flour")]), ListItem(content: [paragraph("salt")])]))
        let blocks: [Block] = [
            .blockQuote([paragraph("The miller's list:"), list]),
            .blockQuote([paragraph("She wrote:"), .blockQuote([paragraph("Bring the sacks.")])]),
        ]
        let text = write(blocks)
        #expect(text == "> The miller's list:\n>\n> - flour\n> - salt\n\n> She wrote:\n>\n>   Bring the sacks.\n")
        var warnings: [ConversionWarning] = []
        let reread = TextReader.read(ReaderInput(bytes: Array(text.utf8), name: "quotes.txt"), warnings: &warnings)
        #expect(String(decoding: TextWriter.write(reread), as: UTF8.self) == text)
    }

    @Test func indentationStopsGrowingAtFortyColumnsAndKeepsEveryWord() {
        var block = paragraph(sentence)
        for level in 0..<60 {
            block = level.isMultiple(of: 2)
                ? .blockQuote([paragraph("quote \(level)"), block])
                : .definitionList([DefinitionItem(term: [.text("term \(level)")], definitions: [[block]])])
        }
        let lines = write([block]).split(separator: "\n")
        // A quote holding more than paragraphs marks its lines with `> `.
        let isMargin = { (character: Character) in character == " " || character == ">" }
        let indentations = lines.map { $0.prefix(while: isMargin).count }
        #expect(indentations.max() == TextRenderer.maximumIndentation)
        #expect(lines.contains { $0.hasSuffix("quote 0") && $0.count == TextRenderer.maximumIndentation + 7 })
        // Past the limit, text still wraps at the page's width less the limit, not word by word.
        #expect(lines.contains { $0.trimmingPrefix(while: isMargin).hasPrefix("The mill will open to visitors") })
        for level in 0..<60 { #expect(lines.contains { $0.hasSuffix(" \(level)") }) }
    }

    @Test func definitionListsContainersAndFiguresShowTheirContent() {
        let blocks: [Block] = [
            .definitionList([DefinitionItem(term: [.text("Leat")], definitions: [[paragraph("A channel to the wheel.")]])]),
            .container(Container(element: "aside", content: [paragraph("Aside text.")])),
            .figure(Figure(content: [paragraph("A chart described in words.")], caption: [.text("Figure 1")])),
        ]
        #expect(write(blocks) == "Leat\n\n    A channel to the wheel.\n\nAside text.\n\nA chart described in words.\n\nFigure 1\n")
    }

    @Test func thematicBreakIsARuleAcrossThePage() {
        #expect(write([paragraph("A."), .thematicBreak, paragraph("B.")], TextWriter.Options(columns: 20)) == "A.\n\n" + String(repeating: "-", count: 20) + "\n\nB.\n")
    }

    @Test func tablesAreAlignedColumns() {
        let table = Table(
            caption: [.text("Funding")], alignments: [.left, .right],
            headerRows: [TableRow(cells: [[paragraph("Source")], [paragraph("Amount")]])],
            bodyRows: [
                TableRow(cells: [[paragraph("Heritage grant")], [paragraph("£412,000")]]),
                TableRow(cells: [[paragraph("Council")], [paragraph("£95,000")]]),
            ],
            footerRows: [TableRow(cells: [[paragraph("Total")], [paragraph("£507,000")]])])
        #expect(write([.table(table)]) == """
            Funding

                Source            Amount
                --------------  --------
                Heritage grant  £412,000
                Council          £95,000
                --------------  --------
                Total           £507,000

            """)
    }

    @Test func wideTablesWrapTheirCells() {
        let long = "Volunteers dredged three thousand tonnes of silt from the millpond by hand and by barge"
        let table = Table(
            alignments: [.default, .default],
            headerRows: [TableRow(cells: [[paragraph("Year")], [paragraph("Work")]])],
            bodyRows: [TableRow(cells: [[paragraph("2019")], [paragraph(long)]]), TableRow(cells: [[paragraph("2020")], [paragraph("Gates")]])])
        let output = write([.table(table)], TextWriter.Options(columns: 40))
        #expect(output == """
                Year  Work
                ----  ------------------------------
                2019  Volunteers dredged three
                      thousand tonnes of silt from
                      the millpond by hand and by
                      barge

                2020  Gates

            """)
        #expect(output.split(separator: "\n").allSatisfy { TerminalWidth.of($0) <= 40 })
    }

    /// Chinese and Japanese have no spaces: a cell of them was one unbreakable word, and the
    /// table ran past the width.
    @Test func tablesOfChineseAndJapaneseWrapToTheWidth() {
        let table = Table(
            alignments: [.default, .default],
            headerRows: [TableRow(cells: [[paragraph("年")], [paragraph("作業")]])],
            bodyRows: [
                TableRow(cells: [[paragraph("2019年")], [paragraph("ボランティアが池から三千トンの泥を手と船で取り除いた。")]]),
                TableRow(cells: [[paragraph("2020年")], [paragraph("水門を再建した。")]]),
            ])
        let output = write([.table(table)], TextWriter.Options(columns: 30))
        let lines = output.split(separator: "\n")
        #expect(lines.allSatisfy { TerminalWidth.of($0) <= 30 }, "\(output)")
        // Every character is there (rows interleave their cells' lines, so compare them sorted).
        #expect(
            output.filter { !$0.isWhitespace && $0 != "-" }.sorted()
                == "年作業2019年ボランティアが池から三千トンの泥を手と船で取り除いた。2020年水門を再建した。".sorted())
        #expect(output.contains("ボランティアが池"))
    }

    // MARK: Links, images, notes

    let linked: [Block] = [
        .paragraph([
            .text("See "), .link(Link(url: "https://mill.example/tides", content: [.text("the tide table")])), .text(", "),
            .link(Link(url: "https://mill.example/", content: [.text("https://mill.example/")])), .text(" or "),
            .link(Link(url: "#donate", content: [.text("donate")])), .text("."), .footnoteReference("n"),
        ]),
        .footnoteDefinition(FootnoteDefinition(label: "n", content: [.paragraph([.text("Open weekends.")])])),
    ]

    @Test func linksBecomeNumberedNotesByDefault() {
        #expect(write(linked) == """
            See the tide table[^1], https://mill.example/ or donate.[^2]

            [^1] https://mill.example/tides
            [^2] Open weekends.

            """)
    }

    /// A page's own `[1]` (a citation it shows as text) cannot be taken for one of quire's notes,
    /// and the text reads back with the notes as notes and the page's brackets as text.
    @Test func noteMarkersDifferFromAPagesOwnBrackets() throws {
        let cited: [Block] = [
            .paragraph([.text("As the survey says [1], the "), .link(Link(url: "https://mill.example/", content: [.text("mill")])),
                .text(" turns.")]),
        ]
        let text = write(cited)
        #expect(text == "As the survey says [1], the mill[^1] turns.\n\n[^1] https://mill.example/\n")
        var warnings: [ConversionWarning] = []
        let document = TextReader.read(ReaderInput(bytes: Array(text.utf8), name: "mill.txt"), warnings: &warnings)
        #expect(document.blocks.first == .paragraph([
            .text("As the survey says [1], the mill"), .footnoteReference("1"), .text(" turns."),
        ]))
        #expect(write(cited, TextWriter.Options(noteMarker: .brackets)) == "As the survey says [1], the mill[1] turns.\n\n[1] https://mill.example/\n")
    }

    @Test func linksCanBeInlineOrLeftOut() {
        #expect(write(linked, TextWriter.Options(wrap: .none, links: .inline)).hasPrefix(
            "See the tide table <https://mill.example/tides>, <https://mill.example/> or donate.[^1]\n\n[^1] Open weekends.\n"))
        #expect(write(linked, TextWriter.Options(links: .none)).hasPrefix("See the tide table, https://mill.example/ or donate.[^1]\n"))
    }

    @Test func aURLLinkedTwiceHasOneNote() {
        let link = Inline.link(Link(url: "https://mill.example/a", content: [.text("here")]))
        #expect(write([.paragraph([link, .text(" and "), link])]) == "here[^1] and here[^1]\n\n[^1] https://mill.example/a\n")
    }

    @Test func imagesAreDescribed() {
        let blocks: [Block] = [
            .paragraph([.image(Image(source: "wheel.png", alternativeText: "The wheel")), .text(" "), .image(Image(source: "x.png"))]),
            .figure(Figure(content: [.paragraph([.image(Image(source: "mill.jpg"))])], caption: [.text("The mill at dawn")])),
        ]
        #expect(write(blocks) == "[Image: The wheel] [Image]\n\n[Image: The mill at dawn]\n")
        #expect(write(blocks, TextWriter.Options(links: .none, images: .describe)) == "[Image: The wheel] [Image]\n\n[Image: The mill at dawn]\n")
    }

    /// Without descriptions a picture leaves nothing behind: not its caption or credit, not the
    /// address a linked picture pointed to; a figure holding text keeps it and its caption.
    @Test func imagesCanBeLeftOutAndAreWithoutLinks() {
        let photo = Inline.image(Image(source: "wheel.png", alternativeText: "The wheel"))
        let blocks: [Block] = [
            .paragraph([.text("The wheel turns"), photo, .text(" twice a day.")]),
            .figure(Figure(content: [.paragraph([photo])], caption: [.text("The wheel in 1921. Photo: Ledger archive")])),
            .paragraph([.link(Link(url: "https://mill.example/wheel-large.jpg", content: [photo]))]),
            .figure(Figure(content: [.codeBlock(CodeBlock(text: "high 06:12"))], caption: [.text("Tide table")])),
            paragraph("Visits resume in July."),
        ]
        let credited = Block.figure(Figure(
            content: [.paragraph([photo, .text(" Photo: Ledger archive")]), .paragraph([.text("Enlarge")])],
            caption: [.text("The wheel in 1921.")]))
        let quoted = Block.figure(Figure(
            content: [.blockQuote([paragraph("The sea does a job of work.")])], caption: [.text("Ruth Penhallow")]))
        #expect(write([credited, quoted], TextWriter.Options(links: .none)) == "  The sea does a job of work.\n\nRuth Penhallow\n")
        // A few words with no picture are text (a pull quote, a short poem), whatever their number.
        let words = Block.figure(Figure(content: [paragraph("Slack water, still wheel.")], caption: [.text("A mill saying")]))
        #expect(write([words], TextWriter.Options(links: .none)) == "Slack water, still wheel.\n\nA mill saying\n")
        let expected = "The wheel turns twice a day.\n\n    high 06:12\n\nTide table\n\nVisits resume in July.\n"
        #expect(write(blocks, TextWriter.Options(images: TextWriter.Options.ImageStyle.none)) == expected)
        #expect(write(blocks, TextWriter.Options(links: .none)) == expected)
        #expect(write(blocks, TextWriter.Options(links: .inline)).contains("[Image: The wheel]"))
        var options = TextWriter.Options()
        options.links = .none
        #expect(options.images == .none, "the images follow the links unless chosen")
        options.images = .describe
        #expect(options.images == .describe)
    }

    @Test func longNotesHangUnderTheirNumber() {
        let blocks: [Block] = [
            .paragraph([.text("Hours."), .footnoteReference("1")]),
            .footnoteDefinition(FootnoteDefinition(label: "1", content: [paragraph(sentence)])),
        ]
        #expect(write(blocks, TextWriter.Options(columns: 40)) == """
            Hours.[^1]

            [^1] The mill will open to visitors on
                 weekends from July, with milling
                 demonstrations timed to the tides.

            """)
    }

    // MARK: Clean text

    @Test func noMarkupSurvives() {
        let blocks: [Block] = [.paragraph([
            .strong([.text("strong")]), .text(" "), .emphasis([.text("em")]), .text(" "), .code("x < y"), .text(" "),
            .strikethrough([.text("gone")]), .text(" "), .quoted(Quoted(content: [.text("said")])), .text(" "),
            .span(Span(classes: ["c"], content: [.text("span")])), .superscript([.text("2")]),
        ])]
        #expect(write(blocks) == "strong em x < y gone “said” span2\n")
    }

    @Test func textIsNormalisedToNFC() {
        let output = write([paragraph("Cafe\u{301} cre\u{300}me")])
        #expect(output == "Café crème\n")
        #expect(output.unicodeScalars.count == "Café crème\n".unicodeScalars.count)
    }

    @Test func asciiSpellsTypographyIn7Bits() {
        let text = "“Tide” — it’s 2–3 hours… £5\u{A0}000, café, Œuvre"
        let output = write([paragraph(text)], TextWriter.Options(asciiOnly: true))
        #expect(output == "\"Tide\" -- it's 2-3 hours... GBP 5 000, cafe, OEuvre\n")
        #expect(output.utf8.allSatisfy { $0 < 0x80 })
    }

    @Test func noBreakSpacesHoldWordsTogetherEvenInASCII() {
        let output = write([paragraph("aaaa bbbb 5\u{A0}000\u{A0}tonnes")], TextWriter.Options(columns: 15, asciiOnly: true))
        #expect(output == "aaaa bbbb\n5 000 tonnes\n")
    }

    /// A writer that rendered each level of nesting twice (to measure, then to draw) would take
    /// 2^90 steps on these lists and 2^50 on these tables.
    @Test func deeplyNestedListsAndTablesAreWrittenQuickly() {
        var list = Block.paragraph([.text("core")])
        for level in 0..<90 {
            list = .bulletList(BulletList(items: [ListItem(content: [paragraph("level \(level)"), list]), item("sibling")]))
        }
        var table = Block.paragraph([.text("core")])
        for _ in 0..<50 {
            let cell: [Block] = [table, paragraph("a long cell text that needs wrapping at forty columns")]
            table = .table(Table(alignments: [.left, .left], bodyRows: [TableRow(cells: [[paragraph("x")], cell])]))
        }
        let elapsed = ContinuousClock().measure {
            #expect(write([list, table], TextWriter.Options(columns: 40)).contains("core"))
        }
        #expect(elapsed < .seconds(20))
    }

    /// A tall cell in the first of many columns: its lines are not padded across the empty
    /// columns after it (they were padded, then trimmed a space at a time, counting the line
    /// again for each space: 37 s for 1,000 columns and 400 paragraphs).
    @Test func aTallCellOfAWideTableIsNotPaddedToTheEnd() {
        let columns = 1_000
        let tall = (0..<400).map { paragraph("line \($0)") }
        var cells = (0..<columns).map { [paragraph("\($0 % 10)")] }
        cells[0] = tall
        let table = Table(alignments: Array(repeating: .default, count: columns), bodyRows: [TableRow(cells: cells)])
        var output = ""
        let elapsed = ContinuousClock().measure { output = write([.table(table)]) }
        #expect(elapsed < .seconds(10))
        // The first column is as wide as its longest word, so each paragraph takes two lines.
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.suffix(4) == ["    line", "    399", "", ""] || lines.suffix(3) == ["    line", "    399", ""])
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
        #expect(output.utf8.count < 20_000)
    }

    /// A tall cell in the last of many columns would be drawn on lines as wide as all the
    /// columns, so the grid would grow with columns times lines; such a table is written row by
    /// row instead, each cell's lines under the previous cell's.
    @Test func aTableTooWideToDrawIsWrittenRowByRow() {
        let columns = 1_000
        let tall = (0..<400).map { paragraph("line \($0)") }
        let header = TableRow(cells: (0..<columns).map { [paragraph("h\($0)")] })
        var cells = (0..<columns).map { [paragraph("\($0 % 10)")] }
        cells[columns - 1] = tall
        cells[1] = []
        let table = Table(
            alignments: Array(repeating: .default, count: columns), headerRows: [header], bodyRows: [TableRow(cells: cells)])
        var output = ""
        let elapsed = ContinuousClock().measure { output = write([.table(table)]) }
        #expect(elapsed < .seconds(10))
        #expect(output.utf8.count < 40_000)
        #expect(output.hasPrefix("    h0\n    h1\n    h2\n"))
        #expect(output.contains("    h999\n\n    ----\n\n    0\n    2\n"))
        #expect(output.hasSuffix("    8\n\n    line 0\n\n    line 1\n") == false)
        #expect(output.contains("    8\n    line 0\n\n    line 1\n"))
        #expect(output.hasSuffix("    line 399\n"))
    }

    @Test func noLineEndsWithASpace() {
        let blocks: [Block] = [
            .paragraph([.text("trailing   "), .lineBreak, .text("  "), .lineBreak, .text("end ")]),
            .bulletList(BulletList(items: [ListItem(content: [])])),
            .blockQuote([paragraph("q"), paragraph("r")]),
        ]
        let output = write(blocks)
        #expect(!output.split(separator: "\n", omittingEmptySubsequences: false).contains { $0.hasSuffix(" ") })
    }

    // MARK: Raw HTML

    /// Raw HTML shows what a browser would: a raw table as a table, a tag's content, a
    /// comment nothing, a CDATA section its text.
    @Test func rawHTMLShowsItsText() {
        let text = write([
            .rawHTML("<table><tr><th>Tide</th><th>Height</th></tr><tr><td>High</td><td>4.2 m</td></tr></table>"),
            .paragraph([
                .text("a "), .rawHTML("<span class=\"x\">"), .text("b"), .rawHTML("</span>"), .rawHTML("<!-- hidden -->"),
                .rawHTML("<![CDATA[ c ]]>"),
            ]),
            .rawHTML("<!-- only a comment -->"),
        ])
        #expect(text.contains("Tide") && text.contains("4.2 m") && text.contains("High"))
        #expect(text.contains("a b c"))
        #expect(!text.contains("<") && !text.contains("hidden") && !text.contains("comment"))
    }
}
