import QuireDocument

/// Loads the files a document refers to, for writers that carry them inside their output.
///
/// Readers and writers never touch the file system; the pipeline calls a loader between them.
public protocol ResourceLoading: Sendable {
    /// The document with the images it shows loaded into `Document.resources`; an image that
    /// cannot be loaded is replaced by its text alternative, with a warning. `judgesTheCover`:
    /// the cover is the web page's own choice, to be used only if it looks like a cover.
    func loadResources(
        of document: Document, readFrom input: ReaderInput, judgesTheCover: Bool, warnings: inout [ConversionWarning]
    ) -> Document
}

/// Loads local image files, decodes `data:` URIs and, with an `imageFetcher`, downloads remote
/// images. Media types come from the bytes, never from the file name or the server's word.
///
/// What may be read depends on where the document came from (`docs/security.md`):
/// - A document fetched from the network (its name is an `http(s)` URL) reads no local file at
///   all: its paths, relative or absolute, are addresses on its server, so remote images,
///   fetched when there is an `imageFetcher` and otherwise left out.
/// - A local document (a file, or standard input from the current folder) reads only regular
///   files, each at most `maximumImageSize` bytes, that lie under its own folder or under one
///   of `searchPaths`, once every symbolic link is followed. Absolute paths, paths with a `..`
///   segment and `file:` URLs are refused whatever they name; devices, FIFOs and sockets are
///   refused without being read. A file outside the allowed folders gets the same warning as a
///   file that does not exist, so a document cannot learn what exists elsewhere. Its `http(s)`
///   images are fetched only with `fetchesImagesOfLocalDocuments` (`--fetch-resources`).
/// - An SVG image (file, `data:` URI, download or embedded resource) is refused when
///   `SVGSafety` finds scripts or references to other files in it.
///
/// An image that cannot be used becomes its text alternative styled as a placeholder
/// (`missingImageClass`) inside a figure, never a paragraph of body text.
public struct ResourceLoader: ResourceLoading {
    /// Folders searched, in order, after the input file's own folder (`--resource-path`).
    public var searchPaths: [String]
    /// The image types the output can carry; others become their text alternative.
    public var acceptedMediaTypes: Set<String>
    /// Downloads remote images; `nil` leaves them out (`--no-fetch-resources`).
    public var imageFetcher: ImageFetcher?
    /// The longest side, in pixels, a JPEG or PNG keeps; larger ones are scaled down
    /// (`--max-image-pixels`, converted pictures too). `nil`: kept as they are.
    public var maximumImageSide: Int?
    /// Whether the remote images of local documents are fetched too (`--fetch-resources`, for a
    /// saved page read with `--base-url`); those of fetched documents always are.
    public var fetchesImagesOfLocalDocuments = false

    /// The largest image (or cover) read or decoded: 32 MB, far above what a book's pictures
    /// need, far below what would strain memory.
    public static let maximumImageSize = 32 << 20
    /// The most bytes of downloaded images one document keeps, in reading order: a page that
    /// names hundreds of large pictures cannot make a book of gigabytes.
    public static let maximumDownloadedBytesPerDocument = 64 << 20
    /// The class of the text shown in place of an image that could not be included.
    public static let missingImageClass = "image-missing"

    /// How a missing file and a file outside the allowed folders are both reported.
    static let notFound = "was not found in the document's folder or a resource folder"
    /// How many missing remote images the summary warning names before "and N more".
    static let missingImagesNamed = 3

    public init(
        searchPaths: [String] = [], acceptedMediaTypes: Set<String> = EPUBWriter.imageMediaTypes,
        imageFetcher: ImageFetcher? = nil, fetchesImagesOfLocalDocuments: Bool = false
    ) {
        self.searchPaths = searchPaths
        self.acceptedMediaTypes = acceptedMediaTypes
        self.imageFetcher = imageFetcher
        self.fetchesImagesOfLocalDocuments = fetchesImagesOfLocalDocuments
    }

    /// A page's cover (`og:image`) is used only when `CoverSuitability` finds it a cover rather
    /// than a logo, thumbnail or banner.
    public func loadResources(
        of document: Document, readFrom input: ReaderInput, judgesTheCover: Bool = false,
        warnings: inout [ConversionWarning]
    ) -> Document {
        var sources: [String] = []
        TreeWalk.visit(
            document.blocks,
            inline: { inline in
                if case .image(let image) = inline { sources.append(image.source) }
            })
        if sources.isEmpty, document.metadata.coverImage == nil { return document }
        let everySource = sources + [document.metadata.coverImage].compactMap({ $0 })
        let downloads = download(everySource, readFrom: input)
        var loaded: [String: Resource] = [:]
        var failures: [String: Failure] = [:]
        var downloadedBytes = 0
        for source in everySource where loaded[source] == nil && failures[source] == nil {
            switch load(source, document: document, input: input, downloads: downloads) {
            case .success(let resource) where downloads[remoteAddress(of: source, readFrom: input) ?? ""] != nil:
                downloadedBytes += resource.data?.count ?? 0
                if downloadedBytes > Self.maximumDownloadedBytesPerDocument {
                    failures[source] = .missing(
                        "would take the document's images past \(Self.maximumDownloadedBytesPerDocument >> 20) MB")
                } else {
                    loaded[source] = resource
                }
            case .success(let resource): loaded[source] = resource
            case .failure(let failure): failures[source] = failure
            }
        }

        var result = document
        result.blocks = Self.placingMissingImagesInFigures(
            document.blocks.rewritingInlines { inline in
                guard case .image(var image) = inline else { return [inline] }
                guard let resource = loaded[image.source] else { return Self.missingImagePlaceholder(image) }
                image.source = resource.url
                return [.image(image)]
            })
        var cover = document.metadata.coverImage.flatMap { loaded[$0] }
        if judgesTheCover, let source = document.metadata.coverImage, let data = cover?.data,
            CoverSuitability.problem(source: source, data: data) != nil
        {
            cover = nil
        }
        result.metadata.coverImage = cover?.url
        var kept = Set<String>()
        result.resources = []
        for resource in sources.compactMap({ loaded[$0] }) + [cover].compactMap({ $0 })
        where kept.insert(resource.url).inserted {
            result.resources.append(resource)
        }
        warnings += Self.warnings(
            sources: sources, cover: document.metadata.coverImage, failures: failures, file: input.name)
        return result
    }

    /// One warning per local image that could not be used; one in all for remote images left
    /// out, naming the first few with their reasons.
    private static func warnings(sources: [String], cover: String?, failures: [String: Failure], file: String)
        -> [ConversionWarning]
    {
        var warnings: [ConversionWarning] = []
        var warned = Set<String>()
        var notFetched = 0
        var missing: [(source: String, reason: String)] = []
        for source in sources + [cover].compactMap({ $0 }) where warned.insert(source).inserted {
            switch failures[source] {
            case nil: break
            case .remote?: notFetched += 1
            case .missing(let reason)?: missing.append((source, source == cover ? "the cover, \(reason)" : reason))
            case .unusable(let reason)? where source == cover && !sources.contains(source):
                warnings.append(
                    ConversionWarning(file: file, message: "cover image \(abbreviated(source)) \(reason); the book has no cover"))
            case .unusable(let reason)?:
                warnings.append(
                    ConversionWarning(
                        file: file, message: "image \(abbreviated(source)) \(reason); its text alternative is used instead"))
            }
        }
        if notFetched > 0 {
            let message =
                notFetched == 1
                ? "1 remote image was not fetched; its text alternative is used instead"
                : "\(notFetched) remote images were not fetched; their text alternatives are used instead"
            warnings.append(ConversionWarning(file: file, message: message))
        }
        if !missing.isEmpty {
            let named = missing.prefix(missingImagesNamed).map { "\(abbreviated($0.source)) (\($0.reason))" }
            let more = missing.count > missingImagesNamed ? " and \(missing.count - missingImagesNamed) more" : ""
            let message =
                missing.count == 1
                ? "1 remote image could not be included, its text alternative is shown instead: \(named[0])"
                : "\(missing.count) remote images could not be included, their text alternatives are shown instead: "
                    + named.joined(separator: ", ") + more
            warnings.append(ConversionWarning(file: file, message: message))
        }
        return warnings
    }

    /// What stands for an image that cannot be shown: its text alternative, marked as a missing
    /// picture (`missingImageClass`), or nothing when it has none.
    static func missingImagePlaceholder(_ image: Image) -> [Inline] {
        let text = image.alternativeText.trimmingSpaces
        return text.isEmpty ? [] : [.span(Span(classes: [missingImageClass], content: [.text(text)]))]
    }

    /// Blocks where a paragraph holding nothing but placeholders of missing images becomes a
    /// figure, so their text is never read as part of the article; inside a figure, a
    /// placeholder that only repeats the caption is dropped.
    static func placingMissingImagesInFigures(_ blocks: [Block]) -> [Block] {
        func isPlaceholder(_ inline: Inline) -> Bool {
            if case .span(let span) = inline { return span.classes == [missingImageClass] }
            return false
        }
        func isBlank(_ inline: Inline) -> Bool {
            switch inline {
            case .softBreak, .lineBreak: return true
            case .text(let text): return text.trimmingSpaces.isEmpty
            default: return false
            }
        }
        func isPlaceholdersOnly(_ inlines: [Inline]) -> Bool {
            inlines.contains(where: isPlaceholder) && inlines.allSatisfy { isBlank($0) || isPlaceholder($0) }
        }
        return blocks.map { block in
            switch block {
            case .paragraph(let inlines) where isPlaceholdersOnly(inlines):
                return .figure(Figure(content: [block]))
            case .figure(var figure):
                let caption = plainText(figure.caption).trimmingSpaces.lowercased()
                figure.content = figure.content.rewritingInlines { inline in
                    guard isPlaceholder(inline), !caption.isEmpty, case .span(let span) = inline,
                        plainText(span.content).trimmingSpaces.lowercased() == caption
                    else { return [inline] }
                    return []
                }.filter { block in
                    if case .paragraph(let inlines) = block { return !inlines.allSatisfy(isBlank) }
                    return true
                }
                return .figure(figure)
            default:
                return block.mapChildren(blocks: placingMissingImagesInFigures, inlines: { $0 })
            }
        }
    }

    private static func plainText(_ inlines: [Inline]) -> String {
        var text = ""
        inlines.forEachInline { inline in
            if case .text(let part) = inline { text += part }
        }
        return text
    }

    /// The images this document may download, fetched together.
    private func download(_ sources: [String], readFrom input: ReaderInput) -> [String: Result<[UInt8], FetchError>] {
        guard let imageFetcher, URLFetcher.isURL(input.name) || fetchesImagesOfLocalDocuments else { return [:] }
        return imageFetcher.fetch(sources.compactMap { remoteAddress(of: $0, readFrom: input) })
    }

    /// The `http(s)` URL an image source names: itself, or for a fetched document a path
    /// resolved against the document's URL (a fetched page's paths name files on its server).
    private func remoteAddress(of source: String, readFrom input: ReaderInput) -> String? {
        if URLFetcher.isURL(source) { return source }
        guard MarkupText.scheme(of: source) == nil, URLFetcher.isURL(input.name) else { return nil }
        let resolved = URLResolver(base: input.name).resolve(source)
        return URLFetcher.isURL(resolved) ? resolved : nil
    }

    /// The document with `path` as its cover image: an explicit request, so a file that cannot be
    /// read or is not an image is an error rather than a warning. The user named it, so it may be
    /// anywhere, but it must still be a regular file within `maximumImageSize`, and an SVG must
    /// pass `SVGSafety`.
    public func addingCover(_ path: String, to document: Document) throws(FileAccessError) -> Document {
        let data = try FileAccess.readRegularFile(path, limit: Self.maximumImageSize)
        guard let mediaType = MediaTypeSniffer.imageMediaType(of: data), acceptedMediaTypes.contains(mediaType) else {
            throw FileAccessError(path: path, reason: "is not a JPEG, PNG, GIF or SVG image")
        }
        if mediaType == "image/svg+xml", let problem = SVGSafety.problem(in: data) {
            throw FileAccessError(path: path, reason: "is an SVG image with \(problem), which quire does not embed")
        }
        var result = document
        let key = "cover:" + path
        result.resources.append(Resource(url: key, mediaType: mediaType, data: data))
        result.metadata.coverImage = key
        return result
    }

    private enum Failure: Error {
        /// A remote image that was not fetched.
        case remote
        /// A remote image that was fetched, or tried, and cannot be used: why.
        case missing(String)
        /// A local or embedded image that cannot be used: why.
        case unusable(String)
    }

    private func load(
        _ source: String, document: Document, input: ReaderInput, downloads: [String: Result<[UInt8], FetchError>]
    ) -> Result<Resource, Failure> {
        if let resource = document.resources.first(where: { $0.url == source && $0.data != nil }),
            let data = resource.data
        {
            return image(source, data)
        }
        let scheme = MarkupText.scheme(of: source)
        if scheme == "data" {
            guard let data = DataURI.decode(source) else { return .failure(.unusable("is not a valid data: URI")) }
            return image(source, data)
        }
        if scheme == "file" { return .failure(.unusable("is a file: URL, which quire does not read")) }
        if let address = remoteAddress(of: source, readFrom: input), let download = downloads[address] {
            switch download {
            case .failure(let error): return .failure(.missing(error.reason))
            case .success(let data):
                switch image(source, data) {
                case .success(let resource): return .success(resource)
                case .failure(.unusable(let reason)), .failure(.missing(let reason)): return .failure(.missing(reason))
                case .failure(.remote): return .failure(.remote)
                }
            }
        }
        if let scheme, scheme.count > 1 { return .failure(.remote) }
        // A fetched document's paths name files on its server, never on this machine.
        if URLFetcher.isURL(input.name) { return .failure(.remote) }

        var path = source
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<end]) }
        path = percentDecoded(path)
        guard !path.isEmpty else { return .failure(.unusable("has an empty path")) }
        guard !path.utf8.contains(0) else { return .failure(.unusable(Self.notFound)) }
        if path.hasPrefix("/") {
            return .failure(.unusable("is an absolute path, which quire does not read; give it relative to the document"))
        }
        if path.split(separator: "/").contains("..") {
            return .failure(.unusable("leads out of the document's folder (..), which quire does not read"))
        }
        let roots = [directory(of: input.name)] + searchPaths.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        var failure: String?
        for root in roots {
            // Symbolic links are followed first, so a link that leads out of the folder is
            // refused as if there were no file, and the file read is the one that was checked.
            let candidate = root + path
            guard let rootPath = FileAccess.resolvedPath(root.isEmpty ? "." : root),
                let resolved = FileAccess.resolvedPath(candidate),
                rootPath == "/" || resolved.hasPrefix(rootPath + "/")
            else { continue }
            do {
                let data = try FileAccess.readRegularFile(resolved, limit: Self.maximumImageSize)
                // The path as given names the resource, so two inputs' `images/a.png` stay apart.
                return image(candidate, data)
            } catch {
                failure = failure ?? error.reason
            }
        }
        switch failure {
        case nil, "no such file or directory"?: return .failure(.unusable(Self.notFound))
        case let reason? where reason.hasPrefix("is "): return .failure(.unusable(reason))
        case let reason?: return .failure(.unusable("cannot be read (\(reason))"))
        }
    }

    private func image(_ key: String, _ data: [UInt8]) -> Result<Resource, Failure> {
        guard data.count <= Self.maximumImageSize else {
            return .failure(.unusable("is larger than \(Self.maximumImageSize >> 20) MB"))
        }
        guard let mediaType = MediaTypeSniffer.imageMediaType(of: data) else {
            if let format = MediaTypeSniffer.uncarriedImageFormat(of: data) { return converted(key, data, format: format) }
            return .failure(.unusable("is not a JPEG, PNG, GIF or SVG image"))
        }
        if mediaType == "image/webp", !acceptedMediaTypes.contains(mediaType) {
            return converted(key, data, format: "WebP")
        }
        if let maximumImageSide, ["image/jpeg", "image/png"].contains(mediaType),
            let size = ImageConversion.declaredSize(of: data), max(size.width, size.height) > maximumImageSide,
            case .success(let scaled) = ImageConversion.converted(
                data, format: mediaType == "image/png" ? "PNG" : "JPEG", maximumSide: maximumImageSide)
        {
            return .success(Resource(url: key, mediaType: mediaType, data: scaled))
        }
        guard acceptedMediaTypes.contains(mediaType) else {
            return .failure(.unusable("is \(mediaType), which EPUB reading systems need not support"))
        }
        if mediaType == "image/svg+xml", let problem = SVGSafety.problem(in: data) {
            return .failure(.unusable("is an SVG image with \(problem), which quire does not embed"))
        }
        return .success(Resource(url: key, mediaType: mediaType, data: data))
    }

    /// A picture in a format the book cannot carry, converted to one it can (`ImageConversion`).
    private func converted(_ key: String, _ data: [UInt8], format: String) -> Result<Resource, Failure> {
        let article = format == "AVIF" ? "an" : "a"
        switch ImageConversion.converted(data, format: format, maximumSide: maximumImageSide) {
        case .failure(let failure):
            return .failure(.unusable("is \(article) \(format) image that \(failure.reason.hasPrefix("could") ? "" : "could not be converted: ")\(failure.reason)"))
        case .success(let bytes):
            guard let mediaType = MediaTypeSniffer.imageMediaType(of: bytes), acceptedMediaTypes.contains(mediaType) else {
                return .failure(.unusable("is \(article) \(format) image that could not be converted"))
            }
            return .success(Resource(url: key, mediaType: mediaType, data: bytes))
        }
    }

    /// The folder part of an input path, with its `/`, or nothing for standard input and bare names.
    private func directory(of inputName: String) -> String {
        guard inputName != "<stdin>", inputName != "-", let slash = inputName.lastIndex(of: "/") else { return "" }
        return String(inputName[...slash])
    }

    private static func abbreviated(_ source: String) -> String {
        source.count > 80 ? "'" + source.prefix(77) + "...'" : "'\(source)'"
    }
}

/// `data:` URIs (RFC 2397), as web pages embed small images.
enum DataURI {
    /// The bytes, or `nil` when the URI is malformed. Base64 is read leniently: white space and
    /// missing padding are common in pages, and the URL-safe alphabet is accepted too.
    static func decode(_ uri: String) -> [UInt8]? {
        guard uri.lowercased().hasPrefix("data:"), let comma = uri.firstIndex(of: ",") else { return nil }
        let header = uri[uri.index(uri.startIndex, offsetBy: 5)..<comma].lowercased()
        let payload = uri[uri.index(after: comma)...]
        if header.hasSuffix(";base64") { return base64(payload) }
        return Array(percentDecodedBytes(payload))
    }

    private static func base64(_ text: Substring) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count / 4 * 3)
        var accumulator: UInt32 = 0
        var bits = 0
        for byte in percentDecodedBytes(text) {
            let value: UInt8
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = byte - UInt8(ascii: "A")
            case UInt8(ascii: "a")...UInt8(ascii: "z"): value = byte - UInt8(ascii: "a") + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte - UInt8(ascii: "0") + 52
            case UInt8(ascii: "+"), UInt8(ascii: "-"): value = 62
            case UInt8(ascii: "/"), UInt8(ascii: "_"): value = 63
            case UInt8(ascii: "="), 0x20, 0x09, 0x0A, 0x0D: continue
            default: return nil
            }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
            }
        }
        return output
    }
}
