import QuireDocument

/// Metadata as YAML front matter, written by hand so that every value reads back as itself:
/// strings are quoted whenever YAML could take them for something else.
enum YAMLFrontMatter {
    /// Front matter keys the Markdown reader maps to fields; free-form fields with these names
    /// cannot be written without changing meaning, so `MarkdownWriter.representable` drops them.
    static let reservedKeys: Set<String> = [
        "title", "subtitle", "author", "authors", "date", "lang", "language", "description", "abstract", "summary",
        "keywords", "tags", "subject", "rights", "copyright", "license", "publisher", "site", "site_name",
        "identifier", "id", "cover-image", "cover_image", "cover", "source", "source_url", "source-url", "url",
        "canonical_url", "canonical-url", "canonical",
    ]

    static func render(_ metadata: Metadata) -> [String] {
        var lines = ["---"]
        func add(_ key: String, _ value: String?) {
            if let value { lines.append("\(key): \(scalar(value))") }
        }
        func add(_ key: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            lines.append("\(key):")
            lines += values.map { "  - \(scalar($0))" }
        }
        add("title", metadata.title)
        add("subtitle", metadata.subtitle)
        add("author", metadata.authors)
        add("date", metadata.date?.iso8601)
        add("lang", metadata.language)
        add("description", metadata.description)
        add("keywords", metadata.keywords)
        add("publisher", metadata.publisher)
        add("rights", metadata.rights)
        add("identifier", metadata.identifier)
        add("source", metadata.sourceURL)
        add("canonical-url", metadata.canonicalURL)
        add("cover-image", metadata.coverImage)
        for key in metadata.extra.keys.sorted() {
            lines += value(metadata.extra[key] ?? .string(""), key: scalar(key), indent: "")
        }
        lines.append("---")
        return lines
    }

    private static func value(_ value: MetadataValue, key: String, indent: String) -> [String] {
        switch value {
        case .string(let text): return ["\(indent)\(key): \(scalar(text))"]
        case .bool(let flag): return ["\(indent)\(key): \(flag)"]
        case .list(let values):
            guard !values.isEmpty else { return ["\(indent)\(key): []"] }
            return ["\(indent)\(key):"] + values.flatMap { item(for: $0, indent: indent + "  ") }
        case .map(let fields):
            guard !fields.isEmpty else { return ["\(indent)\(key): {}"] }
            return ["\(indent)\(key):"]
                + fields.keys.sorted().flatMap { self.value(fields[$0] ?? .string(""), key: scalar($0), indent: indent + "  ") }
        }
    }

    private static func item(for value: MetadataValue, indent: String) -> [String] {
        switch value {
        case .string(let text): return ["\(indent)- \(scalar(text))"]
        case .bool(let flag): return ["\(indent)- \(flag)"]
        case .list(let values):
            guard !values.isEmpty else { return ["\(indent)- []"] }
            let nested = values.flatMap { item(for: $0, indent: indent + "  ") }
            return ["\(indent)-"] + nested
        case .map(let fields):
            guard !fields.isEmpty else { return ["\(indent)- {}"] }
            return ["\(indent)-"]
                + fields.keys.sorted().flatMap { self.value(fields[$0] ?? .string(""), key: scalar($0), indent: indent + "  ") }
        }
    }

    /// A plain scalar when it cannot be misread (no YAML syntax, not a boolean, null or number
    /// look-alike), otherwise a double-quoted one with every risky character escaped.
    static func scalar(_ text: String) -> String {
        let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"]
        let isPlain =
            text.first.map { $0.isLetter && $0.isASCII } == true && text.last.map { $0 != " " } == true
            && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == " " || ("0"..."9").contains($0) || ".,()/'-_".unicodeScalars.contains($0) }
            && !reserved.contains(text.lowercased())
        let isDate = text.count >= 4 && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-") } && text.first?.isNumber == true
        if isPlain || isDate { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            case "\r": quoted += "\\r"
            default:
                let value = scalar.value
                let printable =
                    (0x20...0x7E).contains(value) || (0xA0...0xD7FF).contains(value) || (0xE000...0xFFFD).contains(value)
                    || value >= 0x10000
                // U+2028 and U+2029 are line breaks to YAML 1.1: raw in a key, they cut it in two
                // and the front matter fails to parse.
                if printable && value != 0xFEFF && value != 0x2028 && value != 0x2029 {
                    quoted.unicodeScalars.append(scalar)
                } else {
                    let hex = String(value, radix: 16, uppercase: true)
                    quoted += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                }
            }
        }
        return quoted + "\""
    }
}
