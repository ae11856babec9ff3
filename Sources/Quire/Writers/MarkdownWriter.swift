import QuireDocument

/// Writes CommonMark with GitHub's tables, strikethrough, task lists and footnotes, so that
/// reading the output gives back the tree (see `representable` and docs/markdown.md).
public enum MarkdownWriter {
    public struct Options: Sendable, Equatable {
        /// Wrap paragraphs at this many columns; `nil` keeps each paragraph on one line.
        public var wrapColumns: Int?
        /// Links as numbered references collected at the end instead of inline.
        public var referenceLinks = false
        /// Metadata as YAML front matter when there is any.
        public var frontMatter = true

        public init(wrapColumns: Int? = nil, referenceLinks: Bool = false, frontMatter: Bool = true) {
            self.wrapColumns = wrapColumns
            self.referenceLinks = referenceLinks
            self.frontMatter = frontMatter
        }
    }

    /// The Markdown as UTF-8, each line ended by a line feed.
    public static func write(_ document: Document, options: Options = Options()) -> [UInt8] {
        var bytes: [UInt8] = []
        write(document, options: options) { bytes += $0 }
        return bytes
    }

    /// The same bytes handed to `emit` in pieces of about 256 KB as the lines are laid out.
    public static func write(_ document: Document, options: Options = Options(), emit: FileAccess.Emit) {
        let pieceSize = 1 << 18
        var piece: [UInt8] = []
        piece.reserveCapacity(pieceSize + 4096)
        for line in lines(of: document, options: options) {
            piece += line.utf8
            piece.append(UInt8(ascii: "\n"))
            if piece.count >= pieceSize {
                piece.withUnsafeBytes(emit)
                piece.removeAll(keepingCapacity: true)
            }
        }
        if !piece.isEmpty { piece.withUnsafeBytes(emit) }
    }

    public static func render(_ document: Document, options: Options = Options()) -> String {
        let lines = lines(of: document, options: options)
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// How many columns a table cell's text takes: its characters, counted byte by byte when
    /// they are all ASCII, as table cells nearly always are.
    static func columnWidth(_ text: String) -> Int {
        text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.count : text.count
    }

    private static func lines(of document: Document, options: Options) -> [String] {
        let tree = representable(document)
        var renderer = MarkdownBlockRenderer(options: options)
        var lines: [String] = []
        if options.frontMatter, !tree.metadata.isEmpty {
            lines += YAMLFrontMatter.render(tree.metadata)
            if !tree.blocks.isEmpty { lines.append("") }
        }
        var body = renderer.render(tree.blocks, tight: false, width: options.wrapColumns, inList: false)
        // A rule on the first line would read as the start of front matter.
        if lines.isEmpty, body.first == "---" { body[0] = "___" }
        lines += body
        if let references = renderer.references, !references.definitions.isEmpty {
            lines += [""] + references.lines
        }
        return lines
    }
}

/// Lays out blocks as lines, nesting by prefixing the lines of inner blocks.
private struct MarkdownBlockRenderer {
    let options: MarkdownWriter.Options
    var references: ReferenceLinks?
    private var headingIDs = HeadingIDs()

    init(options: MarkdownWriter.Options) {
        self.options = options
        references = options.referenceLinks ? ReferenceLinks() : nil
    }

    /// `firstBullet` is the marker for a bullet list that comes first: one opening an item of
    /// another bullet list takes the other marker, so `- - -` never reads as a rule.
    mutating func render(
        _ blocks: [Block], tight: Bool, width: Int?, inList: Bool, firstBullet: Character = "-"
    ) -> [String] {
        var lines: [String] = []
        var previous: Block?
        var bulletMarker: Character = firstBullet
        var orderedDelimiter: Character = "."
        for block in blocks {
            if previous != nil, !tight { lines.append("") }
            // Two lists in a row would merge into one; a different marker keeps them apart.
            switch (previous, block) {
            case (.bulletList?, .bulletList): bulletMarker = bulletMarker == "-" ? "*" : "-"
            case (.orderedList?, .orderedList): orderedDelimiter = orderedDelimiter == "." ? ")" : "."
            default:
                bulletMarker = previous == nil ? firstBullet : "-"
                orderedDelimiter = "."
            }
            lines += render(block, width: width, inList: inList, bulletMarker: bulletMarker, orderedDelimiter: orderedDelimiter)
            previous = block
        }
        return lines
    }

    private mutating func render(
        _ block: Block, width: Int?, inList: Bool, bulletMarker: Character, orderedDelimiter: Character
    ) -> [String] {
        switch block {
        case .paragraph(let content):
            return inlineLines(content, context: .paragraph, width: width)
        case .heading(let heading):
            return [headingLine(heading)]
        case .blockQuote(let content):
            let inner = render(content, tight: false, width: width.map { $0 - 2 }, inList: inList)
            return inner.isEmpty ? [">"] : inner.map { $0.isEmpty ? ">" : "> " + $0 }
        case .bulletList(let list):
            let isTight = list.isTight && MarkdownWriter.canWriteTight(list.items)
            return list.items.flatMap { item -> [String] in
                let box = item.checked.map { $0 ? " [x]" : " [ ]" } ?? ""
                return listItem(item, marker: String(bulletMarker), box: box, isTight: isTight, width: width)
            }.droppingTrailingBlank(isTight)
        case .orderedList(let list):
            let isTight = list.isTight && MarkdownWriter.canWriteTight(list.items)
            return list.items.enumerated().flatMap { index, item -> [String] in
                let box = item.checked.map { $0 ? " [x]" : " [ ]" } ?? ""
                return listItem(item, marker: "\(list.number(ofItemAt: index))\(orderedDelimiter)", box: box, isTight: isTight, width: width)
            }.droppingTrailingBlank(isTight)
        case .codeBlock(let code):
            let fenceCharacter: Character = code.language?.contains("`") == true ? "~" : "`"
            let fence = String(repeating: fenceCharacter, count: max(3, longestRun(of: fenceCharacter, in: code.text) + 1))
            // Empty code has no line: a blank one would read back as a line end.
            let body = code.text.isEmpty ? [] : code.text.lineSlices.map(String.init)
            return [fence + (code.language ?? "")] + body + [fence]
        case .thematicBreak:
            // `---` as an item's first line would read as a rule, not an item.
            return [inList ? "___" : "---"]
        case .table(let table):
            return tableLines(table)
        case .footnoteDefinition(let footnote):
            let inner = render(footnote.content, tight: false, width: width.map { $0 - 4 }, inList: inList)
            guard let first = inner.first else { return ["[^\(footnote.label)]:"] }
            return ["[^\(footnote.label)]: " + first] + inner.dropFirst().map { $0.isEmpty ? "" : "    " + $0 }
        case .definitionList, .figure, .container:
            return render(MarkdownWriter.representableBlock(block), tight: false, width: width, inList: inList)
        case .rawHTML(let html):
            // Verbatim: `representable` kept only HTML that reads back as this very block.
            return html.lineSlices.map(String.init)
        }
    }

    private mutating func listItem(_ item: ListItem, marker: String, box: String, isTight: Bool, width: Int?) -> [String] {
        let indent = String(repeating: " ", count: marker.count + 1)
        let inner = render(
            item.content, tight: isTight, width: width.map { $0 - indent.count }, inList: true,
            firstBullet: marker == "-" ? "*" : "-")
        var lines: [String]
        if let first = inner.first {
            lines = ["\(marker)\(box) \(first)"] + inner.dropFirst().map { $0.isEmpty ? "" : indent + $0 }
        } else {
            // An empty task item needs the space after its box to be one.
            lines = [box.isEmpty ? marker : "\(marker)\(box) "]
        }
        if !isTight { lines.append("") }
        return lines
    }

    private mutating func headingLine(_ heading: Heading) -> String {
        var text = inlines(heading.content, context: .heading, width: nil)
        // A final `#` would be taken for the optional closing sequence.
        if text.hasSuffix("#"), !text.hasSuffix("\\#") { text = text.dropLast() + "\\#" }
        let marks = String(repeating: "#", count: heading.level)
        let generated = headingIDs.candidate(for: heading.content.plainText)
        if let id = heading.id, id != generated {
            headingIDs.claim(id)
            // An empty anchor, the raw HTML CommonMark and GitHub show as an anchor (they would
            // show `{#id}` as text); the reader takes it back as the heading's id.
            return marks + " <a id=\"\(id)\"></a>" + text
        }
        headingIDs.claim(generated)
        return text.isEmpty ? marks : marks + " " + text
    }

    /// A pipe table with its columns padded to line up, as people write them by hand.
    private mutating func tableLines(_ table: Table) -> [String] {
        let header = table.headerRows.first ?? TableRow(cells: Array(repeating: [], count: table.columnCount))
        let rows = ([header] + table.bodyRows).map { row in
            row.cells.map { cell -> String in
                guard case .paragraph(let content)? = cell.first else { return "" }
                return inlines(content, context: .tableCell, width: nil)
            }
        }
        let lengths = rows.map { row in row.map(MarkdownWriter.columnWidth) }
        let widths = table.alignments.indices.map { column in
            max(3, lengths.map { $0.indices.contains(column) ? $0[column] : 0 }.max() ?? 0)
        }
        func line(_ cells: [String], _ lengths: [Int]) -> String {
            "| " + zip(zip(cells, lengths), zip(widths, table.alignments)).map { cell, format in
                let (text, length) = cell
                let padding = format.0 - length
                switch format.1 {
                case .right: return String(repeating: " ", count: padding) + text
                case .center:
                    return String(repeating: " ", count: padding / 2) + text + String(repeating: " ", count: padding - padding / 2)
                case .left, .default: return text + String(repeating: " ", count: padding)
                }
            }.joined(separator: " | ") + " |"
        }
        let delimiters = zip(widths, table.alignments).map { width, alignment -> String in
            switch alignment {
            case .default: return String(repeating: "-", count: width)
            case .left: return ":" + String(repeating: "-", count: width - 1)
            case .center: return ":" + String(repeating: "-", count: width - 2) + ":"
            case .right: return String(repeating: "-", count: width - 1) + ":"
            }
        }
        return [line(rows[0], lengths[0]), "| " + delimiters.joined(separator: " | ") + " |"]
            + zip(rows, lengths).dropFirst().map(line)
    }

    private mutating func inlines(_ content: [Inline], context: MarkdownInlineRenderer.Context, width: Int?) -> String {
        inlineLines(content, context: context, width: width).joined(separator: "\n")
    }

    private mutating func inlineLines(_ content: [Inline], context: MarkdownInlineRenderer.Context, width: Int?) -> [String] {
        var renderer = MarkdownInlineRenderer(
            context: context, references: references, breakableSpace: width == nil ? nil : "\u{E000}")
        let lines = renderer.renderLines(content, width: width.map { max($0, 20) })
        references = renderer.references
        return lines
    }
}

extension Array where Element == String {
    /// Loose list items each end with a blank line; the last one's belongs to the list's caller.
    fileprivate func droppingTrailingBlank(_ isTight: Bool) -> [String] {
        !isTight && last == "" ? Array(dropLast()) : self
    }
}

extension WriterFormat {
    public static let markdown = WriterFormat(
        name: "markdown", extensions: ["md", "markdown"],
        summary: "CommonMark with GitHub tables, task lists, footnotes; YAML front matter"
    ) { document, options in
        MarkdownWriter.write(document, options: options.markdownWriter)
    } stream: { document, options, emit in
        MarkdownWriter.write(document, options: options.markdownWriter, emit: emit)
    }
}
