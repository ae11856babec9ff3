import QuireDocument
import Testing

@testable import Quire

/// `Document.limitingDepth`: trees from outside a reader that builds them shallow (quire's JSON
/// form, written by hand or by another program) are flattened to `Document.maximumDepth`, every
/// word kept, so that no writer recurses deeper than the tree is allowed to be.
@Suite struct DepthLimitTests {
    static let levels = 400

    /// One level of each container kind around `inner`, with a word `w` beside it.
    static let wrappers: [(String, @Sendable ([Block]) -> Block)] = [
        ("block quote", { .blockQuote($0) }),
        ("bullet list", { .bulletList(BulletList(items: [ListItem(content: $0)])) }),
        ("ordered list", { .orderedList(OrderedList(start: 3, items: [ListItem(content: $0)])) }),
        ("definition list", { .definitionList([DefinitionItem(term: [.text("w")], definitions: [$0])]) }),
        ("table", { .table(Table(caption: [.text("w")], alignments: [.default], bodyRows: [TableRow(cells: [$0])])) }),
        ("figure", { .figure(Figure(content: $0, caption: [.text("w")])) }),
        ("container", { .container(Container(element: "section", content: $0)) }),
        ("footnote", { .footnoteDefinition(FootnoteDefinition(label: "1", content: $0)) }),
    ]

    static func nested(_ wrap: ([Block]) -> Block, levels: Int) -> Document {
        var blocks: [Block] = [.paragraph([.text("deepest")])]
        for _ in 0..<levels {
            blocks = [.paragraph([.text("w")]), wrap(blocks)]
        }
        return Document(blocks: [.paragraph([.text("before")])] + blocks + [.paragraph([.text("after")])])
    }

    @Test(arguments: wrappers.indices)
    func flattensEveryContainerKindKeepingEveryWord(index: Int) throws {
        let (name, wrap) = Self.wrappers[index]
        let document = Self.nested(wrap, levels: Self.levels)
        var flattened = false
        let limited = document.limitingDepth(flattened: &flattened)
        #expect(flattened, "\(name)")
        #expect(HTMLTest.depth(limited.blocks) <= Document.maximumDepth, "\(name)")
        // The same words (a figure's caption, listed before its content here, now follows it).
        let words = HTMLTest.words(limited.blocks)
        #expect(words.sorted() == HTMLTest.words(document.blocks).sorted(), "\(name)")
        #expect(words.first == "before" && words.last == "after", "\(name)")
        // Every writer can write it.
        for writer in Formats.writers {
            #expect(throws: Never.self, "\(name) to \(writer.name)") { _ = try writer.write(limited, FormatOptions()) }
        }
    }

    @Test(arguments: ["emphasis", "link", "span"])
    func flattensDeepInlines(kind: String) {
        var inlines: [Inline] = [.text("deepest")]
        for _ in 0..<1_000 {
            switch kind {
            case "emphasis": inlines = [.text("w "), .emphasis(inlines)]
            case "link": inlines = [.text("w "), .link(Link(url: "https://example.org/", content: inlines))]
            default: inlines = [.text("w "), .span(Span(classes: ["c"], content: inlines))]
            }
        }
        let document = Document(blocks: [.blockQuote([.paragraph(inlines)])])
        var flattened = false
        let limited = document.limitingDepth(flattened: &flattened)
        #expect(flattened)
        #expect(HTMLTest.depth(limited.blocks) <= Document.maximumDepth)
        #expect(HTMLTest.words(limited.blocks) == HTMLTest.words(document.blocks))
        // What the limit allows is kept: the outer 197 levels of inlines.
        guard case .blockQuote(let content) = limited.blocks.first, case .paragraph(let kept) = content.first else {
            Issue.record("the quotation and its paragraph were flattened")
            return
        }
        #expect(HTMLTest.depth([.paragraph(kept)]) == Document.maximumDepth - 1)
    }

    @Test func aTreeWithinTheLimitIsLeftAlone() {
        var flattened = false
        let document = SampleDocuments.kitchenSink
        #expect(document.limitingDepth(flattened: &flattened) == document)
        #expect(!flattened)
        let exactlyAtTheLimit = Self.nested({ .blockQuote($0) }, levels: Document.maximumDepth - 2)
        #expect(HTMLTest.depth(exactlyAtTheLimit.blocks) == Document.maximumDepth)
        #expect(exactlyAtTheLimit.limitingDepth(flattened: &flattened) == exactlyAtTheLimit)
        #expect(!flattened)
    }

    /// JSON nested as deep as the parser allows (1,200 levels: 590 quotations) reads, flattened
    /// with a warning.
    @Test func theJSONReaderFlattensADeepTreeWithAWarning() throws {
        let paragraph = { (word: String) in #"{"type":"paragraph","content":[{"type":"text","text":"\#(word)"}]}"# }
        let levels = 590
        let json = #"{"format":"quire-document","version":1,"blocks":["# + paragraph("before") + ","
            + String(repeating: paragraph("w") + #",{"type":"block_quote","content":["#, count: levels)
            + paragraph("deepest") + String(repeating: "]}", count: levels) + "," + paragraph("after") + "]}"
        var warnings: [ConversionWarning] = []
        let document = try JSONReader.read(ReaderInput(bytes: Array(json.utf8), name: "deep.json"), warnings: &warnings)
        #expect(HTMLTest.depth(document.blocks) <= Document.maximumDepth)
        let words = HTMLTest.words(document.blocks)
        #expect(words.first == "before" && words.last == "after" && words.contains("deepest"))
        #expect(words.filter { $0 == "w" }.count == levels)
        #expect(warnings.map(\.message) == ["nesting deeper than 200 levels was flattened (no text was lost)"])
        #expect(warnings.first?.file == "deep.json")
    }
}
