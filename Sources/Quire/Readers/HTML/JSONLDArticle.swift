import QuireDocument

/// The schema.org article a page describes in `<script type="application/ld+json">`: the first
/// `Article`, `NewsArticle`, `BlogPosting` (or other `...Article`) object found in any script,
/// at the top level, in an array, in a `@graph` or nested in another object, with `@id`
/// references (an author given as `{"@id": "#nell"}`) followed through the page's other objects.
struct JSONLDArticle {
    var headline: String?
    var authors: [String] = []
    /// The authors typed as organisations (a newsroom, an agency) rather than people.
    var organizationAuthors: [String] = []
    var datePublished: String?
    var publisher: String?
    var language: String?
    var image: String?
    var description: String?
    var keywords: [String] = []

    static func first(in scripts: [String]) -> JSONLDArticle? {
        var objects: [JSONValue] = []
        for script in scripts {
            guard let value = parse(script) else { continue }
            // Breadth first, so a top-level article wins over one nested in a page object.
            var queue = [value]
            var index = 0
            while index < queue.count {
                let current = queue[index]
                index += 1
                switch current {
                case .array(let elements):
                    queue += elements
                case .object(let members):
                    objects.append(current)
                    queue += members.map(\.value)
                default:
                    break
                }
            }
        }
        var byID: [String: JSONValue] = [:]
        for object in objects {
            if case .string(let id)? = object["@id"], byID[id] == nil || isArticle(object) { byID[id] = object }
        }
        guard let article = objects.first(where: isArticle) else { return nil }
        return JSONLDArticle(article, byID: byID)
    }

    private init(_ object: JSONValue, byID: [String: JSONValue]) {
        func resolved(_ value: JSONValue) -> JSONValue {
            if case .object(let members) = value, members.count == 1, case .string(let id)? = value["@id"],
                let target = byID[id]
            {
                return target
            }
            return value
        }
        // `levels` stops references that lead in a circle.
        func strings(_ value: JSONValue?, field: String, levels: Int = 6) -> [String] {
            guard levels > 0 else { return [] }
            switch value.map(resolved) {
            case .string(let text)?: return [Self.text(text)]
            case .number(let text)?: return [text]
            case .array(let elements)?: return elements.flatMap { strings($0, field: field, levels: levels - 1) }
            case .object?: return strings(value.map(resolved)?[field], field: field, levels: levels - 1)
            default: return []
            }
        }
        func first(_ value: JSONValue?, field: String) -> String? {
            strings(value, field: field).first { !$0.isEmpty }
        }
        headline = first(object["headline"], field: "name") ?? first(object["name"], field: "name")
        authors = strings(object["author"], field: "name").filter { !$0.isEmpty }
        let authorObjects: [JSONValue]
        switch object["author"].map(resolved) {
        case .array(let elements)?: authorObjects = elements.map(resolved)
        case let single?: authorObjects = [single]
        case nil: authorObjects = []
        }
        organizationAuthors = authorObjects.filter { Self.types(of: $0).contains { $0.hasSuffix("Organization") } }
            .flatMap { strings($0["name"], field: "name") }
        datePublished = first(object["datePublished"], field: "@value") ?? first(object["dateCreated"], field: "@value")
        publisher = first(object["publisher"], field: "name")
        language = first(object["inLanguage"], field: "alternateName") ?? first(object["inLanguage"], field: "name")
        image = first(object["image"], field: "url") ?? first(object["image"], field: "contentUrl")
        description = first(object["description"], field: "@value")
        keywords = strings(object["keywords"], field: "name").flatMap(HTMLMetadataReader.splitList)
    }

    private static func isArticle(_ object: JSONValue) -> Bool {
        types(of: object).contains { name in
            name.hasSuffix("Article") || name == "BlogPosting" || name == "LiveBlogPosting"
        }
    }

    /// The object's `@type` names without a vocabulary prefix (`schema:`, `https://schema.org/`).
    private static func types(of object: JSONValue) -> [String] {
        let types: [String]
        switch object["@type"] {
        case .string(let type)?: types = [type]
        case .array(let values)?: types = values.compactMap { if case .string(let type) = $0 { type } else { nil } }
        default: return []
        }
        return types.map { type in
            String(type.split(separator: "/").last.map { $0.split(separator: ":").last ?? $0 } ?? "")
        }
    }

    /// The script's JSON, forgiving what pages commonly get wrong: comment and CDATA wrappers
    /// and raw line breaks inside strings.
    private static func parse(_ script: String) -> JSONValue? {
        var text = script.trimmingSpaces
        for wrapper in ["<!--", "//<![CDATA[", "/*<![CDATA[*/"] where text.hasPrefix(wrapper) {
            text = String(text.dropFirst(wrapper.count))
        }
        for wrapper in ["-->", "//]]>", "/*]]>*/"] where text.hasSuffix(wrapper) {
            text = String(text.dropLast(wrapper.count))
        }
        let bytes = text.utf8.map { $0 < 0x20 ? UInt8(ascii: " ") : $0 }
        return try? JSONValue(parsing: bytes)
    }

    /// A JSON-LD string with the HTML entities some sites leave in it decoded and white space
    /// collapsed.
    static func text(_ raw: String) -> String {
        guard raw.contains("&") else { return HTMLWhitespace.normalized(raw) }
        var result = ""
        var rest = raw[...]
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            rest = rest[ampersand...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
                result.append("&")
                rest = rest.dropFirst()
                continue
            }
            let name = rest[rest.index(after: rest.startIndex)..<semicolon]
            if let decoded = decodeEntity(name) {
                result.append(decoded)
            } else {
                result += rest[...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        result += rest
        return HTMLWhitespace.normalized(result)
    }

    private static let namedEntities: [Substring: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "rsquo": "\u{2019}",
        "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}", "mdash": "\u{2014}", "ndash": "\u{2013}",
        "hellip": "\u{2026}",
    ]

    private static func decodeEntity(_ name: Substring) -> Character? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map(Character.init)
        }
        return namedEntities[name]
    }
}
