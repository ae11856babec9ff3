import QuireDocument

/// A file listed in the package's manifest.
struct ManifestItem {
    var id: String
    var href: String
    var mediaType: String
    /// EPUB manifest properties such as `nav` or `cover-image`.
    var properties: String? = nil
}

/// What the book says about its own accessibility (EPUB Accessibility 1.1, schema.org terms).
struct AccessibilityFacts {
    /// Images shown in the text or as the cover.
    var imageCount: Int
    /// Every image shown has a non-empty text alternative.
    var everyImageHasAlternative: Bool
    /// The text has headings to move between.
    var hasHeadings: Bool

    var accessModes: [String] { imageCount > 0 ? ["textual", "visual"] : ["textual"] }

    var sufficientAccessModes: [String] {
        if imageCount == 0 { return ["textual"] }
        return everyImageHasAlternative ? ["textual", "textual,visual"] : ["textual,visual"]
    }

    var features: [String] {
        var features = ["tableOfContents", "readingOrder"]
        if hasHeadings { features.append("structuralNavigation") }
        if imageCount > 0, everyImageHasAlternative { features.append("alternativeText") }
        return features
    }

    var summary: String {
        var sentences = ["This publication has a table of contents and follows the reading order of its source."]
        if hasHeadings { sentences.append("Headings mark its structure.") }
        if imageCount > 0 {
            sentences.append(
                everyImageHasAlternative
                    ? "Every image has a text alternative."
                    : "Some images have no text alternative.")
        }
        sentences.append("It contains no flashing, motion or sound.")
        return sentences.joined(separator: " ")
    }
}

/// The package document (`content.opf`): metadata, manifest and reading order.
enum PackageDocument {
    static func xml(
        book: BookDescription, identifier: String, manifest: [ManifestItem], spine: [(idref: String, isLinear: Bool)],
        accessibility: AccessibilityFacts
    ) -> String {
        let metadata = book.metadata
        var lines: [String] = []
        func element(_ name: String, _ value: String, id: String? = nil) {
            let idAttribute = id.map { " id=\"\($0)\"" } ?? ""
            lines.append("<\(name)\(idAttribute)>\(MarkupText.escaped(value))</\(name)>")
        }
        func meta(_ property: String, _ value: String, refines: String? = nil, scheme: String? = nil) {
            let refinement = refines.map { " refines=\"#\($0)\"" } ?? ""
            let schemeAttribute = scheme.map { " scheme=\"\($0)\"" } ?? ""
            lines.append(
                "<meta\(refinement) property=\"\(property)\"\(schemeAttribute)>\(MarkupText.escaped(value))</meta>")
        }

        element("dc:identifier", identifier, id: "book-id")
        element("dc:title", book.title, id: "title")
        meta("title-type", "main", refines: "title")
        if let subtitle = nonEmpty(metadata.subtitle) {
            element("dc:title", subtitle, id: "subtitle")
            meta("title-type", "subtitle", refines: "subtitle")
        }
        for (index, author) in metadata.authors.compactMap(nonEmpty).enumerated() {
            element("dc:creator", author, id: "creator-\(index + 1)")
            meta("role", "aut", refines: "creator-\(index + 1)", scheme: "marc:relators")
        }
        element("dc:language", book.language)
        // W3C date-time forms only: the day is enough and never ambiguous.
        if let date = metadata.date { element("dc:date", date.day ?? date.iso8601) }
        nonEmpty(metadata.sourceURL).map { element("dc:source", $0) }
        nonEmpty(metadata.publisher).map { element("dc:publisher", $0) }
        nonEmpty(metadata.rights).map { element("dc:rights", $0) }
        nonEmpty(metadata.description).map { element("dc:description", $0) }
        metadata.keywords.compactMap(nonEmpty).forEach { element("dc:subject", $0) }
        meta("dcterms:modified", book.modified.iso8601)

        accessibility.accessModes.forEach { meta("schema:accessMode", $0) }
        accessibility.sufficientAccessModes.forEach { meta("schema:accessModeSufficient", $0) }
        accessibility.features.forEach { meta("schema:accessibilityFeature", $0) }
        meta("schema:accessibilityHazard", "none")
        meta("schema:accessibilitySummary", accessibility.summary)
        if let cover = manifest.first(where: { $0.properties == "cover-image" }) {
            // EPUB 2 reading systems find the cover this way.
            lines.append("<meta name=\"cover\" content=\"\(cover.id)\"/>")
        }

        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="\(MarkupText.escapedAttribute(book.language))">
            <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">

            """
        lines.forEach { xml += "  " + $0 + "\n" }
        xml += "</metadata>\n<manifest>\n"
        for item in manifest {
            let properties = item.properties.map { " properties=\"\($0)\"" } ?? ""
            xml +=
                "  <item id=\"\(item.id)\" href=\"\(MarkupText.escapedAttribute(item.href))\" media-type=\"\(item.mediaType)\"\(properties)/>\n"
        }
        // Without it a reading system turns an Arabic or Hebrew book's pages the wrong way.
        let progression = book.metadata.direction == .rightToLeft ? " page-progression-direction=\"rtl\"" : ""
        xml += "</manifest>\n<spine toc=\"ncx\"\(progression)>\n"
        for item in spine {
            xml += "  <itemref idref=\"\(item.idref)\"\(item.isLinear ? "" : " linear=\"no\"")/>\n"
        }
        xml += "</spine>\n</package>\n"
        return xml
    }

    /// `META-INF/container.xml`, which points reading systems at the package document.
    static func container(packagePath: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles>
            <rootfile full-path="\(packagePath)" media-type="application/oebps-package+xml"/>
          </rootfiles>
        </container>

        """
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text = text?.trimmingSpaces, !text.isEmpty else { return nil }
        return text
    }
}
