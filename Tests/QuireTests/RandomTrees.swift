import PropertyBased
import QuireDocument

/// Random trees for property tests: every node type, nested, with text chosen to break writers
/// (every ASCII punctuation character, leading spaces, numbers followed by dots, lone backticks,
/// Unicode punctuation, things that look like URLs, e-mail addresses and entities).
enum RandomTrees {
    static let document = Generator<Document, Shrink.None<Document>> { rng in
        var maker = Maker(rng: rng)
        let tree = maker.document()
        rng = maker.rng
        return tree
    }

    struct Maker {
        var rng: any SeededRandomNumberGenerator
        var footnoteLabels: [String] = []

        static let fragments: [String] = {
            let punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".map { String($0) }
            return punctuation + [
                "word", "Mill", "tide", "a", "x1", "1.", "2)", "10.", "#", "## ", " ", "  ", "\t", "`", "``", "**", "__",
                "~~", "- ", "+ ", "* ", "> ", "=", "---", "***", "|", "&amp;", "&copy;", "&#65;", "&", "<b>", "<!-- c -->",
                "[x]", "[ ] ", "![", "](", "\\", "\\*", "https://example.com/a_b", "www.example.org", "mail@example.com",
                "—", "“", "”", "‘", "’", "…", "é", "潮", "🌊", "\u{A0}", "{#id}", "{", "}", "^", "[^1]", "1986. ", "\n",
                ":", "@", "_a_", "*b*", "e.g.", "C#", " x ", "\u{E000}",
            ]
        }()

        /// Raw HTML blocks: what a Markdown source holds, and what it cannot (not an HTML block,
        /// several blocks, a lone formatting tag the reader applies to what follows).
        static let rawBlocks = [
            "<div class=\"x\">\n*md*\n</div>", "<!-- c -->", "<table><tr><td>x</td></tr></table>", "<p>a &amp; b</p>",
            "not html <b>", "<del>", "</del>", "<pre>\n\n  x\n</pre>", "<![CDATA[ a < b ]]>", "<div>\n\nsplit", "<x-y>",
            "  <div>", "<div>\n", "<?php x ?>\nmore", "<details>\n<summary>S</summary>",
        ]
        /// Raw inlines: tags the reader maps to nodes or keeps, comments, and things that are no
        /// single piece of raw HTML.
        static let rawInlines = [
            "<span class=\"c\">", "</span>", "<em>", "</em>", "<br>", "<br/>", "<!-- -->", "<!-- note -->", "<![CDATA[a\nb]]>",
            "<a href=\"u\">", "</a>", "<img src=\"i.png\">", "<img src=\"i.png\" alt=\"A\">", "<x-y\nz=\"1\">", "<div>",
            "<title>", "<a\n  href=\"x\">", "<?pi?>", "<!DOCTYPE x>", "<span", "<b title='|'>", "<del>", "</del>", "<sup>",
            "<p>", "<!-- a\n# b -->",
        ]

        mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
        mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }
        mutating func pick<T>(_ values: [T]) -> T { values[int(0...values.count - 1)] }

        mutating func text() -> String {
            (0..<int(1...3)).map { _ in pick(Maker.fragments) }.joined()
        }

        mutating func document() -> Document {
            footnoteLabels = (0..<int(0...2)).map { "n\($0)" }
            var blocks = (0..<int(1...3)).map { _ in block(depth: 0) }
            blocks += footnoteLabels.map { .footnoteDefinition(FootnoteDefinition(label: $0, content: [.paragraph(inlines(depth: 2))])) }
            return Document(metadata: metadata(), blocks: blocks)
        }

        mutating func metadata() -> Metadata {
            guard chance(60) else { return Metadata() }
            var metadata = Metadata()
            if chance(70) { metadata.title = text() }
            if chance(30) { metadata.subtitle = text() }
            metadata.authors = (0..<int(0...2)).map { _ in text() }
            if chance(40) { metadata.date = DocumentDate(iso8601: pick(["2025-06-14", "2025", "2025-06-14T07:30:00+01:00"])) }
            if chance(40) { metadata.language = pick(["en", "fr-CA", "pt-BR"]) }
            if chance(30) { metadata.description = text() }
            metadata.keywords = (0..<int(0...2)).map { _ in text() }
            if chance(20) { metadata.sourceURL = "https://example.com/\(int(1...9))" }
            if chance(30) {
                metadata.extra = [
                    "series": .string(text()), "flag": .bool(chance(50)), "list": .list([.string(text()), .bool(true)]),
                    "nested": .map(["k": .string(text())]),
                ]
            }
            return metadata
        }

        mutating func block(depth: Int) -> Block {
            let leafOnly = depth >= 3
            switch leafOnly ? int(0...3) : int(0...12) {
            case 0, 1: return .paragraph(inlines(depth: 0))
            case 2: return .heading(Heading(level: int(1...6), id: chance(30) ? pick(["custom-id", "x", "a b", "dup"]) : nil, content: inlines(depth: 2)))
            case 3: return .codeBlock(CodeBlock(language: chance(50) ? pick(["swift", "c++", "a`b", "two words"]) : nil, text: (0..<int(0...3)).map { _ in text() }.joined(separator: "\n")))
            case 4: return .blockQuote(blocks(depth: depth + 1))
            case 5: return .bulletList(BulletList(isTight: chance(50), items: items(depth: depth + 1, tasks: chance(30))))
            case 6: return .orderedList(OrderedList(start: pick([0, 1, 7, 10, 123]), isTight: chance(50), items: items(depth: depth + 1, tasks: false)))
            case 7: return .thematicBreak
            case 8: return table(depth: depth + 1)
            case 9: return .figure(Figure(content: [.paragraph([.image(Image(source: "img.png", alternativeText: text()))])], caption: inlines(depth: 2)))
            case 10: return .container(Container(element: "div", content: blocks(depth: depth + 1)))
            case 11: return .rawHTML(pick(Maker.rawBlocks))
            default:
                return .definitionList([DefinitionItem(term: inlines(depth: 2), definitions: [blocks(depth: depth + 1)])])
            }
        }

        mutating func blocks(depth: Int) -> [Block] {
            (0..<int(0...3)).map { _ in block(depth: depth) }
        }

        mutating func items(depth: Int, tasks: Bool) -> [ListItem] {
            (0..<int(1...3)).map { _ in ListItem(checked: tasks ? chance(50) : nil, content: blocks(depth: depth)) }
        }

        mutating func table(depth: Int) -> Block {
            let columns = int(1...3)
            func row(_ maker: inout Maker) -> TableRow {
                TableRow(cells: (0..<columns).map { _ in maker.chance(70) ? [.paragraph(maker.inlines(depth: 1))] : maker.blocks(depth: 3) })
            }
            return .table(
                Table(
                    caption: chance(30) ? inlines(depth: 2) : [], alignments: (0..<columns).map { _ in pick(Table.Alignment.allCases) },
                    headerRows: (0..<int(0...2)).map { _ in row(&self) }, bodyRows: (0..<int(0...3)).map { _ in row(&self) },
                    footerRows: chance(20) ? [row(&self)] : []))
        }

        mutating func inlines(depth: Int) -> [Inline] {
            (0..<int(1...3)).map { _ in inline(depth: depth) }
        }

        mutating func inline(depth: Int) -> Inline {
            let leafOnly = depth >= 2
            switch leafOnly ? int(0...4) : int(0...16) {
            case 0, 1, 2: return .text(text())
            case 3: return .code(text())
            case 4: return pick([.softBreak, .lineBreak])
            case 5: return .emphasis(inlines(depth: depth + 1))
            case 6: return .strong(inlines(depth: depth + 1))
            case 7: return .strikethrough(inlines(depth: depth + 1))
            case 8: return pick([.superscript(inlines(depth: depth + 1)), .subscript(inlines(depth: depth + 1))])
            case 9: return .link(Link(url: pick(["https://example.com/a b", "/x(1)", "", "a<b>", "https://q.example/?a=1&amp;b"]), title: chance(50) ? text() : nil, content: inlines(depth: depth + 1)))
            case 10: return .image(Image(source: pick(["i.png", "a b.png", "x(1).jpg"]), alternativeText: text(), title: chance(30) ? text() : nil))
            case 11: return footnoteLabels.isEmpty ? .text(text()) : .footnoteReference(pick(footnoteLabels + ["missing"]))
            case 12: return .quoted(Quoted(kind: pick(Quoted.Kind.allCases), content: inlines(depth: depth + 1)))
            case 13: return .span(Span(classes: ["c"], content: inlines(depth: depth + 1)))
            case 14: return .rawHTML(pick(Maker.rawInlines))
            default: return .text(text())
            }
        }
    }
}
