import QuireDocument
import Testing

@Suite struct TraversalTests {
    let document = SampleDocuments.kitchenSink

    @Test func rewritingInlinesReachesEveryText() {
        let shouted = document.rewritingInlines { inline in
            if case .text(let text) = inline { return [.text(text.uppercased())] }
            return [inline]
        }
        var texts: [String] = []
        shouted.blocks.forEachInline { if case .text(let text) = $0 { texts.append(text) } }
        #expect(texts.contains("INNER"))  // inside a list inside a list item
        #expect(texts.contains("A"))  // inside a list inside a table cell
        #expect(texts.contains("THE MILL AT DAWN"))  // figure caption
        #expect(texts.contains("COSTS"))  // table caption
        #expect(texts.allSatisfy { $0 == $0.uppercased() })
        #expect(shouted.metadata == document.metadata)
    }

    @Test func rewritingBlocksCanDropAndSplit() {
        let withoutContainers = document.rewritingBlocks { block in
            if case .container(let container) = block { return container.content }
            if case .thematicBreak = block { return [] }
            return [block]
        }
        var removedKinds = 0
        withoutContainers.blocks.forEachBlock { block in
            switch block {
            case .container, .thematicBreak: removedKinds += 1
            default: break
            }
        }
        #expect(removedKinds == 0)
        #expect(withoutContainers.blocks.contains(.paragraph([.text("In a container")])))
        #expect(withoutContainers.blocks.count == document.blocks.count - 1)
    }

    @Test func rewritingBlocksWorksInnermostFirst() {
        var order: [String] = []
        _ = [Block.blockQuote([.paragraph([.text("inner")])])].rewritingBlocks { block in
            if case .paragraph = block { order.append("paragraph") }
            if case .blockQuote = block { order.append("quote") }
            return [block]
        }
        #expect(order == ["paragraph", "quote"])
    }

    @Test func forEachBlockVisitsParentsBeforeChildren() {
        var count = 0
        var sawInnerListAfterOuter = false
        var sawOuter = false
        document.blocks.forEachBlock { block in
            count += 1
            if case .bulletList(let list) = block {
                if list.items.count == 3 { sawOuter = true } else if sawOuter { sawInnerListAfterOuter = true }
            }
        }
        #expect(sawInnerListAfterOuter)
        #expect(count > document.blocks.count)
    }

    @Test func plainTextFlattensInlines() {
        let inlines: [Inline] = [
            .text("a"), .emphasis([.text("b")]), .softBreak, .code("c"),
            .image(Image(source: "x.png", alternativeText: "d")), .link(Link(url: "u", content: [.text("e")])),
        ]
        #expect(inlines.plainText == "ab cde")
    }
}
