import QuireDocument

/// Renders blocks and inlines as lines of plain text for `TextWriter`.
///
/// Each block becomes lines without their indentation; a container (list item, quote) adds
/// its indentation to its children's lines, which were rendered `indentation` columns
/// narrower, up to `maximumIndentation`. A `nil` width means no wrapping. The renderer carries the numbered notes (links
/// and footnotes) from the text, where they are referred to, to the end, where they are listed.
struct TextRenderer {
    let options: TextWriter.Options
    private let footnoteContent: [String: [Block]]
    private let footnoteOrder: [String]
    private var notes = NoteNumbers()
    /// Table cells already rendered without wrapping, to measure their columns. A table nested
    /// in a cell is measured again by every table around it; without this its whole content
    /// would be rendered once per enclosing table.
    private var unwrappedCells: [CellKey: [String]] = [:]
    /// How many tables the block being rendered lies in.
    private var tableNesting = 0

    /// Tables are drawn as grids this many deep; a table in the cell of the last is written as
    /// its caption and cells one after another. Every grid pads each line of the grids inside
    /// it, so drawing them all took time and space growing with the square of their nesting:
    /// a page of tables nested 200 deep made gigabytes of spaces.
    static let maximumTableNesting = 4
    /// How deep raw HTML given to the renderer directly may nest (see `render` of `.rawHTML`).
    static let rawHTMLDepth = 16

    /// Columns of indentation that the enclosing quotes, list items and definitions add.
    private var enclosingIndentation = 0

    /// Indentation stops growing here, as the JSON writer's does at 64 levels. Each container
    /// copies its children's lines to indent them, so unbounded indentation made a page nested
    /// 200 deep cost time growing with the square of its depth, and wrapped its deepest text
    /// one word to a line; past this, content is written at this indentation.
    static let maximumIndentation = 40

    private struct CellKey: Hashable {
        var tableNesting: Int
        var cell: [Block]
    }

    init(options: TextWriter.Options, footnotes: [(label: String, content: [Block])]) {
        self.options = options
        footnoteContent = Dictionary(footnotes.map { ($0.label, $0.content) }, uniquingKeysWith: { first, _ in first })
        footnoteOrder = footnotes.map(\.label)
    }

    // MARK: - Document parts

    /// Title (underlined), subtitle, then `By`, `Date:` and `Source:` lines. The date is the day
    /// (ISO 8601), as EPUB and HTML show it: a timestamp to the millisecond is for programs, and
    /// JSON keeps it. The source line is never wrapped: a URL cannot break, and wrapping would
    /// leave `Source:` alone on a line above it.
    mutating func titleBlock(_ metadata: Metadata, width: Int?) -> [String] {
        var parts: [[String]] = []
        if let title = metadata.title, !title.isEmpty {
            parts.append(underlined(wrapped(clean(title), width: width), with: "="))
        }
        if let subtitle = metadata.subtitle, !subtitle.isEmpty {
            parts.append(wrapped(clean(subtitle), width: width))
        }
        var details: [String] = []
        if !metadata.authors.isEmpty { details += wrapped("By " + clean(Self.nameList(metadata.authors)), width: width) }
        if let date = metadata.date { details += wrapped("Date: " + (date.day ?? date.iso8601), width: width) }
        if let source = metadata.sourceURL { details.append("Source: " + clean(source)) }
        if !details.isEmpty { parts.append(details) }
        return Self.joinedWithBlankLines(parts)
    }

    /// The numbered notes: link URLs and footnote texts, in the order they were referred to;
    /// footnotes nobody refers to come last.
    mutating func renderNotes(width: Int?) -> [String] {
        for label in footnoteOrder { _ = notes.number(forFootnote: label) }
        var lines: [String] = []
        var index = 0
        while index < notes.entries.count {
            let marker = options.noteMarker.marker(index + 1) + " "
            let content: [String]
            switch notes.entries[index] {
            case .url(let url):
                content = [url]
            case .footnote(let label):
                content = render(footnoteContent[label] ?? [], width: narrower(width, by: marker.count))
            }
            lines += Self.hanging(content.isEmpty ? [""] : content, first: marker, rest: String(repeating: " ", count: marker.count))
            index += 1
        }
        return lines
    }

    /// The lines of a table cell without wrapping, rendered once per distinct cell.
    mutating func unwrappedLines(ofCell cell: [Block]) -> [String] {
        let key = CellKey(tableNesting: tableNesting, cell: cell)
        if let lines = unwrappedCells[key] { return lines }
        let lines = render(cell, width: nil)
        unwrappedCells[key] = lines
        return lines
    }

    // MARK: - Blocks

    /// Blocks separated by blank lines; containers contribute their content in place. After
    /// a list, two blank lines set off what follows when it is indented or another list, which
    /// a reader would otherwise take as more of the list's last item.
    mutating func render(_ blocks: [Block], width: Int?) -> [String] {
        var lines: [String] = []
        var previousWasList = false
        for block in blocks {
            let blockLines = render(block, width: width)
            guard let first = blockLines.first else { continue }
            if !lines.isEmpty {
                lines.append("")
                if previousWasList, first.hasPrefix(" ") || Self.startsWithList(block) { lines.append("") }
            }
            lines += blockLines
            previousWasList = Self.endsWithList(block)
        }
        return lines
    }

    private mutating func render(_ block: Block, width: Int?) -> [String] {
        switch block {
        case .paragraph(let inlines):
            return paragraph(inlines, width: width)
        case .heading(let heading):
            let lines = paragraph(heading.content, width: width)
            switch heading.level {
            case 1: return underlined(lines, with: "=")
            case 2: return underlined(lines, with: "-")
            default: return lines
            }
        case .blockQuote(let content):
            let columns = addedIndentation(2)
            let lines = nested(by: columns) { $0.render(content, width: $0.narrower(width, by: columns)) }
            // Indented text reads back as a quote only when it is paragraphs: an indented list,
            // code or quote reads as a list, code or a quote one level out. Such a quote is
            // marked with `> ` on every line, as e-mail marks it.
            if columns == 2, !content.allSatisfy(Self.isWrittenAsParagraphs) { return Self.quoted(lines) }
            return Self.indented(lines, by: columns)
        case .bulletList(let list):
            return listItems(list.items, markers: list.items.map { _ in "- " }, isTight: list.isTight, width: width)
        case .orderedList(let list):
            let numbers = list.items.indices.map { "\(list.number(ofItemAt: $0))." }
            let markerWidth = (numbers.map(\.count).max() ?? 2) + 1
            let markers = numbers.map { $0 + String(repeating: " ", count: markerWidth - $0.count) }
            return listItems(list.items, markers: markers, isTight: list.isTight, width: width)
        case .definitionList(let items):
            var parts: [[String]] = []
            let columns = addedIndentation(4)
            for item in items {
                parts.append(paragraph(item.term, width: width))
                for definition in item.definitions {
                    let lines = nested(by: columns) { $0.render(definition, width: $0.narrower(width, by: columns)) }
                    if !lines.isEmpty { parts.append(Self.indented(lines, by: columns)) }
                }
            }
            return Self.joinedWithBlankLines(parts)
        case .codeBlock(let code):
            let lines = code.text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { clean(String($0), keepsSpacing: true) }
            return Self.indented(lines, by: 4)
        case .thematicBreak:
            return [String(repeating: "-", count: max(3, min(width ?? 72, 72)))]
        case .table(let table):
            guard tableNesting < Self.maximumTableNesting else {
                let cells = (table.headerRows + table.bodyRows + table.footerRows).flatMap { $0.cells.joined() }
                return render((table.caption.isEmpty ? [] : [.paragraph(table.caption)]) + cells, width: width)
            }
            tableNesting += 1
            defer { tableNesting -= 1 }
            return TextTableRenderer.render(table, width: width, renderer: &self)
        case .figure(let figure):
            return self.figure(figure, width: width)
        case .footnoteDefinition:
            return []  // listed with the notes at the end
        case .container(let container):
            return render(container.content, width: width)
        case .rawHTML(let html):
            // What a browser shows of it. The pipeline resolves raw HTML before any text is
            // written (`RawHTMLResolution`, with the tree's depth kept in bounds and a warning);
            // for a tree given to the writer directly, the HTML's own nesting is flattened
            // below a few levels, every word kept, so no input can deepen the recursion.
            var flattened = false
            let blocks = Document(blocks: RawHTMLResolution.blocks(ofHTML: html))
                .limitingDepth(to: Self.rawHTMLDepth, flattened: &flattened).blocks
            return render(blocks, width: width)
        }
    }

    private mutating func paragraph(_ inlines: [Inline], width: Int?) -> [String] {
        let text = inlineText(inlines)
        return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).flatMap {
            LineWrapping.wrap(String(Substring($0)), width: width, mustNotStartLine: Self.looksLikeBlockStart)
        }
    }

    /// Words that, at the start of a wrapped line, would make the reader see a new block in
    /// the middle of a paragraph: a bullet, `1.`, `>`, a rule such as `---`, a note's `[1]`.
    static func looksLikeBlockStart(_ word: Substring) -> Bool {
        // This runs for every word written, so it looks at bytes before anything costlier.
        guard let first = word.utf8.first, let last = word.utf8.last else { return false }
        switch first {
        case UInt8(ascii: ">"):
            return true
        case UInt8(ascii: "["):
            return last == UInt8(ascii: "]")
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "_"), UInt8(ascii: "="):
            let isBullet = word.utf8.count == 1 && first != UInt8(ascii: "_") && first != UInt8(ascii: "=")
            let isRule = word.utf8.count >= 3 && first != UInt8(ascii: "+") && word.utf8.allSatisfy { $0 == first }
            return isBullet || isRule
        case 0x80...:
            return word.utf8.count <= 3 && word.count == 1 && LineShapes.bulletCharacters.contains(word[word.startIndex])
        default:
            // A number that can open a list is 1, a, i or I: `1.`, `(a)`, `i)`.
            guard last == UInt8(ascii: ".") || last == UInt8(ascii: ")"), word.utf8.count <= 4,
                word.utf8.allSatisfy({ "(1aiAI).".utf8.contains($0) })
            else { return false }
            return LineShapes.listMarker(Substring(word + " x"))?.canInterruptParagraph == true
        }
    }

    /// Items with hanging indents: the marker on the first line, its width of spaces before the
    /// others. Tight lists have no blank lines between items, nor before a nested list; a list
    /// whose items hold blank lines (several paragraphs) is written loose, as it reads.
    private mutating func listItems(_ items: [ListItem], markers: [String], isTight: Bool, width: Int?) -> [String] {
        let indentation = addedIndentation(markers.map { TerminalWidth.of($0) }.max() ?? 2)
        // Each item's blocks, rendered once (rendering twice would double the work at every
        // level of nesting).
        let renderedItems: [[(lines: [String], joinsText: Bool)]] = nested(by: indentation) { renderer in
            items.map { item in
                item.content.compactMap { block in
                    let lines = renderer.render(block, width: renderer.narrower(width, by: indentation))
                    return lines.isEmpty ? nil : (lines, Self.canFollowTextDirectly(block))
                }
            }
        }
        let isLoose = !isTight || renderedItems.contains { blocks in
            blocks.contains { $0.lines.contains("") } || blocks.dropFirst().contains { !$0.joinsText }
        }
        // An item whose content was all left out (pictures, without images) is no item; the
        // ones left are numbered in order.
        let written = zip(renderedItems, items).filter { blocks, item in
            !blocks.isEmpty || item.content.isEmpty || item.checked != nil
        }
        var lines: [String] = []
        for ((blocks, item), marker) in zip(written, markers) {
            var content: [String] = []
            for block in blocks {
                if !content.isEmpty, isLoose || !block.joinsText { content.append("") }
                content += block.lines
            }
            if let checked = item.checked {
                let box = checked ? "[x] " : "[ ] "
                content = content.isEmpty ? [box] : [box + content[0]] + content.dropFirst()
            }
            if !lines.isEmpty, isLoose { lines.append("") }
            let firstPrefix = marker + String(repeating: " ", count: max(0, indentation - TerminalWidth.of(marker)))
            lines += Self.hanging(content.isEmpty ? [""] : content, first: firstPrefix,
                                  rest: String(repeating: " ", count: indentation))
        }
        return lines
    }

    /// Lists that a reader sees start on the line after a paragraph: bulleted ones, and
    /// numbered ones from 1 (a line starting `7.` may just be a wrapped sentence).
    private static func canFollowTextDirectly(_ block: Block) -> Bool {
        switch block {
        case .bulletList: return true
        case .orderedList(let list): return list.start == 1
        default: return false
        }
    }

    /// A container counts by its content, which is written in its place.
    private static func startsWithList(_ block: Block) -> Bool {
        switch block {
        case .bulletList, .orderedList: return true
        case .container(let container): return container.content.first.map(startsWithList) ?? false
        default: return false
        }
    }

    private static func endsWithList(_ block: Block) -> Bool {
        switch block {
        case .bulletList, .orderedList: return true
        case .container(let container): return container.content.last.map(endsWithList) ?? false
        default: return false
        }
    }

    /// A figure is its content and its caption; an image whose text alternative says what the
    /// caption says (or nothing) is shown once, described by the caption. Without image
    /// descriptions, a picture goes with its caption.
    private mutating func figure(_ figure: Figure, width: Int?) -> [String] {
        if options.images == .none {
            guard !Self.isPicture(figure.content) else { return [] }
            return Self.joinedWithBlankLines([render(figure.content, width: width), paragraph(figure.caption, width: width)])
        }
        let caption = figure.caption.plainText
        if figure.content.count == 1, case .paragraph(let inlines) = figure.content[0], inlines.count == 1,
            case .image(var image) = inlines[0]
        {
            if image.alternativeText.isEmpty { image.alternativeText = caption }
            let imageLines = paragraph([.image(image)], width: width)
            guard !caption.isEmpty, caption != image.alternativeText else { return imageLines }
            return Self.joinedWithBlankLines([imageLines, paragraph(figure.caption, width: width)])
        }
        var parts = [render(figure.content, width: width)]
        if !figure.caption.isEmpty { parts.append(paragraph(figure.caption, width: width)) }
        return Self.joinedWithBlankLines(parts)
    }

    // MARK: - Inlines

    /// The text of inlines, with `\n` where a line break was meant.
    mutating func inlineText(_ inlines: [Inline]) -> String {
        var text = ""
        for inline in inlines { append(inline, to: &text) }
        return text
    }

    private mutating func append(_ inline: Inline, to text: inout String) {
        switch inline {
        case .text(let string):
            text += clean(string)
        case .code(let string):
            text += clean(string)
        case .emphasis(let content), .strong(let content), .strikethrough(let content), .superscript(let content),
            .subscript(let content):
            for child in content { append(child, to: &text) }
        case .span(let span):
            for child in span.content { append(child, to: &text) }
        case .quoted(let quoted):
            let (open, close) = quoted.kind == .double ? ("“", "”") : ("‘", "’")
            text += clean(open)
            for child in quoted.content { append(child, to: &text) }
            text += clean(close)
        case .link(let link):
            text += linkText(link)
        case .image(let image):
            guard options.images == .describe else { break }
            text += image.alternativeText.isEmpty ? "[Image]" : "[Image: " + clean(image.alternativeText) + "]"
        case .lineBreak:
            text += "\n"
        case .softBreak:
            text += " "
        case .rawHTML(let html):
            for child in RawHTMLResolution.inlines(ofHTML: html) { append(child, to: &text) }
        case .footnoteReference(let label):
            text += footnoteContent[label] == nil ? "[\(clean(label))]" : options.noteMarker.marker(notes.number(forFootnote: label))
        }
    }

    private mutating func linkText(_ link: Link) -> String {
        let label = inlineText(link.content).split(separator: "\n").joined(separator: " ")
        let url = link.url
        // A linked picture that is not shown leaves nothing to follow.
        if label.isEmpty, options.images == .none, link.content.contains(where: Self.isImage) { return "" }
        let isAddressOnly = label.isEmpty || ["", "mailto:", "https://", "http://"].contains { $0 + label == url }
        // A link within the page (`#notes`) or to nothing means nothing on paper.
        if url.isEmpty || url.hasPrefix("#") { return label }
        let address = clean(url.hasPrefix("mailto:") ? String(url.dropFirst(7)) : url)
        switch options.links {
        case .none:
            return isAddressOnly && label.isEmpty ? address : label
        case .inline:
            return isAddressOnly ? "<" + address + ">" : label + " <" + clean(url) + ">"
        case .footnotes:
            if isAddressOnly { return label.isEmpty ? address : label }
            return label + options.noteMarker.marker(notes.number(forURL: clean(url)))
        }
    }

    /// Figure content that is a picture: images and a few words beside them (a credit such as
    /// "Photo: Getty Images", or the placeholder a lazily loaded image left), in paragraphs only.
    /// A table, code, a quote, a list or a paragraph of prose in a figure is text, and stays.
    private static func isPicture(_ content: [Block]) -> Bool {
        var words = 0
        var onlyParagraphs = true
        var showsAnImage = false
        TreeWalk.visit(
            content,
            block: { block in
                switch block {
                case .paragraph(let inlines): words += inlines.visibleText.split(whereSeparator: \.isWhitespace).count
                case .container: break
                default: onlyParagraphs = false
                }
            },
            inline: { inline in
                if isImage(inline) { showsAnImage = true }
            })
        // Words without an image are text (a pull quote, a short poem), and stay; a figure with
        // neither is a picture that went missing (extraction's caption boxes, `PictureBoxes`).
        return onlyParagraphs && (showsAnImage || words == 0) && words < 10
    }

    private static func isImage(_ inline: Inline) -> Bool {
        if case .image = inline { return true }
        return false
    }

    // MARK: - Helpers

    /// Text as it may appear in the output: in NFC, ASCII when asked, without control
    /// characters or soft hyphens (a hint for a typesetter's line breaks, left inside words by
    /// pages, that splits a word in two for any program reading the text), and, outside code,
    /// with tabs and line ends as spaces (line breaks come only from `Inline.lineBreak`).
    func clean(_ text: String, keepsSpacing: Bool = false) -> String {
        var result = text.precomposed
        if result.unicodeScalars.contains(where: Self.isInvisible) {
            result = String(String.UnicodeScalarView(result.unicodeScalars.compactMap { scalar in
                if scalar == "\n" || scalar == "\t" { return keepsSpacing ? scalar : " " }
                if scalar == "\r" { return keepsSpacing ? nil : " " }
                return Self.isInvisible(scalar) ? nil : scalar
            }))
        }
        return options.asciiOnly ? ASCIITransliteration.transliterate(result) : result
    }

    /// Control characters and the soft hyphen.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xAD
    }

    private func wrapped(_ text: String, width: Int?) -> [String] {
        LineWrapping.wrap(text, width: width, mustNotStartLine: Self.looksLikeBlockStart)
    }

    private func underlined(_ lines: [String], with character: Character) -> [String] {
        guard !lines.isEmpty else { return lines }
        let width = max(3, lines.map { TerminalWidth.of($0) }.max() ?? 0)
        return lines + [String(repeating: character, count: width)]
    }

    /// How many of `columns` more a container may indent its content by.
    private func addedIndentation(_ columns: Int) -> Int {
        max(0, min(columns, Self.maximumIndentation - enclosingIndentation))
    }

    /// What `body` renders as the content of a container indenting it by `columns`.
    private mutating func nested<Result>(by columns: Int, _ body: (inout TextRenderer) -> Result) -> Result {
        enclosingIndentation += columns
        defer { enclosingIndentation -= columns }
        return body(&self)
    }

    private func narrower(_ width: Int?, by columns: Int) -> Int? {
        width.map { max(1, $0 - columns) }
    }

    static func nameList(_ names: [String]) -> String {
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }

    static func joinedWithBlankLines(_ parts: [[String]]) -> [String] {
        var lines: [String] = []
        for part in parts where !part.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines += part
        }
        return lines
    }

    static func indented(_ lines: [String], by columns: Int) -> [String] {
        let prefix = String(repeating: " ", count: columns)
        return lines.map { $0.isEmpty ? "" : prefix + $0 }
    }

    /// `> ` before every line, `>` for an empty one, so the quote runs on across them.
    static func quoted(_ lines: [String]) -> [String] {
        lines.map { $0.isEmpty ? ">" : "> " + $0 }
    }

    /// A paragraph, or a box of them (a box is written as its content).
    private static func isWrittenAsParagraphs(_ block: Block) -> Bool {
        switch block {
        case .paragraph: true
        case .container(let container): container.content.allSatisfy(isWrittenAsParagraphs)
        default: false
        }
    }

    /// `first` before the first line, `rest` before the others (but not before empty lines).
    static func hanging(_ lines: [String], first: String, rest: String) -> [String] {
        lines.enumerated().map { index, line in
            if index == 0 { return first + line }
            return line.isEmpty ? "" : rest + line
        }
    }
}

/// The numbers of the notes at the end of the text, shared by links and footnotes so each
/// `[n]` in the text points to exactly one note.
struct NoteNumbers {
    enum Entry: Equatable {
        case url(String)
        case footnote(String)
    }

    private(set) var entries: [Entry] = []
    private var numbers: [Entry: Int] = [:]

    /// A URL linked twice gets one note.
    mutating func number(forURL url: String) -> Int { number(for: .url(url)) }

    mutating func number(forFootnote label: String) -> Int { number(for: .footnote(label)) }

    private mutating func number(for entry: Entry) -> Int {
        if let existing = numbers[entry] { return existing }
        entries.append(entry)
        numbers[entry] = entries.count
        return entries.count
    }
}

extension NoteNumbers.Entry: Hashable {}
