import QuireDocument

/// The pages quire adds around the text: the cover and the title page.
enum BookPages {
    /// The cover image alone on its page.
    static func cover(_ book: BookDescription, imageHref: String) -> String {
        let alternative = MarkupText.escapedAttribute("Cover: \(book.title)")
        let body =
            "<section class=\"cover\" epub:type=\"cover\">\n<img src=\"\(imageHref)\" alt=\"\(alternative)\"/>\n</section>\n"
        return HTMLWriter.xhtmlDocument(
            title: book.title, language: book.language, direction: book.metadata.direction, body: body)
    }

    /// Title, subtitle, authors, publisher, date, source and rights, as a printed title page.
    static func titlePage(_ book: BookDescription) -> String {
        HTMLWriter.xhtmlDocument(
            title: book.title, language: book.language, direction: book.metadata.direction,
            body: titleBlock(book, showsTitle: true))
    }

    /// The title page's lines as a section, which opens the text itself in a one-chapter book
    /// (`showsTitle` false when the text already starts with the title as a heading).
    static func titleBlock(_ book: BookDescription, showsTitle: Bool) -> String {
        let metadata = book.metadata
        var body = "<section class=\"title-page\" id=\"\(titleBlockIdentifier)\" epub:type=\"titlepage\">\n"
        if showsTitle { body += "<h1 class=\"title\">\(MarkupText.escaped(book.title))</h1>\n" }
        func line(_ className: String, _ text: String?) {
            guard let text = text?.trimmingSpaces, !text.isEmpty else { return }
            body += "<p class=\"\(className)\">\(MarkupText.escaped(text))</p>\n"
        }
        line("subtitle", metadata.subtitle)
        metadata.authors.forEach { line("author", $0) }
        line("publisher", metadata.publisher)
        line("date", metadata.date.map { $0.day ?? $0.iso8601 })
        if let source = metadata.sourceURL, ["http", "https"].contains(MarkupText.scheme(of: source) ?? "") {
            body +=
                "<p class=\"source\"><a href=\"\(MarkupText.urlAttribute(source))\">\(MarkupText.escaped(source))</a></p>\n"
        }
        line("rights", metadata.rights)
        return body + "</section>\n"
    }

    /// The title block's id, for the `titlepage` landmark: a name no page is likely to use.
    static let titleBlockIdentifier = "quire-title-page"
}
