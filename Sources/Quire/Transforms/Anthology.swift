import QuireDocument

/// Several documents made into one book: one part per document, each opening with a level-1
/// heading (its title) and a byline (subtitle, authors, date, source), followed by its text with
/// every heading one level lower.
///
/// Each part's ids, in-document links and footnote labels get a `partN-` prefix, so two inputs
/// that both have a `#intro` or a footnote `1` keep pointing at their own.
public enum Anthology {
    public static func book(_ parts: [Document]) -> Document {
        var book = Document()
        var titles: [String] = []
        for (index, part) in parts.enumerated() {
            let number = index + 1
            var blocks = prefixingNames(part.blocks, with: "part\(number)-")
            let title = partTitle(part, blocks: blocks) ?? "Part \(number)"
            titles.append(title)
            // The text often repeats its title as its first heading; the part heading replaces it.
            if case .heading(let heading) = blocks.first, heading.content.plainText.trimmingSpaces == title {
                blocks.removeFirst()
            }
            book.blocks.append(.heading(Heading(level: 1, id: "part-\(number)", content: [.text(title)])))
            let byline = self.byline(part.metadata)
            if !byline.isEmpty {
                book.blocks.append(.container(Container(classes: ["part-byline"], content: byline)))
            }
            book.blocks += blocks.rewritingBlocks { block in
                guard case .heading(var heading) = block else { return [block] }
                heading.level = min(heading.level + 1, 6)
                return [.heading(heading)]
            }
            for resource in part.resources where !book.resources.contains(where: { $0.url == resource.url }) {
                book.resources.append(resource)
            }
        }
        book.metadata = bookMetadata(parts.map(\.metadata), titles: titles)
        return book
    }

    private static func partTitle(_ part: Document, blocks: [Block]) -> String? {
        if let title = part.metadata.title?.trimmingSpaces, !title.isEmpty { return title }
        guard case .heading(let heading) = blocks.first else { return nil }
        let text = heading.content.plainText.trimmingSpaces
        return text.isEmpty ? nil : text
    }

    private static func byline(_ metadata: Metadata) -> [Block] {
        var lines: [Block] = []
        if let subtitle = metadata.subtitle?.trimmingSpaces, !subtitle.isEmpty {
            lines.append(.paragraph([.text(subtitle)]))
        }
        let authors = metadata.authors.map(\.trimmingSpaces).filter { !$0.isEmpty }
        if !authors.isEmpty { lines.append(.paragraph([.text(authors.joined(separator: ", "))])) }
        if let date = metadata.date { lines.append(.paragraph([.text(date.day ?? date.iso8601)])) }
        if let source = metadata.sourceURL?.trimmingSpaces, !source.isEmpty {
            lines.append(.paragraph([.link(Link(url: source, content: [.text(source)]))]))
        }
        return lines
    }

    /// What the parts share: every author once, and the language, publisher and rights when all
    /// parts agree. The title lists the parts' titles until `--metadata title=` names the book.
    private static func bookMetadata(_ parts: [Metadata], titles: [String]) -> Metadata {
        var metadata = Metadata(title: titles.joined(separator: "; "))
        for author in parts.flatMap(\.authors) where !metadata.authors.contains(author) {
            metadata.authors.append(author)
        }
        func shared(_ field: (Metadata) -> String?) -> String? {
            let values = Set(parts.map(field))
            return values.count == 1 ? values.first ?? nil : nil
        }
        metadata.language = shared(\.language)
        metadata.publisher = shared(\.publisher)
        metadata.rights = shared(\.rights)
        return metadata
    }

    private static func prefixingNames(_ blocks: [Block], with prefix: String) -> [Block] {
        let renamed = blocks.rewritingBlocks { block -> [Block] in
            switch block {
            case .heading(var heading):
                heading.id = heading.id.map { prefix + $0 }
                return [.heading(heading)]
            case .container(var container):
                container.id = container.id.map { prefix + $0 }
                return [.container(container)]
            case .footnoteDefinition(var definition):
                definition.label = prefix + definition.label
                return [.footnoteDefinition(definition)]
            default:
                return [block]
            }
        }
        return renamed.rewritingInlines { inline -> [Inline] in
            switch inline {
            case .span(var span):
                span.id = span.id.map { prefix + $0 }
                return [.span(span)]
            case .link(var link) where link.url.hasPrefix("#") && link.url.count > 1:
                link.url = "#" + prefix + percentDecoded(String(link.url.dropFirst()))
                return [.link(link)]
            case .footnoteReference(let label):
                return [.footnoteReference(prefix + label)]
            default:
                return [inline]
            }
        }
    }
}
