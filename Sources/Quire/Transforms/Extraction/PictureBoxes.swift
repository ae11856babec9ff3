import QuireDocument

/// Makes figures of the picture boxes pages build from `div`s: a box named for a picture
/// (`image-wrapper`, `photo`, `InlineImage`, `wp-caption`, `Image_caption`) holding an image and
/// a few lines of text, or a box named as a caption or credit holding only a few lines.
///
/// Many sites never use `<figure>`: a photo's caption and credit are then paragraphs like any
/// other, and a reader of the text meets "Protesters gather outside the court (Image: Getty)"
/// between two paragraphs of the story. As a figure, the same words are the picture's caption:
/// HTML and EPUB show them under the image, and plain text without images leaves them out with
/// the picture they describe (`docs/plain-text.md`). Nothing is removed here; only the box's
/// kind changes.
///
/// A box qualifies only when it holds nothing but paragraphs (and boxes or figures of them),
/// at most `longestCaption` words of text: a box named `media` holding a story is not a
/// caption. Boxes are judged outermost first, so an image box and the caption box inside it
/// become one figure.
enum PictureBoxes {
    /// Words of text a picture's caption and credit run to, at most (agency captions reach 60).
    static let longestCaption = 80

    /// `blocks` with every picture box made a figure.
    static func apply(_ blocks: [Block]) -> [Block] {
        blocks.map { block in
            switch block {
            case .container(var container):
                if let figure = figure(from: container) { return .figure(figure) }
                container.content = apply(container.content)
                return .container(container)
            case .bulletList(var list):
                list.items = list.items.map { ListItem(checked: $0.checked, content: apply($0.content)) }
                return .bulletList(list)
            case .orderedList(var list):
                list.items = list.items.map { ListItem(checked: $0.checked, content: apply($0.content)) }
                return .orderedList(list)
            case .blockQuote(let content):
                return .blockQuote(apply(content))
            default:
                return block
            }
        }
    }

    /// The figure `container` stands for, or `nil` when it is not a picture box.
    private static func figure(from container: Container) -> Figure? {
        guard container.element == nil || container.element == "div" else { return nil }
        let kind = pictureKind(container)
        guard kind != .none else { return nil }
        var pictures: [Block] = []
        var caption: [[Inline]] = []
        var words = 0
        var onlyPictureParts = true
        func collect(_ blocks: [Block]) {
            for block in blocks where onlyPictureParts {
                switch block {
                case .paragraph(let content):
                    let images = content.filter(Self.isImage)
                    if !images.isEmpty { pictures.append(.paragraph(images)) }
                    let text = content.filter { !Self.isImage($0) }
                    let count = text.visibleText.split(whereSeparator: \.isWhitespace).count
                    if count > 0 {
                        words += count
                        caption.append(text)
                    }
                case .figure(let figure):
                    collect(figure.content)
                    if !figure.caption.visibleText.isEmpty { caption.append(figure.caption) }
                case .container(let inner):
                    collect(inner.content)
                default:
                    onlyPictureParts = false
                }
            }
        }
        collect(container.content)
        guard onlyPictureParts, words <= Self.longestCaption, kind == .caption || !pictures.isEmpty else { return nil }
        guard !pictures.isEmpty || !caption.isEmpty else { return nil }
        return Figure(content: pictures, caption: Self.joined(caption))
    }

    private enum Kind { case none, picture, caption }

    /// What the box's class names and id say: a picture (`photo`, `image`...), its caption or
    /// credit, or neither.
    private static func pictureKind(_ container: Container) -> Kind {
        var kind = Kind.none
        for name in container.classes + (container.id.map { [$0] } ?? []) {
            let words = ClassHints.words(of: name)
            let joined = words.joined()
            if Self.captionStems.contains(where: { ClassHints.occurs($0, in: joined) }) { return .caption }
            if words.contains(where: Self.pictureWords.contains)
                || Self.pictureStems.contains(where: { ClassHints.occurs($0, in: joined) })
            {
                kind = .picture
            }
        }
        return kind
    }

    /// Stems that name a caption or a credit, also inside a word (`imageEmbedCaption`).
    static let captionStems = ["caption", "credit"]
    /// Stems that name a picture, also inside a word (`InlineImage`, `photograph`).
    static let pictureStems = ["image", "photo", "picture", "gallery"]
    /// Short words that name a picture only as whole words (`img` but not `imgur`).
    static let pictureWords: Set<String> = ["img", "pic", "media", "figure"]

    /// Caption paragraphs as one line of text, separated by spaces.
    private static func joined(_ parts: [[Inline]]) -> [Inline] {
        var caption: [Inline] = []
        for part in parts {
            if !caption.isEmpty { caption.append(.text(" ")) }
            caption += part
        }
        return caption
    }

    private static func isImage(_ inline: Inline) -> Bool {
        switch inline {
        case .image: return true
        case .link(let link): return !link.content.isEmpty && link.content.allSatisfy(isImage)
        default: return false
        }
    }
}
