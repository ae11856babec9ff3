import QuireDocument

/// Writes an EPUB 3 book (with an EPUB 2 `toc.ncx` for older readers): a title page, a table of
/// contents from the headings, the text split into chapters, footnotes as EPUB notes, and the
/// images found in `Document.resources`, with accessibility metadata.
///
/// Pure like every writer: images must already be loaded into `Document.resources` (see
/// `ResourceLoader`), and the modification time is an option, not the clock, so the same input
/// and options always give the same bytes.
public enum EPUBWriter {
    public struct Options: Sendable, Equatable {
        /// The deepest heading level listed in the table of contents.
        public var tocDepth = 3
        /// Start a new chapter file at each heading of this level or above; `nil` splits at
        /// level-1 headings when there are several, and `0` never splits.
        public var chapterLevel: Int?
        /// CSS that replaces quire's default stylesheet.
        public var stylesheet: String?
        /// Seconds since 1970 (UTC) for `dcterms:modified` and every file's time in the archive;
        /// `nil` gives 1980-01-01T00:00:00Z, the earliest time a zip archive can hold.
        public var modificationTime: Int64?

        public init(tocDepth: Int = 3, chapterLevel: Int? = nil, stylesheet: String? = nil, modificationTime: Int64? = nil) {
            self.tocDepth = tocDepth
            self.chapterLevel = chapterLevel
            self.stylesheet = stylesheet
            self.modificationTime = modificationTime
        }
    }

    /// The image media types every EPUB reading system supports (EPUB 3.2 core media types).
    /// WebP became one only in EPUB 3.3; EPUBCheck 4 rejects it without a fallback, so WebP
    /// images are written as their text alternative.
    public static let imageMediaTypes: Set<String> = ["image/jpeg", "image/png", "image/gif", "image/svg+xml"]

    public static func write(_ document: Document, options: Options = Options()) throws(ZipWriterError) -> [UInt8] {
        let book = BookDescription(document, modificationTime: options.modificationTime)
        let prepared = PreparedMarkup(document.blocks) { url in
            // Only absolute links survive: relative ones would point at files the book lacks.
            ["http", "https", "mailto", "ftp", "tel"].contains(MarkupText.scheme(of: url) ?? "")
        }
        let images = ImageManifest(document: document, blocks: prepared.blocks)

        let level = ChapterSplitter.level(requested: options.chapterLevel, blocks: prepared.blocks)
        let chapters = ChapterSplitter.split(prepared.blocks, atLevel: level).enumerated().map { index, blocks in
            Chapter(fileName: chapterFileName(index + 1), title: chapterTitle(blocks) ?? book.title, blocks: blocks)
        }
        let plan = ChapterPlan(chapters: chapters, notes: prepared.notes)

        var files: [ZipEntry] = []
        func add(_ path: String, _ text: String) {
            files.append(ZipEntry(path: "EPUB/" + path, data: Array(text.utf8), isCompressed: true))
        }
        var manifest: [ManifestItem] = [
            ManifestItem(id: "nav", href: "nav.xhtml", mediaType: "application/xhtml+xml", properties: "nav"),
            ManifestItem(id: "ncx", href: "toc.ncx", mediaType: "application/x-dtbncx+xml"),
            ManifestItem(id: "style", href: "style.css", mediaType: "text/css"),
        ]
        var spine: [(idref: String, isLinear: Bool)] = []
        var landmarks: [(type: String, title: String, href: String)] = []

        if let cover = images.cover {
            let alternative = "Cover: \(book.title)"
            let body = "<section class=\"cover\" epub:type=\"cover\">\n<img src=\"\(cover.href)\" alt=\"\(MarkupText.escapedAttribute(alternative))\"/>\n</section>\n"
            add("cover.xhtml", HTMLWriter.xhtmlDocument(title: book.title, language: book.language, body: body))
            manifest.append(ManifestItem(id: "cover-page", href: "cover.xhtml", mediaType: "application/xhtml+xml"))
            spine.append(("cover-page", true))
            landmarks.append(("cover", "Cover", "cover.xhtml"))
        }
        let titlePage = HTMLWriter.xhtmlDocument(title: book.title, language: book.language, body: titlePage(book))
        add("title.xhtml", titlePage)
        manifest.append(ManifestItem(id: "title-page", href: "title.xhtml", mediaType: "application/xhtml+xml"))
        spine.append(("title-page", true))
        landmarks.append(("titlepage", "Title page", "title.xhtml"))
        spine.append(("nav", true))
        landmarks.append(("toc", "Contents", "nav.xhtml#toc"))
        landmarks.append(("bodymatter", "Start of content", chapters[0].fileName))

        var serializer = MarkupSerializer(
            flavor: .xhtml, prepared: prepared, links: MarkupLinks(hrefForIdentifier: { "#" + $0 }, imageSource: { _ in nil }),
            quotes: QuoteMarks(language: book.language))
        var renderedText = [titlePage]
        for (index, chapter) in chapters.enumerated() {
            serializer.links = MarkupLinks(
                hrefForIdentifier: { plan.href(for: $0, from: index) },
                imageSource: { images.href(forSource: $0.source) })
            serializer.writeBlocks(chapter.blocks)
            serializer.writeNotes(plan.notesByChapter[index])
            let text = HTMLWriter.xhtmlDocument(title: chapter.title, language: book.language, body: serializer.takeOutput())
            add(chapter.fileName, text)
            renderedText.append(text)
            let id = String(chapter.fileName.dropLast(".xhtml".count))
            manifest.append(ManifestItem(id: id, href: chapter.fileName, mediaType: "application/xhtml+xml"))
            spine.append((id, true))
        }
        let identifier = BookDescription.identifier(for: document.metadata, renderedText: renderedText)

        let contents = tableOfContents(chapters, plan: plan, depth: options.tocDepth, bookTitle: book.title)
        add("nav.xhtml", contents.navigationDocument(title: "Contents", language: book.language, landmarks: landmarks))
        add("toc.ncx", contents.ncx(identifier: identifier, title: book.title, language: book.language))
        add("style.css", options.stylesheet ?? DefaultStylesheets.epub)
        for image in images.items {
            manifest.append(
                ManifestItem(id: image.id, href: image.href, mediaType: image.mediaType, properties: image.isCover ? "cover-image" : nil))
            // JPEG, PNG, GIF and WebP are compressed already; deflating them again costs time for nothing.
            files.append(ZipEntry(path: "EPUB/" + image.href, data: image.data, isCompressed: image.mediaType == "image/svg+xml"))
        }

        let accessibility = AccessibilityFacts(
            imageCount: images.shownCount + (images.cover == nil ? 0 : 1),
            everyImageHasAlternative: images.everyShownImageHasAlternative,
            hasHeadings: !ChapterSplitter.structuralHeadings(prepared.blocks).isEmpty)
        let package = PackageDocument.xml(
            book: book, identifier: identifier, manifest: manifest, spine: spine, accessibility: accessibility)

        let entries =
            [
                ZipEntry(path: "mimetype", data: Array("application/epub+zip".utf8), isCompressed: false),
                ZipEntry(path: "META-INF/container.xml", data: Array(PackageDocument.container(packagePath: "EPUB/content.opf").utf8), isCompressed: true),
                ZipEntry(path: "EPUB/content.opf", data: Array(package.utf8), isCompressed: true),
            ] + files
        return try ZipWriter.archive(entries, modified: book.modified)
    }

    static func chapterFileName(_ number: Int) -> String {
        let digits = String(number)
        return "chapter-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits + ".xhtml"
    }

    private static func chapterTitle(_ blocks: [Block]) -> String? {
        guard let heading = ChapterSplitter.structuralHeadings(Array(blocks.prefix(3))).first else { return nil }
        let title = heading.content.plainText.trimmingSpaces
        return title.isEmpty ? nil : title
    }

    /// The headings down to `depth`, or one entry per chapter when the text has none.
    private static func tableOfContents(_ chapters: [Chapter], plan: ChapterPlan, depth: Int, bookTitle: String)
        -> TableOfContents
    {
        var headings: [(level: Int, title: String, href: String)] = []
        for chapter in chapters {
            for heading in ChapterSplitter.structuralHeadings(chapter.blocks) where heading.level <= depth {
                let title = heading.content.plainText.split(whereSeparator: { $0 == " " || $0.isNewline || $0 == "\t" })
                    .joined(separator: " ")
                guard !title.isEmpty, let id = heading.id else { continue }
                headings.append((heading.level, title, plan.location(of: id)))
            }
        }
        if headings.isEmpty {
            headings = chapters.map { (1, $0.title, $0.fileName) }
        }
        return TableOfContents(headings)
    }

    private static func titlePage(_ book: BookDescription) -> String {
        let metadata = book.metadata
        var body = "<section class=\"title-page\" epub:type=\"titlepage\">\n"
        body += "<h1 class=\"title\">\(MarkupText.escaped(book.title))</h1>\n"
        func line(_ className: String, _ text: String?) {
            guard let text = text?.trimmingSpaces, !text.isEmpty else { return }
            body += "<p class=\"\(className)\">\(MarkupText.escaped(text))</p>\n"
        }
        line("subtitle", metadata.subtitle)
        metadata.authors.forEach { line("author", $0) }
        line("publisher", metadata.publisher)
        line("date", metadata.date.map { $0.day ?? $0.iso8601 })
        if let source = metadata.sourceURL, ["http", "https"].contains(MarkupText.scheme(of: source) ?? "") {
            body += "<p class=\"source\"><a href=\"\(MarkupText.urlAttribute(source))\">\(MarkupText.escaped(source))</a></p>\n"
        }
        line("rights", metadata.rights)
        return body + "</section>\n"
    }
}

/// The book-level facts every file of the package repeats.
struct BookDescription {
    let metadata: Metadata
    let title: String
    /// A BCP 47 tag; `und` (undetermined) when neither the metadata nor the text tell.
    let language: String
    let modified: UTCTime

    init(_ document: Document, modificationTime: Int64?) {
        metadata = document.metadata
        title = HTMLWriter.pageTitle(document)
        language = LanguageDetection.languageTag(for: document) ?? "und"
        modified = UTCTime(secondsSince1970: modificationTime ?? 315_532_800)
    }

    /// The metadata's identifier; else a name-based UUID (version 5, URL namespace) of the
    /// source URL; else of `urn:sha1:` and the SHA-1 of the book's text as written (title page
    /// and chapters, which show every word and the metadata readers see). The same source, or
    /// the same content, always gives the same identifier. Hashing the written text rather than
    /// the tree costs a twentieth as much: it is already in memory.
    static func identifier(for metadata: Metadata, renderedText: [String]) -> String {
        if let identifier = metadata.identifier?.trimmingSpaces, !identifier.isEmpty { return identifier }
        if let url = (metadata.sourceURL ?? metadata.canonicalURL)?.trimmingSpaces, !url.isEmpty {
            return "urn:uuid:\(NameBasedUUID(name: url))"
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(renderedText.reduce(0) { $0 + $1.utf8.count })
        for text in renderedText { bytes += text.utf8 }
        let digest = SHA1.digest(bytes).map(hexadecimal).joined()
        return "urn:uuid:\(NameBasedUUID(name: "urn:sha1:" + digest))"
    }
}

/// The images the book carries: those the text shows whose bytes are loaded and of a media type
/// EPUB reading systems support, plus the cover. Anything else is written as its text alternative.
struct ImageManifest {
    struct Item {
        let id: String
        let href: String
        let mediaType: String
        let data: [UInt8]
        var isCover = false
    }

    private(set) var items: [Item] = []
    private var indexBySource: [String: Int] = [:]
    /// How many images the text shows, and whether each has a text alternative.
    private(set) var shownCount = 0
    private(set) var everyShownImageHasAlternative = true

    init(document: Document, blocks: [Block]) {
        var loaded: [String: [UInt8]] = [:]
        for resource in document.resources where loaded[resource.url] == nil {
            if let data = resource.data { loaded[resource.url] = data }
        }
        func add(_ source: String, id: String, name: String) -> Int? {
            if let index = indexBySource[source] { return index }
            guard let data = loaded[source], let mediaType = MediaTypeSniffer.imageMediaType(of: data),
                EPUBWriter.imageMediaTypes.contains(mediaType)
            else { return nil }
            let href = "images/\(name).\(MediaTypeSniffer.fileExtension(for: mediaType))"
            items.append(Item(id: id, href: href, mediaType: mediaType, data: data))
            indexBySource[source] = items.count - 1
            return items.count - 1
        }
        if let cover = document.metadata.coverImage, let index = add(cover, id: "cover-image", name: "cover") {
            items[index].isCover = true
        }
        TreeWalk.visit(blocks, inline: { inline in
            guard case .image(let image) = inline else { return }
            let number = items.count + 1
            guard add(image.source, id: "image-\(number)", name: "image-\(number)") != nil else { return }
            shownCount += 1
            if image.alternativeText.trimmingSpaces.isEmpty { everyShownImageHasAlternative = false }
        })
    }

    var cover: Item? { items.first(where: \.isCover) }

    /// The image's path inside the book, from a chapter file.
    func href(forSource source: String) -> String? {
        indexBySource[source].map { items[$0].href }
    }
}

extension WriterFormat {
    public static let epub = WriterFormat(
        name: "epub", aliases: ["epub3"], extensions: ["epub"], isBinary: true, isBook: true,
        summary: "an EPUB 3 book with a table of contents and chapters (--toc-depth, --chapter-level, --cover)"
    ) { document, options in try EPUBWriter.write(document, options: options.epubWriter) }
}
