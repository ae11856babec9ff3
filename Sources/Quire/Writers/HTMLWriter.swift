import QuireDocument

/// Writes a standalone HTML5 page (or a fragment): UTF-8, the metadata in `<head>`, ids on every
/// heading, footnotes at the end with links both ways.
///
/// The EPUB writer's chapters come from the same serializer in its XHTML flavor, so both outputs
/// escape, name and link things the same way.
public enum HTMLWriter {
    public struct Options: Sendable, Equatable {
        /// Only the body content, for pasting into another page.
        public var fragment = false
        public var stylesheet = Stylesheet.default

        public init(fragment: Bool = false, stylesheet: Stylesheet = .default) {
            self.fragment = fragment
            self.stylesheet = stylesheet
        }
    }

    /// Where a standalone page gets its styles.
    public enum Stylesheet: Sendable, Equatable {
        /// quire's own short, readable stylesheet, inline.
        case `default`
        /// Another stylesheet's text, inline.
        case embedded(String)
        /// A `<link rel="stylesheet">` to this URL.
        case linked(String)
    }

    public static func write(_ document: Document, options: Options = Options()) -> [UInt8] {
        let language = LanguageDetection.languageTag(for: document)
        let prepared = PreparedMarkup(document.blocks, reserving: [titleBlockIdentifier], keepsUnresolvedFragments: true) { url in
            !["javascript", "vbscript"].contains(MarkupText.scheme(of: url) ?? "")
        }
        var serializer = MarkupSerializer(
            flavor: .html, prepared: prepared,
            links: MarkupLinks(hrefForIdentifier: { "#" + $0 }, imageSource: { $0.source }),
            quotes: QuoteMarks(language: language))
        serializer.writeBlocks(prepared.blocks)
        serializer.writeNotes(prepared.notes.notes.map(\.number))
        let body = serializer.takeOutput()
        if options.fragment { return Array(body.utf8) }

        var page = "<!DOCTYPE html>\n"
        let languageAttribute = language.map { " lang=\"\(MarkupText.escapedAttribute($0))\"" } ?? ""
        page += "<html\(languageAttribute)\(directionAttribute(document.metadata.direction))>\n"
        page += head(document.metadata, title: pageTitle(document), stylesheet: options.stylesheet)
        page += "<body>\n"
        page += titleBlock(document)
        page += body
        page += "</body>\n</html>\n"
        return Array(page.utf8)
    }

    /// The `<title>`, which HTML requires to be non-empty.
    static func pageTitle(_ document: Document) -> String {
        if let title = document.metadata.title?.trimmingSpaces, !title.isEmpty { return title }
        for case .heading(let heading) in document.blocks {
            let text = heading.content.plainText.trimmingSpaces
            if !text.isEmpty { return text }
        }
        return "Untitled"
    }

    private static func head(_ metadata: Metadata, title: String, stylesheet: Stylesheet) -> String {
        var head = "<head>\n<meta charset=\"utf-8\">\n"
        head += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        head += "<meta name=\"generator\" content=\"quire\">\n"
        head += "<title>\(MarkupText.escaped(title))</title>\n"
        func meta(_ name: String, _ content: String) {
            head += "<meta name=\"\(name)\" content=\"\(MarkupText.escapedAttribute(content))\">\n"
        }
        metadata.authors.forEach { meta("author", $0) }
        metadata.description.map { meta("description", $0) }
        metadata.date.map { meta("dcterms.date", $0.iso8601) }
        if !metadata.keywords.isEmpty { meta("keywords", metadata.keywords.joined(separator: ", ")) }
        metadata.publisher.map { meta("dcterms.publisher", $0) }
        metadata.rights.map { meta("dcterms.rights", $0) }
        if let canonical = metadata.canonicalURL ?? metadata.sourceURL, MarkupText.scheme(of: canonical) != nil {
            head += "<link rel=\"canonical\" href=\"\(MarkupText.urlAttribute(canonical))\">\n"
        }
        switch stylesheet {
        case .default:
            head += "<style>\n\(DefaultStylesheets.html)\n</style>\n"
        case .embedded(let css):
            // `</style` inside the text would end the element early.
            head += "<style>\n\(css.replacing("</", with: "<\\/"))\n</style>\n"
        case .linked(let url):
            head += "<link rel=\"stylesheet\" href=\"\(MarkupText.urlAttribute(url))\">\n"
        }
        return head + "</head>\n"
    }

    /// Title, subtitle, authors and date above the text, as on a printed article. The title is left
    /// out when the text itself starts with it as a heading.
    private static func titleBlock(_ document: Document) -> String {
        let metadata = document.metadata
        var lines: [String] = []
        if let title = metadata.title?.trimmingSpaces, !title.isEmpty, !startsWithHeading(document, title) {
            lines.append("<h1 class=\"title\">\(MarkupText.escaped(title))</h1>")
        }
        if let subtitle = metadata.subtitle, !subtitle.isEmpty {
            lines.append("<p class=\"subtitle\">\(MarkupText.escaped(subtitle))</p>")
        }
        for author in metadata.authors { lines.append("<p class=\"author\">\(MarkupText.escaped(author))</p>") }
        if let date = metadata.date {
            lines.append("<p class=\"date\">\(MarkupText.escaped(date.day ?? date.iso8601))</p>")
        }
        guard !lines.isEmpty else { return "" }
        return "<header id=\"\(titleBlockIdentifier)\">\n" + lines.joined(separator: "\n") + "\n</header>\n"
    }

    private static let titleBlockIdentifier = "title-block-header"

    static func startsWithHeading(_ document: Document, _ title: String) -> Bool {
        guard case .heading(let heading) = document.blocks.first else { return false }
        return heading.content.plainText.trimmingSpaces == title
    }
}

extension WriterFormat {
    public static let html = WriterFormat(
        name: "html", extensions: ["html", "htm"],
        summary: "a standalone HTML5 page (--fragment for the body only, --css to restyle)"
    ) { document, options in HTMLWriter.write(document, options: options.htmlWriter) }
}

extension HTMLWriter {
    /// ` dir="rtl"` for a right-to-left text, so browsers and reading systems lay it out as the
    /// source did; nothing for left to right, the default.
    static func directionAttribute(_ direction: TextDirection?) -> String {
        direction == .rightToLeft ? " dir=\"rtl\"" : ""
    }

    /// The XHTML envelope of an EPUB content document around markup from the same serializer.
    static func xhtmlDocument(title: String, language: String, direction: TextDirection? = nil, body: String) -> String {
        let lang = MarkupText.escapedAttribute(language)
        let dir = directionAttribute(direction)
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="\(lang)" xml:lang="\(lang)"\(dir)>
            <head>
            <meta charset="UTF-8"/>
            <title>\(MarkupText.escaped(title))</title>
            <link rel="stylesheet" type="text/css" href="style.css"/>
            </head>
            <body\(dir)>
            \(body)</body>
            </html>

            """
    }
}
