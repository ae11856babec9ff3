import CCmarkGFM
import Foundation
import QuireDocument

/// Parses Markdown with cmark-gfm and converts its syntax tree into quire's tree.
///
/// This is the only file that sees cmark's C API. The walk follows cmark's own iterator, so it
/// never recurses however deep the input nests; content nested deeper than the tree allows is
/// flattened into the deepest allowed container, keeping every word.
struct CmarkConverter {
    struct Result {
        var blocks: [Block]
        var wasFlattened: Bool
    }

    /// Registration of the GFM extensions is an unguarded static flag in cmark-gfm: do it once,
    /// before any thread parses.
    private static let extensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    static func convert(_ markdown: String, smartPunctuation: Bool) -> Result {
        guard let root = parse(markdown, smartPunctuation: smartPunctuation) else { return Result(blocks: [], wasFlattened: false) }
        defer { cmark_node_free(root) }

        var builder = TreeBuilder(source: markdown)
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_ENTER {
                builder.enter(node)
            } else if event == CMARK_EVENT_EXIT {
                builder.exit(node)
            }
        }
        return Result(blocks: builder.finish(), wasFlattened: builder.wasFlattened)
    }

    /// cmark-gfm's tree of `markdown`, with quire's options and extensions; the caller frees it.
    private static func parse(_ markdown: String, smartPunctuation: Bool = false) -> OpaquePointer? {
        _ = extensionsRegistered
        var options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE
        if smartPunctuation { options |= CMARK_OPT_SMART }
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tasklist"] {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var source = markdown
        source.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        return cmark_parser_finish(parser)
    }

    /// Whether `html`, written on lines of its own, reads back as one HTML block holding exactly
    /// these lines: what the Markdown writer asks before writing raw HTML as it is.
    static func readsAsOneHTMLBlock(_ html: String) -> Bool {
        guard let root = parse(html + "\n") else { return false }
        defer { cmark_node_free(root) }
        guard let block = cmark_node_first_child(root), cmark_node_next(block) == nil,
            cmark_node_get_type(block) == CMARK_NODE_HTML_BLOCK, let literal = cmark_node_get_literal(block)
        else { return false }
        return String(cString: literal) == html + "\n"
    }

    /// Whether `html`, written after a word, reads back as one piece of inline raw HTML
    /// holding exactly this text.
    static func readsAsOneHTMLInline(_ html: String) -> Bool {
        guard let root = parse("x" + html + "\n") else { return false }
        defer { cmark_node_free(root) }
        guard let paragraph = cmark_node_first_child(root), cmark_node_next(paragraph) == nil,
            cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH, let word = cmark_node_first_child(paragraph),
            cmark_node_get_type(word) == CMARK_NODE_TEXT, let raw = cmark_node_next(word), cmark_node_next(raw) == nil,
            cmark_node_get_type(raw) == CMARK_NODE_HTML_INLINE, let literal = cmark_node_get_literal(raw)
        else { return false }
        return String(cString: literal) == html
    }
}

/// Collects converted nodes on a stack of open containers as cmark's iterator enters and leaves them.
private struct TreeBuilder {
    enum Kind {
        case document, blockQuote, bulletList(tight: Bool), orderedList(start: Int, tight: Bool)
        case item(checked: Bool?), footnoteDefinition(label: String)
        case table(alignments: [Table.Alignment]), tableRow(isHeader: Bool), tableCell
        case paragraph, heading(level: Int, line: Int)
        case emphasis, strong, strikethrough, link(url: String, title: String?), image(source: String, title: String?)
        /// An inline element opened by the raw HTML tag `tag`, which `make` turns into nodes when
        /// its end tag closes it; closed by its parent's end instead, the tag stays raw HTML.
        case htmlElement(name: String, tag: String, make: @Sendable ([Inline]) -> [Inline])

        /// Whether the frame holds inlines only (so, flattened, it passes them on unchanged).
        var isInline: Bool {
            switch self {
            case .emphasis, .strong, .strikethrough, .link, .htmlElement: return true
            default: return false
            }
        }
    }

    struct Frame {
        var kind: Kind
        /// Flattened frames add no level to the tree: their content goes to the parent.
        var isFlattened = false
        /// The frame that content appended to this one goes to: itself unless flattened. A
        /// flattened frame hands its content straight to the frame that keeps it, so deep
        /// input is not copied again at every level it passes on the way up; a flattened block
        /// container still collects its own loose inlines, which become a paragraph.
        var sink = 0
        /// The cmark node whose exit closes this frame (`nil` for raw HTML elements).
        var node: OpaquePointer?
        var blocks: [Block] = []
        var inlines: [Inline] = []
        var items: [ListItem] = []
        var rows: [TableRow] = []
        var headerRows: [TableRow] = []
        var cells: [[Block]] = []

        var isRawHTMLElement: Bool {
            if case .htmlElement = kind { return true }
            return false
        }
    }

    private let source: String
    private lazy var sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
    private var footnoteCount = 0
    /// Ids are given as headings close, which is document order: cmark has already moved
    /// footnote definitions to the end.
    private var headingIDs = HeadingIDs()
    private var frames = [Frame(kind: .document)]
    /// The cmark nodes that have a frame open, so an exit finds its frame without searching
    /// the stack (which deep input makes tens of thousands of frames tall).
    private var openNodes = Set<OpaquePointer>()
    /// Indices in `frames` of the open raw HTML elements, by name, innermost last.
    private var openHTMLElements: [String: [Int]] = [:]
    /// Indices in `frames` of the frames that are not raw HTML elements, innermost last: an end
    /// tag closes only elements opened above the innermost of them.
    private var markdownFrames = [0]
    /// The node being entered, which frames pushed now belong to.
    private var current: OpaquePointer?
    private var depth = 0
    /// The id of the first `<a id="…">` (or `name`) anchor in the heading being read: the form
    /// the writer gives a heading's own id, which CommonMark has no syntax for.
    private var headingAnchorID: String?
    private(set) var wasFlattened = false
    private let depthLimit = Document.maximumDepth - 8

    init(source: String) {
        self.source = source
    }

    mutating func enter(_ node: OpaquePointer) {
        current = node
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_DOCUMENT: break
        case CMARK_NODE_BLOCK_QUOTE: push(.blockQuote)
        case CMARK_NODE_LIST:
            let tight = cmark_node_get_list_tight(node) != 0
            if cmark_node_get_list_type(node) == CMARK_ORDERED_LIST {
                push(.orderedList(start: Int(cmark_node_get_list_start(node)), tight: tight))
            } else {
                push(.bulletList(tight: tight))
            }
        case CMARK_NODE_ITEM:
            // Task-list items are items whose type string the extension changed.
            let isTask = string(cmark_node_get_type_string(node)) == "tasklist"
            push(.item(checked: isTask ? cmark_gfm_extensions_get_tasklist_item_checked(node) : nil))
        case CMARK_NODE_PARAGRAPH: push(.paragraph)
        case CMARK_NODE_HEADING:
            push(.heading(level: Int(cmark_node_get_heading_level(node)), line: Int(cmark_node_get_start_line(node))))
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            // cmark-gfm numbers footnotes by first reference (references carry the number) and
            // moves their definitions, in that order, to the end.
            footnoteCount += 1
            push(.footnoteDefinition(label: String(footnoteCount)))
        case CMARK_NODE_CODE_BLOCK:
            var text = string(cmark_node_get_literal(node))
            if text.hasSuffix("\n") { text.removeLast() }
            let info = string(cmark_node_get_fence_info(node)).split(separator: " ").first.map(String.init)
            appendBlock(.codeBlock(CodeBlock(language: info, text: text)))
        case CMARK_NODE_HTML_BLOCK:
            let literal = string(cmark_node_get_literal(node))
            // Kept as the source wrote it, for the HTML and Markdown writers; the others read it
            // as HTML (`RawHTMLResolution`).
            appendBlock(.rawHTML(literal.hasSuffix("\n") ? String(literal.dropLast()) : literal))
        case CMARK_NODE_THEMATIC_BREAK: appendBlock(.thematicBreak)
        case CMARK_NODE_TEXT: appendText(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: appendInline(.softBreak)
        case CMARK_NODE_LINEBREAK: appendInline(.lineBreak)
        case CMARK_NODE_CODE: appendInline(.code(string(cmark_node_get_literal(node))))
        case CMARK_NODE_HTML_INLINE: enterRawHTML(string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: push(.emphasis)
        case CMARK_NODE_STRONG: push(.strong)
        case CMARK_NODE_LINK: push(.link(url: string(cmark_node_get_url(node)), title: optionalString(cmark_node_get_title(node))))
        case CMARK_NODE_IMAGE:
            push(.image(source: string(cmark_node_get_url(node)), title: optionalString(cmark_node_get_title(node))))
        case CMARK_NODE_FOOTNOTE_REFERENCE: appendInline(.footnoteReference(string(cmark_node_get_literal(node))))
        default: enterExtension(node)
        }
    }

    /// cmark reports an exit for every node that is not one of its built-in leaves, including
    /// some that open no frame here (footnote references), so only the frame's own node closes it.
    mutating func exit(_ node: OpaquePointer) {
        guard openNodes.contains(node) else { return }
        closeRawHTMLElements()
        if frames[frames.count - 1].node == node { pop() }
    }

    mutating func finish() -> [Block] {
        frames[0].blocks
    }

    // MARK: - Extensions (tables, strikethrough, task lists)

    private mutating func enterExtension(_ node: OpaquePointer) {
        switch string(cmark_node_get_type_string(node)) {
        case "table":
            let count = Int(cmark_gfm_extensions_get_table_columns(node))
            let raw = cmark_gfm_extensions_get_table_alignments(node)
            let alignments = (0..<count).map { column -> Table.Alignment in
                switch raw.map({ UInt8(bitPattern: Int8($0[column])) }) {
                case UInt8(ascii: "l"): return .left
                case UInt8(ascii: "c"): return .center
                case UInt8(ascii: "r"): return .right
                default: return .default
                }
            }
            push(.table(alignments: alignments))
        case "table_header": push(.tableRow(isHeader: true))
        case "table_row": push(.tableRow(isHeader: false))
        case "table_cell": push(.tableCell)
        case "strikethrough": push(.strikethrough)
        default:
            // Another extension's node: its content still arrives, into the enclosing frame.
            break
        }
    }

    // MARK: - Raw HTML

    /// A piece of inline raw HTML: a tag with a tree equivalent becomes that node (`<em>` to
    /// its end tag emphasis, `<br>` a line break, `<img src alt title>` an image, `<a href
    /// title>` a link); anything else stays raw HTML, verbatim: other tags, tags with attributes
    /// the node cannot hold (an `<img>` without `alt`, which the HTML writer would add), end
    /// tags without their start tag, comments, CDATA sections, and the tags GitHub's tag filter
    /// shows as text (`<title>`, `<script>`…), which the HTML writer filters.
    private mutating func enterRawHTML(_ raw: String) {
        // The separator the Markdown writer puts where text must not join (`a<!-- -->@b`): it
        // holds nothing.
        if raw == "<!-- -->" { return }
        guard let tag = RawHTMLTag(raw) else {
            appendInline(.rawHTML(raw))
            return
        }
        if tag.isClosing {
            if let index = openHTMLElements[tag.name]?.last, index > markdownFrames[markdownFrames.count - 1] {
                while frames.count > index + 1 { popUnclosedElement() }
                pop()
            } else {
                appendInline(.rawHTML(raw))
            }
            return
        }
        func holds(only names: Set<String>) -> Bool { tag.attributes.keys.allSatisfy(names.contains) }
        switch tag.name {
        case "br" where holds(only: []): appendInline(.lineBreak)
        case "img" where tag.attributes["src"] != nil && tag.attributes["alt"] != nil && holds(only: ["src", "alt", "title"]):
            appendInline(
                .image(Image(source: tag.attributes["src"] ?? "", alternativeText: tag.attributes["alt"] ?? "", title: tag.attributes["title"])))
        case "a" where !tag.isSelfClosing && isInHeading && headingAnchorID == nil && holds(only: ["id", "name"]):
            // The form the writer gives a heading's own id, which CommonMark has no syntax for.
            guard let anchor = tag.attributes["id"] ?? tag.attributes["name"], HeadingIDs.isValidExplicitID(anchor) else {
                appendInline(.rawHTML(raw))
                return
            }
            headingAnchorID = anchor
            push(.htmlElement(name: "a", tag: raw) { $0 })
        case "a" where !tag.isSelfClosing && tag.attributes["href"] != nil && holds(only: ["href", "title"]):
            let url = tag.attributes["href"] ?? ""
            push(.htmlElement(name: "a", tag: raw) { [.link(Link(url: url, title: tag.attributes["title"], content: $0))] })
        default:
            guard !tag.isSelfClosing, tag.attributes.isEmpty, let make = RawHTMLTag.inlineElements[tag.name] else {
                appendInline(.rawHTML(raw))
                return
            }
            push(.htmlElement(name: tag.name, tag: raw, make: make))
        }
    }

    private var isInHeading: Bool {
        if case .heading = frames[markdownFrames[markdownFrames.count - 1]].kind { return true }
        return false
    }

    /// Raw HTML elements never outlive the Markdown node they were opened in.
    private mutating func closeRawHTMLElements() {
        while case .htmlElement = frames[frames.count - 1].kind { popUnclosedElement() }
    }

    /// Closes the innermost frame, a raw HTML element whose end tag never came: its start tag
    /// stays raw HTML before its content, as a browser would leave it open rather than
    /// apply it to what the Markdown meant.
    private mutating func popUnclosedElement() {
        guard case .htmlElement(let name, let tag, _) = frames[frames.count - 1].kind else { return pop() }
        frames[frames.count - 1].kind = .htmlElement(name: name, tag: tag) { [.rawHTML(tag)] + $0 }
        pop()
    }

    // MARK: - The stack

    private mutating func push(_ kind: Kind) {
        var frame = Frame(kind: kind)
        if case .htmlElement(let name, _, _) = kind {
            openHTMLElements[name, default: []].append(frames.count)
        } else {
            frame.node = current
            if let current { openNodes.insert(current) }
            markdownFrames.append(frames.count)
        }
        let parentFlattened = frames[frames.count - 1].isFlattened
        switch kind {
        case .item, .tableRow, .tableCell:
            // Parts of a list or table follow their container, which left them room.
            frame.isFlattened = parentFlattened
        case .paragraph, .heading, .image:
            // Leaves of the block structure and images always stay: the limit leaves them room.
            frame.isFlattened = false
        default:
            frame.isFlattened = depth >= depthLimit
        }
        let parent = frames.count - 1
        if frame.isFlattened {
            wasFlattened = true
            // Inline content passes through flattened inline frames to the nearest frame that
            // keeps inlines; blocks pass through flattened block frames.
            let passesThrough = frames[parent].isFlattened && frames[parent].kind.isInline == kind.isInline
            frame.sink = passesThrough ? frames[parent].sink : parent
        } else {
            depth += 1
            frame.sink = frames.count
        }
        frames.append(frame)
    }

    private mutating func pop() {
        let frame = frames.removeLast()
        if case .htmlElement(let name, _, _) = frame.kind {
            openHTMLElements[name]?.removeLast()
        } else {
            if let node = frame.node { openNodes.remove(node) }
            markdownFrames.removeLast()
        }
        if frame.isFlattened {
            // Its content is already in its sink; a block container's loose inlines follow it
            // as a paragraph.
            if !frame.kind.isInline, !frame.inlines.isEmpty {
                frames[frame.sink].blocks.append(.paragraph(frame.inlines))
            }
            return
        }
        depth -= 1
        let top = frames.count - 1
        switch frame.kind {
        case .document: break
        case .blockQuote: appendBlock(.blockQuote(frame.blocks))
        case .bulletList(let tight): appendBlock(.bulletList(BulletList(isTight: tight, items: frame.items)))
        case .orderedList(let start, let tight):
            appendBlock(.orderedList(OrderedList(start: start, isTight: tight, items: frame.items)))
        case .item(let checked): frames[top].items.append(ListItem(checked: checked, content: frame.blocks))
        case .footnoteDefinition(let label):
            appendBlock(.footnoteDefinition(FootnoteDefinition(label: label, content: frame.blocks)))
        case .table(let alignments):
            appendBlock(.table(Table(alignments: alignments, headerRows: frame.headerRows, bodyRows: frame.rows)))
        case .tableRow(let isHeader):
            if isHeader {
                frames[top].headerRows.append(TableRow(cells: frame.cells))
            } else {
                frames[top].rows.append(TableRow(cells: frame.cells))
            }
        case .tableCell: frames[top].cells.append(frame.inlines.isEmpty ? [] : [.paragraph(frame.inlines)])
        case .paragraph: appendBlock(.paragraph(frame.inlines))
        case .heading(let level, let line):
            var content = frame.inlines
            let id = takeExplicitID(from: &content, sourceLine: line) ?? headingAnchorID
            headingAnchorID = nil
            appendBlock(.heading(identified(Heading(level: level, id: id, content: content))))
        case .emphasis: appendInline(.emphasis(frame.inlines))
        case .strong: appendInline(.strong(frame.inlines))
        case .strikethrough: appendInline(.strikethrough(frame.inlines))
        case .link(let url, let title): appendInline(.link(Link(url: url, title: title, content: frame.inlines)))
        case .image(let source, let title):
            appendInline(.image(Image(source: source, alternativeText: frame.inlines.plainText, title: title)))
        case .htmlElement(_, _, let make): make(frame.inlines).forEach { appendInline($0) }
        }
    }

    // MARK: - Heading attributes

    /// The heading with its id: its own if it has one, else one made like GitHub's.
    private mutating func identified(_ heading: Heading) -> Heading {
        var heading = heading
        let id = heading.id ?? headingIDs.candidate(for: heading.content.plainText)
        headingIDs.claim(id)
        heading.id = id
        return heading
    }

    /// Removes a trailing `{#id}` from a heading and returns the id. The raw source line must
    /// end with it too, so an escaped `\{#id}` stays text.
    private mutating func takeExplicitID(from content: inout [Inline], sourceLine: Int) -> String? {
        guard case .text(let text)? = content.last, text.hasSuffix("}"),
            let open = text.range(of: "{#", options: .backwards)
        else { return nil }
        let id = String(text[open.upperBound..<text.index(before: text.endIndex)])
        guard HeadingIDs.isValidExplicitID(id), sourceLine >= 1, sourceLine <= sourceLines.count else { return nil }
        var raw = sourceLines[sourceLine - 1].trimmingSpaces
        if raw.hasPrefix("#") {
            while raw.hasSuffix("#") { raw.removeLast() }
            raw = raw.trimmingSpaces
        }
        guard raw.hasSuffix("{#\(id)}"), !raw.dropLast(id.count + 3).hasSuffix("\\") else { return nil }
        // The writer puts exactly one space before the attribute; anything more is content.
        var remaining = text[..<open.lowerBound]
        if remaining.hasSuffix(" ") { remaining.removeLast() }
        content.removeLast()
        if !remaining.isEmpty { content.append(.text(String(remaining))) }
        while case .softBreak? = content.last { content.removeLast() }
        return id
    }

    // MARK: - Appending

    private mutating func appendBlock(_ block: Block) {
        frames[frames[frames.count - 1].sink].blocks.append(block)
    }

    /// The frame that inlines appended now go to.
    private var inlineTarget: Int {
        let top = frames.count - 1
        return frames[top].isFlattened && !frames[top].kind.isInline ? top : frames[top].sink
    }

    private mutating func appendInline(_ inline: Inline) {
        if case .text(let text) = inline {
            appendText(text)
        } else {
            frames[inlineTarget].inlines.append(inline)
        }
    }

    /// cmark splits text at every delimiter it considered; adjacent pieces are one text here.
    private mutating func appendText(_ text: String) {
        guard !text.isEmpty else { return }
        let top = inlineTarget
        if case .text(var joined)? = frames[top].inlines.last {
            let last = frames[top].inlines.count - 1
            // Releasing the array's reference first lets the text grow in place.
            frames[top].inlines[last] = .softBreak
            joined += text
            frames[top].inlines[last] = .text(joined)
        } else {
            frames[top].inlines.append(.text(text))
        }
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private func optionalString(_ pointer: UnsafePointer<CChar>?) -> String? {
        let text = string(pointer)
        return text.isEmpty ? nil : text
    }
}
