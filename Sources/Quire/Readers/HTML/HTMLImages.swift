import QuireDocument

// Images: which URL an `img` or `picture` really shows, lazy loading included.
extension HTMLBlockBuilder {
    /// Attributes lazy-loading scripts copy into `src`/`srcset`; when present, `src` is a
    /// placeholder.
    static let lazySourceAttributes = ["data-src", "data-lazy-src", "data-original", "data-lazy", "data-hi-res-src", "data-url"]
    static let lazySourceSetAttributes = ["data-srcset", "data-lazy-srcset"]

    /// A source relative to the page's folder stays a file beside a saved page; one from the
    /// site's root (`/media/a.jpg`) names nothing on this machine, so it resolves against the
    /// page's address, declared (`<link rel=canonical>`) or given.
    func resolvedImageSource(_ source: String) -> String {
        source.hasPrefix("/") ? urls.resolve(source) : imageURLs.resolve(source)
    }

    func image(fromImg node: Int) -> Image? {
        if isTrackingPixel(node) { return nil }
        guard let source = source(ofImg: node) else { return nil }
        return Image(
            source: resolvedImageSource(source), alternativeText: attributeText("alt", of: node) ?? "",
            title: attributeText("title", of: node))
    }

    /// A `picture`: its `img` when that names a real image, else the first `source` in a format
    /// every reader supports (JPEG, PNG, GIF, WebP, SVG). The DOM builder has already moved the
    /// `img` out of the `source` elements libxml2 nests it in.
    func image(fromPicture node: Int) -> Image? {
        var img: Int?
        var fallbackSource: String?
        dom.forEachDescendant(of: node) { descendant in
            switch dom.tag(descendant) {
            case .img where img == nil:
                img = descendant
            case .source where fallbackSource == nil:
                let type = dom.attribute("type", of: descendant)?.lowercased() ?? ""
                let supported = ["", "image/jpeg", "image/jpg", "image/png", "image/gif", "image/webp", "image/svg+xml"]
                guard supported.contains(type) else { return }
                let sourceSet = (Self.lazySourceSetAttributes + ["srcset"]).lazy
                    .compactMap { dom.attribute($0, of: descendant) }.first
                fallbackSource = sourceSet.flatMap(Self.bestCandidate(inSourceSet:))
            default:
                break
            }
        }
        if let img {
            if isTrackingPixel(img) { return nil }
            let alternativeText = attributeText("alt", of: img) ?? ""
            let title = attributeText("title", of: img)
            if let source = source(ofImg: img) ?? fallbackSource {
                return Image(source: resolvedImageSource(source), alternativeText: alternativeText, title: title)
            }
        }
        return fallbackSource.map { Image(source: resolvedImageSource($0)) }
    }

    /// Images from a `<noscript>`, only when the element before it did not already show one:
    /// lazy-loading pages repeat the real `img` there for browsers without JavaScript.
    mutating func appendImagesOnlyFound(in noscript: Int, to flow: inout HTMLFlow) {
        if let parent = dom.parent(noscript) {
            let previousElement = dom.children(parent).prefix { $0 != noscript }.last { dom.tag($0) != .text }
            if let previousElement, lastImageElement >= previousElement, lastImageElement < noscript { return }
        }
        dom.forEachDescendant(of: noscript) { descendant in
            guard dom.tag(descendant) == .img, !isHidden(descendant), let image = image(fromImg: descendant) else {
                return
            }
            flow.appendInline(.image(image))
        }
    }

    /// The URL an `img` shows once its scripts have run: a lazy-loading attribute, else the
    /// `srcset` candidate of the size a book wants (`bestCandidate`), else `src`. Tiny `data:` URLs are placeholders, not images.
    private func source(ofImg node: Int) -> String? {
        func usable(_ value: String?) -> String? {
            guard let value = value?.trimmingSpaces, !value.isEmpty else { return nil }
            if value.utf8.count < 256, value.lowercased().hasPrefix("data:") { return nil }
            return value
        }
        for name in Self.lazySourceSetAttributes {
            if let best = dom.attribute(name, of: node).flatMap(Self.bestCandidate(inSourceSet:)).flatMap(usable) {
                return best
            }
        }
        for name in Self.lazySourceAttributes {
            if let source = usable(dom.attribute(name, of: node)) { return source }
        }
        if let best = dom.attribute("srcset", of: node).flatMap(Self.bestCandidate(inSourceSet:)).flatMap(usable) {
            return best
        }
        return usable(dom.attribute("src", of: node))
    }

    /// Width or height set to 0 or 1: a tracking pixel or spacer.
    private func isTrackingPixel(_ node: Int) -> Bool {
        for name in ["width", "height"] {
            if let value = dom.attribute(name, of: node).flatMap({ Int($0.trimmingSpaces) }), value <= 1 {
                return true
            }
        }
        return false
    }

    /// The widest image worth carrying in a book: a reading system's page is rarely wider, and
    /// the 3200-pixel candidates of retina screens would make a book of articles huge.
    static let preferredImageWidth = 1600.0
    /// The highest pixel density chosen when a `srcset` gives densities (`2x`) and no widths.
    static let preferredImageDensity = 2.0

    /// The candidate of a `srcset` a book should carry: with widths (`800w`), the widest up to
    /// `preferredImageWidth`, else the narrowest above it; with densities only (`2x`), the
    /// highest up to `preferredImageDensity`, else the lowest above it. A candidate without a
    /// descriptor counts as `1x`.
    static func bestCandidate(inSourceSet sourceSet: String) -> String? {
        let candidates = sourceSetCandidates(sourceSet)
        let widths = candidates.filter { $0.width > 0 }
        if !widths.isEmpty {
            return widths.filter { $0.width <= preferredImageWidth }.max { $0.width < $1.width }?.url
                ?? widths.min { $0.width < $1.width }?.url
        }
        return candidates.filter { $0.density <= preferredImageDensity }.max { $0.density < $1.density }?.url
            ?? candidates.min { $0.density < $1.density }?.url
    }

    /// The candidates of a `srcset`, in order, with their width (0 when none) and density.
    private static func sourceSetCandidates(_ sourceSet: String) -> [(url: String, width: Double, density: Double)] {
        var candidates: [(url: String, width: Double, density: Double)] = []
        let characters = Array(sourceSet.unicodeScalars)
        var index = 0
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{C}" }
        while index < characters.count {
            while index < characters.count, isSpace(characters[index]) || characters[index] == "," { index += 1 }
            guard index < characters.count else { break }
            var url = String.UnicodeScalarView()
            while index < characters.count, !isSpace(characters[index]) {
                url.append(characters[index])
                index += 1
            }
            var descriptor = ""
            // A URL ending in commas has no descriptors; otherwise they run to the next comma
            // outside parentheses.
            if url.last == "," {
                while url.last == "," { url.removeLast() }
            } else {
                var depth = 0
                while index < characters.count {
                    let scalar = characters[index]
                    if scalar == "(" { depth += 1 }
                    if scalar == ")" { depth = max(0, depth - 1) }
                    if scalar == ",", depth == 0 { break }
                    descriptor.unicodeScalars.append(scalar)
                    index += 1
                }
            }
            guard !url.isEmpty else { continue }
            var width = 0.0
            var density = 1.0
            for token in descriptor.split(whereSeparator: { $0.isWhitespace }) {
                if token.hasSuffix("w"), let value = Double(token.dropLast()) { width = value }
                if token.hasSuffix("x"), let value = Double(token.dropLast()) { density = value }
            }
            candidates.append((String(url), width, density))
        }
        return candidates
    }
}
