import QuireDocument

/// Raw HTML as Markdown carries it: verbatim where cmark-gfm reads it back as the same raw
/// HTML, and otherwise as what the reader would make of it (part of `representable`).
extension MarkdownWriter {
    // MARK: - Blocks

    /// Whether a raw HTML block is written as it is: it must read back as one HTML block of
    /// exactly its lines.
    static func isWritableRawBlock(_ html: String) -> Bool {
        guard !html.isEmpty, !html.utf8.contains(0), !html.utf8.contains(13) else { return false }
        return CmarkConverter.readsAsOneHTMLBlock(html)
    }

    /// A raw HTML block that cannot be written as it is becomes the tree the HTML reader makes
    /// of it, as plain text and EPUB show it.
    static func representableRawBlock(_ html: String) -> [Block] {
        if isWritableRawBlock(html) { return [.rawHTML(html)] }
        return RawHTMLResolution.blocks(ofHTML: html).rewritingBlocks(representableBlock)
    }

    /// Whether a raw block starts with the indentation CommonMark allows before it.
    static func isIndented(_ html: String) -> Bool {
        html.first == " " || html.first == "\t"
    }

    /// The indentation before a raw block (three spaces at most, and meaning nothing) survives
    /// only at the top level, not right after a list: inside a list item or a footnote the
    /// marker takes it as its own spacing, and after a list it would join the list's last item.
    /// Elsewhere it goes.
    static func strippingRawIndentation(_ blocks: [Block], topLevel: Bool) -> [Block] {
        var result: [Block] = []
        for block in blocks {
            if case .rawHTML(let html) = block, isIndented(html) {
                let afterList: Bool
                switch result.last {
                case .bulletList?, .orderedList?: afterList = true
                default: afterList = false
                }
                if !topLevel || afterList {
                    result += representableRawBlock(String(html.drop { $0 == " " || $0 == "\t" }))
                    continue
                }
            }
            result.append(block.mapChildren(blocks: { strippingRawIndentation($0, topLevel: false) }, inlines: { $0 }))
        }
        return result
    }

    /// CommonMark's HTML block kinds 1 to 5 (`<pre>`, `<script>`, `<style>`, `<textarea>`, a
    /// comment, a processing instruction, a declaration, CDATA) end on the line of their end
    /// condition, so the next block may follow without a blank line.
    static func endsOnItsOwnLine(_ html: String) -> Bool {
        let start = html.prefix(12).lowercased()
        if start.hasPrefix("<!--") || start.hasPrefix("<?") || start.hasPrefix("<![cdata[") { return true }
        if start.hasPrefix("<!"), start.dropFirst(2).first?.isLetter == true { return true }
        return ["pre", "script", "style", "textarea"].contains { name in
            guard start.hasPrefix("<" + name) else { return false }
            let next = start.dropFirst(name.count + 1).first
            return next == nil || next == ">" || next == " " || next == "\t" || next == "\n"
        }
    }

    /// Whether HTML at a line start begins an HTML block that may interrupt a paragraph
    /// (CommonMark's kinds 1 to 6).
    static func interruptsParagraph(_ html: String) -> Bool {
        if endsOnItsOwnLine(html) { return true }
        var rest = Substring(html.prefix(16).lowercased())
        guard rest.first == "<" else { return false }
        rest = rest.dropFirst()
        if rest.first == "/" { rest = rest.dropFirst() }
        let name = rest.prefix { $0.isLetter || $0.isNumber }
        let next = rest.dropFirst(name.count).first
        guard next == nil || next == ">" || next == " " || next == "\t" || next == "\n" || (next == "/" && rest.dropFirst(name.count + 1).first == ">") else {
            return false
        }
        return htmlBlockElements.contains(String(name))
    }

    /// The element names of CommonMark's HTML block kind 6.
    private static let htmlBlockElements: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col", "colgroup",
        "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame",
        "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link",
        "main", "menu", "menuitem", "meta", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "section",
        "source", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul",
    ]

    // MARK: - Inlines

    /// One raw inline as the writer can carry it, its position aside (`placingRawHTML`): the
    /// writer's own separator `<!-- -->` goes (the reader drops it); in a heading or table
    /// cell line ends become spaces and a `|` (which would split the cell) makes it text;
    /// line ends lose the white space around them, which cmark strips. Raw HTML that would not
    /// read back as itself is its text, shown as typed.
    static func representableRawInline(_ html: String, singleLine: Bool) -> [Inline] {
        if html == "<!-- -->" { return [] }
        if singleLine, html.contains("|") { return text(html, singleLine: singleLine) }
        var candidate = html
        if candidate.contains("\n") || candidate.contains("\r") {
            let lines = normalizedLineEnds(candidate).split(separator: "\n", omittingEmptySubsequences: false)
            let trimmed = lines.enumerated().map { index, line in
                let start = index == 0 ? line[...] : line.drop { $0 == " " || $0 == "\t" }
                return String(index == lines.count - 1 ? start : start.droppingTrailingSpaces)
            }
            // A line that could start a block, be a paragraph's underline or be escaped at a
            // line start (`protectLineEdges`) would not continue the raw HTML.
            let safeLines = !singleLine && trimmed.dropFirst().allSatisfy { line in
                guard let first = line.first, !(first.isNumber || "#>-+=:`~<|[".contains(first)) else { return false }
                let isRule = line.allSatisfy { $0 == first || $0 == " " || $0 == "\t" }
                switch first {
                case "_": return !isRule
                case "*": return !isRule && !line.hasPrefix("* ") && !line.hasPrefix("*\t")
                default: return true
                }
            }
            candidate = trimmed.joined(separator: safeLines ? "\n" : " ")
        }
        guard !candidate.utf8.contains(0), isSimpleRawInline(candidate) || CmarkConverter.readsAsOneHTMLInline(candidate) else {
            return text(html, singleLine: singleLine)
        }
        return [.rawHTML(candidate)]
    }

    /// A one-line tag or comment of the plainest forms of CommonMark's raw HTML, which cmark-gfm
    /// always reads as one piece: `<name attr="v" b='w' c=x/>`, `</name>`, `<!-- text -->`
    /// (0.29's rule: not starting with `>` or `->`, no `--` inside, not ending with `-`). Checked
    /// here, as a shortcut: asking cmark-gfm doubled the time to write a page full of them.
    static func isSimpleRawInline(_ html: String) -> Bool {
        var bytes = Substring(html).utf8[...]
        guard bytes.count >= 3, bytes.first == UInt8(ascii: "<"), bytes.last == UInt8(ascii: ">"),
            !bytes.contains(10), !bytes.contains(13)
        else { return false }
        bytes = bytes.dropFirst().dropLast()
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 }
        if bytes.starts(with: "!--".utf8) {
            let text = bytes.dropFirst(3)
            guard text.count >= 2, text.suffix(2).elementsEqual("--".utf8) else { return false }
            let inner = text.dropLast(2)
            return !inner.isEmpty && !inner.starts(with: ">".utf8) && !inner.starts(with: "->".utf8) && inner.last != UInt8(ascii: "-")
                && !String(decoding: inner, as: UTF8.self).contains("--")
        }
        let isClosing = bytes.first == UInt8(ascii: "/")
        if isClosing { bytes = bytes.dropFirst() }
        guard let first = bytes.first, isLetter(first) else { return false }
        bytes = bytes.drop { isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "-") }
        if isClosing { return bytes.allSatisfy(isSpace) }
        if bytes.last == UInt8(ascii: "/") { bytes = bytes.dropLast() }
        while !bytes.isEmpty {
            let spaces = bytes.prefix(while: isSpace)
            bytes = bytes.dropFirst(spaces.count)
            guard let start = bytes.first else { return true }
            // Attributes are set apart by white space.
            guard !spaces.isEmpty, isLetter(start) || start == UInt8(ascii: "_") || start == UInt8(ascii: ":") else { return false }
            bytes = bytes.drop { isLetter($0) || isDigit($0) || "_.:-".utf8.contains($0) }
            let beforeEquals = bytes.prefix(while: isSpace)
            guard bytes.dropFirst(beforeEquals.count).first == UInt8(ascii: "=") else { continue }
            bytes = bytes.dropFirst(beforeEquals.count + 1).drop(while: isSpace)
            guard let quote = bytes.first else { return false }
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let body = bytes.dropFirst()
                guard let close = body.firstIndex(of: quote) else { return false }
                bytes = body[body.index(after: close)...]
            } else {
                let value = bytes.prefix { !isSpace($0) && !"\"'=<>`".utf8.contains($0) }
                guard !value.isEmpty else { return false }
                bytes = bytes.dropFirst(value.count)
            }
        }
        return true
    }

    /// HTML shown as typed: text, its line ends soft breaks (spaces on a single line).
    private static func text(_ html: String, singleLine: Bool) -> [Inline] {
        representableInlines([.text(html)], singleLine: singleLine)
    }

    /// Raw inlines where the writer puts them: at the start of a paragraph, or after a line
    /// break, raw HTML that would open an HTML block there becomes its text; and raw tags the
    /// reader maps to nodes (`<em>`…`</em>`, `<br>`, `<img src>`, `<a href>`…`</a>`) become
    /// those nodes, paired within one sequence as the reader pairs them.
    static func placingRawHTML(_ inlines: [Inline], paragraph: Bool) -> [Inline] {
        let paired = pairingRawTags(showingClashingTags(inlines, insideTags: false))
        guard paragraph else { return paired }
        /// Line starts: the paragraph's, and after every break, at any depth.
        func placing(_ inlines: [Inline], outermost: Bool) -> [Inline] {
            var placed: [Inline] = []
            for (index, inline) in inlines.enumerated() {
                guard case .rawHTML(let html) = inline else {
                    placed.append(inline.mapChildren { placing($0, outermost: false) })
                    continue
                }
                let atStart = outermost && index == 0
                let afterBreak = index > 0 && (inlines[index - 1] == .softBreak || inlines[index - 1] == .lineBreak)
                if (atStart && (interruptsParagraph(html) || opensHTMLBlockAlone(html))) || (afterBreak && interruptsParagraph(html)) {
                    placed += shownAsText(html)
                } else {
                    placed.append(inline)
                }
            }
            return placed
        }
        return mergingTexts(placing(paired, outermost: true))
    }

    /// The elements whose raw tags the reader may turn into nodes.
    private static let pairedNames = Set(RawHTMLTag.inlineElements.keys).union(["a", "br", "img"])

    /// The lower-cased name of a start or end tag, read from its bytes; `nil` for anything else.
    private static func tagName(_ html: String) -> String? {
        var bytes = Substring(html).utf8[...]
        guard bytes.first == UInt8(ascii: "<") else { return nil }
        bytes = bytes.dropFirst()
        if bytes.first == UInt8(ascii: "/") { bytes = bytes.dropFirst() }
        let name = bytes.prefix { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-") }
        guard let first = name.first, (first | 0x20) >= UInt8(ascii: "a"), (first | 0x20) <= UInt8(ascii: "z") else { return nil }
        return String(decoding: name, as: UTF8.self).lowercased()
    }

    /// Raw HTML shown as typed, its line ends soft breaks.
    private static func shownAsText(_ html: String) -> [Inline] {
        html.split(separator: "\n", omittingEmptySubsequences: false).enumerated().flatMap { index, line in
            (index > 0 ? [Inline.softBreak] : []) + (line.isEmpty ? [] : [Inline.text(String(line))])
        }
    }

    /// A tag at a paragraph's start opens an HTML block when nothing follows it on its line;
    /// the writer's `<!-- -->` after a lone first-line tag prevents that only for a tag that
    /// holds no other `<`.
    private static func opensHTMLBlockAlone(_ html: String) -> Bool {
        !html.contains("\n") && html.dropFirst().contains("<")
    }

    /// The writer may write emphasis, strong, strikethrough, superscript and subscript as the
    /// tags `<em>`, `<strong>`, `<del>`, `<sup>`, `<sub>`, which the reader pairs like any raw
    /// tag: inside them, a raw start or end tag of an element the reader pairs (`</a>`,
    /// `<em>`…) would pair across the writer's tags, so it is shown as text. So is `<a>` or
    /// `</a>` inside a link, which would make a link in a link, which Markdown cannot write.
    private static func showingClashingTags(_ inlines: [Inline], insideTags: Bool, insideLink: Bool = false) -> [Inline] {
        inlines.flatMap { inline -> [Inline] in
            switch inline {
            case .rawHTML(let html):
                guard insideTags || insideLink, let name = tagName(html),
                    (insideTags && (name == "a" || RawHTMLTag.inlineElements[name] != nil)) || (insideLink && name == "a")
                else { return [inline] }
                return shownAsText(html)
            case .emphasis, .strong, .strikethrough, .superscript, .subscript:
                return [inline.mapChildren { showingClashingTags($0, insideTags: true, insideLink: insideLink) }]
            case .link:
                return [inline.mapChildren { showingClashingTags($0, insideTags: insideTags, insideLink: true) }]
            default:
                return [inline.mapChildren { showingClashingTags($0, insideTags: insideTags, insideLink: insideLink) }]
            }
        }
    }

    /// The reader's pairing of raw tags (`CmarkConverter`'s `enterRawHTML`), on one sequence
    /// and, separately, on each sequence inside it.
    private static func pairingRawTags(_ inlines: [Inline]) -> [Inline] {
        struct Open {
            var name: String
            var tag: String
            var make: ([Inline]) -> [Inline]
            var content: [Inline] = []
        }
        var result: [Inline] = []
        var open: [Open] = []
        func append(_ inline: Inline) {
            if open.isEmpty { result.append(inline) } else { open[open.count - 1].content.append(inline) }
        }
        func closeUnclosed() {
            let element = open.removeLast()
            append(.rawHTML(element.tag))
            element.content.forEach(append)
        }
        for inline in inlines {
            // Most raw tags are of elements the reader leaves raw (`<span>`): found by name alone.
            guard case .rawHTML(let html) = inline, let name = tagName(html),
                pairedNames.contains(name) || open.contains(where: { $0.name == name }), let tag = RawHTMLTag(html)
            else {
                append(inline.mapChildren(pairingRawTags))
                continue
            }
            func holds(only names: Set<String>) -> Bool { tag.attributes.keys.allSatisfy(names.contains) }
            if tag.isClosing {
                guard let index = open.lastIndex(where: { $0.name == tag.name }) else {
                    append(inline)
                    continue
                }
                while open.count > index + 1 { closeUnclosed() }
                let element = open.removeLast()
                var holdsLink = false
                if element.name == "a" { TreeWalk.visit(element.content) { if case .link = $0 { holdsLink = true } } }
                guard !holdsLink else {
                    // A link in a link, which Markdown cannot write: both tags are shown as typed.
                    (shownAsText(element.tag) + element.content + shownAsText(html)).forEach(append)
                    continue
                }
                element.make(element.content).forEach(append)
                continue
            }
            switch tag.name {
            case "br" where holds(only: []):
                append(.lineBreak)
            case "img" where tag.attributes["src"] != nil && tag.attributes["alt"] != nil && holds(only: ["src", "alt", "title"]):
                append(
                    .image(
                        Image(source: tag.attributes["src"] ?? "", alternativeText: tag.attributes["alt"] ?? "", title: tag.attributes["title"])))
            case "a" where !tag.isSelfClosing && tag.attributes["href"] != nil && holds(only: ["href", "title"]):
                let url = tag.attributes["href"] ?? ""
                open.append(Open(name: "a", tag: html) { [.link(Link(url: url, title: tag.attributes["title"], content: $0))] })
            default:
                if !tag.isSelfClosing, tag.attributes.isEmpty, let make = RawHTMLTag.inlineElements[tag.name] {
                    open.append(Open(name: tag.name, tag: html, make: make))
                } else {
                    append(inline)
                }
            }
        }
        while !open.isEmpty { closeUnclosed() }
        return result
    }
}

extension Substring {
    fileprivate var droppingTrailingSpaces: Substring {
        var line = self
        while line.last == " " || line.last == "\t" { line.removeLast() }
        return line
    }
}
