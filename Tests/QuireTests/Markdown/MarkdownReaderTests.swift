@testable import Quire
import QuireDocument
import Testing

@Suite struct MarkdownReaderTests {
    func read(_ markdown: String, smart: Bool = false) throws -> (Document, [ConversionWarning]) {
        var warnings: [ConversionWarning] = []
        let document = try MarkdownReader.read(
            ReaderInput(bytes: Array(markdown.utf8), name: "notes.md"), options: .init(smartPunctuation: smart),
            warnings: &warnings)
        return (document, warnings)
    }

    func blocks(_ markdown: String) throws -> [Block] { try read(markdown).0.blocks }

    /// The blocks as the writers that cannot carry raw HTML see them (plain text, EPUB).
    func resolved(_ markdown: String) throws -> [Block] { RawHTMLResolution.apply(to: try read(markdown).0).blocks }

    @Test func bytesThatAreNotUTF8AreReadAsWindows1252() throws {
        var warnings: [ConversionWarning] = []
        let bytes = Array("# Caf".utf8) + [0xE9] + Array("\n\nNa".utf8) + [0xEF] + Array("ve ".utf8) + [0x96, 0x20, 0x80, 0x0A]
        let document = try MarkdownReader.read(ReaderInput(bytes: bytes, name: "old.md"), warnings: &warnings)
        #expect(document.blocks == [
            .heading(Heading(level: 1, id: "café", content: [.text("Café")])),
            .paragraph([.text("Naïve \u{2013} \u{20AC}")]),
        ])
    }

    @Test func utf16WithAByteOrderMarkIsRead() throws {
        var warnings: [ConversionWarning] = []
        let little: [UInt8] = [0xFF, 0xFE] + "# Café\n\n*Déjà*\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + "# Café\n\n*Déjà*\n".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [little, big] {
            let document = try MarkdownReader.read(ReaderInput(bytes: bytes, name: "notepad.md"), warnings: &warnings)
            #expect(document.blocks == [
                .heading(Heading(level: 1, id: "café", content: [.text("Café")])),
                .paragraph([.emphasis([.text("Déjà")])]),
            ])
        }
    }

    @Test func frontMatterFillsMetadata() throws {
        let (document, warnings) = try read(
            """
            ---
            title: The Mill
            subtitle: "A: story"
            author: [Ada, Bo]
            date: 2025-06-14
            lang: fr
            description: Short
            tags: heritage, mills
            rights: CC BY 4.0
            publisher: Ledger
            identifier: urn:isbn:123
            cover-image: cover.jpg
            series: Coast
            draft: true
            editors: [Cy]
            ---
            Body
            """)
        #expect(warnings.isEmpty)
        #expect(
            document.metadata
                == Metadata(
                    title: "The Mill", subtitle: "A: story", authors: ["Ada", "Bo"], date: DocumentDate(iso8601: "2025-06-14"),
                    language: "fr", publisher: "Ledger", description: "Short", rights: "CC BY 4.0", identifier: "urn:isbn:123",
                    keywords: ["heritage", "mills"], coverImage: "cover.jpg",
                    extra: ["series": .string("Coast"), "draft": .bool(true), "editors": .list([.string("Cy")])]))
        #expect(document.blocks == [.paragraph([.text("Body")])])
    }

    @Test func aSingleAuthorStringIsOneAuthor() throws {
        #expect(try read("---\nauthor: Jane Doe\n---\n").0.metadata.authors == ["Jane Doe"])
    }

    @Test func invalidFrontMatterNamesTheLine() throws {
        #expect(throws: MarkdownReaderError.invalidFrontMatter(file: "notes.md", line: 3, reason: "did not find expected ',' or ']'")) {
            try read("---\ntitle: x\nauthor: [a, b\n---\nBody\n")
        }
    }

    @Test func aNonISODateIsKeptAndReported() throws {
        let (document, warnings) = try read("---\ndate: June 2025\n---\n")
        #expect(document.metadata.date == nil)
        #expect(document.metadata.extra["date"] == .string("June 2025"))
        #expect(warnings.count == 1)
    }

    @Test func headingIDsFollowGitHubAndExplicitAttributes() throws {
        let headings = try blocks("# Hello, World!\n\n## Hello, World!\n\n### Custom {#my-id}\n\n# Ünïcode ok\n\n# \\{#not-an-id}")
        #expect(
            headings.map { block -> String? in
                guard case .heading(let heading) = block else { return nil }
                return heading.id
            } == ["hello-world", "hello-world-1", "my-id", "ünïcode-ok", "not-an-id"])
        #expect(headings[2] == .heading(Heading(level: 3, id: "my-id", content: [.text("Custom")])))
        guard case .heading(let escaped) = headings[4] else { return }
        #expect(escaped.content == [.text("{#not-an-id}")])
    }

    @Test func gfmExtensionsMapToNodes() throws {
        let result = try blocks(
            """
            - [x] done
            - [ ] todo

            | a | b |
            |:--|--:|
            | 1 | ~~2~~ |

            See https://example.com and a[^n].

            [^n]: The note.
            """)
        #expect(
            result[0]
                == .bulletList(
                    BulletList(items: [
                        ListItem(checked: true, content: [.paragraph([.text("done")])]),
                        ListItem(checked: false, content: [.paragraph([.text("todo")])]),
                    ])))
        #expect(
            result[1]
                == .table(
                    Table(
                        alignments: [.left, .right], headerRows: [TableRow(cells: [[.paragraph([.text("a")])], [.paragraph([.text("b")])]])],
                        bodyRows: [TableRow(cells: [[.paragraph([.text("1")])], [.paragraph([.strikethrough([.text("2")])])]])])))
        #expect(
            result[2]
                == .paragraph([
                    .text("See "), .link(Link(url: "https://example.com", content: [.text("https://example.com")])), .text(" and a"),
                    .footnoteReference("1"), .text("."),
                ]))
        #expect(result[3] == .footnoteDefinition(FootnoteDefinition(label: "1", content: [.paragraph([.text("The note.")])])))
    }

    @Test func rawHTMLBecomesNodesNotStrings() throws {
        let result = try blocks(
            "H<sub>2</sub>O, x<sup>2</sup>, <kbd>Ctrl</kbd>, <em>a</em>, <q>hi</q>, line<br>break, <img src=\"a.png\" alt=\"A &amp; B\">\n\n<details><summary>More</summary>\n\nInside *it*\n\n</details>")
        #expect(
            result[0]
                == .paragraph([
                    .text("H"), .subscript([.text("2")]), .text("O, x"), .superscript([.text("2")]), .text(", "), .code("Ctrl"),
                    .text(", "), .emphasis([.text("a")]), .text(", "), .quoted(Quoted(content: [.text("hi")])), .text(", line"),
                    .lineBreak, .text("break, "), .image(Image(source: "a.png", alternativeText: "A & B")),
                ]))
        // An HTML block has no tree equivalent: it stays as written, the Markdown inside it too.
        #expect(result[1...] == [
            .rawHTML("<details><summary>More</summary>"), .paragraph([.text("Inside "), .emphasis([.text("it")])]),
            .rawHTML("</details>"),
        ])
        #expect(try resolved("<details><summary>More</summary>\n\nInside *it*\n\n</details>") == [
            .paragraph([.text("More")]), .paragraph([.text("Inside "), .emphasis([.text("it")])]),
        ])
    }

    /// A tag whose node would not say what it says stays raw: attributes the node cannot hold,
    /// an `<img>` without `alt`, an end tag without its start, a start tag without its end.
    @Test func tagsWithoutATreeEquivalentStayRaw() throws {
        #expect(try blocks("a <span class=\"x\">b</span> <em class=\"y\">c</em> <img src=\"i.png\"> d</a> <sup>e\n") == [
            .paragraph([
                .text("a "), .rawHTML("<span class=\"x\">"), .text("b"), .rawHTML("</span>"), .text(" "),
                .rawHTML("<em class=\"y\">"), .text("c"), .rawHTML("</em>"), .text(" "), .rawHTML("<img src=\"i.png\">"),
                .text(" d"), .rawHTML("</a>"), .text(" "), .rawHTML("<sup>"), .text("e"),
            ]),
        ])
        // Paired across Markdown emphasis, the tags are the source's, not a node.
        #expect(try blocks("<em>a *b</em> c*\n") == [
            .paragraph([.rawHTML("<em>"), .text("a "), .emphasis([.text("b"), .rawHTML("</em>"), .text(" c")])]),
        ])
        // The writer's own separator holds nothing; any other comment is kept.
        #expect(try blocks("a<!-- -->@b <!-- note -->\n") == [.paragraph([.text("a@b "), .rawHTML("<!-- note -->")])])
    }

    @Test func rawHTMLBlocksStayRawAndResolveThroughTheHTMLReader() throws {
        let markdown = "<table><tr><th>A</th></tr><tr><td>1 &amp; 2</td></tr></table>\n\n<div class=\"note\"><p>Para <em>one</em></p></div>"
        #expect(try blocks(markdown) == [
            .rawHTML("<table><tr><th>A</th></tr><tr><td>1 &amp; 2</td></tr></table>"),
            .rawHTML("<div class=\"note\"><p>Para <em>one</em></p></div>"),
        ])
        #expect(
            try resolved(markdown) == [
                .table(
                    Table(
                        alignments: [.default], headerRows: [TableRow(cells: [[.paragraph([.text("A")])]])],
                        bodyRows: [TableRow(cells: [[.paragraph([.text("1 & 2")])]])])),
                .paragraph([.text("Para "), .emphasis([.text("one")])]),
            ])
    }

    @Test func smartPunctuationOnlyWhenAsked() throws {
        #expect(try blocks("\"Hi\" -- it's...") == [.paragraph([.text("\"Hi\" -- it's...")])])
        #expect(try read("\"Hi\" -- it's...", smart: true).0.blocks == [.paragraph([.text("“Hi” – it’s…")])])
    }

    @Test func deepNestingIsFlattenedWithoutLosingWords() throws {
        let depth = 20_000
        let (document, warnings) = try read(String(repeating: ">", count: depth) + " deep words\n\nafter")
        #expect(warnings.count == 1)
        var words: [String] = []
        document.blocks.forEachInline { if case .text(let text) = $0 { words.append(text) } }
        #expect(words == ["deep words", "after"])
        var maximum = 0
        func measure(_ blocks: [Block], _ level: Int) {
            maximum = max(maximum, level)
            for block in blocks { block.childBlocks.forEach { measure($0, level + 1) } }
        }
        measure(document.blocks, 1)
        #expect(maximum <= Document.maximumDepth)
    }

    /// Raw HTML read into the tree below the Markdown containers around it is flattened to fit
    /// there: 150 quotations, then tables in captions 8,000 deep.
    @Test func rawHTMLInsideDeepQuotationsStaysWithinTheDepthLimit() throws {
        let levels = 8_000
        let markdown = "before\n\n" + String(repeating: "> ", count: 150) + String(repeating: "<table><caption>w ", count: levels)
            + "deepest" + String(repeating: "</caption></table>", count: levels) + "\n\nafter\n"
        let (document, warnings) = try read(markdown)
        #expect(warnings.isEmpty)
        let resolved = RawHTMLResolution.apply(to: document).blocks
        #expect(HTMLTest.depth(resolved) <= Document.maximumDepth)
        let words = HTMLTest.words(resolved)
        #expect(words.first == "before" && words.last == "after" && words.contains("deepest"))
        #expect(words.filter { $0 == "w" }.count == levels)
    }

    /// Markers past the depth limit on one line are taken out before cmark-gfm, which took time
    /// growing with the square of such a line's depth; the line's text stays.
    @Test func containerMarkersPastTheDepthLimitOnOneLineAreRemoved() throws {
        for marker in ["> ", "- ", "* ", "1. ", "2) "] {
            let markdown = String(repeating: marker, count: 5_000) + "deepest\n\nafter\n"
            let (document, warnings) = try read(markdown)
            #expect(HTMLTest.depth(document.blocks) <= Document.maximumDepth)
            #expect(HTMLTest.words(document.blocks) == ["deepest", "after"], "\(marker)")
            #expect(warnings.map(\.message) == ["nesting deeper than 200 levels was flattened (no text was lost)"])
        }
    }

    @Test func containerMarkersWithinTheLimitAreLeftAlone() {
        let markdown = String(repeating: "> ", count: Document.maximumDepth) + "x\n- a\n12345678901. b\n* \n"
        #expect(ContainerMarkerLimit.removingDeepMarkers(in: markdown) == (markdown, false))
        let deeper = String(repeating: "> ", count: Document.maximumDepth) + "1.  - x\n"
        #expect(ContainerMarkerLimit.removingDeepMarkers(in: deeper) == (String(repeating: "> ", count: Document.maximumDepth) + "x\n", true))
    }

    /// The "billion laughs": nine levels of nine aliases, 9⁹ values from under 500 bytes, took
    /// 3.4 GB and 12 s. It is refused at once, naming the file.
    @Test func aYAMLAliasBombIsRefused() throws {
        var yaml = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "\(name): &\(name) [" + Array(repeating: "*" + previous, count: 9).joined(separator: ", ") + "]\n"
            previous = name
        }
        #expect(yaml.utf8.count < 500)
        let clock = ContinuousClock()
        let start = clock.now
        #expect(
            throws: MarkdownReaderError.invalidFrontMatter(
                file: "notes.md", line: nil, reason: "its aliases expand to more than 10000 values (a YAML alias bomb?)")
        ) {
            _ = try read("---\n" + yaml + "---\n\n# Title\n")
        }
        #expect(clock.now - start < .seconds(5))
    }

    @Test func aliasesWithinReasonAreExpanded() throws {
        let (document, _) = try read("---\ntitle: &t The Mill\nsubtitle: *t\nauthors: &people [Ann, Bo]\nkeywords: *people\n---\n\nText\n")
        #expect(document.metadata.title == "The Mill")
        #expect(document.metadata.subtitle == "The Mill")
        #expect(document.metadata.authors == ["Ann", "Bo"])
        #expect(document.metadata.keywords == ["Ann", "Bo"])
        // A long list without aliases is as long as its text allows.
        let long = "---\nkeywords: [" + Array(repeating: "k", count: 20_000).joined(separator: ", ") + "]\n---\n"
        #expect(try read(long).0.metadata.keywords.count == 20_000)
    }

    @Test func utf16AndUTF32WithoutAByteOrderMarkAreRead() throws {
        let text = "# Café\n\n*Déjà* vu, 日本語.\n"
        for form in TextDecoding.WideForm.allCases {
            var warnings: [ConversionWarning] = []
            let bytes = TextDecodingTests.encode(text, as: form)
            let document = try MarkdownReader.read(ReaderInput(bytes: bytes, name: "wide.md"), warnings: &warnings)
            #expect(
                document.blocks == [
                    .heading(Heading(level: 1, id: "café", content: [.text("Café")])),
                    .paragraph([.emphasis([.text("Déjà")]), .text(" vu, 日本語.")]),
                ], "\(form)")
        }
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        var warnings: [ConversionWarning] = []
        let document = try MarkdownReader.read(ReaderInput(bytes: [0xEF, 0xBB, 0xBF] + Array("# T".utf8), name: "x"), warnings: &warnings)
        #expect(document.blocks == [.heading(Heading(level: 1, id: "t", content: [.text("T")]))])
    }

    /// Each cmark node's exit searched the whole stack of open frames, and flattened inline
    /// containers copied their text into their parent's at every level: a list nested 100,000
    /// deep took a minute. Flattened, the words stay in order.
    @Test func deepNestingIsReadInLinearTime() throws {
        let depth = 100_000
        let emphasisDepth = 20_000
        let emphasis = String(repeating: "*a **b ", count: emphasisDepth) + "x" + String(repeating: " b** a*", count: emphasisDepth)
        let html = "y" + String(repeating: "<span>", count: depth) + "z" + String(repeating: "</b>", count: depth)
        func text(_ blocks: [Block]) -> [String] {
            var pieces: [String] = []
            blocks.forEachInline { if case .text(let text) = $0 { pieces.append(text) } }
            return pieces
        }
        var results: [(Document, [ConversionWarning])] = []
        let elapsed = ContinuousClock().measure {
            for markdown in [String(repeating: "- ", count: depth) + "x\n\nafter", String(repeating: "> ", count: depth) + "x\n\nafter", emphasis, html] {
                if let result = try? read(markdown) { results.append(result) }
            }
        }
        try #require(results.count == 4)
        for (document, warnings) in results[0..<2] {
            #expect(warnings.count == 1)
            #expect(text(document.blocks) == ["x", "after"])
        }
        #expect(text(results[2].0.blocks).joined() == emphasis.filter { $0 != "*" })
        #expect(text(results[3].0.blocks).joined() == "yz")
        #expect(elapsed < .seconds(30))
    }

    /// CommonMark examples 96 and 98: only a YAML mapping at the very start is front matter.
    @Test func frontMatterIsOnlyAMapping() throws {
        let (setext, _) = try read("---\nFoo\n---\nBar\n---\nBaz\n")
        #expect(setext.metadata == Metadata())
        #expect(setext.blocks == [
            .thematicBreak, .heading(Heading(level: 2, id: "foo", content: [.text("Foo")])),
            .heading(Heading(level: 2, id: "bar", content: [.text("Bar")])), .paragraph([.text("Baz")]),
        ])
        #expect(try blocks("---\n---\n") == [.thematicBreak, .thematicBreak])
        #expect(try blocks("---\n- a\n---\n") == [
            .thematicBreak, .bulletList(BulletList(items: [ListItem(content: [.paragraph([.text("a")])])])), .thematicBreak,
        ])
        // Broken YAML that was meant as front matter is still an error.
        #expect(throws: MarkdownReaderError.self) { try read("---\ntitle: \"x\n---\nBody\n") }
        #expect(try read("---\ntitle: T\n---\nBody\n").0.metadata.title == "T")
    }

    /// CommonMark examples 24 and 318: an info string keeps what its escapes mean, and blank
    /// lines at the end of fenced code are code.
    @Test func fencedCodeKeepsItsInfoStringAndTrailingBlankLines() throws {
        #expect(try blocks("``` foo\\+bar\nfoo\n```\n") == [.codeBlock(CodeBlock(language: "foo+bar", text: "foo"))])
        #expect(try blocks("````;\n````\n") == [.codeBlock(CodeBlock(language: ";", text: ""))])
        #expect(try blocks("- ```\n  b\n\n\n  ```\n") == [
            .bulletList(BulletList(items: [ListItem(content: [.codeBlock(CodeBlock(text: "b\n\n"))])])),
        ])
    }

    /// The writer gives a heading an id CommonMark has no syntax for as an empty anchor.
    @Test func anAnchorInAHeadingIsItsID() throws {
        #expect(try blocks("## <a id=\"start\"></a>Intro\n") == [.heading(Heading(level: 2, id: "start", content: [.text("Intro")]))])
        #expect(try blocks("## Intro <a name=\"x.1\"></a>\n") == [.heading(Heading(level: 2, id: "x.1", content: [.text("Intro ")]))])
        // Elsewhere an anchor is no id of anything: it stays raw HTML.
        #expect(try blocks("<a id=\"p\"></a>Text\n") == [.paragraph([.rawHTML("<a id=\"p\">"), .rawHTML("</a>"), .text("Text")])])
    }

    /// CommonMark examples 182 and 629: a CDATA section's text was dropped with it. It is raw
    /// HTML, shown as its text where HTML cannot go.
    @Test func cdataKeepsItsText() throws {
        #expect(try blocks("foo <![CDATA[>&<\nx]]>\n") == [.paragraph([.text("foo "), .rawHTML("<![CDATA[>&<\nx]]>")])])
        #expect(try resolved("foo <![CDATA[>&<\nx]]>\n") == [.paragraph([.text("foo "), .text(">&<"), .softBreak, .text("x")])])
        #expect(try blocks("<![CDATA[\nif (a < b) {\n\n}\n]]>\nokay\n") == [
            .rawHTML("<![CDATA[\nif (a < b) {\n\n}\n]]>"), .paragraph([.text("okay")]),
        ])
        #expect(try resolved("<![CDATA[\nif (a < b) {\n\n}\n]]>\nokay\n") == [
            .codeBlock(CodeBlock(text: "if (a < b) {\n\n}")), .paragraph([.text("okay")]),
        ])
    }

    /// GFM example 653: GitHub's tag filter shows `<title>`, `<xmp>`… as text; they took the
    /// text around them away. They stay raw HTML, which the HTML writer filters
    /// (`HTMLWriterTests`) and the other writers show as GitHub does.
    @Test func disallowedTagsShowAsText() throws {
        #expect(try blocks("<strong> <title> <style> <em>x</em></strong>\n") == [
            .paragraph([.strong([.text(" "), .rawHTML("<title>"), .text(" "), .rawHTML("<style>"), .text(" "), .emphasis([.text("x")])])]),
        ])
        #expect(try resolved("<strong> <title> <style> <em>x</em></strong>\n").first?.childInlines.first?.plainText == " <title> <style> x")
        #expect(try resolved("<blockquote>\n  <xmp> is disallowed.  <XMP> too.\n</blockquote>\n") == [
            .blockQuote([.paragraph([.text("<xmp> is disallowed. <XMP> too.")])]),
        ])
    }

    /// CommonMark example 167: `<del>` and `</del>` on lines of their own strike the paragraphs
    /// between (they were lost): raw blocks in the tree, and for the writers that cannot carry
    /// them, formatting of the paragraphs and headings up to the end tag or the container's end.
    @Test func formattingTagsAroundParagraphsApplyToThem() throws {
        #expect(try blocks("<del>\n\n*foo*\n\n</del>\n") == [
            .rawHTML("<del>"), .paragraph([.emphasis([.text("foo")])]), .rawHTML("</del>"),
        ])
        #expect(try resolved("<del>\n\n*foo*\n\n# T\n\n</del>\n\nafter\n") == [
            .paragraph([.strikethrough([.emphasis([.text("foo")])])]),
            .heading(Heading(level: 1, id: "t", content: [.strikethrough([.text("T")])])), .paragraph([.text("after")]),
        ])
        #expect(try resolved("> <strong>\n>\n> in\n\nout\n") == [
            .blockQuote([.paragraph([.strong([.text("in")])])]), .paragraph([.text("out")]),
        ])
    }

    /// CommonMark example 31: a raw tag's attributes may use any named reference of HTML.
    @Test func rawTagAttributesDecodeEveryNamedReference() throws {
        #expect(try blocks("<a href=\"&ouml;&ouml;.html\" title=\"&check; &amp;\">x</a>\n") == [
            .paragraph([.link(Link(url: "öö.html", title: "✓ &", content: [.text("x")]))]),
        ])
    }
}
