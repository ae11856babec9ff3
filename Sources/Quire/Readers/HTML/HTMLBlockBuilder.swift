import QuireDocument

/// Maps the page's elements to blocks and inlines (the table in `docs/html-reader.md`).
///
/// Elements that only group others (a bare `div`, a `span`, unknown elements) are walked with
/// an explicit stack, so markup nesting costs no call-stack depth. Only elements that add a level
/// to the document tree (a `section`, a list, a link...) recurse, and only while the tree stays
/// within `Document.maximumDepth` and the recursion within `maximumNesting`; deeper ones are
/// read as transparent, every word kept, and a warning says so. The second bound is for
/// elements whose content lands no deeper in the tree than the element itself (a table in a
/// table's caption or misplaced in a table, a link in a link): nested thousands deep, they
/// would otherwise recurse without the tree growing.
struct HTMLBlockBuilder {
    let dom: HTMLDOM
    /// Resolves links.
    let urls: URLResolver
    /// Resolves image sources relative to the page: unlike links, not against the address a
    /// saved page gives itself (`resolvedImageSource`).
    let imageURLs: URLResolver
    /// Which ids links point to, and which elements are footnotes or refer to one.
    let notes: HTMLNotes
    /// Tab panels with their labels, and what a control would show.
    let tabs: HTMLTabs
    /// Messages for `ConversionWarning`s.
    private(set) var warnings: [String] = []
    private var flattenedDeepNesting = false
    /// How many `appendElement` calls are under way: the reader's own recursion depth.
    private var nesting = 0
    /// The deepest recursion allowed. Every element that recurses adds at most one level to the
    /// tree or none, so this leaves room for every tree `Document.maximumDepth` allows.
    static let maximumNesting = Document.maximumDepth
    private var largeSpansIgnored = false
    /// The DOM index of the last `img` that became an image, to tell whether a `<noscript>`
    /// only repeats the image before it.
    var lastImageElement = -1

    /// The depth in the tree of the blocks at the top of the page: 1, or more for a page read
    /// into a container of another document (raw HTML in Markdown).
    let topDepth: Int
    /// The page's formulas are MathJax's TeX scripts, and its drawings of them are left out.
    let hasTeXScripts: Bool

    init(dom: HTMLDOM, urls: URLResolver, imageURLs: URLResolver, topDepth: Int = 1) {
        self.dom = dom
        self.urls = urls
        self.imageURLs = imageURLs
        self.topDepth = topDepth
        notes = HTMLNotes(dom: dom)
        tabs = HTMLTabs(dom: dom, elementByID: notes.elementByID)
        hasTeXScripts = Self.hasTeXScripts(dom)
    }

    static let flattenedWarning = "elements nested deeper than \(Document.maximumDepth) levels were flattened"

    mutating func build() -> [Block] {
        var flow = HTMLFlow(depth: topDepth)
        appendContent(of: HTMLDOM.document, to: &flow)
        let blocks = flow.finish()
        if flattenedDeepNesting {
            warnings.append(Self.flattenedWarning)
        }
        if largeSpansIgnored {
            warnings.append("a table's colspan/rowspan would have made it too large; spans were ignored")
        }
        return blocks
    }

    // MARK: - Walking

    /// What an element does to the flow it is in.
    enum Role: Equatable {
        case skip
        case text
        /// Its children join the flow as if the element were not there.
        case transparent
        /// Like `.transparent`, but the element starts on a new line (a bare `div`).
        case transparentBlock
        /// A paragraph or heading: a new line of the given kind.
        case line(HTMLFlow.LineKind)
        /// Handled by `appendElement`.
        case element
        /// An element that would pass `Document.maximumDepth`, read as `.transparent` or
        /// `.transparentBlock`.
        case flattened(isBlock: Bool)
    }

    /// Appends the children of `parent` to the flow.
    mutating func appendContent(of parent: Int, to flow: inout HTMLFlow) {
        guard let first = dom.firstChild(parent) else { return }
        appendNodes(startingAt: first, onlyThatOne: false, to: &flow)
    }

    /// Appends one node (and what it contains) to the flow.
    mutating func append(_ node: Int, to flow: inout HTMLFlow) {
        appendNodes(startingAt: node, onlyThatOne: true, to: &flow)
    }

    private mutating func appendNodes(startingAt first: Int, onlyThatOne: Bool, to flow: inout HTMLFlow) {
        // Transparent elements being walked, with the line kind to restore when each ends.
        var open: [(node: Int, isBlock: Bool, savedKind: HTMLFlow.LineKind?)] = []
        var next: Int? = first
        while true {
            guard let node = next else {
                guard let finished = open.popLast() else { return }
                if finished.isBlock { flow.endLine() }
                if let kind = finished.savedKind { flow.lineKind = kind }
                next = open.isEmpty && onlyThatOne ? nil : dom.nextSibling(finished.node)
                if next == nil, open.isEmpty { return }
                continue
            }
            var role = role(of: node, in: flow)
            if case .flattened(let isBlock) = role {
                flattenedDeepNesting = true
                role = isBlock ? .transparentBlock : .transparent
            }
            if role != .skip, let label = tabs.labels[node] { flow.appendBlock(.paragraph([.strong([.text(label)])])) }
            let anchor = role == .skip || role == .text || dom.tag(node) == .blockquote ? nil : anchorIdentifier(node)
            switch role {
            case .skip:
                break
            case .text:
                flow.appendText(dom.text(node))
            case .element:
                if let anchor {
                    if dom.tag(node).isBlockLevel { flow.endLine() }
                    flow.appendAnchor(anchor)
                }
                appendElement(node, to: &flow)
            case .transparent, .transparentBlock, .line, .flattened:
                var savedKind: HTMLFlow.LineKind?
                if role != .transparent { flow.endLine() }
                if let anchor { flow.appendAnchor(anchor) }
                if case .line(let kind) = role {
                    savedKind = flow.lineKind
                    flow.lineKind = kind
                    if kind == .paragraph { flow.containsParagraphElement = true }
                }
                open.append((node, role != .transparent, savedKind))
                next = dom.firstChild(node)
                continue
            }
            if open.isEmpty && onlyThatOne { return }
            next = dom.nextSibling(node)
        }
    }

    // MARK: - Roles

    func role(of node: Int, in flow: HTMLFlow) -> Role {
        let tag = dom.tag(node)
        switch tag {
        case .text: return .text
        case .document, .html, .body: return .transparentBlock
        default: break
        }
        // Before the hidden test: Wikipedia hides both forms of a formula, each from someone.
        if isFormula(node) { return wrapperRole(flow) }
        if tabs.tabLists.contains(node) { return .skip }
        if (isHidden(node) && !tabs.revealable.contains(node)) || (hasTeXScripts && isDrawnTeX(node)) { return .skip }
        if notes.references[node] != nil { return wrapperRole(flow) }
        if notes.notes[node] != nil { return nestedBlocksRole() }
        if notes.isBackLink(node, in: dom) { return .skip }
        if tag == .button, tabs.disclosureControls.contains(node) { return .transparent }
        switch tag {
        case .head, .title, .meta, .link, .base, .script, .style, .template, .colgroup, .col,
            .iframe, .object, .embed, .video, .audio, .canvas, .map, .area, .param, .frame, .frameset,
            .noembed, .noframes, .source, .track, .keygen,
            .button, .datalist, .output, .progress, .meter:
            return .skip
        case .option, .optgroup:
            // Outside a `select` an option is a line of text in a browser.
            return dom.ancestor(of: node, in: [.select, .datalist]) == nil ? .transparentBlock : .skip
        case .p:
            return .line(.paragraph)
        case .h1, .h2, .h3, .h4, .h5, .h6:
            return .line(.heading(level: tag.headingLevel ?? 1, id: dom.id(of: node)))
        case .div:
            return dom.hasIDOrClass(node) ? nestedBlocksRole() : .transparentBlock
        case .article, .section, .main, .header, .footer, .nav, .aside, .form, .details,
            .blockquote, .ul, .ol, .menu, .dir, .dl, .table, .figure:
            return nestedBlocksRole()
        case .em, .i, .cite, .dfn, .strong, .b, .s, .del, .strike, .sup, .sub, .q, .mark, .abbr, .small, .u, .ins:
            return wrapperRole(flow)
        case .a:
            if dom.isPermalinkMark(node) { return .skip }
            return isLink(node) ? wrapperRole(flow) : .transparent
        case .span:
            if isScreenReaderOnly(node) { return .skip }
            return dom.id(of: node) == nil ? .transparent : wrapperRole(flow)
        case .hr, .br, .pre, .code, .kbd, .samp, .tt, .var, .img, .picture, .svg, .math, .noscript, .input, .textarea, .select:
            return .element
        case .rt:
            return isBareRubyText(node) ? .element : .transparent
        default:
            return tag.isBlockLevel ? .transparentBlock : .transparent
        }

        /// Elements that hold blocks one level down, unless that would pass the depth limit.
        func nestedBlocksRole() -> Role {
            flow.depth + 2 <= Document.maximumDepth && nesting < Self.maximumNesting ? .element : .flattened(isBlock: true)
        }
        func wrapperRole(_ flow: HTMLFlow) -> Role {
            flow.inlineDepth + 1 <= Document.maximumDepth && nesting < Self.maximumNesting
                ? .element : .flattened(isBlock: false)
        }
    }

    /// Content a reader never sees: `hidden`, `aria-hidden="true"`, `display:none`.
    func isHidden(_ node: Int) -> Bool {
        if let hidden = dom.attribute("hidden", of: node), hidden.lowercased() != "until-found" { return true }
        if dom.attribute("aria-hidden", of: node)?.lowercased() == "true" { return true }
        let mayHide = dom.attribute("style", of: node, contains: "none") || dom.attribute("style", of: node, contains: "hidden")
        guard mayHide, let style = dom.attribute("style", of: node) else { return false }
        let compact = style.lowercased().filter { $0 != " " && $0 != "\t" && $0 != "\n" }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    /// An `rt` (a ruby reading) in a `ruby`, not followed by an `rp` closing the parentheses
    /// a page gives it.
    func isBareRubyText(_ node: Int) -> Bool {
        guard let parent = dom.parent(node), dom.tag(parent) == .ruby else { return false }
        var next = dom.nextSibling(node)
        while let sibling = next, dom.tag(sibling) == .text, dom.text(sibling).allSatisfy(\.isWhitespace) {
            next = dom.nextSibling(sibling)
        }
        return next.map { dom.tag($0) != .rp } ?? true
    }

    /// A span that is kept off the screen for screen readers (`sr-only`, `visually-hidden`,
    /// `off-screen`): "Image caption", "(opens in a new window)" between the words a reader sees.
    func isScreenReaderOnly(_ node: Int) -> Bool {
        // Every such name has one of these in it; most spans' classes are rejected by them alone.
        guard dom.attribute("class", of: node, contains: "screen") || dom.attribute("class", of: node, contains: "hidden")
            || dom.attribute("class", of: node, contains: "only")
        else { return false }
        return dom.classes(of: node).contains { ClassHints.verdict(of: $0).hidden }
    }

    /// Whether an `a` links somewhere: not an anchor without `href`, not a `javascript:` link.
    func isLink(_ node: Int) -> Bool {
        guard var href = dom.attribute("href", of: node) else { return false }
        if href.utf8.first.map({ $0 <= 0x20 }) == true || href.utf8.last.map({ $0 <= 0x20 }) == true {
            href = href.trimmingSpaces
        }
        return !href.isEmpty && URLResolver.scheme(of: href) != "javascript"
    }

    /// An attribute's value with white space collapsed, or `nil` when empty.
    func attributeText(_ name: String, of node: Int) -> String? {
        guard let value = dom.attribute(name, of: node) else { return nil }
        let text = HTMLWhitespace.normalized(value)
        return text.isEmpty ? nil : text
    }

    // MARK: - Elements

    private mutating func appendElement(_ node: Int, to flow: inout HTMLFlow) {
        nesting += 1
        defer { nesting -= 1 }
        let tag = dom.tag(node)
        if isFormula(node), let formula = formula(node) {
            flow.appendInline(.span(formula))
            return
        }
        if let label = notes.references[node] {
            flow.appendInline(.footnoteReference(label))
            return
        }
        if let note = notes.notes[node] {
            appendNote(note, from: node, to: &flow)
            return
        }
        switch tag {
        case .hr:
            flow.appendBlock(.thematicBreak)
        case .br:
            flow.appendLineBreak()
        case .pre:
            if let code = codeBlock(node) { flow.appendBlock(.codeBlock(code)) }
        case .code, .kbd, .samp, .tt, .var:
            flow.appendCode(dom.textContent(of: node))
        case .img:
            if let image = image(fromImg: node) {
                flow.appendInline(.image(image))
                lastImageElement = node
            }
        case .picture:
            if let image = image(fromPicture: node) {
                flow.appendInline(.image(image))
                lastImageElement = node
            }
        case .noscript:
            appendImagesOnlyFound(in: node, to: &flow)
        case .svg, .math:
            if let text = textAlternative(node) { flow.appendText(text) }
        case .rt:
            // Where the page gives no `rp` parentheses, the reading gets them, as a browser
            // without ruby shows the page's own: 東京(とうきょう), not 東京とうきょう.
            let reading = HTMLWhitespace.normalized(dom.textContent(of: node))
            if !reading.isEmpty { flow.appendText("(\(reading))") }
        case .textarea:
            // What a text box shows (an embed code to copy, a draft), in a box of its own.
            let text = HTMLWhitespace.normalized(dom.textContent(of: node))
            if !text.isEmpty {
                flow.endLine()
                flow.appendText(text)
                flow.endLine()
            }
        case .select:
            // A box of its own: its text never runs into the label before it.
            if let choice = shownOption(of: node) { flow.appendText(" \(choice) ") }
        case .input:
            if dom.attribute("type", of: node)?.lowercased() == "checkbox" {
                flow.noteCheckbox(checked: dom.hasAttribute("checked", node))
            }
        case .blockquote:
            let content = nestedBlocks(node, depth: flow.depth + 1)
            if !content.isEmpty { flow.appendBlock(.blockQuote(content)) }
        case .ul, .menu, .dir:
            appendList(node, ordered: false, to: &flow)
        case .ol:
            appendList(node, ordered: true, to: &flow)
        case .dl:
            appendDefinitionList(node, to: &flow)
        case .table:
            if let code = numberedCode(node) {
                flow.appendBlock(.codeBlock(code))
            } else {
                appendTable(node, to: &flow)
            }
        case .figure:
            appendFigure(node, to: &flow)
        case .div, .article, .section, .main, .header, .footer, .nav, .aside, .form, .details:
            let content = nestedBlocks(node, depth: flow.depth + 1, links: flow.linksReachingIntoBoxes)
            if Self.holdsOnlyNotes(content) {
                // A notes section (`section.footnotes`, Wikipedia's `div.reflist`) gives way to
                // its notes, which writers place themselves.
                for block in content where block != .thematicBreak { flow.appendBlock(block) }
            } else if !content.isEmpty {
                flow.appendBlock(
                    .container(
                        Container(element: tag.name, id: dom.id(of: node), classes: dom.classes(of: node), content: content)
                    ))
            }
        default:
            guard let wrapper = wrapper(for: node), !(tag == .a && flow.isInsideLink) else {
                appendContent(of: node, to: &flow)
                return
            }
            flow.openWrapper(wrapper, reachesIntoBoxes: tag == .a && linkReachesIntoBoxes(node))
            appendContent(of: node, to: &flow)
            flow.closeWrapper()
        }
    }

    private func wrapper(for node: Int) -> InlineWrapper? {
        switch dom.tag(node) {
        case .em, .i, .cite, .dfn: return .emphasis
        case .strong, .b: return .strong
        case .s, .del, .strike: return .strikethrough
        case .sup: return .superscript
        case .sub: return .subscript
        case .q: return .quoted
        case .mark: return .span(id: dom.id(of: node), classes: ["mark"])
        case .abbr: return .span(id: dom.id(of: node), classes: ["abbr"])
        case .small: return .span(id: dom.id(of: node), classes: ["small"])
        case .u, .ins: return .span(id: dom.id(of: node), classes: ["underline"])
        case .span:
            // A span a link points to is an anchor at its start; the span keeps no second id.
            return .span(id: anchorIdentifier(node) == nil ? dom.id(of: node) : nil, classes: dom.classes(of: node))
        case .a:
            guard isLink(node), let href = dom.attribute("href", of: node) else { return nil }
            return .link(url: urls.resolve(href), title: attributeText("title", of: node))
        default: return nil
        }
    }

    /// The blocks inside `node`, built one level down, with the lines wrapped in `links`.
    mutating func nestedBlocks(_ node: Int, depth: Int, links: [InlineWrapper] = []) -> [Block] {
        var inner = HTMLFlow(depth: depth)
        for link in links { inner.openWrapper(link, reachesIntoBoxes: true) }
        if let anchor = anchorIdentifier(node) { inner.appendAnchor(anchor) }
        appendContent(of: node, to: &inner)
        return inner.finish()
    }

    /// Characters of text a link wrapping boxes may hold and still wrap their lines: a teaser
    /// card (picture, headline, a sentence or two). A longer one is a link left open by
    /// broken markup around the rest of the page, whose text must not all turn into links.
    static let longestBoxLink = 400

    /// Whether the link `node` goes on wrapping the lines of the boxes inside it, as a browser
    /// shows them: all of it is one link, and extraction measures it as links (a list of
    /// teaser cards is a list of links).
    private func linkReachesIntoBoxes(_ node: Int) -> Bool {
        var holdsBox = false
        var characters = 0
        dom.forEachDescendant(of: node) { descendant in
            switch dom.tag(descendant) {
            case .text: characters += dom.text(descendant).utf8.count
            case .div, .article, .section, .header, .footer, .aside: holdsBox = true
            default: break
            }
        }
        return holdsBox && characters <= Self.longestBoxLink
    }

    /// The content of `node` as one line of inlines at `depth` (a caption, a term): the lines
    /// of the blocks it holds (paragraphs, headings, a nested table's caption and cells, code)
    /// are joined with spaces, so no word is lost.
    mutating func inlines(of node: Int, depth: Int) -> [Inline] {
        var inner = HTMLFlow(depth: depth - 1)
        appendContent(of: node, to: &inner)
        var result: [Inline] = []
        func join(_ content: [Inline]) {
            guard !content.isEmpty else { return }
            if !result.isEmpty { result.append(.text(" ")) }
            result += content
        }
        inner.finish().forEachBlock { block in
            if case .codeBlock(let code) = block {
                join([.code(code.text.split(whereSeparator: \.isNewline).joined(separator: " "))])
            }
            block.childInlines.forEach(join)
        }
        return result
    }

    func codeBlock(_ node: Int) -> CodeBlock? {
        var text = ""
        dom.forEachDescendant(of: node) { descendant in
            switch dom.tag(descendant) {
            case .text: text += dom.text(descendant)
            case .br: text += "\n"
            default: break
            }
        }
        text = HTMLWhitespace.verbatim(text)
        guard text.contains(where: { !$0.isWhitespace }) else { return nil }
        let elementChildren = dom.children(node).filter { dom.tag($0) != .text }
        var classes = dom.classes(of: node)
        if elementChildren.count == 1, let code = elementChildren.first, dom.tag(code) == .code {
            classes = dom.classes(of: code) + classes
        }
        let language = classes.lazy.compactMap { name -> String? in
            for prefix in ["language-", "lang-"] where name.hasPrefix(prefix) && name.count > prefix.count {
                return String(name.dropFirst(prefix.count))
            }
            return nil
        }.first
        return CodeBlock(language: language, text: text)
    }

    /// The option a closed drop-down shows: the one marked `selected`, else the first. The
    /// others are only seen when it is opened.
    private func shownOption(of select: Int) -> String? {
        var first: String?
        var node = dom.firstChild(select)
        while let current = node {
            if dom.tag(current) == .option {
                let text = HTMLWhitespace.normalized(dom.textContent(of: current))
                if dom.hasAttribute("selected", current) { return text.isEmpty ? nil : text }
                if first == nil, !text.isEmpty { first = text }
            }
            node = dom.next(after: current, within: select, skippingChildren: dom.tag(current) == .option)
        }
        return first
    }

    /// What an `svg` or `math` element says in words: its label, an `svg`'s title (else the text
    /// it draws; for an icon, only that), or a `math`'s alternative text.
    private func textAlternative(_ node: Int) -> String? {
        if dom.tag(node) == .svg, isIcon(node) { return svgDrawnText(node) }
        if let label = attributeText("aria-label", of: node) { return label }
        if dom.tag(node) == .math {
            if let alternative = attributeText("alttext", of: node) { return alternative }
            let text = HTMLWhitespace.normalized(dom.textContent(of: node))
            return text.isEmpty ? nil : text
        }
        for child in dom.children(node) where dom.tag(child) == .title {
            let text = HTMLWhitespace.normalized(dom.textContent(of: child))
            if !text.isEmpty { return text }
        }
        return svgDrawnText(node)
    }

    private mutating func appendFigure(_ node: Int, to flow: inout HTMLFlow) {
        var content = HTMLFlow(depth: flow.depth + 1)
        var caption: [Inline] = []
        for child in dom.children(node) {
            if dom.tag(child) == .figcaption, !isHidden(child) {
                if !caption.isEmpty { caption.append(.text(" ")) }
                caption += inlines(of: child, depth: flow.depth + 1)
            } else {
                append(child, to: &content)
            }
        }
        let blocks = content.finish()
        guard !blocks.isEmpty || !caption.isEmpty else { return }
        flow.appendBlock(.figure(Figure(content: blocks, caption: caption)))
    }

    mutating func noteLargeSpans() { largeSpansIgnored = true }

    // MARK: - Anchors and notes

    /// The id a link of the page points to, for an element that would otherwise not keep it:
    /// not a heading or a container (they keep their ids), a note or a reference (writers give
    /// those their own). It becomes an anchor, an empty `Span` with the id, where the element starts.
    func anchorIdentifier(_ node: Int) -> String? {
        guard !notes.linkedIdentifiers.isEmpty, let id = HTMLNotes.identifier(of: node, in: dom),
            notes.linkedIdentifiers.contains(id)
        else { return nil }
        switch dom.tag(node) {
        case .h1, .h2, .h3, .h4, .h5, .h6, .article, .section, .main, .header, .footer, .nav, .aside, .form, .details:
            return nil
        case .div where dom.hasIDOrClass(node):
            return nil
        default:
            return notes.notes[node] == nil && notes.references[node] == nil ? id : nil
        }
    }

    /// A note of the page as a footnote definition, with the page's marker.
    mutating func appendNote(_ note: HTMLNotes.Note, from node: Int, to flow: inout HTMLFlow) {
        var inner = HTMLFlow(depth: flow.depth + 1)
        appendContent(of: node, to: &inner)
        let definition = FootnoteDefinition(label: note.label, marker: note.marker, content: inner.finish())
        flow.appendBlock(.footnoteDefinition(definition))
    }

    /// Whether blocks are a notes section's: footnote definitions, perhaps a rule above them.
    static func holdsOnlyNotes(_ blocks: [Block]) -> Bool {
        var hasNote = false
        for block in blocks {
            switch block {
            case .footnoteDefinition: hasNote = true
            case .thematicBreak: break
            default: return false
            }
        }
        return hasNote
    }
}
