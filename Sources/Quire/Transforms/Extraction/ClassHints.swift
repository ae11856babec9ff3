/// What a container's `class` and `id` names say about it. Sites name their article body
/// `article-body`, `post-content` or `storytext`, and their furniture `sidebar`, `share-tools`
/// or `newsletter-signup`; the words are a strong hint, though never the only one.
///
/// Names are split into words at `-`, `_`, spaces and lower-to-upper case changes
/// (`shareBar` → share, bar). Long stems (five letters or more) also match inside a word, so
/// `sharebar` and `adsidebar` are recognised; short ones (`ad`, `nav`, `tag`) only match whole
/// words, so `head` or `loading` never count as an advertisement.
struct ClassHints: Sendable, Equatable {
    /// The name suggests article text.
    var isPositive = false
    /// The name suggests site furniture.
    var isNegative = false
    /// The name suggests a line of metadata (byline, date, reading time), which the article
    /// body leaves to `Metadata`.
    var isMetadata = false
    /// The name says the box is visually hidden or only for screen readers.
    var isHidden = false

    init(id: String?, classes: [String]) {
        for name in classes { read(name) }
        if let id { read(id) }
    }

    init() {}

    /// +25 for a positive name, −25 for a negative one, as both can apply.
    var weight: Double {
        (isPositive ? 25 : 0) - (isNegative ? 25 : 0)
    }

    /// Furniture and nothing suggesting otherwise.
    var isFurniture: Bool { isNegative && !isPositive }

    private mutating func read(_ name: String) {
        let words = Self.words(of: name)
        guard !words.isEmpty else { return }
        let joined = words.joined()
        if words.contains(where: Self.positiveWords.contains)
            || Self.positiveStems.contains(where: { joined.contains($0) })
        {
            isPositive = true
        }
        if words.contains(where: Self.negativeWords.contains)
            || Self.negativeStems.contains(where: { joined.contains($0) })
            || Self.negativePhrases.contains(where: { Self.contains(words, $0) })
        {
            isNegative = true
        }
        if words.contains(where: Self.metadataWords.contains) { isMetadata = true }
        if Self.hiddenPhrases.contains(where: { Self.contains(words, $0) }) {
            isHidden = true
        }
    }

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
        "paywall", "sidebar", "navbar", "navigation", "breadcrumb", "sharebar", "socialshare", "sharing",
        "recommend", "related", "promo", "footer", "masthead", "widget", "marketing",
    ]
    static let negativePhrases: [[String]] = [
        ["most", "read"], ["most", "popular"], ["author", "bio"], ["about", "author"], ["read", "more"],
        ["more", "stories"], ["sign", "up"], ["log", "in"], ["you", "may", "like"], ["see", "also"],
    ]
    static let metadataWords: Set<String> = [
        "byline", "dateline", "meta", "metadata", "date", "time", "timestamp", "published", "author", "authors",
        "credit", "credits", "kicker", "eyebrow", "readtime", "reading",
    ]
    static let hiddenPhrases: [[String]] = [
        ["screen", "reader"], ["visually", "hidden"], ["visuallyhidden"], ["offscreen"], ["sr", "only"],
    ]

    /// The lower-case words of a class or id name.
    static func words(of name: String) -> [String] {
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

    private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard phrase.count <= words.count else { return false }
        for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
            if Array(words[start..<(start + phrase.count)]) == phrase { return true }
        }
        return false
    }
}
