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
        /// A chapter with less text than this goes on into the next (`ChapterSplitter`).
        public var minimumChapterTextBytes = ChapterSplitter.minimumChapterTextBytes
        /// A cover: the document's image (`Metadata.coverImage`), else one drawn from the metadata
        /// (`GeneratedCover`); `false` for none.
        public var includesCover = true
        /// CSS that replaces quire's default stylesheet.
        public var stylesheet: String?
        /// Seconds since 1970 (UTC) for `dcterms:modified` and every file's time in the archive;
        /// `nil` gives 1980-01-01T00:00:00Z, the earliest time a zip archive can hold.
        public var modificationTime: Int64?

        public init(
            tocDepth: Int = 3, chapterLevel: Int? = nil,
            minimumChapterTextBytes: Int = ChapterSplitter.minimumChapterTextBytes, includesCover: Bool = true,
            stylesheet: String? = nil, modificationTime: Int64? = nil
        ) {
            self.includesCover = includesCover
            self.tocDepth = tocDepth
            self.chapterLevel = chapterLevel
            self.minimumChapterTextBytes = minimumChapterTextBytes
            self.stylesheet = stylesheet
            self.modificationTime = modificationTime
        }
    }

    /// The image media types every EPUB reading system supports (EPUB 3.2 core media types).
    /// WebP became one only in EPUB 3.3; EPUBCheck 4 rejects it without a fallback, so WebP
    /// images are written as their text alternative.
    public static let imageMediaTypes: Set<String> = ["image/jpeg", "image/png", "image/gif", "image/svg+xml"]

    public static func write(_ document: Document, options: Options = Options()) throws(ZipWriterError) -> [UInt8] {
        // A book's pages must be well-formed XHTML without scripts: raw HTML becomes the tree
        // the HTML reader makes of it (the pipeline has done this already, before loading the
        // images it names; this is for a tree given to the writer directly).
        let document = RawHTMLResolution.apply(to: document)
        let book = BookDescription(document, modificationTime: options.modificationTime)
        let prepared = PreparedMarkup(document.blocks) { url in
            // Only absolute links with somewhere to go survive: relative ones would point at files
            // the book lacks, and EPUBCheck rejects a bare `mailto:` as no URI at all.
            guard let scheme = MarkupText.scheme(of: url), ["http", "https", "mailto", "ftp", "tel"].contains(scheme) else {
                return false
            }
            return url.count > scheme.count + 1
        }
        let images = ImageManifest(
            document: document, blocks: prepared.blocks, includesCover: options.includesCover,
            generatedCover: GeneratedCover.svg(for: book))

        let level = ChapterSplitter.level(requested: options.chapterLevel, blocks: prepared.blocks)
        let chapters = ChapterSplitter.split(
            prepared.blocks, atLevel: level, minimumTextBytes: options.minimumChapterTextBytes).enumerated().map { index, blocks in
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
            add("cover.xhtml", BookPages.cover(book, imageHref: cover.href))
            manifest.append(ManifestItem(id: "cover-page", href: "cover.xhtml", mediaType: "application/xhtml+xml"))
            spine.append(("cover-page", true))
            landmarks.append(("cover", "Cover", "cover.xhtml"))
        }
        // A book of one chapter (an article) opens on its text, headed by the title page's lines;
        // a book of chapters has a title page and a contents page before them.
        let opensWithText = chapters.count == 1
        var renderedText: [String] = []
        if opensWithText {
            landmarks.append(("titlepage", "Title page", chapters[0].fileName + "#" + BookPages.titleBlockIdentifier))
        } else {
            let titlePage = BookPages.titlePage(book)
            add("title.xhtml", titlePage)
            renderedText.append(titlePage)
            manifest.append(ManifestItem(id: "title-page", href: "title.xhtml", mediaType: "application/xhtml+xml"))
            spine.append(("title-page", true))
            landmarks.append(("titlepage", "Title page", "title.xhtml"))
            spine.append(("nav", true))
        }
        landmarks.append(("toc", "Contents", "nav.xhtml#toc"))
        landmarks.append(("bodymatter", "Start of content", chapters[0].fileName))

        var serializer = MarkupSerializer(
            flavor: .xhtml, prepared: prepared,
            links: MarkupLinks(hrefForIdentifier: { "#" + $0 }, imageSource: { _ in nil }),
            quotes: QuoteMarks(language: book.language))
        for (index, chapter) in chapters.enumerated() {
            serializer.links = MarkupLinks(
                hrefForIdentifier: { plan.href(for: $0, from: index) },
                imageSource: { images.href(forSource: $0.source) })
            var blocks = chapter.blocks[...]
            var opening = ""
            if opensWithText {
                // The text often repeats the title as its first heading: the title block follows it.
                let startsWithTitle = blocks.first.map { Self.isHeading($0, titled: book.title) } ?? false
                if startsWithTitle { serializer.writeBlocks([blocks.removeFirst()]) }
                opening = serializer.takeOutput() + BookPages.titleBlock(book, showsTitle: !startsWithTitle)
            }
            serializer.writeBlocks(Array(blocks))
            serializer.writeNotes(plan.notesByChapter[index])
            let text = HTMLWriter.xhtmlDocument(
                title: chapter.title, language: book.language, direction: book.metadata.direction,
                body: opening + serializer.takeOutput())
            add(chapter.fileName, text)
            renderedText.append(text)
            let id = String(chapter.fileName.dropLast(".xhtml".count))
            // EPUB requires the `mathml` property on exactly the content documents that hold
            // MathML; text is escaped, so `<math ` can only be a formula the serializer wrote.
            manifest.append(
                ManifestItem(
                    id: id, href: chapter.fileName, mediaType: "application/xhtml+xml",
                    properties: text.containsBytes("<math ") ? "mathml" : nil))
            spine.append((id, true))
        }
        // The contents stay reachable from the reading system's menu and the landmarks.
        if opensWithText { spine.append(("nav", false)) }
        let identifier = BookDescription.identifier(for: document.metadata, renderedText: renderedText)

        let contents = tableOfContents(chapters, plan: plan, depth: options.tocDepth)
        add("nav.xhtml", contents.navigationDocument(title: "Contents", language: book.language, landmarks: landmarks))
        add("toc.ncx", contents.ncx(identifier: identifier, title: book.title, language: book.language))
        add("style.css", options.stylesheet ?? DefaultStylesheets.epub)
        for image in images.items {
            manifest.append(
                ManifestItem(
                    id: image.id, href: image.href, mediaType: image.mediaType,
                    properties: image.isCover ? "cover-image" : nil))
            // JPEG, PNG and GIF are compressed already; deflating them again costs time for nothing.
            files.append(
                ZipEntry(path: "EPUB/" + image.href, data: image.data, isCompressed: image.mediaType == "image/svg+xml")
            )
        }

        let accessibility = AccessibilityFacts(
            imageCount: images.shownCount + (images.cover == nil ? 0 : 1),
            everyImageHasAlternative: images.everyShownImageHasAlternative,
            hasHeadings: !ChapterSplitter.structuralHeadings(prepared.blocks).isEmpty)
        let package = PackageDocument.xml(
            book: book, identifier: identifier, manifest: manifest, spine: spine, accessibility: accessibility)

        // EPUB requires `mimetype` first and stored, so reading systems can recognise the file.
        let entries =
            [
                ZipEntry(path: "mimetype", data: Array("application/epub+zip".utf8), isCompressed: false),
                ZipEntry(
                    path: "META-INF/container.xml",
                    data: Array(PackageDocument.container(packagePath: "EPUB/content.opf").utf8), isCompressed: true),
                ZipEntry(path: "EPUB/content.opf", data: Array(package.utf8), isCompressed: true),
            ] + files
        return try ZipWriter.archive(entries, modified: book.modified)
    }

    static func chapterFileName(_ number: Int) -> String {
        let digits = String(number)
        return "chapter-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits + ".xhtml"
    }

    private static func isHeading(_ block: Block, titled title: String) -> Bool {
        guard case .heading(let heading) = block else { return false }
        return heading.content.plainText.trimmingSpaces == title
    }

    private static func chapterTitle(_ blocks: [Block]) -> String? {
        guard let heading = ChapterSplitter.structuralHeadings(Array(blocks.prefix(3))).first else { return nil }
        let title = heading.content.plainText.trimmingSpaces
        return title.isEmpty ? nil : title
    }

    /// The headings down to `depth`, or one entry per chapter when the text has none.
    private static func tableOfContents(_ chapters: [Chapter], plan: ChapterPlan, depth: Int) -> TableOfContents {
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
}

extension WriterFormat {
    public static let epub = WriterFormat(
        name: "epub", extensions: ["epub"], isBinary: true, isBook: true,
        summary: "an EPUB 3 book with a table of contents and chapters (--toc-depth, --chapter-level, --cover)"
    ) { document, options in try EPUBWriter.write(document, options: options.epubWriter) }
}
