/// The text a browser shows of a piece of raw HTML (`Block.rawHTML`, `Inline.rawHTML`), for
/// the places that need its words without its markup: plain text, word counts, heading ids.
public enum RawHTMLText {
    /// `html` without its tags, comments, processing instructions and declarations; a CDATA
    /// section gives its content verbatim, and character references are decoded by `decode`
    /// (by default only XML's five and numeric ones: the full table lives with the readers).
    /// White space is kept as it is. An unclosed `<` is text, as a browser shows it.
    public static func visibleText(
        of html: String, decodingReferences decode: (Substring) -> String = decodeBasicReferences
    ) -> String {
        guard html.utf8.contains(UInt8(ascii: "<")) || html.utf8.contains(UInt8(ascii: "&")) else { return html }
        var text = ""
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            text += decode(rest[..<open])
            let markup = rest[open...]
            let terminator: String
            if markup.hasPrefix("<![CDATA[") {
                let content = markup.dropFirst("<![CDATA[".count)
                let end = content.firstRange(of: "]]>")
                text += content[..<(end?.lowerBound ?? content.endIndex)]
                rest = end.map { content[$0.upperBound...] } ?? content[content.endIndex...]
                continue
            } else if markup.hasPrefix("<!--") {
                terminator = "-->"
            } else if markup.hasPrefix("<?") {
                terminator = "?>"
            } else if let next = markup.dropFirst().first, next.isLetter || next == "/" || next == "!" {
                terminator = ">"
            } else {
                text += "<"
                rest = markup.dropFirst()
                continue
            }
            guard let close = markup.firstRange(of: terminator) else {
                // An unclosed comment or tag hides the rest, as it would in a browser; an
                // unclosed `<` of anything else was text.
                rest = markup[markup.endIndex...]
                break
            }
            rest = markup[close.upperBound...]
        }
        return text + decode(rest)
    }

    /// Decodes `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and numeric references; anything else
    /// stays as written.
    public static func decodeBasicReferences(_ text: Substring) -> String {
        let basic: [Substring: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
        return decodeReferences(text, longestName: 12) { basic[$0] }
    }

    /// Decodes numeric references and the named ones `named` knows (given the name without `&`
    /// and `;`, at most `longestName` characters); anything else stays as written.
    public static func decodeReferences(_ text: Substring, longestName: Int, named: (Substring) -> String?) -> String {
        guard text.contains("&") else { return String(text) }
        var output = ""
        var rest = text
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            if let semicolon = after.prefix(longestName).firstIndex(of: ";") {
                let name = after[..<semicolon]
                let replacement: String?
                if name.hasPrefix("#") {
                    let digits = name.dropFirst()
                    let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                    replacement = value.flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    replacement = named(name)
                }
                if let replacement {
                    output += replacement
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            output += "&"
            rest = after
        }
        return output + rest
    }
}
