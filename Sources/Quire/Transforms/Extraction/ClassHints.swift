/// What a container's `class` and `id` names say about it. Sites name their article body
/// `article-body`, `post-content` or `storytext`, and their furniture `sidebar`, `share-tools`
/// or `newsletter-signup`; the words are a strong hint, though never the only one.
///
/// Names are split into words at `-`, `_`, spaces and lower-to-upper case changes
/// (`shareBar` → share, bar). Long stems (five letters or more) also match inside a word, so
/// `sharebar` and `adsidebar` are recognised; short ones (`ad`, `nav`, `tag`) only match whole
/// words, so `head` or `loading` never count as an advertisement.
///
/// Within one name, a word for what a box is about outweighs a word for where it sits:
/// `post-comments` and `related-articles` are furniture, `entry-header` and `article-footer`
/// are part of the article. The classes together and the id each count once, +25 when
/// positive and −25 when negative (both can apply), as in Readability.
struct ClassHints: Sendable, Equatable {
    /// The class names, or the id, suggest article text.
    var isPositive = false
    /// +25 for each of (classes, id) that is positive, −25 for each that is negative.
    private(set) var weight = 0.0
    /// The name says the box is visually hidden or only for screen readers.
    var isHidden = false
    /// A name says what the box is about, and it is furniture (`comments`, `related-posts`,
    /// `sidebar`): rarely a wrapper that also holds the article.
    var isStrongFurniture = false

    /// What one class name or id says.
    struct NameVerdict: Sendable, Equatable {
        var positive = false
        var negative = false
        var strong = false
        var hidden = false
    }

    /// Names already judged on this page: sites repeat the same few class names on hundreds of
    /// boxes.
    struct Memo {
        private var verdicts: [String: NameVerdict] = [:]

        mutating func verdict(of name: String) -> NameVerdict {
            if let known = verdicts[name] { return known }
            let verdict = ClassHints.verdict(of: name)
            verdicts[name] = verdict
            return verdict
        }
    }

    init(id: String?, classes: [String]) {
        var memo = Memo()
        self.init(id: id, classes: classes, memo: &memo)
    }

    init(id: String?, classes: [String], memo: inout Memo) {
        var classVerdict = (positive: false, negative: false)
        var names = classes.map { memo.verdict(of: $0) }
        for verdict in names {
            classVerdict.positive = classVerdict.positive || verdict.positive
            classVerdict.negative = classVerdict.negative || verdict.negative
        }
        var idVerdict = (positive: false, negative: false)
        if let id {
            let verdict = memo.verdict(of: id)
            idVerdict = (verdict.positive, verdict.negative)
            names.append(verdict)
        }
        for verdict in [classVerdict, idVerdict] {
            if verdict.positive { weight += 25 }
            if verdict.negative { weight -= 25 }
        }
        isPositive = classVerdict.positive || idVerdict.positive
        isHidden = names.contains { $0.hidden }
        isStrongFurniture = names.contains { $0.strong }
    }

    init() {}

    /// The names lean towards furniture.
    var isFurniture: Bool { weight < 0 }

    static func verdict(of name: String) -> NameVerdict {
        var verdict = NameVerdict()
        let words = Self.words(of: name)
        guard !words.isEmpty else { return verdict }
        let joined = words.joined()
        verdict.hidden = Self.hiddenPhrases.contains(where: { Self.contains(words, $0) })
        // Embedded posts (tweets, videos) are quoted content, whatever box they come in.
        if Self.embedStems.contains(where: { Self.occurs($0, in: joined) }) { return verdict }
        if Self.strongNegativeStems.contains(where: { Self.occurs($0, in: joined) }) {
            verdict.strong = true
            verdict.negative = true
            return verdict
        }
        let positive = words.contains(where: Self.positiveWords.contains)
            || Self.positiveStems.contains(where: { Self.occurs($0, in: joined) })
        let negative = words.contains(where: Self.negativeWords.contains)
            || Self.negativeStems.contains(where: { Self.occurs($0, in: joined) })
            || Self.negativePhrases.contains(where: { Self.contains(words, $0) })
        verdict.positive = positive
        verdict.negative = negative && !positive
        return verdict
    }

    static let embedStems = ["embed", "tweet", "instagram", "tiktok", "youtube", "vimeo"]

    /// What the box is about: furniture whatever else the name says.
    static let strongNegativeStems = [
        "comment", "related", "share", "sharing", "social", "newsletter", "subscri", "cookie", "consent", "sidebar",
        "advert", "sponsor", "promo", "recommend", "outbrain", "taboola", "disqus", "donat", "trending", "popular",
        "mostread", "breadcrumb", "nocontent", "author",
    ]

    static let positiveWords: Set<String> = ["post", "body", "main", "text", "entry", "story", "prose", "articulo"]
    static let positiveStems = ["article", "content", "storybody", "storytext", "blogpost", "artikel"]

    static let negativeWords: Set<String> = [
        "ad", "ads", "adv", "advert", "nav", "menu", "menus", "tag", "tags", "bio", "cta", "share", "sharing",
        "social", "footer", "header", "masthead", "sidebar", "aside", "widget", "widgets", "promo", "related",
        "login", "signup", "signin", "register", "popup", "modal", "overlay", "toolbar", "pagination", "pager",
        "breadcrumb", "breadcrumbs", "rating", "trending", "popular", "outbrain", "taboola", "disqus", "gdpr",
        "skip", "shop", "recirc", "rail",
    ]
    static let negativeStems = [
        "advert", "sponsor", "comment", "newsletter", "subscri", "donat", "cookie", "consent", "banner",
        "sidebar", "navbar", "navigation", "breadcrumb", "sharebar", "socialshare", "sharing",
        "recommend", "related", "promo", "footer", "masthead", "widget", "marketing",
    ]
    static let negativePhrases: [[String]] = [
        ["most", "read"], ["most", "popular"], ["author", "bio"], ["about", "author"], ["read", "more"],
        ["more", "stories"], ["sign", "up"], ["log", "in"], ["you", "may", "like"], ["see", "also"],
    ]
    static let hiddenPhrases: [[String]] = [
        ["screen", "reader"], ["visually", "hidden"], ["visuallyhidden"], ["offscreen"], ["off", "screen"], ["sr", "only"],
    ]

    /// The lower-case words of a class or id name.
    static func words(of name: String) -> [String] {
        // Class names are almost always ASCII: split the bytes, and only fall back to
        // Characters for the rest.
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return unicodeWords(of: name) }
        var words: [String] = []
        var current: [UInt8] = []
        var previousIsLower = false
        for byte in name.utf8 {
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            let isDigit = byte >= 0x30 && byte <= 0x39
            if isUpper || isLower || isDigit {
                if isUpper, previousIsLower, !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
                current.append(isUpper ? byte + 0x20 : byte)
                previousIsLower = isLower || isDigit
            } else {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
                previousIsLower = false
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    private static func unicodeWords(of name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousIsLower = false
        for character in name {
            if character.isLetter || character.isNumber {
                if character.isUppercase, previousIsLower, !current.isEmpty {
                    words.append(current)
                    current = ""
                }
                current += character.lowercased()
                previousIsLower = character.isLowercase || character.isNumber
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousIsLower = false
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Whether `stem` occurs in `text`, compared byte by byte (the standard library's
    /// `String.contains(String)` goes through Foundation here, and was a third of extraction's
    /// time).
    static func occurs(_ stem: String, in text: String) -> Bool {
        var stem = stem
        var text = text
        return stem.withUTF8 { needle in
            text.withUTF8 { haystack in
                guard needle.count <= haystack.count, let first = needle.first else { return false }
                for start in 0...(haystack.count - needle.count) where haystack[start] == first {
                    var matches = true
                    for offset in 1..<needle.count where haystack[start + offset] != needle[offset] {
                        matches = false
                        break
                    }
                    if matches { return true }
                }
                return false
            }
        }
    }

    private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard phrase.count <= words.count else { return false }
        for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
            if Array(words[start..<(start + phrase.count)]) == phrase { return true }
        }
        return false
    }
}
