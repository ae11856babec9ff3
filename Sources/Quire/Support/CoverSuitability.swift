/// Whether a web page's own picture (`og:image`, JSON-LD `image`) makes a book's cover. Pages
/// name that picture for link previews, and it is often the site's logo, a small default
/// thumbnail or a wide banner: as a cover, any of those is worse than the one drawn from the
/// title, so they are passed over. A cover the user named (`--cover`) is never judged.
enum CoverSuitability {
    /// Smaller than this on its short side, a picture is a thumbnail or an icon, not a cover.
    static let minimumShortSide = 300
    /// Wider than this against its height, a picture is a banner: on a portrait screen it
    /// would be a strip.
    static let maximumAspectRatio = 2.5
    /// Words of a file name that mark the site's furniture rather than the article's picture.
    static let furnitureNames: Set<String> = [
        "logo", "favicon", "icon", "avatar", "placeholder", "default", "fallback", "sprite", "blank", "spacer",
    ]

    /// Why the picture at `source` with these bytes is not the page's cover, or `nil` when it is.
    static func problem(source: String, data: [UInt8]) -> String? {
        if let word = furnitureWord(in: source) { return "is named as the site's \(word), not the article's picture" }
        guard let size = ImageConversion.declaredSize(of: data) else { return nil }
        let short = min(size.width, size.height)
        let long = max(size.width, size.height)
        if short < minimumShortSide { return "is \(size.width)×\(size.height) pixels, too small for a cover" }
        if Double(long) > Double(short) * maximumAspectRatio, size.width > size.height {
            return "is a banner (\(size.width)×\(size.height) pixels), too wide for a cover"
        }
        return nil
    }

    /// A furniture word among the words of the file's name (`site-logo@2x.png`, `og-default.jpg`);
    /// only the name, since folders such as Drupal's `sites/default/files/` say nothing.
    private static func furnitureWord(in source: String) -> String? {
        guard source.prefix(5).lowercased() != "data:" else { return nil }
        var path = Substring(source)
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<end] }
        let name = path.split(separator: "/").last ?? ""
        let words = name.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.first { word in
            furnitureNames.contains(String(word)) || word.hasPrefix("logo") || isLogoCompound(word)
        }.map(String.init)
    }

    /// `brandlogo`, `sitelogo`; not the Italian, Spanish or Portuguese words that end the same
    /// way (`catalogo`, `dialogo`, `prologo`, `psicologo`).
    private static func isLogoCompound(_ word: Substring) -> Bool {
        word.hasSuffix("logo") && !word.hasSuffix("alogo") && !word.hasSuffix("ologo")
    }
}
