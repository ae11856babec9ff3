import QuireDocument

/// An inline element that wraps its content: `em`, `a`, `q`...
enum InlineWrapper {
    case emphasis, strong, strikethrough, superscript, `subscript`, quoted
    case link(url: String, title: String?)
    case span(id: String?, classes: [String])

    func wrap(_ content: [Inline]) -> Inline {
        switch self {
        case .emphasis: return .emphasis(content)
        case .strong: return .strong(content)
        case .strikethrough: return .strikethrough(content)
        case .superscript: return .superscript(content)
        case .subscript: return .subscript(content)
        case .quoted: return .quoted(Quoted(kind: .double, content: content))
        case .link(let url, let title): return .link(Link(url: url, title: title, content: content))
        case .span(let id, let classes): return .span(Span(id: id, classes: classes, content: content))
        }
    }
}

/// The blocks of one block-level region (the page, a `section`, a list item, a table cell...)
/// and the line of inline content being written into it.
///
/// Text arrives as libxml2 gives it and leaves collapsed the way a browser renders it: runs of
/// white space become one space, none at the start or end of a line, none before a `<br>`.
/// Inline wrappers (`em`, `a`...) stay open across a block that interrupts them, as in a
/// browser: `<a href=x><p>Title</p></a>` gives a paragraph holding a link; a short link also
/// wraps the lines of the boxes inside it (`HTMLBlockBuilder.linkReachesIntoBoxes`).
struct HTMLFlow {
    enum LineKind: Equatable {
        case paragraph
        case heading(level: Int, id: String?)
    }

    private struct OpenWrapper {
        var wrapper: InlineWrapper
        /// Where its content starts in `line`.
        var start: Int
        /// A link around a few blocks (a teaser's picture, headline and summary), which goes on
        /// wrapping the lines of the boxes it holds.
        var reachesIntoBoxes = false
    }

    /// The depth in the document tree of the blocks this flow produces (1 at the top).
    let depth: Int
    private(set) var blocks: [Block] = []
    private var line: [Inline] = []
    private var lineEndsWithSpace = true
    private var openWrappers: [OpenWrapper] = []
    /// What the current line becomes when it ends: a paragraph, or a heading inside `<hN>`.
    var lineKind = LineKind.paragraph
    /// Whether a `<p>` element wrote into this flow, which makes a list item loose.
    var containsParagraphElement = false
    /// A checkbox that came before any content, which makes a list item a task.
    private(set) var checkbox: Bool?

    init(depth: Int) {
        self.depth = depth
    }

    /// The depth an inline written now would have.
    var inlineDepth: Int { depth + 1 + openWrappers.count }

    var isEmpty: Bool { blocks.isEmpty && line.isEmpty }

    // MARK: Inline content

    mutating func appendText(_ raw: String) {
        guard let collapsed = HTMLWhitespace.collapse(raw, afterSpace: lineEndsWithSpace) else { return }
        lineEndsWithSpace = collapsed.endsWithSpace
        appendMergingText(collapsed.text, notBefore: openWrappers.last?.start ?? 0)
    }

    /// An image, a code span or any other inline that is not text.
    mutating func appendInline(_ inline: Inline) {
        line.append(inline)
        lineEndsWithSpace = false
    }

    /// An anchor: an empty span with the id a link of the page points to. White space around it
    /// collapses as if it were not there.
    mutating func appendAnchor(_ id: String) {
        line.append(.span(Span(id: id, content: [])))
    }

    /// A code span, with the spaces around its text moved outside it.
    mutating func appendCode(_ raw: String) {
        guard let collapsed = HTMLWhitespace.collapse(raw, afterSpace: false) else { return }
        var text = Substring(collapsed.text)
        if text.first == " " {
            appendText(" ")
            text = text.dropFirst()
        }
        let trailingSpace = text.last == " "
        if trailingSpace { text = text.dropLast() }
        if !text.isEmpty { appendInline(.code(String(text))) }
        if trailingSpace { appendText(" ") }
    }

    mutating func appendLineBreak() {
        trimTrailingSpace()
        // `<br><br>` is how forums and old blogs write paragraphs: a browser shows a blank line,
        // and plain text, which cannot hold one inside a paragraph, would run them together.
        if line.last == .lineBreak, lineKind == .paragraph {
            line.removeLast()
            endLine()
            return
        }
        line.append(.lineBreak)
        lineEndsWithSpace = true
    }

    /// Records a checkbox; it marks a task only when nothing came before it.
    mutating func noteCheckbox(checked: Bool) {
        if blocks.isEmpty, !line.contains(where: Self.isVisible) { checkbox = checked }
    }

    mutating func openWrapper(_ wrapper: InlineWrapper, reachesIntoBoxes: Bool = false) {
        openWrappers.append(OpenWrapper(wrapper: wrapper, start: line.count, reachesIntoBoxes: reachesIntoBoxes))
    }

    /// The open links that wrap the lines of a box starting inside them.
    var linksReachingIntoBoxes: [InlineWrapper] {
        openWrappers.filter(\.reachesIntoBoxes).map(\.wrapper)
    }

    /// Whether a link is open: a link inside it is not another link (HTML forbids nesting them).
    var isInsideLink: Bool {
        openWrappers.contains { if case .link = $0.wrapper { true } else { false } }
    }

    mutating func closeWrapper() {
        guard let open = openWrappers.popLast() else { return }
        wrapSegment(from: open.start, with: open.wrapper, notBefore: openWrappers.last?.start ?? 0)
    }

    // MARK: Blocks

    mutating func appendBlock(_ block: Block) {
        endLine()
        blocks.append(block)
    }

    /// Ends the current line (at the edge of a block-level element), turning it into a
    /// paragraph or heading if it has anything visible.
    mutating func endLine() {
        defer {
            line.removeAll(keepingCapacity: true)
            lineEndsWithSpace = true
            for index in openWrappers.indices { openWrappers[index].start = 0 }
        }
        guard !line.isEmpty else { return }
        // Wrappers still open wrap what they hold so far; they go on wrapping the next line.
        for index in openWrappers.indices.reversed() {
            wrapSegment(
                from: openWrappers[index].start, with: openWrappers[index].wrapper,
                notBefore: index > 0 ? openWrappers[index - 1].start : 0)
        }
        trimTrailingSpace()
        while line.last == .lineBreak { line.removeLast() }
        while line.first == .lineBreak { line.removeFirst() }
        guard line.contains(where: Self.isVisible) else { return }
        switch lineKind {
        case .paragraph:
            blocks.append(.paragraph(line))
        case .heading(let level, let id):
            blocks.append(.heading(Heading(level: level, id: id, content: line)))
            // A heading split by a block keeps its anchor on the first part only.
            lineKind = .heading(level: level, id: nil)
        }
    }

    /// Ends the last line and gives the blocks.
    mutating func finish() -> [Block] {
        while !openWrappers.isEmpty { closeWrapper() }
        endLine()
        return blocks
    }

    // MARK: Helpers

    private static func isVisible(_ inline: Inline) -> Bool {
        switch inline {
        case .lineBreak, .softBreak: return false
        case .text(let text): return text != " "
        default: return true
        }
    }

    private mutating func appendMergingText(_ text: String, notBefore bound: Int) {
        if line.count > bound, case .text(let previous) = line[line.count - 1] {
            line[line.count - 1] = .text(previous + text)
        } else {
            line.append(.text(text))
        }
    }

    /// Replaces `line[start...]` with one wrapped inline. Spaces at the edges move outside, so
    /// `a<em> b </em>c` gives `a *b* c` rather than emphasis that starts with a space; a
    /// wrapper left with nothing visible disappears.
    private mutating func wrapSegment(from start: Int, with wrapper: InlineWrapper, notBefore bound: Int) {
        guard start < line.count else { return }
        var content = Array(line[start...])
        line.removeSubrange(start...)
        var leadingSpace = false
        var trailingSpace = false
        if case .text(let text) = content.first, text.first == " " {
            leadingSpace = true
            if text.count == 1 { content.removeFirst() } else { content[0] = .text(String(text.dropFirst())) }
        }
        if case .text(let text) = content.last, text.last == " " {
            trailingSpace = true
            if text.count == 1 {
                content.removeLast()
            } else {
                content[content.count - 1] = .text(String(text.dropLast()))
            }
        }
        if leadingSpace { appendMergingText(" ", notBefore: bound) }
        if content.contains(where: Self.isVisible) {
            line.append(wrapper.wrap(content))
        } else {
            line.append(contentsOf: content)
        }
        if trailingSpace { appendMergingText(" ", notBefore: bound) }
    }

    /// Removes a space at the end of the line, which a browser would not show.
    private mutating func trimTrailingSpace() {
        guard case .text(let text) = line.last, text.last == " " else { return }
        if text.count == 1 {
            line.removeLast()
            for index in openWrappers.indices where openWrappers[index].start > line.count {
                openWrappers[index].start = line.count
            }
        } else {
            line[line.count - 1] = .text(String(text.dropLast()))
        }
    }
}

/// White space and control characters in HTML text.
enum HTMLWhitespace {
    /// The text with each run of HTML white space (space, tab, line feed, form feed, carriage
    /// return) turned into one space, a leading space dropped when `afterSpace`, and characters
    /// XML cannot carry (C0 and C1 controls, U+FFFE, U+FFFF) removed. `nil` when nothing is left.
    static func collapse(_ text: String, afterSpace: Bool) -> (text: String, endsWithSpace: Bool)? {
        var source = text
        source.makeContiguousUTF8()
        var lastWasSpace = afterSpace
        var changed = false
        let collapsed = source.utf8.withContiguousStorageIfAvailable { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { output in
                var count = 0
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    switch byte {
                    case 0x20, 0x09, 0x0A, 0x0C, 0x0D:
                        if lastWasSpace {
                            changed = true
                        } else {
                            if byte != 0x20 { changed = true }
                            output[count] = 0x20
                            count += 1
                            lastWasSpace = true
                        }
                        index += 1
                    case 0x00..<0x20, 0x7F:
                        changed = true
                        index += 1
                    case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                        changed = true
                        index += 2
                    case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                        changed = true
                        index += 3
                    default:
                        output[count] = byte
                        count += 1
                        lastWasSpace = false
                        index += 1
                    }
                }
                return count
            }
        } ?? ""
        guard !collapsed.isEmpty else { return nil }
        return (changed ? collapsed : text, lastWasSpace)
    }

    /// The text of a `pre` element: line ends as `\n`, control characters other than tab and
    /// line feed removed, without the line feed HTML ignores after `<pre>` or final line feeds.
    static func verbatim(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasReturn = scalar == "\r" }
            switch scalar.value {
            case 0x0D: result.append("\n")
            case 0x0A: if !previousWasReturn { result.append(scalar) }
            case 0x09: result.append(scalar)
            case 0x00..<0x20, 0x7F..<0xA0, 0xFFFE, 0xFFFF: break
            default: result.append(scalar)
            }
        }
        var verbatim = String(result)
        if verbatim.first == "\n" { verbatim.removeFirst() }
        while verbatim.last == "\n" { verbatim.removeLast() }
        return verbatim
    }

    /// The text collapsed and trimmed at both ends, for attribute values and metadata.
    static func normalized(_ text: String) -> String {
        guard let collapsed = collapse(text, afterSpace: true) else { return "" }
        return collapsed.endsWithSpace ? String(collapsed.text.dropLast()) : collapsed.text
    }
}
