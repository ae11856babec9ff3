import QuireDocument

/// The images the book carries: those the text shows whose bytes are loaded and of a media type
/// EPUB reading systems support (SVG only without scripts or references, `SVGSafety`), plus the
/// cover (the document's, else one drawn from the metadata, unless there is to be none). Anything else is written
/// as its text alternative.
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

    init(document: Document, blocks: [Block], includesCover: Bool, generatedCover: @autoclosure () -> [UInt8]) {
        var loaded: [String: [UInt8]] = [:]
        for resource in document.resources where loaded[resource.url] == nil {
            if let data = resource.data { loaded[resource.url] = data }
        }
        func add(_ source: String, id: String, name: String) -> Int? {
            if let index = indexBySource[source] { return index }
            guard let data = loaded[source], let mediaType = MediaTypeSniffer.imageMediaType(of: data),
                EPUBWriter.imageMediaTypes.contains(mediaType),
                // The resource loader refuses such SVG with a warning; this keeps a tree made
                // some other way from carrying one into the book.
                mediaType != "image/svg+xml" || SVGSafety.problem(in: data) == nil
            else { return nil }
            let href = "images/\(name).\(MediaTypeSniffer.fileExtension(for: mediaType))"
            items.append(Item(id: id, href: href, mediaType: mediaType, data: data))
            indexBySource[source] = items.count - 1
            return items.count - 1
        }
        if includesCover {
            if let cover = document.metadata.coverImage, let index = add(cover, id: "cover-image", name: "cover") {
                items[index].isCover = true
            } else {
                let drawn = generatedCover()
                items.append(Item(id: "cover-image", href: "images/cover.svg", mediaType: "image/svg+xml", data: drawn, isCover: true))
            }
        }
        TreeWalk.visit(
            blocks,
            inline: { inline in
                guard case .image(let image) = inline else { return }
                // Numbered among the pictures the text shows (the cover, when there is one, is first).
                let number = items.count + (includesCover ? 0 : 1)
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
