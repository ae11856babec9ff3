// Generic traversal, in the spirit of pandoc's `walk` and `query`: a transform states what it
// does to one block or inline, and these functions carry it through the whole tree.
//
// They recurse. That is safe because readers cap the tree at `Document.maximumDepth`.

extension Block {
    /// This block with each of its direct child sequences passed through the given functions.
    public func mapChildren(
        blocks: ([Block]) throws -> [Block], inlines: ([Inline]) throws -> [Inline]
    ) rethrows -> Block {
        func mapItems(_ items: [ListItem]) throws -> [ListItem] {
            try items.map { ListItem(checked: $0.checked, content: try blocks($0.content)) }
        }
        func mapRows(_ rows: [TableRow]) throws -> [TableRow] {
            try rows.map { TableRow(cells: try $0.cells.map(blocks)) }
        }
        switch self {
        case .paragraph(let content):
            return .paragraph(try inlines(content))
        case .heading(var heading):
            heading.content = try inlines(heading.content)
            return .heading(heading)
        case .blockQuote(let content):
            return .blockQuote(try blocks(content))
        case .bulletList(var list):
            list.items = try mapItems(list.items)
            return .bulletList(list)
        case .orderedList(var list):
            list.items = try mapItems(list.items)
            return .orderedList(list)
        case .definitionList(let items):
            return .definitionList(
                try items.map {
                    DefinitionItem(term: try inlines($0.term), definitions: try $0.definitions.map(blocks))
                })
        case .codeBlock, .thematicBreak, .rawHTML:
            return self
        case .table(var table):
            table.caption = try inlines(table.caption)
            table.headerRows = try mapRows(table.headerRows)
            table.bodyRows = try mapRows(table.bodyRows)
            table.footerRows = try mapRows(table.footerRows)
            return .table(table)
        case .figure(var figure):
            figure.content = try blocks(figure.content)
            figure.caption = try inlines(figure.caption)
            return .figure(figure)
        case .footnoteDefinition(var footnote):
            footnote.content = try blocks(footnote.content)
            return .footnoteDefinition(footnote)
        case .container(var container):
            container.content = try blocks(container.content)
            return .container(container)
        }
    }

    /// The direct child block sequences, in reading order. Read in place rather than through
    /// `mapChildren`, which would rebuild the node: queries run this on every block.
    public var childBlocks: [[Block]] {
        switch self {
        case .paragraph, .heading, .codeBlock, .thematicBreak, .rawHTML: return []
        case .blockQuote(let content): return [content]
        case .bulletList(let list): return list.items.map(\.content)
        case .orderedList(let list): return list.items.map(\.content)
        case .definitionList(let items): return items.flatMap(\.definitions)
        case .table(let table): return (table.headerRows + table.bodyRows + table.footerRows).flatMap(\.cells)
        case .figure(let figure): return [figure.content]
        case .footnoteDefinition(let footnote): return [footnote.content]
        case .container(let container): return [container.content]
        }
    }

    /// The direct child inline sequences, in reading order.
    public var childInlines: [[Inline]] {
        switch self {
        case .paragraph(let content): return [content]
        case .heading(let heading): return [heading.content]
        case .definitionList(let items): return items.map(\.term)
        case .table(let table): return [table.caption]
        case .figure(let figure): return [figure.caption]
        case .blockQuote, .bulletList, .orderedList, .codeBlock, .thematicBreak, .footnoteDefinition, .container, .rawHTML:
            return []
        }
    }
}

extension Inline {
    /// This inline with its direct children passed through `inlines`.
    public func mapChildren(_ inlines: ([Inline]) throws -> [Inline]) rethrows -> Inline {
        switch self {
        case .text, .code, .image, .lineBreak, .softBreak, .footnoteReference, .rawHTML:
            return self
        case .emphasis(let content): return .emphasis(try inlines(content))
        case .strong(let content): return .strong(try inlines(content))
        case .strikethrough(let content): return .strikethrough(try inlines(content))
        case .superscript(let content): return .superscript(try inlines(content))
        case .subscript(let content): return .subscript(try inlines(content))
        case .link(var link):
            link.content = try inlines(link.content)
            return .link(link)
        case .quoted(var quoted):
            quoted.content = try inlines(quoted.content)
            return .quoted(quoted)
        case .span(var span):
            span.content = try inlines(span.content)
            return .span(span)
        }
    }

    /// The direct children, or an empty array for leaves.
    public var children: [Inline] {
        switch self {
        case .text, .code, .image, .lineBreak, .softBreak, .footnoteReference, .rawHTML: return []
        case .emphasis(let content), .strong(let content), .strikethrough(let content), .superscript(let content),
            .subscript(let content):
            return content
        case .link(let link): return link.content
        case .quoted(let quoted): return quoted.content
        case .span(let span): return span.content
        }
    }
}

extension Array where Element == Block {
    /// Rewrites every block, innermost first: `transform` sees each block after its children
    /// were rewritten and returns its replacement: nothing, itself, or several blocks.
    public func rewritingBlocks(_ transform: (Block) throws -> [Block]) rethrows -> [Block] {
        try flatMap { block in
            try transform(
                block.mapChildren(blocks: { try $0.rewritingBlocks(transform) }, inlines: { $0 }))
        }
    }

    /// Rewrites every inline in these blocks, innermost first.
    public func rewritingInlines(_ transform: (Inline) throws -> [Inline]) rethrows -> [Block] {
        try map { block in
            try block.mapChildren(
                blocks: { try $0.rewritingInlines(transform) },
                inlines: { try $0.rewritingInlines(transform) })
        }
    }

    /// Calls `visit` on every block, parents before children, in reading order.
    public func forEachBlock(_ visit: (Block) throws -> Void) rethrows {
        for block in self {
            try visit(block)
            for children in block.childBlocks { try children.forEachBlock(visit) }
        }
    }

    /// Calls `visit` on every inline in these blocks, parents before children, in reading order.
    public func forEachInline(_ visit: (Inline) throws -> Void) rethrows {
        try forEachBlock { block in
            for inlines in block.childInlines { try inlines.forEachInline(visit) }
        }
    }
}

extension Array where Element == Inline {
    /// Rewrites every inline, innermost first, replacing each with what `transform` returns.
    public func rewritingInlines(_ transform: (Inline) throws -> [Inline]) rethrows -> [Inline] {
        try flatMap { inline in
            try transform(inline.mapChildren { try $0.rewritingInlines(transform) })
        }
    }

    /// Calls `visit` on every inline, parents before children, in reading order.
    public func forEachInline(_ visit: (Inline) throws -> Void) rethrows {
        for inline in self {
            try visit(inline)
            try inline.children.forEachInline(visit)
        }
    }

    /// The text a reader would see, with breaks as spaces and images as their alternative text.
    public var plainText: String {
        var text = ""
        forEachInline { inline in
            switch inline {
            case .text(let string), .code(let string): text += string
            case .image(let image): text += image.alternativeText
            case .lineBreak, .softBreak: text += " "
            case .rawHTML(let html): text += RawHTMLText.visibleText(of: html)
            default: break
            }
        }
        return text
    }
}

extension Document {
    /// The document with every block rewritten; see `Array<Block>.rewritingBlocks`.
    public func rewritingBlocks(_ transform: (Block) throws -> [Block]) rethrows -> Document {
        var copy = self
        copy.blocks = try blocks.rewritingBlocks(transform)
        return copy
    }

    /// The document with every inline rewritten; see `Array<Block>.rewritingInlines`.
    public func rewritingInlines(_ transform: (Inline) throws -> [Inline]) rethrows -> Document {
        var copy = self
        copy.blocks = try blocks.rewritingInlines(transform)
        return copy
    }
}
