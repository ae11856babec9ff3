import QuireDocument

/// Read-only visits of every block and inline in reading order, for the writers' planning passes.
///
/// `forEachBlock`/`forEachInline` in QuireDocument rebuild each node to list its children;
/// this reads the children in place, which made the EPUB writer's passes several times cheaper.
/// It recurses, like all traversal, within the depth readers allow (`Document.maximumDepth`).
enum TreeWalk {
    /// Visits blocks parents first, then their children; `skippingNotes` leaves out footnote
    /// definitions and everything inside them.
    static func visit(
        _ blocks: [Block], skippingNotes: Bool = false, block visitBlock: (Block) -> Void = { _ in },
        inline visitInline: (Inline) -> Void = { _ in }
    ) {
        func walk(_ blocks: [Block]) {
            for block in blocks {
                if skippingNotes, case .footnoteDefinition = block { continue }
                visitBlock(block)
                switch block {
                case .paragraph(let content): visit(content, visitInline)
                case .heading(let heading): visit(heading.content, visitInline)
                case .blockQuote(let content): walk(content)
                case .bulletList(let list): list.items.forEach { walk($0.content) }
                case .orderedList(let list): list.items.forEach { walk($0.content) }
                case .definitionList(let items):
                    for item in items {
                        visit(item.term, visitInline)
                        item.definitions.forEach(walk)
                    }
                case .codeBlock, .thematicBreak, .rawHTML: break
                case .table(let table):
                    visit(table.caption, visitInline)
                    for rows in [table.headerRows, table.bodyRows, table.footerRows] {
                        for row in rows { row.cells.forEach(walk) }
                    }
                case .figure(let figure):
                    walk(figure.content)
                    visit(figure.caption, visitInline)
                case .footnoteDefinition(let definition): walk(definition.content)
                case .container(let container): walk(container.content)
                }
            }
        }
        walk(blocks)
    }

    /// Visits inlines parents first, then their children.
    static func visit(_ inlines: [Inline], _ visitInline: (Inline) -> Void) {
        for inline in inlines {
            visitInline(inline)
            switch inline {
            case .emphasis(let content), .strong(let content), .strikethrough(let content), .superscript(let content),
                .subscript(let content):
                visit(content, visitInline)
            case .link(let link): visit(link.content, visitInline)
            case .quoted(let quoted): visit(quoted.content, visitInline)
            case .span(let span): visit(span.content, visitInline)
            case .text, .code, .image, .lineBreak, .softBreak, .footnoteReference, .rawHTML: break
            }
        }
    }
}
