import QuireDocument
import Yams

/// YAML front matter: the `---` block at the top of a Markdown file that carries its metadata.
enum FrontMatter {
    /// Splits `---\n yaml \n---` (or `...`) off the start of the text; `nil` when there is none.
    /// The body keeps the front matter's lines as blank lines, so line numbers stay true to the file.
    static func split(_ text: String) -> (yaml: String, body: String)? {
        guard text.utf8.starts(with: "---\n".utf8) || text.utf8.starts(with: "---\r\n".utf8) else { return nil }
        let bytes = Array(text.utf8)
        var lineStart = bytes.firstIndex(of: 10).map { $0 + 1 } ?? bytes.count
        let yamlStart = lineStart
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 10) ?? bytes.count
            let line = bytes[lineStart..<lineEnd].filter { $0 != 13 && $0 != 32 && $0 != 9 }
            if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                let yaml = String(decoding: bytes[yamlStart..<lineStart], as: UTF8.self)
                let newlines = bytes[..<lineEnd].filter { $0 == 10 }.count
                let body = String(repeating: "\n", count: newlines) + String(decoding: bytes[min(lineEnd + 1, bytes.count)...], as: UTF8.self)
                return (yaml, body)
            }
            lineStart = lineEnd + 1
        }
        return nil
    }

    private static let booleansOnly = Resolver.basic.appending(.bool)

    /// Reads the YAML into metadata: known keys into their fields, the rest into `extra`.
    ///
    /// `nil` when the block is not front matter but Markdown: only a YAML mapping is front
    /// matter, as static site generators and pandoc decide, so `---\nFoo\n---` stays a rule and
    /// a heading, and `---\n---` two rules. YAML that fails to parse is an error only when it
    /// starts like a mapping (`key:`), where the author meant front matter.
    static func metadata(fromYAML yaml: String, file: String) throws(MarkdownReaderError) -> (Metadata, [String])? {
        let root: Node?
        do {
            // Only booleans are told apart from strings (see `metadataValue`), so only their
            // rule runs: each rule is a regular expression tried on every scalar. Naming the
            // encoding spares Yams reading the whole environment for every document.
            root = try Yams.compose(yaml: yaml, FrontMatter.booleansOnly, .default, .utf8)
        } catch {
            guard startsLikeMapping(yaml) else { return nil }
            throw .invalidFrontMatter(file: file, line: yamlErrorLine(error).map { $0 + 1 }, reason: yamlErrorReason(error))
        }
        guard case .mapping(let mapping)? = root else { return nil }
        var metadata = Metadata()
        var problems: [String] = []
        var budget = valueBudget(forYAMLBytes: yaml.utf8.count)
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            guard let value = metadataValue(valueNode, budget: &budget) else {
                throw .invalidFrontMatter(
                    file: file, line: nil,
                    reason: "its aliases expand to more than \(valueBudget(forYAMLBytes: yaml.utf8.count)) values "
                        + "(a YAML alias bomb?)")
            }
            switch key.lowercased() {
            case "title": metadata.title = text(value)
            case "subtitle": metadata.subtitle = text(value)
            case "author", "authors": metadata.authors = list(value)
            case "date":
                if let date = text(value).flatMap({ DocumentDate(iso8601: $0) }) {
                    metadata.date = date
                } else {
                    metadata.extra[key] = value
                    problems.append("date \"\(text(value) ?? "")\" is not ISO 8601 (YYYY-MM-DD); kept as a free-form field")
                }
            case "lang", "language": metadata.language = text(value)
            case "description", "abstract", "summary": metadata.description = text(value)
            case "keywords", "tags", "subject": metadata.keywords = list(value)
            case "rights", "copyright", "license": metadata.rights = text(value)
            case "publisher", "site", "site_name": metadata.publisher = text(value)
            case "identifier", "id": metadata.identifier = text(value)
            case "cover-image", "cover_image", "cover": metadata.coverImage = text(value)
            case "source", "source_url", "source-url", "url": metadata.sourceURL = text(value)
            case "canonical_url", "canonical-url", "canonical": metadata.canonicalURL = text(value)
            default: metadata.extra[key] = value
            }
        }
        return (metadata, problems)
    }

    /// Whether the first line that is neither blank nor a comment is a `key:` (or `"key":`)
    /// of a block mapping.
    static func startsLikeMapping(_ yaml: String) -> Bool {
        let lines = yaml.split(separator: "\n").map(\.trimmingSpaces)
        guard let first = lines.first(where: { !$0.isEmpty && !$0.hasPrefix("#") }) else { return false }
        guard let colon = first.firstIndex(of: ":"), colon != first.startIndex else { return false }
        let afterColon = first[first.index(after: colon)...]
        return first.first != "-" && (afterColon.isEmpty || afterColon.first == " " || afterColon.first == "\t")
    }

    /// How many values the front matter's YAML may turn into: more than its text could write
    /// without aliases (each value takes at least a byte), and never fewer than 10,000.
    ///
    /// An alias repeats its anchor's value, and an anchored value can hold aliases to others:
    /// nine levels of nine aliases (the "billion laughs", under 500 bytes) make 9⁹ values,
    /// gigabytes. Composing the YAML shares the repeated values, so counting them while
    /// converting is enough to stop.
    static func valueBudget(forYAMLBytes count: Int) -> Int {
        max(10_000, count)
    }

    /// Scalars are kept as their text (YAML's `2025-06-14` is a date to YAML, a string to us),
    /// except plain `true`/`false`. `nil` once more than `budget` values have been made.
    private static func metadataValue(_ node: Node, budget: inout Int) -> MetadataValue? {
        budget -= 1
        guard budget >= 0 else { return nil }
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, let flag = node.bool { return .bool(flag) }
            if scalar.style == .plain, node.null != nil { return .string("") }
            return .string(scalar.string)
        case .sequence(let sequence):
            var values: [MetadataValue] = []
            values.reserveCapacity(min(sequence.count, max(budget, 0)))
            for element in sequence {
                guard let value = metadataValue(element, budget: &budget) else { return nil }
                values.append(value)
            }
            return .list(values)
        case .mapping(let mapping):
            var fields: [String: MetadataValue] = [:]
            for (key, value) in mapping {
                budget -= 1
                guard let value = metadataValue(value, budget: &budget) else { return nil }
                fields[key.string ?? ""] = value
            }
            return .map(fields)
        case .alias: return .string("")
        }
    }

    private static func text(_ value: MetadataValue) -> String? {
        switch value {
        case .string(let text): return text.isEmpty ? nil : text
        case .bool(let flag): return flag ? "true" : "false"
        case .list(let values): return values.compactMap(text).joined(separator: ", ")
        case .map: return nil
        }
    }

    /// A list, or one string that may hold several items separated by commas (`tags: a, b`).
    private static func list(_ value: MetadataValue) -> [String] {
        switch value {
        case .list(let values): return values.compactMap(text)
        default:
            guard let single = text(value) else { return [] }
            return single.split(separator: ",").map(\.trimmingSpaces).filter { !$0.isEmpty }
        }
    }

    /// The line where the faulty construct began (libyaml's context), else where it noticed.
    private static func yamlErrorLine(_ error: any Error) -> Int? {
        guard let error = error as? YamlError else { return nil }
        switch error {
        case .scanner(let context, _, let mark, _), .parser(let context, _, let mark, _),
            .composer(let context, _, let mark, _):
            return context?.mark.line ?? mark.line
        default:
            return nil
        }
    }

    private static func yamlErrorReason(_ error: any Error) -> String {
        guard let error = error as? YamlError else { return String(describing: error) }
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return String(describing: error)
        }
    }
}
