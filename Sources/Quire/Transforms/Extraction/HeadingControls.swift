import QuireDocument

/// What a heading carries besides its title: a permalink (`¶`, `#`, a link on the title to its
/// own anchor, as Sphinx, MkDocs and GitHub write them) and a wiki's "[edit]" link.
enum HeadingControls {
    /// Whether the heading is mostly a link to another page: a teaser's title. Links to a
    /// place in the page (`#section`) are the heading's own anchors and do not count.
    static func linksElsewhere(_ content: [Inline]) -> Bool {
        var characters = 0
        var elsewhere = 0
        var pending: [(inlines: [Inline], linksElsewhere: Bool)] = [(content, false)]
        while let (sequence, inLink) = pending.popLast() {
            for inline in sequence {
                switch inline {
                case .link(let link): pending.append((link.content, inLink || !isInPage(link.url)))
                case .text(let text), .code(let text):
                    characters += text.unicodeScalars.count
                    if inLink { elsewhere += text.unicodeScalars.count }
                default: pending.append((inline.children, inLink))
                }
            }
        }
        return characters > 0 && Double(elsewhere) > Double(characters) * 0.9
    }

    /// The heading without a trailing "[edit]": a short bracketed link at its end, a control
    /// for editing the page rather than part of the title.
    static func removingEditLink(_ content: [Inline]) -> [Inline] {
        var tail: [Inline] = []
        for inline in content.reversed() {
            tail.insert(inline, at: 0)
            let text = tail.visibleText.trimmingSpaces
            guard text.hasPrefix("[") else { continue }
            let isControl = text.hasSuffix("]") && text.count <= 20 && tail.containsLink
            if isControl, tail.count < content.count { return Array(content.dropLast(tail.count)) }
            return content
        }
        return content
    }

    /// A link to a place in the page itself.
    static func isInPage(_ url: String) -> Bool {
        url.hasPrefix("#")
    }
}

extension Inline {
    /// The inlines inside this one (a link's label, emphasised text...), empty for text.
    fileprivate var children: [Inline] {
        switch self {
        case .link(let link): link.content
        case .emphasis(let content), .strong(let content), .strikethrough(let content), .superscript(let content),
            .subscript(let content):
            content
        case .quoted(let quoted): quoted.content
        case .span(let span): span.content
        default: []
        }
    }
}

extension Array where Element == Inline {
    fileprivate var containsLink: Bool {
        var found = false
        var pending = [self]
        while !found, let sequence = pending.popLast() {
            for inline in sequence {
                if case .link = inline { found = true }
                pending.append(inline.children)
            }
        }
        return found
    }
}
