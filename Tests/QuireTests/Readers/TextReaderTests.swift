import QuireDocument
import Testing

@testable import Quire

/// One test per reader rule, each on a small text written for it.
@Suite struct TextReaderTests {
    func read(_ text: String, options: TextReader.Options = TextReader.Options()) -> Document {
        var warnings: [ConversionWarning] = []
        return TextReader.read(ReaderInput(bytes: Array(text.utf8), name: "test.txt"), options: options, warnings: &warnings)
    }

    func paragraph(_ text: String) -> Block { .paragraph([.text(text)]) }

    // MARK: Paragraphs and line breaks

    @Test func blankLinesSeparateParagraphs() {
        #expect(read("One.\n\nTwo.\n\n\n\nThree.\n").blocks == [paragraph("One."), paragraph("Two."), paragraph("Three.")])
    }

    @Test func hardWrappedLinesAreJoined() {
        let text = """
            The mill stands where the estuary narrows into a tidal creek, a squat
            building of tarred weatherboard on a stone base, built in 1791 by a
            corn merchant.
            """
        #expect(read(text).blocks == [
            paragraph(
                "The mill stands where the estuary narrows into a tidal creek, a squat building of tarred weatherboard on a stone base, built in 1791 by a corn merchant.")
        ])
    }

    /// Verse: no line comes near the width the text is wrapped at (its widest line, here the
    /// signature), so every line end was chosen, even before a line starting in lower case.
    @Test func aStanzaKeepsEveryLineEnd() {
        let text = """
            He rows the last crossing
            when the water turns to pewter,
            and the gulls come in
            like scraps of paper on the wind.

            -- Written for the harbour festival, 2024
            """
        let stanza = read(text).blocks.first
        let lines = ["He rows the last crossing", "when the water turns to pewter,", "and the gulls come in", "like scraps of paper on the wind."]
        #expect(stanza == .paragraph(Array(lines.map { [Inline.text($0)] }.joined(separator: [.lineBreak]))))
    }

    /// A table whose header is ruled with dashes column by column, indented for layout or not,
    /// is kept as drawn: neither a paragraph over a separator nor a quotation.
    @Test func aTableRuledUnderItsHeaderIsKeptWhole() {
        let table = """
            Day        Morning   Height
            ---------  --------  ------
            Monday     06:12     4.1 m
            Tuesday    07:01     4.3 m
            """
        for indent in ["", "  "] {
            let indented = table.split(separator: "\n").map { indent + $0 }.joined(separator: "\n")
            let blocks = read("High water at the quay.\n\n" + indented + "\n\nAllow an hour either side.\n").blocks
            #expect(blocks == [paragraph("High water at the quay."), .codeBlock(CodeBlock(text: table)), paragraph("Allow an hour either side.")])
        }
        // Only runs split by two spaces or more make a column rule; one run is a separator.
        #expect(LineShapes.isColumnRule("------  -----") && LineShapes.isColumnRule("  ===  ==  "))
        for separator in ["-----", "- - -", "---  x", "---  -", "----- -----"] { #expect(!LineShapes.isColumnRule(Substring(separator)), "\(separator)") }
    }

    @Test func shortLinesKeepTheirBreaks() {
        let text = """
            Write to us at:

            The Mill House
            3 Quay Street
            Brackwater

            Our volunteers answer every letter within a fortnight, and most within a week or so of it arriving at the mill.
            """
        let blocks = read(text).blocks
        #expect(blocks[1] == .paragraph([.text("The Mill House"), .lineBreak, .text("3 Quay Street"), .lineBreak, .text("Brackwater")]))
    }


    /// Records of a log, each wrapped by quire's text writer and labelled in lower case: a line
    /// that ends a sentence well short of the width is a break, even before a lower-case word;
    /// one that does not end a sentence continues it.
    @Test func aSentenceEndingShortOfTheWidthKeepsItsBreakBeforeLowerCase() {
        let text = """
            note: The tide turned an hour early on Sunday, and the harbour master closed
            the slipway to everyone but the crew of the lifeboat and the pilots.
            note: The ferry ran to time all week, the first time since the spring
            timetable began.
            """
        #expect(read(text).blocks == [
            .paragraph([
                .text("note: The tide turned an hour early on Sunday, and the harbour master closed the slipway to everyone but the crew of the lifeboat and the pilots."),
                .lineBreak,
                .text("note: The ferry ran to time all week, the first time since the spring timetable began."),
            ])
        ])
    }
    @Test func lineEndsAndByteOrderMarkAreNormalised() {
        let text = "The first line of a paragraph that was wrapped by a program on Windows,\r\nthe second line, which an old Macintosh program ended with a lone return,\rand the third.\r\n\r\nNext."
        var warnings: [ConversionWarning] = []
        let document = TextReader.read(ReaderInput(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8), name: "crlf.txt"), warnings: &warnings)
        #expect(document.blocks == [
            paragraph(
                "The first line of a paragraph that was wrapped by a program on Windows, the second line, which an old Macintosh program ended with a lone return, and the third."),
            paragraph("Next."),
        ])
    }

    @Test func invalidUTF8IsReadAsWindows1252() {
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9, 0x20, 0x93] + Array("quoted".utf8) + [0x94, 0x20, 0x80, 0x35]
        var warnings: [ConversionWarning] = []
        let document = TextReader.read(ReaderInput(bytes: bytes, name: "legacy.txt"), warnings: &warnings)
        #expect(document.blocks == [paragraph("Café “quoted” €5")])
    }

    // MARK: Lists

    @Test func bulletListsWithEveryBulletCharacter() {
        for bullet in ["-", "*", "+", "•", "–"] {
            let document = read("\(bullet) flour\n\(bullet) water\n")
            #expect(
                document.blocks == [
                    .bulletList(BulletList(isTight: true, items: [
                        ListItem(content: [paragraph("flour")]), ListItem(content: [paragraph("water")]),
                    ]))
                ], "bullet \(bullet)")
        }
    }

    @Test func orderedListStylesAndStart() {
        let cases: [(String, Int)] = [("3. a\n4. b\n", 3), ("1) a\n2) b\n", 1), ("b) a\nc) b\n", 2), ("(i) a\n(ii) b\n", 1), ("(iv) a\n(v) b\n", 4)]
        for (text, start) in cases {
            let blocks = read(text).blocks
            guard case .orderedList(let list) = blocks.first else {
                Issue.record("not an ordered list: \(text)")
                continue
            }
            #expect(list.start == start, "\(text)")
            #expect(list.items.map(\.content) == [[paragraph("a")], [paragraph("b")]], "\(text)")
        }
    }

    @Test func listsNestByIndentation() {
        let text = "- grain\n  - wheat\n  - barley\n- water\n"
        let inner = Block.bulletList(BulletList(items: [ListItem(content: [paragraph("wheat")]), ListItem(content: [paragraph("barley")])]))
        #expect(read(text).blocks == [
            .bulletList(BulletList(items: [ListItem(content: [paragraph("grain"), inner]), ListItem(content: [paragraph("water")])]))
        ])
    }

    @Test func continuationLinesStayInTheirItem() {
        let text = """
            1. As the tide rises, seawater flows into a large millpond through a pair
               of gates that open inwards.
            2. At high water the gates swing shut under the weight of the water behind
            them, trapping the pond.
            """
        #expect(read(text).blocks == [
            .orderedList(OrderedList(items: [
                ListItem(content: [paragraph("As the tide rises, seawater flows into a large millpond through a pair of gates that open inwards.")]),
                ListItem(content: [paragraph("At high water the gates swing shut under the weight of the water behind them, trapping the pond.")]),
            ]))
        ])
    }

    @Test func blankLinesBetweenItemsMakeALooseList() {
        guard case .bulletList(let list) = read("- one\n\n- two\n").blocks.first else {
            Issue.record("no list")
            return
        }
        #expect(!list.isTight)
        #expect(list.items.count == 2)
    }

    @Test func numberAtTheStartOfAWrappedLineIsNotAList() {
        let text = """
            The trust was founded by neighbours who met to clear the pond in the spring of
            2019. It now has forty members and a paid part-time manager for the mill shop.
            """
        #expect(read(text).blocks == [
            paragraph(
                "The trust was founded by neighbours who met to clear the pond in the spring of 2019. It now has forty members and a paid part-time manager for the mill shop.")
        ])
    }

    @Test func numberingThatStartsAgainStartsANewList() {
        let blocks = read("1. one\n2. two\n\n1. again\n").blocks
        #expect(blocks.count == 2)
    }

    @Test func twoBlankLinesEndAList() {
        let blocks = read("- one\n- two\n\n\n    indented code\n").blocks
        #expect(blocks == [
            .bulletList(BulletList(items: [ListItem(content: [paragraph("one")]), ListItem(content: [paragraph("two")])])),
            .codeBlock(CodeBlock(text: "indented code")),
        ])
    }

    @Test func taskListCheckBoxes() {
        guard case .bulletList(let list) = read("- [x] dredge the pond\n- [ ] rebuild the gates\n").blocks.first else {
            Issue.record("no list")
            return
        }
        #expect(list.items.map(\.checked) == [true, false])
        #expect(list.items[0].content == [paragraph("dredge the pond")])
    }

    // MARK: Headings

    @Test func setextUnderlinesMakeLevelOneAndTwoHeadings() {
        let blocks = read("Tide Mills\n==========\n\nSome text here.\n\nHow They Work\n-------------\n\nMore text.\n").blocks
        #expect(blocks[0] == .heading(Heading(level: 1, content: [.text("Tide Mills")])))
        #expect(blocks[2] == .heading(Heading(level: 2, content: [.text("How They Work")])))
    }

    @Test func shortStandaloneLineBeforeAParagraphIsAHeading() {
        let text = "Counting the cost\n\nThe project was funded through a mix of grants and a great deal of unpaid labour.\n"
        #expect(read(text).blocks.first == .heading(Heading(level: 3, content: [.text("Counting the cost")])))
    }

    @Test func allCapsLineIsAHeading() {
        let text = "WHAT COMES NEXT\n\nThe mill will open to visitors on weekends from July, with demonstrations.\n"
        #expect(read(text).blocks.first == .heading(Heading(level: 3, content: [.text("WHAT COMES NEXT")])))
    }

    @Test func numberedSectionTitlesNestByTheirNumbering() {
        let text = "2.1 Pond gates\n\nThe gates were rebuilt in green oak, using the surviving ironwork as a pattern.\n"
        #expect(read(text).blocks.first == .heading(Heading(level: 4, content: [.text("2.1 Pond gates")])))
    }

    @Test func capitalisedTitlesMayEndWithAFullStop() {
        let text = "CHAPTER IV.\n\nIt was the custom in those days for the miller to rise before the tide.\n"
        #expect(read(text).blocks.first == .heading(Heading(level: 3, content: [.text("CHAPTER IV.")])))
    }

    @Test func sentencesAndLinesBeforeShortTextAreNotHeadings() {
        let text = "The gates were rebuilt.\n\nMill House, 3 June 2025\n\nThe Tide Mill\n\nPS:\n"
        #expect(read(text).blocks == [
            paragraph("The gates were rebuilt."), paragraph("Mill House, 3 June 2025"), paragraph("The Tide Mill"), paragraph("PS:"),
        ])
    }

    // MARK: Quotes, preformatted text, breaks

    @Test func angleBracketQuotesNest() {
        let blocks = read("> The moon does.\n> > Some weeks at six.\n").blocks
        #expect(blocks == [.blockQuote([paragraph("The moon does."), .blockQuote([paragraph("Some weeks at six.")])])])
    }

    @Test func linesIndentedByOneToThreeColumnsAreAQuote() {
        let blocks = read("She said:\n\n  Nobody is coming here for the flour.\n  They come to watch the sea.\n").blocks
        #expect(blocks[1] == .blockQuote([.paragraph([.text("Nobody is coming here for the flour."), .lineBreak, .text("They come to watch the sea.")])]))
    }

    @Test func indentationSharedByMostOfTheTextIsNotAQuote() {
        let text = "   The mill stands where the estuary narrows.\n\n   It was built in 1791.\n\n   It ground wheat.\n\n   It stopped in 1964.\n\n       make demo\n"
        #expect(read(text).blocks == [
            paragraph("The mill stands where the estuary narrows."), paragraph("It was built in 1791."), paragraph("It ground wheat."),
            paragraph("It stopped in 1964."), .codeBlock(CodeBlock(text: "make demo")),
        ])
    }

    @Test func consistentlyIndentedLinesAreKeptVerbatim() {
        let text = "Run this:\n\n    make demo\n      --verbose  *x*\n\n    make test\n\nDone.\n"
        #expect(read(text).blocks[1] == .codeBlock(CodeBlock(text: "make demo\n  --verbose  *x*\n\nmake test")))
    }

    @Test func aQuoteIndentedLikeCodeIsPreformatted() {
        let text = "Written as:\n\n    > The wheel turns.\n    >     - slowly\n\nThat is a quote.\n"
        #expect(read(text).blocks[1] == .codeBlock(CodeBlock(text: "> The wheel turns.\n>     - slowly")))
    }

    @Test func tablesDrawnWithSpacesOrFramesAreKeptVerbatim() {
        let spaced = "Item       Cost\nWheel      £1,200\nGates      £800\n"
        #expect(read(spaced).blocks == [.codeBlock(CodeBlock(text: "Item       Cost\nWheel      £1,200\nGates      £800"))])
        let framed = "+-------+------+\n| Item  | Cost |\n+-------+------+\n"
        #expect(read(framed).blocks == [.codeBlock(CodeBlock(text: "+-------+------+\n| Item  | Cost |\n+-------+------+"))])
    }

    @Test func ruleLinesAreThematicBreaks() {
        #expect(read("Before.\n\n* * *\n\nAfter.\n").blocks == [paragraph("Before."), .thematicBreak, paragraph("After.")])
    }

    // MARK: Inline markup and links

    @Test func lightMarkupBecomesNodes() {
        let blocks = read("A **strong** word, an *emphasised* one and _another_, but snake_case_name stays.\n").blocks
        #expect(blocks == [.paragraph([
            .text("A "), .strong([.text("strong")]), .text(" word, an "), .emphasis([.text("emphasised")]), .text(" one and "),
            .emphasis([.text("another")]), .text(", but snake_case_name stays."),
        ])])
    }

    @Test func unclosedOrSpacedMarkersStayText() {
        let text = "5 * 3 * 2 = 30, and **not closed, and a lone _ here.\n"
        #expect(read(text).blocks == [paragraph("5 * 3 * 2 = 30, and **not closed, and a lone _ here.")])
    }

    @Test func markdownLinksAndAngleURLsBecomeLinks() {
        let blocks = read("See [the tide table](https://mill.example/tides) or <https://mill.example/>.\n").blocks
        #expect(blocks == [.paragraph([
            .text("See "), .link(Link(url: "https://mill.example/tides", content: [.text("the tide table")])), .text(" or "),
            .link(Link(url: "https://mill.example/", content: [.text("https://mill.example/")])), .text("."),
        ])])
    }

    @Test func aBracketLinkNeedsATargetShapedLikeAnAddress() {
        let blocks = read("Type [mill](tides) to get [the table](tides.html) or [the page](/tides).\n").blocks
        #expect(blocks == [.paragraph([
            .text("Type [mill](tides) to get "), .link(Link(url: "tides.html", content: [.text("the table")])), .text(" or "),
            .link(Link(url: "/tides", content: [.text("the page")])), .text("."),
        ])])
    }

    @Test func bareURLsAndEmailAddressesBecomeLinks() {
        let blocks = read("Visit https://mill.example/visit (or www.mill.example), or write to ruth.p@mill.example.\n").blocks
        #expect(blocks == [.paragraph([
            .text("Visit "), .link(Link(url: "https://mill.example/visit", content: [.text("https://mill.example/visit")])),
            .text(" (or "), .link(Link(url: "https://www.mill.example", content: [.text("www.mill.example")])),
            .text("), or write to "), .link(Link(url: "mailto:ruth.p@mill.example", content: [.text("ruth.p@mill.example")])),
            .text("."),
        ])])
    }

    @Test func referencedNotesBecomeFootnotes() {
        let text = """
            Volunteers gave 26,000 hours.[1]

            [1] At the national minimum wage, 26,000 hours would represent more than
                £300,000 of labour, though many volunteers brought professional skills.
            """
        #expect(read(text).blocks == [
            .paragraph([.text("Volunteers gave 26,000 hours."), .footnoteReference("1")]),
            .footnoteDefinition(
                FootnoteDefinition(
                    label: "1",
                    content: [
                        paragraph(
                            "At the national minimum wage, 26,000 hours would represent more than £300,000 of labour, though many volunteers brought professional skills.")
                    ])),
        ])
    }

    @Test func bracketedNumbersWithoutNotesStayText() {
        #expect(read("See item [2] in the list.\n").blocks == [paragraph("See item [2] in the list.")])
    }

    @Test func aParagraphOpenedByABracketedWordIsNotANote() {
        let text = "Read the [Sluices] section first.\n\n[Sluices] are opened at high tide.\n\nNotes[a] follow.\n\n[a] A letter marks a note.\n"
        #expect(read(text).blocks == [
            paragraph("Read the [Sluices] section first."), paragraph("[Sluices] are opened at high tide."),
            .paragraph([.text("Notes"), .footnoteReference("a"), .text(" follow.")]),
            .footnoteDefinition(FootnoteDefinition(label: "a", content: [paragraph("A letter marks a note.")])),
        ])
    }

    // MARK: Article-export header

    @Test func articleExportHeaderGoesIntoMetadata() {
        let text = """


            <https://news.example/2026/01/04/quay>



            Harbour

            Quay Wall Repaired

            Engineers finished the work a week early, the council said.

            - Local News -

            Publication date: Sunday 4 January 2026

            By Ada Quill and Bo Harrow

            **Copyright © The Harbour Gazette - news for the coast - All rights
            reserved**

            The quay wall reopened on Saturday.
            """
        let document = read(text)
        #expect(document.metadata.sourceURL == "https://news.example/2026/01/04/quay")
        #expect(document.metadata.keywords == ["Harbour", "Local News"])
        #expect(document.metadata.title == "Quay Wall Repaired")
        #expect(document.metadata.subtitle == "Engineers finished the work a week early, the council said.")
        #expect(document.metadata.date == DocumentDate(iso8601: "2026-01-04"))
        #expect(document.metadata.authors == ["Ada Quill", "Bo Harrow"])
        #expect(document.metadata.rights == "Copyright © The Harbour Gazette - news for the coast - All rights reserved")
        #expect(document.blocks == [paragraph("The quay wall reopened on Saturday.")])
    }

    @Test func twoHeaderLinesAreKickerAndTitleOrTitleAndSubtitle() {
        let kicker = read("<https://a.example/x>\n\nHarbour\n\nQuay Wall Repaired at Last\n\n- News -\n\nBody text.\n")
        #expect(kicker.metadata.keywords == ["Harbour", "News"])
        #expect(kicker.metadata.title == "Quay Wall Repaired at Last")
        let subtitle = read("<https://a.example/x>\n\nQuay Wall Repaired at Last\n\nEngineers finished early.\n\n- News -\n\nBody text.\n")
        #expect(subtitle.metadata.title == "Quay Wall Repaired at Last")
        #expect(subtitle.metadata.subtitle == "Engineers finished early.")
    }

    @Test func aSectionMarkerMayComeBeforeTheTitle() {
        let document = read("- Harbour -\n\nQuay Wall Repaired\n\nPublished: 4 Jan 2026\n\nThe quay wall reopened on Saturday.\n")
        #expect(document.metadata.keywords == ["Harbour"])
        #expect(document.metadata.title == "Quay Wall Repaired")
        #expect(document.metadata.date?.iso8601 == "2026-01-04")
        #expect(document.blocks == [paragraph("The quay wall reopened on Saturday.")])
    }

    @Test func withoutALabelledLineThereIsNoHeader() {
        let document = read("A Short Title\n\nBy the end of that summer they had formed a trust, and by spring they had a plan.\n")
        #expect(document.metadata.isEmpty)
        #expect(document.blocks.first == .heading(Heading(level: 3, content: [.text("A Short Title")])))
    }

    @Test func aTitleWithABylineIsAHeader() {
        let document = read("THE MILLER'S YEAR\n\nby Anna Tregarthen\n\nIt was the custom in those days.\n")
        #expect(document.metadata.title == "THE MILLER'S YEAR")
        #expect(document.metadata.authors == ["Anna Tregarthen"])
        #expect(document.blocks == [paragraph("It was the custom in those days.")])
    }

    /// A manuscript's opening: the title with its byline (and date) on the lines right under it.
    @Test func aTitleWithItsBylineUnderItIsAHeader() {
        let document = read("Harbour Fish Stew\nby Morwenna Tregear\nPublished 4 March 2025\n\nServes four.\n")
        #expect(document.metadata.title == "Harbour Fish Stew")
        #expect(document.metadata.authors == ["Morwenna Tregear"])
        #expect(document.metadata.date?.iso8601 == "2025-03-04")
        #expect(document.blocks == [paragraph("Serves four.")])
        // A sentence over a byline is not a title: the paragraph stays as it is.
        let letter = read("We met at the quay as usual.\nby the old crane, at nine\n\nServes four.\n")
        #expect(letter.metadata.title == nil)
        #expect(letter.blocks.count == 2)
    }

    @Test func quireTextOutputHeaderReadsBack() {
        let text = "The Tide Mill\n=============\n\nGrinding again.\n\nBy Ada Quill and Bo Harrow\nDate: 2025-06-14\nSource: https://a.example/m\n\nBody.\n"
        let metadata = read(text).metadata
        #expect(metadata == Metadata(
            title: "The Tide Mill", subtitle: "Grinding again.", authors: ["Ada Quill", "Bo Harrow"],
            date: DocumentDate(iso8601: "2025-06-14"), sourceURL: "https://a.example/m"))
    }

    @Test func aListItemEndingInADashIsNotASectionMarker() {
        let document = read("Tide Mills\n\n- built in 1791 — \n\nThe mill stands where the estuary narrows.\n")
        #expect(document.metadata.isEmpty)
        #expect(document.blocks.count == 3)
    }

    @Test(arguments: [
        ("Published 4 January 2026", "2026-01-04"), ("Date: January 4, 2026", "2026-01-04"),
        ("Publié le 4 janvier 2026", "2026-01-04"), ("Fecha: 4 de enero de 2026", "2026-01-04"),
        ("Posted on 2026-01-04", "2026-01-04"),
        // ISO and RFC 2822 forms, which the text reader shares with the HTML reader.
        ("Date: Sun, 04 Jan 2026 09:15:00 +0100", "2026-01-04T09:15:00+01:00"),
        ("Published: Sun, 4 Jan 2026 09:15:00 GMT", "2026-01-04T09:15:00Z"),
        ("Date: 2026-01-04 09:15:00 UTC", "2026-01-04T09:15:00Z"), ("Datum: 20260104", "2026-01-04"),
    ])
    func dateLinesInSeveralForms(_ line: String, _ iso: String) {
        let document = read("Quay Wall Repaired\n\n\(line)\n\nThe quay wall reopened on Saturday.\n")
        #expect(document.metadata.date?.iso8601 == iso, "\(line)")
        #expect(document.metadata.title == "Quay Wall Repaired")
    }

    @Test func aBylineMayBeWrapped() {
        let text = "The Tide Mill\n=============\n\nBy Ada Quill, Bo Harrow, Cy Moss,\nDee Penrose and Eli Tamsin\nDate: 2025-06-14\n\nBody.\n"
        #expect(read(text).metadata.authors == ["Ada Quill", "Bo Harrow", "Cy Moss", "Dee Penrose", "Eli Tamsin"])
    }

    @Test func headerReadingCanBeTurnedOff() {
        let document = read("<https://a.example/x>\n\nBody.\n", options: TextReader.Options(readsArticleHeader: false))
        #expect(document.metadata.isEmpty)
        #expect(document.blocks.count == 2)
    }

    @Test func theAppealAtTheEndStaysInTheBody() {
        let text = "<https://a.example/x>\n\nTitle Here\n\n- News -\n\nBody.\n\nPS:\n\nPlease donate: [Donate](#) today.\n"
        let blocks = read(text).blocks
        #expect(blocks.count == 3)
        #expect(blocks[1] == paragraph("PS:"))
    }

    // MARK: Depth

    @Test func nestingDeeperThanTheTreeAllowsIsFlattenedWithAWarning() {
        let text = String(repeating: ">", count: 5000) + " deep words\n"
        var warnings: [ConversionWarning] = []
        let document = TextReader.read(ReaderInput(bytes: Array(text.utf8), name: "deep.txt"), warnings: &warnings)
        #expect(warnings.count == 1)
        var words: [String] = []
        document.blocks.forEachInline { if case .text(let t) = $0 { words += t.split(separator: " ").map(String.init) } }
        #expect(words.suffix(2) == ["deep", "words"])
        var depth = 0
        var current = document.blocks
        while case .blockQuote(let inner)? = current.first {
            depth += 1
            current = inner
        }
        #expect(depth < Document.maximumDepth)
    }

    /// `__pypackages__` is a name: read as `_` around emphasis, each pass through the text
    /// writer lost a layer of underscores.
    @Test func underscoreRunsAreNamesNotEmphasis() {
        #expect(read("Use __pypackages__ and __init__.py, _this_ too.").blocks == [
            .paragraph([.text("Use __pypackages__ and __init__.py, "), .emphasis([.text("this")]), .text(" too.")]),
        ])
        let once = String(decoding: TextWriter.write(read("__a__ and _b_ and ___c___\n")), as: UTF8.self)
        let twice = String(decoding: TextWriter.write(read(once)), as: UTF8.self)
        #expect(once.contains("__a__") && once == twice)
    }
}
