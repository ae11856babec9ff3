/// The fuzzer's bytes read as a stream of choices: each call takes what it needs from the front,
/// and once the bytes run out every choice is the smallest one, so any input decodes, and
/// decoding always ends.
public struct FuzzBytes {
    private let bytes: [UInt8]
    private var index = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    public var isExhausted: Bool { index >= bytes.count }

    public mutating func byte() -> UInt8 {
        guard index < bytes.count else { return 0 }
        defer { index += 1 }
        return bytes[index]
    }

    /// A number in `range`, from one byte (two when the range is wider than 256).
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        var value = UInt64(byte())
        if width > 256 { value = value << 8 | UInt64(byte()) }
        return range.lowerBound + Int(value % width)
    }

    public mutating func chance(_ percent: Int) -> Bool {
        int(0...99) < percent
    }

    public mutating func pick<T>(_ values: [T]) -> T {
        values[int(0...values.count - 1)]
    }

    /// The next `count` bytes as they are (fewer when the input ends).
    public mutating func raw(_ count: Int) -> [UInt8] {
        let end = min(bytes.count, index + max(0, count))
        defer { index = max(index, end) }
        return index < end ? Array(bytes[index..<end]) : []
    }

    /// Text of up to `pieces` pieces, each a fragment chosen to break writers (Markdown and
    /// HTML syntax, entities, URLs, spaces of every kind) or a single character: printable
    /// ASCII, a control character, or any Unicode scalar from the next three bytes.
    public mutating func text(pieces: Int = 6) -> String {
        var text = ""
        for _ in 0..<int(0...pieces) {
            let choice = byte()
            switch choice {
            case 0..<0x80:
                text += FuzzBytes.fragments[Int(choice) % FuzzBytes.fragments.count]
            case 0x80..<0xE0:
                text.unicodeScalars.append(Unicode.Scalar(UInt8(0x20 + (choice - 0x80))))
            case 0xE0..<0xF0:
                text.unicodeScalars.append(Unicode.Scalar(choice - 0xE0))
            default:
                let value = (UInt32(choice & 0x0F) << 16) | (UInt32(byte()) << 8) | UInt32(byte())
                text.unicodeScalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            }
        }
        return text
    }

    /// A short word, for labels, ids and class names.
    public mutating func word() -> String {
        chance(80) ? pick(FuzzBytes.words) : text(pieces: 2)
    }

    static let words = ["a", "n1", "note", "x", "dup", "a b", "", "1", "caf\u{E9}", "\u{1F30A}", "-", "#", "a\"b", "<i>"]

    static let fragments: [String] = {
        let punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".map { String($0) }
        return punctuation + [
            "word", "Mill", "tide", " ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", "1.", "2)", "10.", "# ", "## ", "`", "```",
            "~~~", "**", "__", "~~", "- ", "+ ", "* ", "> ", "=", "---", "***", "|", "| --- |", "&amp;", "&copy;",
            "&#65;", "&#0;", "&", "<b>", "</p>", "<!-- c -->", "<script>", "]]>", "<![CDATA[", "[x]", "[ ] ", "![", "](",
            "\\", "https://example.com/a_b", "www.example.org", "mail@example.com", "javascript:alert(1)",
            "data:text/html,<b>", "file:///etc/passwd", "\u{2014}", "\u{201C}", "\u{201D}", "\u{2019}", "\u{2026}",
            "\u{E9}", "e\u{301}", "\u{6F6E}", "\u{1F30A}", "\u{1F468}\u{200D}\u{1F469}", "\u{A0}", "\u{200B}",
            "\u{FEFF}", "\u{2028}", "\u{202E}", "\u{1B}[31m", "\u{0}", "\u{7F}", "\u{FFFD}", "{#id}", "[^1]",
            "1986. ", ":", "---\ntitle: x\n---\n", "e.g.", "\u{FF21}", "\u{0627}\u{0644}",
        ]
    }()
}
