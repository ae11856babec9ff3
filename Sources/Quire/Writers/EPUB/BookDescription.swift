import QuireDocument

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
