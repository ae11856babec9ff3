import QuireDocument

/// A `--metadata key=value` that cannot be applied.
public struct MetadataOverrideError: Error, Sendable, Equatable, CustomStringConvertible {
    public var key: String
    public var reason: String

    public var description: String { "--metadata \(key): \(reason)" }
}

extension Metadata {
    /// Sets a field by the name users type on the command line (the JSON schema's names, plus the
    /// common aliases `author`, `lang`, `tags`, `dir`). List fields take one value, or several separated
    /// by `;`; unknown names go to `extra`.
    public mutating func set(_ key: String, to value: String) throws(MetadataOverrideError) {
        let list = value.split(separator: ";").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        switch String(key.lowercased().map { $0 == "-" ? "_" : $0 }) {
        case "title": title = value
        case "subtitle": subtitle = value
        case "author", "authors": authors = list
        case "date":
            guard let date = DocumentDate(iso8601: value) else {
                throw MetadataOverrideError(key: key, reason: "\"\(value)\" is not an ISO 8601 date (YYYY-MM-DD)")
            }
            self.date = date
        case "lang", "language": language = value
        case "publisher": publisher = value
        case "description": description = value
        case "rights": rights = value
        case "source_url", "source": sourceURL = value
        case "canonical_url": canonicalURL = value
        case "identifier": identifier = value
        case "keywords", "tags", "subject": keywords = list
        case "cover_image": coverImage = value
        case "dir", "direction":
            guard let direction = TextDirection(rawValue: value.lowercased()) else {
                throw MetadataOverrideError(key: key, reason: "\"\(value)\" is not a text direction (ltr or rtl)")
            }
            self.direction = direction
        default: extra[key] = .string(value)
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line ends.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
