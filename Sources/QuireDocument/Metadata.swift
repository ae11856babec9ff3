/// What a document says about itself: the fields EPUB, HTML `<head>` and YAML front matter share.
///
/// Well-known fields have their own properties so writers need no string lookups; anything else a
/// source carries (unknown front matter keys, say) lives in `extra` rather than being dropped.
public struct Metadata: Sendable, Equatable, Hashable {
    public var title: String?
    public var subtitle: String?
    public var authors: [String]
    public var date: DocumentDate?
    /// A BCP 47 language tag such as `en` or `pt-BR`.
    public var language: String?
    /// The publisher, or the site name for web pages.
    public var publisher: String?
    public var description: String?
    public var rights: String?
    /// Where the document was read from (the page URL for web articles).
    public var sourceURL: String?
    /// The URL the source declares as its canonical address.
    public var canonicalURL: String?
    public var identifier: String?
    public var keywords: [String]
    /// The URL or path of the cover image, which also appears in `Document.resources` once loaded.
    public var coverImage: String?
    /// Free-form fields, keyed by name, in no particular order (writers sort them).
    public var extra: [String: MetadataValue]
    /// The direction the text runs in, when the source says so (or its language implies it), so
    /// that HTML and EPUB output lay out Arabic or Hebrew right to left as the source did.
    public var direction: TextDirection?

    public init(
        title: String? = nil, subtitle: String? = nil, authors: [String] = [],
        date: DocumentDate? = nil, language: String? = nil, publisher: String? = nil,
        description: String? = nil, rights: String? = nil, sourceURL: String? = nil,
        canonicalURL: String? = nil, identifier: String? = nil, keywords: [String] = [],
        coverImage: String? = nil, extra: [String: MetadataValue] = [:], direction: TextDirection? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.authors = authors
        self.date = date
        self.language = language
        self.publisher = publisher
        self.description = description
        self.rights = rights
        self.sourceURL = sourceURL
        self.canonicalURL = canonicalURL
        self.identifier = identifier
        self.keywords = keywords
        self.coverImage = coverImage
        self.extra = extra
        self.direction = direction
    }

    /// True when no field is set, so writers can leave out an empty front matter or title block.
    public var isEmpty: Bool { self == Metadata() }
}

/// Which way lines of text run, as HTML's `dir` attribute names it.
public enum TextDirection: String, Sendable, Equatable, Hashable {
    case leftToRight = "ltr"
    case rightToLeft = "rtl"
}

/// A free-form metadata value, shaped like the YAML and JSON it comes from.
public enum MetadataValue: Sendable, Equatable, Hashable {
    case string(String)
    case bool(Bool)
    case list([MetadataValue])
    case map([String: MetadataValue])
}

/// A calendar date or a date-time, kept as the ISO 8601 text it was given in.
///
/// Sources give anything from a year to a timestamp with an offset; keeping the text avoids
/// inventing precision (a day is not midnight UTC) while still guaranteeing the ISO 8601 shape.
public struct DocumentDate: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `YYYY-MM-DDThh:mm[:ss[.fff]][Z|±hh:mm]`.
    public let iso8601: String

    /// Accepts only ISO 8601 text with valid field ranges; use a reader's date parsing for
    /// human forms such as "Sunday 4 January 2026".
    public init?(iso8601 text: String) {
        guard DocumentDate.isValid(Array(text.utf8)) else { return nil }
        iso8601 = text
    }

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year) else { return nil }
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        self.init(iso8601: "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))")
    }

    public var description: String { iso8601 }

    /// The calendar day part (`YYYY-MM-DD`), when the date is that precise.
    public var day: String? {
        iso8601.count >= 10 ? String(iso8601.prefix(10)) : nil
    }

    private static func isValid(_ bytes: [UInt8]) -> Bool {
        var index = 0
        func number(_ width: Int, in range: ClosedRange<Int>) -> Bool {
            guard index + width <= bytes.count else { return false }
            var value = 0
            for byte in bytes[index..<index + width] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return false }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            index += width
            return range.contains(value)
        }
        func literal(_ character: Character) -> Bool {
            guard index < bytes.count, bytes[index] == character.asciiValue else { return false }
            index += 1
            return true
        }
        guard number(4, in: 1...9999) else { return false }
        if index == bytes.count { return true }
        guard literal("-"), number(2, in: 1...12) else { return false }
        if index == bytes.count { return true }
        guard literal("-"), number(2, in: 1...31) else { return false }
        if index == bytes.count { return true }
        guard literal("T") || literal(" "), number(2, in: 0...23), literal(":"),
            number(2, in: 0...59)
        else { return false }
        if literal(":") {
            guard number(2, in: 0...60) else { return false }
            if literal(".") {
                let start = index
                while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
                guard index > start else { return false }
            }
        }
        if index == bytes.count || (literal("Z") && index == bytes.count) { return true }
        guard literal("+") || literal("-"), number(2, in: 0...23), literal(":"),
            number(2, in: 0...59)
        else { return false }
        return index == bytes.count
    }
}
