/// Resolves relative references against a base URL (RFC 3986, section 5.2), the way a browser
/// turns `href="../img/a.png"` into an address.
///
/// Written out rather than using Foundation's `URL` because a page has hundreds of links and
/// this runs once for each; it only rearranges text and never validates or re-encodes it.
struct URLResolver: Sendable {
    private struct Parts {
        var scheme: String
        var authority: String?
        var path: String
        var query: String?
    }

    private let base: Parts?

    /// A resolver for `base`; relative references stay as written when `base` is `nil` or has no
    /// scheme (a local file read without `--base-url`).
    init(base: String?) {
        self.base = base.flatMap { URLResolver.parts(of: URLResolver.cleaned($0)) }
    }

    /// Whether there is an absolute base to resolve against.
    var hasBase: Bool { base != nil }

    /// The reference as an absolute URL. Same-document references (`#notes`) are kept as they
    /// are, so links to footnotes and headings still work inside the converted document.
    func resolve(_ reference: String) -> String {
        let reference = URLResolver.cleaned(reference)
        if reference.hasPrefix("#") || URLResolver.scheme(of: reference) != nil { return reference }
        guard let base else { return reference }

        let (withoutFragment, fragment) = URLResolver.split(reference, at: UInt8(ascii: "#"))
        let (pathAndAuthority, query) = URLResolver.split(withoutFragment, at: UInt8(ascii: "?"))
        var result = Parts(scheme: base.scheme, authority: base.authority, path: "", query: query)
        if pathAndAuthority.hasPrefix("//") {
            let rest = pathAndAuthority.dropFirst(2)
            let slash = rest.utf8.firstIndex(of: UInt8(ascii: "/")) ?? rest.endIndex
            result.authority = String(rest[..<slash])
            result.path = URLResolver.removingDotSegments(String(rest[slash...]))
        } else if pathAndAuthority.isEmpty {
            result.path = base.path
            result.query = query ?? base.query
        } else if pathAndAuthority.hasPrefix("/") {
            result.path = URLResolver.removingDotSegments(pathAndAuthority)
        } else {
            result.path = URLResolver.removingDotSegments(URLResolver.merge(base, pathAndAuthority))
        }

        var text = result.scheme + ":"
        if let authority = result.authority { text += "//" + authority }
        text += result.path
        if let query = result.query { text += "?" + query }
        if let fragment { text += "#" + fragment }
        return text
    }

    /// The scheme (`https`, `mailto`, `javascript`), lower-cased, when the reference has one.
    static func scheme(of reference: String) -> String? {
        var length = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: ":"):
                return length > 0 ? String(reference.utf8.prefix(length))?.lowercased() : nil
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                length += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                guard length > 0 else { return nil }
                length += 1
            default:
                return nil
            }
        }
        return nil
    }

    /// Without surrounding white space, and without the tabs and line breaks HTML ignores inside.
    private static func cleaned(_ reference: String) -> String {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }
        let utf8 = reference.utf8
        guard let first = utf8.first, let last = utf8.last else { return reference }
        let needsCleaning = isSpace(first) || isSpace(last) || utf8.contains { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard needsCleaning else { return reference }
        return reference.trimmingSpaces.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" && $0 != "\r\n" }
    }

    private static func parts(of url: String) -> Parts? {
        guard let scheme = scheme(of: url) else { return nil }
        let afterScheme = String(url.dropFirst(scheme.count + 1))
        let (withoutFragment, _) = split(afterScheme, at: UInt8(ascii: "#"))
        let (pathAndAuthority, query) = split(withoutFragment, at: UInt8(ascii: "?"))
        guard pathAndAuthority.hasPrefix("//") else {
            return Parts(scheme: scheme, authority: nil, path: pathAndAuthority, query: query)
        }
        let rest = pathAndAuthority.dropFirst(2)
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        return Parts(scheme: scheme, authority: String(rest[..<slash]), path: String(rest[slash...]), query: query)
    }

    /// Split at the first `separator`, an ASCII byte: found in the UTF-8 rather than by
    /// Characters, which cost thousands of instructions on a long link.
    private static func split(_ text: String, at separator: UInt8) -> (String, String?) {
        guard let index = text.utf8.firstIndex(of: separator) else { return (text, nil) }
        return (String(text[..<index]), String(text[text.utf8.index(after: index)...]))
    }

    /// RFC 3986, 5.2.3.
    private static func merge(_ base: Parts, _ path: String) -> String {
        if base.authority != nil, base.path.isEmpty { return "/" + path }
        guard let slash = base.path.lastIndex(of: "/") else { return path }
        return base.path[...slash] + path
    }

    /// RFC 3986, 5.2.4: `/a/b/../c/./d` becomes `/a/c/d`.
    private static func removingDotSegments(_ path: String) -> String {
        guard path.utf8.contains(UInt8(ascii: ".")) else { return path }
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if output.count > 1 || (output.count == 1 && !output[0].isEmpty) { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(segment)
            }
        }
        var result = output.joined(separator: "/")
        if path.hasPrefix("/"), !result.hasPrefix("/") { result = "/" + result }
        return result
    }
}
