import QuireDocument

/// The raw HTML that Markdown lets authors write (`<sup>2</sup>`, `<br>`, `<img ...>`), read
/// just far enough to turn it into tree nodes instead of opaque strings.
struct RawHTMLTag: Equatable {
    var name: String
    var isClosing: Bool
    var isSelfClosing: Bool
    var attributes: [String: String]

    /// Parses one tag as cmark hands it over in an inline HTML node; `nil` for comments,
    /// declarations and anything that is not a single tag.
    init?(_ raw: String) {
        var scanner = Substring(raw)
        guard scanner.first == "<" else { return nil }
        scanner.removeFirst()
        isClosing = scanner.first == "/"
        if isClosing { scanner.removeFirst() }
        let nameEnd = scanner.firstIndex { !($0.isLetter || $0.isNumber || $0 == "-") } ?? scanner.endIndex
        guard nameEnd != scanner.startIndex, scanner.first?.isLetter == true else { return nil }
        name = scanner[..<nameEnd].lowercased()
        scanner = scanner[nameEnd...]
        guard scanner.last == ">" else { return nil }
        scanner.removeLast()
        isSelfClosing = scanner.last == "/"
        if isSelfClosing { scanner.removeLast() }
        attributes = RawHTMLTag.parseAttributes(scanner)
    }

    /// The formatting elements that may wrap whole paragraphs (`takeBlockWrapper`); code would
    /// flatten them.
    static let blockWrappingElements = inlineElements.filter { !["code", "kbd", "samp", "q"].contains($0.key) }

    static let inlineElements: [String: @Sendable ([Inline]) -> [Inline]] = [
        "sup": { [.superscript($0)] }, "sub": { [.subscript($0)] },
        "em": { [.emphasis($0)] }, "i": { [.emphasis($0)] }, "cite": { [.emphasis($0)] },
        "strong": { [.strong($0)] }, "b": { [.strong($0)] },
        "del": { [.strikethrough($0)] }, "s": { [.strikethrough($0)] }, "strike": { [.strikethrough($0)] },
        "code": { [.code($0.plainText)] }, "kbd": { [.code($0.plainText)] }, "samp": { [.code($0.plainText)] },
        "q": { [.quoted(Quoted(kind: .double, content: $0))] },
    ]

    /// The tags GitHub's tag filter (the `tagfilter` extension) shows as text: each would
    /// make a browser read the rest of the page as its raw text or hide it.
    static let disallowedNames: Set<String> = [
        "title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext",
    ]

    /// The HTML with the `<` of each disallowed tag (`disallowedNames`, opening or closing, in
    /// any case) escaped as `&lt;`, as GitHub's tag filter does.
    static func filteringDisallowedTags(_ html: String) -> String {
        guard html.contains("<") else { return html }
        var output = ""
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            output += rest[..<open]
            let afterOpen = rest[rest.index(after: open)...]
            let nameStart = afterOpen.first == "/" ? afterOpen.dropFirst() : afterOpen
            let name = nameStart.prefix { $0.isASCII && $0.isLetter }.lowercased()
            let next = nameStart.dropFirst(name.count).first
            let endsName = next == nil || next == ">" || next == "/" || next?.isWhitespace == true
            output += disallowedNames.contains(name) && endsName ? "&lt;" : "<"
            rest = afterOpen
        }
        return output + rest
    }

    private static func parseAttributes(_ text: Substring) -> [String: String] {
        var attributes: [String: String] = [:]
        var rest = text
        while true {
            rest = rest.drop { $0.isWhitespace }
            let nameEnd = rest.firstIndex { $0.isWhitespace || $0 == "=" } ?? rest.endIndex
            guard nameEnd != rest.startIndex else { return attributes }
            let name = rest[..<nameEnd].lowercased()
            rest = rest[nameEnd...].drop { $0.isWhitespace }
            guard rest.first == "=" else {
                attributes[name] = ""
                continue
            }
            rest = rest.dropFirst().drop { $0.isWhitespace }
            let value: Substring
            if let quote = rest.first, quote == "\"" || quote == "'" {
                let body = rest.dropFirst()
                let close = body.firstIndex(of: quote) ?? body.endIndex
                value = body[..<close]
                rest = close == body.endIndex ? body[close...] : body[body.index(after: close)...]
            } else {
                let end = rest.firstIndex { $0.isWhitespace } ?? rest.endIndex
                value = rest[..<end]
                rest = rest[end...]
            }
            attributes[name] = decodeCharacterReferences(value)
        }
    }
}

/// The text of a block of raw HTML: tags and comments removed, character references decoded,
/// white space collapsed, so no word of it is lost while it has no element-level reading.
func textOfHTMLBlock(_ html: String) -> String {
    var text = ""
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
        text += rest[..<open]
        let afterOpen = rest[open...]
        let terminator = afterOpen.hasPrefix("<!--") ? "-->" : ">"
        guard let close = afterOpen.range(of: terminator) else {
            rest = afterOpen
            break
        }
        let tag = RawHTMLTag(String(afterOpen[..<close.upperBound]))
        if tag?.name == "br" || tag?.name == "p" || tag?.name == "div" || tag?.name == "li" { text += " " }
        rest = afterOpen[close.upperBound...]
    }
    text += rest
    return decodeCharacterReferences(Substring(text)).split { $0.isWhitespace }.joined(separator: " ")
}

/// Decodes every named reference of HTML (`&amp;`, `&ouml;`, `&check;`) and every numeric one.
func decodeCharacterReferences(_ text: Substring) -> String {
    guard text.contains("&") else { return String(text) }
    let named: [Substring: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "mdash": "—", "ndash": "–",
        "hellip": "…", "copy": "©", "reg": "®", "trade": "™", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
    ]
    return RawHTMLText.decodeReferences(text, longestName: HTMLEntityTable.longestName) { name in
        named[name] ?? HTMLEntityTable.codePoints[name + ";"].map { String(String.UnicodeScalarView($0)) }
    }
}
