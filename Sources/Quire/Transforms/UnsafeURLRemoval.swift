import QuireDocument

/// Drops the URLs that could run code or reach local files when an output is opened, right after
/// each input is read, so no writer ever sees them.
///
/// A link to a `javascript:`, `vbscript:`, `livescript:`, `file:` or `data:` URL keeps its text
/// and loses its target; only a `data:` URL of a raster image (`data:image/png`, `jpeg`, `gif`,
/// `webp`...) may stay. An image whose source is such a URL becomes its text alternative, with
/// a warning, marked as a missing picture as `ResourceLoader` marks those it cannot load (never
/// a body paragraph); an image may also be a `data:image/svg+xml` URL when the SVG passes
/// `SVGSafety`.
/// The same rules clear the metadata's source, canonical and cover-image addresses.
///
/// Schemes are recognised as a browser does: case aside, and with the white space and control
/// characters it ignores around and inside the URL removed first (`" Java\tScript:"`).
public enum UnsafeURLRemoval {
    public static func apply(to document: Document, file: String, warnings: inout [ConversionWarning]) -> Document {
        var unsafeLinks = 0
        var unsafeImages = 0
        var hasRawHTML = false
        TreeWalk.visit(
            document.blocks,
            block: { if case .rawHTML = $0 { hasRawHTML = true } },
            inline: { inline in
                switch inline {
                case .link(let link) where isUnsafeLink(link.url): unsafeLinks += 1
                case .image(let image) where imageProblem(image.source) != nil: unsafeImages += 1
                case .rawHTML: hasRawHTML = true
                default: break
                }
            })
        guard !hasRawHTML else {
            // Unsafe raw HTML is resolved first; the tree it leaves is checked again.
            let resolved = removingUnsafeRawHTML(from: document, file: file, warnings: &warnings)
            return apply(toTreeWithoutUnsafeRawHTML: resolved, file: file, warnings: &warnings)
        }
        return apply(
            toTreeWithoutUnsafeRawHTML: document, unsafeLinks: unsafeLinks, unsafeImages: unsafeImages, file: file,
            warnings: &warnings)
    }

    /// `apply` on a tree whose raw HTML is safe, the unsafe links and images counted (or counted
    /// here when `nil`).
    private static func apply(
        toTreeWithoutUnsafeRawHTML document: Document, unsafeLinks: Int? = nil, unsafeImages: Int? = nil, file: String,
        warnings: inout [ConversionWarning]
    ) -> Document {
        let counted = unsafeLinks != nil && unsafeImages != nil
        var unsafeLinks = unsafeLinks ?? 0
        var unsafeImages = unsafeImages ?? 0
        if !counted {
            TreeWalk.visit(
                document.blocks,
                inline: { inline in
                    switch inline {
                    case .link(let link) where isUnsafeLink(link.url): unsafeLinks += 1
                    case .image(let image) where imageProblem(image.source) != nil: unsafeImages += 1
                    default: break
                    }
                })
        }
        var result = document
        if unsafeLinks + unsafeImages > 0 {
            var warned = Set<String>()
            result.blocks = document.blocks.rewritingInlines { inline in
                switch inline {
                case .link(let link) where isUnsafeLink(link.url):
                    return link.content
                case .image(let image):
                    guard let problem = imageProblem(image.source) else { return [inline] }
                    if warned.insert(image.source).inserted {
                        warnings.append(
                            ConversionWarning(
                                file: file,
                                message: "image \(quoted(image.source)) \(problem); its text alternative is used instead"))
                    }
                    return ResourceLoader.missingImagePlaceholder(image)
                default:
                    return [inline]
                }
            }
            if unsafeImages > 0 { result.blocks = ResourceLoader.placingMissingImagesInFigures(result.blocks) }
        }
        if unsafeLinks > 0 {
            let message =
                unsafeLinks == 1
                ? "1 link to a javascript:, vbscript:, data: or file: URL kept its text and lost its target"
                : "\(unsafeLinks) links to javascript:, vbscript:, data: or file: URLs kept their text and lost their targets"
            warnings.append(ConversionWarning(file: file, message: message))
        }
        if let url = result.metadata.sourceURL, isUnsafeLink(url) { result.metadata.sourceURL = nil }
        if let url = result.metadata.canonicalURL, isUnsafeLink(url) { result.metadata.canonicalURL = nil }
        if let cover = result.metadata.coverImage, let problem = imageProblem(cover) {
            result.metadata.coverImage = nil
            warnings.append(ConversionWarning(file: file, message: "cover image \(quoted(cover)) \(problem); it is left out"))
        }
        return result
    }

    /// Raw HTML that `RawHTMLSafety` refuses is resolved as the writers that cannot carry raw
    /// HTML resolve it (`RawHTMLResolution`): a block becomes what the HTML reader makes of
    /// it, which holds no script or handler, an inline tag its text. One warning says how many.
    private static func removingUnsafeRawHTML(
        from document: Document, file: String, warnings: inout [ConversionWarning]
    ) -> Document {
        var unsafe = 0
        var firstProblem = ""
        func isUnsafe(_ html: String) -> Bool {
            guard let problem = RawHTMLSafety.problem(in: html) else { return false }
            if unsafe == 0 { firstProblem = problem }
            unsafe += 1
            return true
        }
        TreeWalk.visit(
            document.blocks,
            block: { if case .rawHTML(let html) = $0 { _ = isUnsafe(html) } },
            inline: { if case .rawHTML(let html) = $0 { _ = isUnsafe(html) } })
        guard unsafe > 0 else { return document }
        var result = document
        result.blocks = document.blocks.rewritingBlocks { block in
            guard case .rawHTML(let html) = block, RawHTMLSafety.problem(in: html) != nil else { return [block] }
            return RawHTMLResolution.blocks(ofHTML: html)
        }.rewritingInlines { inline in
            guard case .rawHTML(let html) = inline, RawHTMLSafety.problem(in: html) != nil else { return [inline] }
            return RawHTMLResolution.inlines(ofHTML: html)
        }
        var flattened = false
        result = result.limitingDepth(flattened: &flattened)
        let what = unsafe == 1 ? "1 piece of raw HTML" : "\(unsafe) pieces of raw HTML"
        warnings.append(
            ConversionWarning(
                file: file,
                message: "\(what) held script-capable markup (first: \(firstProblem)); only the content the tree can hold was kept"))
        return result
    }

    /// Whether a link to `url` could run code or open a local file.
    public static func isUnsafeLink(_ url: String) -> Bool {
        guard let scheme = scheme(of: url) else { return false }
        if scheme == "data" { return !isRasterImageDataURL(url) }
        return scriptingSchemes.contains(scheme) || scheme == "file"
    }

    /// Why an image whose source is `source` may not be shown, in words for a warning, or `nil`.
    public static func imageProblem(_ source: String) -> String? {
        guard let scheme = scheme(of: source) else { return nil }
        if scheme == "file" { return "is a file: URL, which quire does not read" }
        if scriptingSchemes.contains(scheme) { return "is a \(scheme): URL" }
        guard scheme == "data", !isRasterImageDataURL(source) else { return nil }
        guard dataMediaType(source) == "image/svg+xml" else { return "is a data: URL of no raster image type" }
        // On bytes: the characters dropped are all ASCII, and SVG data URLs run to megabytes.
        let cleaned = source.utf8.drop { $0 <= 0x20 }.filter { $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        guard let bytes = DataURI.decode(String(decoding: cleaned, as: UTF8.self)) else { return "is not a valid data: URI" }
        guard let problem = SVGSafety.problem(in: bytes) else { return nil }
        return "is an SVG image with \(problem), which quire does not embed"
    }

    /// A `data:` URL of a raster image type, which nothing can run.
    public static func isRasterImageDataURL(_ url: String) -> Bool {
        scheme(of: url) == "data" && rasterImageTypes.contains(dataMediaType(url))
    }

    static let scriptingSchemes: Set<String> = ["javascript", "vbscript", "livescript"]

    static let rasterImageTypes: Set<String> = [
        "image/png", "image/apng", "image/jpeg", "image/jpg", "image/pjpeg", "image/gif", "image/webp", "image/avif",
        "image/bmp", "image/tiff", "image/x-icon", "image/vnd.microsoft.icon",
    ]

    /// The scheme, lower-cased, after dropping what a browser ignores: leading and trailing
    /// control characters and spaces, and tabs and line breaks anywhere.
    static func scheme(of url: String) -> String? {
        var scheme: [UInt8] = []
        var started = false
        for byte in url.utf8 {
            if !started, byte <= 0x20 { continue }
            started = true
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            switch byte {
            case UInt8(ascii: ":"):
                return scheme.isEmpty ? nil : String(decoding: scheme, as: UTF8.self)
            case UInt8(ascii: "a")...UInt8(ascii: "z"): scheme.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): scheme.append(byte + 0x20)
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                guard !scheme.isEmpty else { return nil }
                scheme.append(byte)
            default:
                return nil
            }
        }
        return nil
    }

    /// The media type of a `data:` URL, lower-cased, without parameters.
    private static func dataMediaType(_ url: String) -> String {
        guard let colon = url.firstIndex(of: ":") else { return "" }
        let header = url[url.index(after: colon)...].prefix { $0 != "," && $0 != ";" }
        return String(header.filter { $0 != " " && $0 != "\t" && $0 != "\n" && $0 != "\r" }).lowercased()
    }

    private static func quoted(_ source: String) -> String {
        source.count > 80 ? "'" + source.prefix(77) + "...'" : "'\(source)'"
    }
}
