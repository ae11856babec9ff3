/// Whether raw HTML (`Block.rawHTML`, `Inline.rawHTML`) may go verbatim into an HTML page: the
/// check `UnsafeURLRemoval` applies before any writer sees the tree, so that raw HTML can never
/// bring a script into quire's output where the tree's own nodes could not.
///
/// The check errs towards refusing. Every tag is looked at, also inside comments (an old
/// browser's conditional comment is markup), with character references in attribute values
/// decoded first (`&#106;avascript:` is `javascript:`).
enum RawHTMLSafety {
    /// What makes `html` unsafe, in words for a warning, or `nil` when it is safe.
    static func problem(in html: String) -> String? {
        guard html.utf8.contains(UInt8(ascii: "<")) else { return nil }
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            if rest.first == "/" { rest = rest.dropFirst() }
            guard rest.first?.isLetter == true else { continue }
            let name = rest.prefix { !($0.isWhitespace || $0 == "/" || $0 == ">") }
            if refusedElements.contains(name.lowercased()) { return "a <\(name.lowercased())> element" }
            rest = rest.dropFirst(name.count)
            if let problem = attributeProblem(&rest) { return problem }
        }
        return nil
    }

    /// Reads the attributes of one tag up to its `>`, returning the first problem found.
    private static func attributeProblem(_ rest: inout Substring) -> String? {
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "/" }
            guard let first = rest.first, first != ">", first != "<" else { return nil }
            let name = rest.prefix { !($0.isWhitespace || $0 == "=" || $0 == ">" || $0 == "/") }.lowercased()
            rest = rest.dropFirst(max(name.count, 1)).drop { $0.isWhitespace }
            var value = ""
            if rest.first == "=" {
                rest = rest.dropFirst().drop { $0.isWhitespace }
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    let body = rest.dropFirst()
                    let close = body.firstIndex(of: quote) ?? body.endIndex
                    value = decodeCharacterReferences(body[..<close])
                    rest = close == body.endIndex ? body[close...] : body[body.index(after: close)...]
                } else {
                    let end = rest.firstIndex { $0.isWhitespace || $0 == ">" } ?? rest.endIndex
                    value = decodeCharacterReferences(rest[..<end])
                    rest = rest[end...]
                }
            }
            if name.hasPrefix("on") { return "an event handler (\(name))" }
            if refusedAttributes.contains(name) { return "a \(name) attribute" }
            if urlAttributes.contains(name) {
                let urls = name == "srcset" ? value.split(separator: ",").map { String($0.drop { $0.isWhitespace }) } : [value]
                if urls.contains(where: UnsafeURLRemoval.isUnsafeLink) { return "an unsafe URL in \(name)" }
            }
            if name == "style" || name == "values" || name == "to" || name == "from" {
                let lowered = value.lowercased().filter { !$0.isWhitespace }
                if ["javascript:", "vbscript:", "expression(", "behavior:", "-moz-binding"].contains(where: lowered.contains) {
                    return "script in a \(name) attribute"
                }
            }
        }
    }

    /// Elements that run scripts, load other documents or change how the page around them is
    /// read or styled. `<script>`, `<style>`, `<iframe>` are not among them: the HTML writer
    /// shows them as text, as GitHub's tag filter does (with `<textarea>`, `<title>`…), and
    /// the other writers never write raw HTML.
    private static let refusedElements: Set<String> = [
        "frame", "frameset", "object", "embed", "applet", "base", "link", "meta",
        "portal", "set", "animate", "animatemotion", "animatetransform", "handler", "listener", "foreignobject",
    ]

    private static let refusedAttributes: Set<String> = ["srcdoc", "http-equiv", "formaction"]

    private static let urlAttributes: Set<String> = [
        "href", "src", "action", "xlink:href", "data", "poster", "background", "srcset", "lowsrc", "dynsrc", "cite",
        "longdesc", "codebase", "manifest", "ping",
    ]
}
