// Keeping a tree within `Document.maximumDepth`, for trees that come from outside a reader that
// builds them shallow (quire's JSON form, which may be written by hand or by another program).

extension Document {
    /// The document with everything nested deeper than `maximumDepth` flattened into the
    /// deepest container allowed: containers there give way to their content (a quotation to its
    /// paragraphs, a table to its caption and cells), and inlines to the text they hold. Every
    /// word is kept; links, emphasis and structure below the limit are lost. `flattened` is set
    /// when anything was.
    ///
    /// Depth is counted as `Document.maximumDepth` counts it: top-level blocks are at 1, the
    /// blocks and inlines a node holds one level below it.
    public func limitingDepth(to maximumDepth: Int = Document.maximumDepth, flattened: inout Bool) -> Document {
        let limit = max(maximumDepth, 2)
        guard Self.exceeds(limit, blocks, depth: 1) else { return self }
        var copy = self
        let limiter = DepthLimiter(maximumDepth: limit)
        copy.blocks = limiter.blocks(blocks, depth: 1)
        if limiter.flattened { flattened = true }
        return copy
    }
}

extension Document {
    /// Whether anything in `blocks` (lying at `depth`) lies deeper than `limit`. Reads without
    /// copying, and descends no further than the limit.
    fileprivate static func exceeds(_ limit: Int, _ blocks: [Block], depth: Int) -> Bool {
        guard depth <= limit else { return !blocks.isEmpty }
        for block in blocks {
            for content in block.childInlines where exceeds(limit, content, depth: depth + 1) { return true }
            for content in block.childBlocks where exceeds(limit, content, depth: depth + 1) { return true }
        }
        return false
    }

    fileprivate static func exceeds(_ limit: Int, _ inlines: [Inline], depth: Int) -> Bool {
        guard depth <= limit else { return !inlines.isEmpty }
        for inline in inlines {
            let children = inline.children
            if !children.isEmpty, exceeds(limit, children, depth: depth + 1) { return true }
        }
        return false
    }
}

/// Recurses only while within the limit; what lies below it is flattened with an explicit stack,
/// so a tree of any depth is handled in bounded stack.
private final class DepthLimiter {
    let maximumDepth: Int
    var flattened = false

    init(maximumDepth: Int) {
        self.maximumDepth = maximumDepth
    }

    /// `blocks`, lying at `depth`.
    func blocks(_ blocks: [Block], depth: Int) -> [Block] {
        var result: [Block] = []
        result.reserveCapacity(blocks.count)
        for block in blocks {
            if depth + 2 > maximumDepth, !Self.isLeaf(block), Document.exceeds(maximumDepth, [block], depth: depth) {
                // Its content would lie at `depth + 1` and that content's lines at `depth + 2`.
                flattened = true
                result += leaves(of: block, depth: depth)
            } else {
                result.append(
                    block.mapChildren(
                        blocks: { self.blocks($0, depth: depth + 1) }, inlines: { self.inlines($0, depth: depth + 1) }))
            }
        }
        return result
    }

    /// `inlines`, lying at `depth`.
    func inlines(_ inlines: [Inline], depth: Int) -> [Inline] {
        guard inlines.contains(where: Self.hasChildren) else { return inlines }
        var result: [Inline] = []
        result.reserveCapacity(inlines.count)
        for inline in inlines {
            guard Self.hasChildren(inline) else {
                result.append(inline)
                continue
            }
            if depth + 1 > maximumDepth {
                flattened = true
                result += Self.flattenedInlines([inline])
            } else {
                result.append(inline.mapChildren { self.inlines($0, depth: depth + 1) })
            }
        }
        return result
    }

    private static func isLeaf(_ block: Block) -> Bool {
        switch block {
        case .paragraph, .heading, .codeBlock, .thematicBreak, .rawHTML: return true
        default: return false
        }
    }

    private static func hasChildren(_ inline: Inline) -> Bool {
        switch inline {
        case .text, .code, .image, .lineBreak, .softBreak, .footnoteReference, .rawHTML: return false
        default: return true
        }
    }

    /// The paragraphs, headings, code blocks and rules inside `block`, in reading order, with
    /// the lines of tables, figures and definition lists as paragraphs; all lying at `depth`.
    private func leaves(of block: Block, depth: Int) -> [Block] {
        enum Pending {
            case block(Block)
            case line([Inline])
        }
        var result: [Block] = []
        var pending: [Pending] = [.block(block)]
        while let next = pending.popLast() {
            switch next {
            case .line(let content):
                if !content.isEmpty { result.append(.paragraph(inlines(content, depth: depth + 1))) }
            case .block(let block):
                var parts: [Pending] = []
                switch block {
                case .paragraph, .codeBlock, .thematicBreak, .rawHTML:
                    result.append(block.mapChildren(blocks: { $0 }, inlines: { self.inlines($0, depth: depth + 1) }))
                case .heading(var heading):
                    heading.content = inlines(heading.content, depth: depth + 1)
                    result.append(.heading(heading))
                case .blockQuote(let content):
                    parts = content.map(Pending.block)
                case .bulletList(let list):
                    parts = list.items.flatMap { $0.content.map(Pending.block) }
                case .orderedList(let list):
                    parts = list.items.flatMap { $0.content.map(Pending.block) }
                case .definitionList(let items):
                    for item in items {
                        parts.append(.line(item.term))
                        parts += item.definitions.joined().map(Pending.block)
                    }
                case .table(let table):
                    parts.append(.line(table.caption))
                    for row in table.headerRows + table.bodyRows + table.footerRows {
                        parts += row.cells.joined().map(Pending.block)
                    }
                case .figure(let figure):
                    parts = figure.content.map(Pending.block) + [.line(figure.caption)]
                case .footnoteDefinition(let footnote):
                    parts = footnote.content.map(Pending.block)
                case .container(let container):
                    parts = container.content.map(Pending.block)
                }
                pending += parts.reversed()
            }
        }
        return result
    }

    /// The leaves of `inlines` (text, code, images, breaks, note references) in reading order,
    /// without the inlines that held them.
    private static func flattenedInlines(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        var pending = Array(inlines.reversed())
        while let inline = pending.popLast() {
            if hasChildren(inline) {
                pending += inline.children.reversed()
            } else {
                result.append(inline)
            }
        }
        return result
    }
}
