import QuireDocument

/// Anchor ids for headings, made the way GitHub makes them, so links written against a
/// repository's rendered Markdown (`#installing-quire`) keep working in quire's output.
public struct HeadingIDs: Sendable {
    private var used: Set<String> = []
    /// Per slug, the lowest suffix that may still be free: ids are only ever added, so the
    /// search for `-N` resumes there instead of counting up from 1 for every repeated heading.
    private var nextSuffix: [String: Int] = [:]

    public init() {}

    /// GitHub's slug: lower-cased, punctuation removed, spaces turned into hyphens.
    public static func slug(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSlug(text) }
        var slug = ""
        for character in text.lowercased() {
            if character == " " {
                slug.append("-")
            } else if character == "-" || character == "_" || character.isLetter || character.isNumber {
                slug.append(character)
            } else if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .nonspacingMark }) {
                slug.append(character)
            }
        }
        return slug.isEmpty ? "section" : slug
    }

    /// The same slug for ASCII text, byte by byte: most headings, and a tenth of the Markdown
    /// writer's time when done character by character.
    private static func asciiSlug(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: " "): bytes.append(UInt8(ascii: "-"))
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                bytes.append(byte)
            default: break
            }
        }
        return bytes.isEmpty ? "section" : String(decoding: bytes, as: UTF8.self)
    }

    /// The id a heading with this text gets unless it has its own: its slug, or the slug with
    /// `-1`, `-2`... when an earlier heading already has it.
    public mutating func candidate(for text: String) -> String {
        let base = HeadingIDs.slug(text)
        guard used.contains(base) else { return base }
        var suffix = nextSuffix[base, default: 1]
        while used.contains("\(base)-\(suffix)") { suffix += 1 }
        nextSuffix[base] = suffix
        return "\(base)-\(suffix)"
    }

    /// Records an id as taken, so later generated ones never repeat it.
    public mutating func claim(_ id: String) {
        used.insert(id)
    }

    /// Gives every heading an id, in document order: its own if it has one, else a generated one.
    public static func assign(to blocks: [Block]) -> [Block] {
        var ids = HeadingIDs()
        return blocks.rewritingBlocks { block in
            guard case .heading(var heading) = block else { return [block] }
            let id = heading.id ?? ids.candidate(for: heading.content.plainText)
            ids.claim(id)
            heading.id = id
            return [.heading(heading)]
        }
    }

    /// Characters allowed in an explicit `{#id}` attribute: ASCII letters, digits and `-_:.`.
    public static func isValidExplicitID(_ id: String) -> Bool {
        !id.isEmpty
            && id.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ":"),
                    UInt8(ascii: "."):
                    true
                default: false
                }
            }
    }
}
