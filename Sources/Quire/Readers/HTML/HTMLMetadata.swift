import QuireDocument

/// What a page says about itself, from `<head>`, JSON-LD and a few body elements, best source
/// first (the order is listed in `docs/html-reader.md`).
struct HTMLMetadataReader {
    private let dom: HTMLDOM
    /// `<meta>` contents by lower-cased `name`, `property`, `itemprop` or `http-equiv`.
    private var metas: [String: [String]] = [:]
    private var titleElement: String?
    private var canonicalLink: String?
    /// The first `<base href>`, as written.
    private(set) var baseHref: String?
    private var rootLanguage: String?
    /// `dir` on `<html>`, else on `<body>`.
    private var declaredDirection: String?
    private var jsonLDScripts: [String] = []
    private var relAuthorNames: [String] = []
    private var byline: Int?
    private var times: [(datetime: String, marksPublication: Bool)] = []
    private var headingsOne: [(node: Int, isInArticle: Bool)] = []

    /// Per node, whether it is inside an `article` and whether inside an `svg`, found in the
    /// same pass from its parent's (nodes come after their parents), so no node's ancestors
    /// are walked: a page of many nested elements would make that quadratic.
    private var isInArticle: [Bool] = []
    private var isInSVG: [Bool] = []

    init(dom: HTMLDOM) {
        self.dom = dom
        isInArticle = [Bool](repeating: false, count: dom.nodeCount)
        isInSVG = [Bool](repeating: false, count: dom.nodeCount)
        for node in 1..<dom.nodeCount {
            if let parent = dom.parent(node), parent != HTMLDOM.document {
                isInArticle[node] = isInArticle[parent] || dom.tag(parent) == .article
                isInSVG[node] = isInSVG[parent] || dom.tag(parent) == .svg
            }
            if dom.tag(node) != .text { note(node) }
        }
    }

    private mutating func note(_ node: Int) {
        switch dom.tag(node) {
        case .html:
            rootLanguage = rootLanguage ?? dom.attribute("lang", of: node) ?? dom.attribute("xml:lang", of: node)
            declaredDirection = declaredDirection ?? dom.attribute("dir", of: node)
        case .body:
            declaredDirection = declaredDirection ?? dom.attribute("dir", of: node)
        case .title where titleElement == nil && !isInSVG[node]:
            titleElement = text(dom.textContent(of: node))
        case .meta:
            guard let content = dom.attribute("content", of: node).map(text), !content.isEmpty else { return }
            for key in ["name", "property", "itemprop", "http-equiv"] {
                if let name = dom.attribute(key, of: node)?.trimmingSpaces.lowercased(), !name.isEmpty {
                    metas[name, default: []].append(content)
                }
            }
        case .link where canonicalLink == nil && dom.attribute("rel", of: node, contains: "canonical"):
            if relations(of: node).contains("canonical") { canonicalLink = dom.attribute("href", of: node)?.trimmingSpaces }
        case .base where baseHref == nil:
            baseHref = dom.attribute("href", of: node)?.trimmingSpaces
        case .script:
            jsonLDScripts.append(dom.textContent(of: node))
        case .a where dom.attribute("rel", of: node, contains: "author") && relations(of: node).contains("author"):
            let name = text(dom.textContent(of: node))
            if !name.isEmpty, name.count <= 100 { relAuthorNames.append(name) }
        case .time:
            guard let datetime = dom.attribute("datetime", of: node) else { break }
            let marked = dom.hasAttribute("pubdate", node)
                || dom.attribute("itemprop", of: node)?.lowercased() == "datepublished"
                || dom.attribute("class", of: node, contains: "publish")
            times.append((datetime, marked))
        case .h1:
            headingsOne.append((node, isInArticle[node]))
        default:
            break
        }
        if byline == nil, dom.attribute("class", of: node, contains: "byline") {
            byline = node
        }
    }

    /// The address relative URLs resolve against: `<base href>` (itself resolved against the
    /// page's address), else the page's address. Without one from the caller, the address the
    /// page gives itself (`<link rel=canonical>`, `og:url`) stands in: a saved page's relative
    /// links then still lead somewhere instead of becoming plain text.
    func documentBase(pageURL: String?) -> String? {
        let address = pageURL ?? declaredAddress
        guard let baseHref, !baseHref.isEmpty else { return address }
        return URLResolver(base: address).resolve(baseHref)
    }

    /// The address relative image sources resolve against: as `documentBase`, but never the
    /// address the page gives itself. A saved page's pictures are files beside it (`page_files/
    /// a.png`), as a browser opening the file shows them, not the live site's.
    func resourceBase(pageURL: String?) -> String? {
        guard let baseHref, !baseHref.isEmpty else { return pageURL }
        return URLResolver(base: pageURL ?? declaredAddress).resolve(baseHref)
    }

    /// The page's own absolute web address, from `<link rel=canonical>` or `og:url`.
    private var declaredAddress: String? {
        [canonicalLink, firstMeta("og:url")].lazy.compactMap { $0 }
            .first { ["http", "https"].contains(URLResolver.scheme(of: $0) ?? "") }
    }

    func metadata(pageURL: String?, urls: URLResolver) -> Metadata {
        let article = JSONLDArticle.first(in: jsonLDScripts)
        var metadata = Metadata()

        let siteName = firstMeta("og:site_name") ?? article?.publisher
        metadata.publisher = siteName
        metadata.title =
            titleMatchingHeading(article: article, siteName: siteName)
            ?? [firstMeta("og:title"), firstMeta("twitter:title"), article?.headline, articleHeading()]
            .lazy.compactMap { $0 }.first { !$0.isEmpty }.map { Self.removingSiteName(from: $0, siteName: siteName, guessing: false) }
            ?? titleElement.map { Self.removingSiteName(from: $0, siteName: siteName, guessing: true) }.flatMap { $0.isEmpty ? nil : $0 }

        let notPeople = [siteName, article?.publisher, declaredAddress.flatMap(Self.siteName(inAddress:))]
            .compactMap { $0 } + (article?.organizationAuthors ?? [])
        metadata.authors = authors(jsonLD: article?.authors ?? [], notPeople: Set(notPeople.map(Self.nameKey)))

        let dates = [firstMeta("article:published_time"), article?.datePublished, publicationTime()]
            + ["dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "date", "pubdate", "publishdate",
               "publish-date", "datepublished", "citation_publication_date", "sailthru.date", "parsely-pub-date",
               "og:published_time"].map(firstMeta)
        metadata.date = dates.lazy.compactMap { $0.flatMap(HumanDate.parse) }.first ?? bylineDate()

        let languages = [rootLanguage, firstMeta("content-language"), firstMeta("og:locale"), article?.language]
        metadata.language = languages.lazy.compactMap { $0.flatMap(Self.languageTag) }.first
        metadata.direction = direction(language: metadata.language)

        metadata.description = [
            firstMeta("description"), firstMeta("og:description"), firstMeta("twitter:description"), article?.description,
        ].lazy.compactMap { $0 }.first { !$0.isEmpty }

        metadata.canonicalURL = [canonicalLink, firstMeta("og:url")].lazy.compactMap { $0 }.first { !$0.isEmpty }
            .map(urls.resolve)

        let keywordSources: [[String]] = [
            metas["keywords"]?.flatMap(Self.splitList) ?? [], metas["article:tag"] ?? [],
            metas["news_keywords"]?.flatMap(Self.splitList) ?? [], article?.keywords ?? [],
        ]
        metadata.keywords = Self.unique(keywordSources.first { !$0.isEmpty } ?? [])

        metadata.coverImage = [
            firstMeta("og:image:secure_url"), firstMeta("og:image:url"), firstMeta("og:image"),
            firstMeta("twitter:image"), firstMeta("twitter:image:src"), article?.image,
        ].lazy.compactMap { $0 }.first { !$0.isEmpty }.map(urls.resolve)

        metadata.rights = ["copyright", "dc.rights", "dcterms.rights", "rights"].lazy.compactMap(firstMeta).first
        metadata.sourceURL = pageURL
        return metadata
    }

    // MARK: Sources

    private func firstMeta(_ key: String) -> String? {
        metas[key]?.first { !$0.isEmpty }
    }

    private func relations(of node: Int) -> [String] {
        (dom.attribute("rel", of: node) ?? "").lowercased().split(separator: " ").map(String.init)
    }

    /// The article's own `h1`: the first one inside an `article`, or the page's only one.
    private func articleHeading() -> String? {
        let heading = headingsOne.first { $0.isInArticle }?.node ?? (headingsOne.count == 1 ? headingsOne.first?.node : nil)
        return heading.map { text(dom.headingText(of: $0)) }
    }

    /// The `<time datetime>` that says it is the publication date, else the first one.
    private func publicationTime() -> String? {
        (times.first { $0.marksPublication } ?? times.first)?.datetime
    }

    /// The title a visible `h1` confirms, when the sources disagree: a list page's JSON-LD
    /// `headline` is often its type ("Wikimedia list article"), a social card's `og:title` a
    /// teaser, while the heading the reader sees names the page. Each source is compared as
    /// written and without a trailing site name. The `h1`s inside the article are tried first,
    /// then every `h1`: a slideshow's caption can be the article's only `h1` while the headline
    /// sits above it.
    private func titleMatchingHeading(article: JSONLDArticle?, siteName: String?) -> String? {
        let articleHeadings = headingsOne.filter(\.isInArticle)
        if !articleHeadings.isEmpty, articleHeadings.count < headingsOne.count,
            let title = titleMatching(articleHeadings, article: article, siteName: siteName)
        {
            return title
        }
        return titleMatching(headingsOne, article: article, siteName: siteName)
    }

    private func titleMatching(_ candidates: [(node: Int, isInArticle: Bool)], article: JSONLDArticle?, siteName: String?) -> String? {
        let siteKey = siteName.map(Self.nameKey)
        let headings = Set(
            candidates.prefix(8)
                .map { Self.nameKey(text(dom.headingText(of: $0.node))) }
                .filter { !$0.isEmpty && $0 != siteKey })
        guard !headings.isEmpty else { return nil }
        let sources = [firstMeta("og:title"), firstMeta("twitter:title"), article?.headline, titleElement]
        for case let source? in sources {
            let plain = Self.removingSiteName(from: source, siteName: siteName, guessing: false)
            if headings.contains(Self.nameKey(plain)) { return plain }
            // A guessed site suffix can only be what separates a heading from the source.
            let sourceKey = Self.nameKey(source)
            guard headings.contains(where: { sourceKey.hasPrefix($0) }) else { continue }
            let guessed = Self.removingSiteName(from: source, siteName: siteName, guessing: true)
            if headings.contains(Self.nameKey(guessed)) { return guessed }
        }
        return nil
    }

    /// Author names, from the first source that has any. A `meta name=author` naming the site
    /// or an organisation (common on news sites) gives way to the people the JSON-LD names.
    private func authors(jsonLD: [String], notPeople: Set<String>) -> [String] {
        let profileURL = { (name: String) in URLResolver.scheme(of: name) != nil || name.hasPrefix("/") }
        // Lazily: the byline element is only searched when no better source names anyone.
        let sources: [() -> [String]] = [
            { (metas["author"] ?? []) + (metas["dc.creator"] ?? []) },
            { (metas["article:author"] ?? []).filter { !profileURL($0) } },
            { jsonLD },
            { relAuthorNames },
            { bylineNames() },
        ]
        var firstNames: [String] = []
        for source in sources.lazy.map({ $0() }) {
            let names = Self.unique(source.flatMap { HTMLByline($0).names })
            if firstNames.isEmpty { firstNames = names }
            let people = names.filter { !notPeople.contains(Self.nameKey($0)) }
            if !people.isEmpty { return people }
        }
        // A one-person site is named after its author: then the site's name is the author's.
        return firstNames
    }

    /// The date a byline element carries ("Ann Lee March 25, 2015"), when nothing better says.
    private func bylineDate() -> DocumentDate? {
        byline.flatMap { HTMLByline(text(dom.textContent(of: $0))).date }
    }

    /// Right to left when the page says so with `dir`, or, without `dir`, when its language is
    /// written that way (Arabic, Hebrew, Persian, Urdu and the other languages in Arabic or
    /// Hebrew script).
    private func direction(language: String?) -> TextDirection? {
        switch declaredDirection?.trimmingSpaces.lowercased() {
        case "rtl": return .rightToLeft
        case "ltr": return .leftToRight
        default: break
        }
        let primary = language?.split(separator: "-").first.map { $0.lowercased() } ?? ""
        return Self.rightToLeftLanguages.contains(primary) ? .rightToLeft : nil
    }

    private static let rightToLeftLanguages: Set<String> = [
        "ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb",
    ]

    /// The name in a byline element: a part marked as the author's name, else the whole
    /// byline when the names in it are short (its date and other credits are removed later).
    private func bylineNames() -> [String] {
        guard let byline else { return [] }
        var named: String?
        dom.forEachDescendant(of: byline) { node in
            guard named == nil, dom.tag(node) != .text else { return }
            let marks = dom.classes(of: node).map { $0.lowercased() } + [dom.attribute("itemprop", of: node)?.lowercased() ?? ""]
            if marks.contains(where: { ["author", "fn", "name", "author-name", "byline__name"].contains($0) }) {
                named = text(dom.textContent(of: node))
            }
        }
        let candidate = named ?? text(dom.textContent(of: byline))
        let names = HTMLByline(candidate).names
        let isShort = candidate.split(separator: " ").count <= 30 && names.allSatisfy { $0.split(separator: " ").count <= 5 }
        return isShort && !names.isEmpty ? [candidate] : []
    }

    private func text(_ raw: String) -> String { HTMLWhitespace.normalized(raw) }

    // MARK: Clean-up

    /// The title without a trailing " | Site name" (or " - ", " – ", " — ", " :: ", " · "). The
    /// suffix goes when it is the site's name or, when `guessing` (for `<title>`), when it is a
    /// few words after a bar, or after a dash that follows a longer head (dashes also occur
    /// inside titles).
    static func removingSiteName(from title: String, siteName: String?, guessing: Bool) -> String {
        let separators = [" | ", " - ", " – ", " — ", " :: ", " · "]
        if let siteName, !siteName.isEmpty {
            for separator in separators where title.hasSuffix(separator + siteName) {
                return String(title.dropLast(separator.count + siteName.count)).trimmingSpaces
            }
        }
        guard guessing else { return title }
        for separator in separators {
            guard let range = title.ranges(of: separator).last else { continue }
            let head = title[..<range.lowerBound].split(separator: " ")
            let tail = title[range.upperBound...].split(separator: " ")
            let isDash = [" - ", " – ", " — "].contains(separator)
            guard !head.isEmpty, tail.count <= 4, !isDash || head.count > tail.count else { continue }
            return String(title[..<range.lowerBound]).trimmingSpaces
        }
        return title
    }

    /// Author names from one source: `By ` removed; several names split at `;`, and at `,`,
    /// ` and `, ` & ` when every part looks like a full name (so "Smith, J." stays whole).
    static func splitAuthors(_ text: String) -> [String] {
        var names: [String] = []
        for part in text.split(separator: ";") {
            var name = part.trimmingSpaces
            if name.lowercased().hasPrefix("by ") { name = String(name.dropFirst(3)).trimmingSpaces }
            var pieces = [name]
            for separator in [",", " and ", " & "] {
                pieces = pieces.flatMap { piece -> [String] in
                    let split = piece.split(separator: separator, omittingEmptySubsequences: false).map(\.trimmingSpaces)
                    return split.count > 1 && split.allSatisfy({ $0.contains(" ") }) ? split : [piece]
                }
            }
            names += pieces.filter { !$0.isEmpty }
        }
        return names
    }

    /// A comma-separated list (`keywords`), trimmed, without empty entries.
    static func splitList(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    }

    /// A BCP 47 tag from `en`, `en-GB` or Open Graph's `en_GB`; `nil` for anything else.
    static func languageTag(_ value: String) -> String? {
        let tag = value.trimmingSpaces.replacingUnderscores
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }),
            parts.dropFirst().allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return nil }
        return tag
    }

    /// A name reduced to what identifies it, so that "The Harbour Post", "harbour post" and the
    /// address `www.harbourpost.example` compare equal.
    /// ASCII, most names, is folded without Unicode property lookups.
    static func nameKey(_ name: String) -> String {
        var scalars = name.unicodeScalars[...]
        if scalars.prefix(4).map({ $0.isASCII ? Character($0).lowercased() : "" }).joined() == "the " {
            scalars = scalars.dropFirst(4)
        }
        var key = String.UnicodeScalarView()
        for scalar in scalars {
            switch scalar.value {
            case 0x41...0x5A: key.append(Unicode.Scalar(scalar.value | 0x20) ?? scalar)
            case 0x30...0x39, 0x61...0x7A: key.append(scalar)
            case 0...0x7F: break
            default:
                if scalar.properties.isAlphabetic { key.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars) }
            }
        }
        return String(key)
    }

    /// `harbourpost` from `https://www.harbourpost.example/...`: the host without `www.` and its
    /// last label, as a site is often named.
    static func siteName(inAddress address: String) -> String? {
        guard let hostStart = address.range(of: "://")?.upperBound else { return nil }
        let host = address[hostStart...].prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }
        var labels = host.split(separator: ".")
        if labels.first == "www" { labels.removeFirst() }
        guard labels.count >= 2 else { return nil }
        return labels.dropLast().joined(separator: ".")
    }

    static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0.lowercased()).inserted }
    }
}

extension String {
    fileprivate var replacingUnderscores: String { String(map { $0 == "_" ? "-" : $0 }) }
}
