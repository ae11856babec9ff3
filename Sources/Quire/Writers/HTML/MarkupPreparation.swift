import QuireDocument

/// The tree made ready for markup: every heading has an id and every id is valid and unique.
/// Links inside the document are resolved as they are written (`target(of:)`): one that
/// points nowhere is written as its text, so no book holds a broken reference; a page keeps it
/// (`keepsUnresolvedFragments`), because the anchor may be the page's own or a script's.
struct PreparedMarkup {
    let blocks: [Block]
    let notes: NotePlan
    private let identifiers: IdentifierAssigner
    private let keepsLink: (String) -> Bool
    private let keepsUnresolvedFragments: Bool

    /// - Parameters:
    ///   - reserving: ids the page itself uses, which the document's ids must avoid.
    ///   - keepsLink: decides, for each link that is not a `#fragment`, whether it stays a link;
    ///     a rejected link becomes its text.
    ///   - keepsUnresolvedFragments: whether a `#fragment` that names no id of the document
    ///     stays a link (to itself) instead of becoming its text.
    init(
        _ blocks: [Block], reserving: Set<String> = [], keepsUnresolvedFragments: Bool = false,
        keepsLink: @escaping (String) -> Bool
    ) {
        notes = NotePlan(blocks)
        var identifiers = IdentifierAssigner(reserved: notes.reservedIdentifiers.union(reserving))
        self.blocks = blocks.map { identifiers.block($0) }
        self.identifiers = identifiers
        self.keepsLink = keepsLink
        self.keepsUnresolvedFragments = keepsUnresolvedFragments
    }

    /// Where a link should go: the final id for a `#fragment`, the URL itself for
    /// other links the policy keeps, or `nil` when the link must be written as its text.
    func target(of url: String) -> LinkTarget? {
        if url.hasPrefix("#") {
            if let identifier = identifiers.resolve(fragment: String(url.dropFirst())) { return .identifier(identifier) }
            return keepsUnresolvedFragments ? .url(url) : nil
        }
        return keepsLink(url) ? .url(url) : nil
    }
}

enum LinkTarget: Equatable {
    /// An id of the document, wherever the split put it.
    case identifier(String)
    case url(String)
}

/// Footnotes numbered 1, 2, 3... in the order they are first referred to, whatever their labels;
/// a note with the source's own marker (a page's `[4]`) shows that marker instead.
struct NotePlan {
    struct Note {
        let number: Int
        /// What the reference and the note show: the source's own mark, or the number.
        let marker: String
        let content: [Block]
        /// False for a definition nothing refers to: it is still shown, without a link back.
        let isReferenced: Bool
    }

    /// Indexed by `number - 1`.
    private(set) var notes: [Note] = []
    private var numberByLabel: [String: Int] = [:]

    init(_ blocks: [Block]) {
        var definitions: [FootnoteDefinition] = []
        var references: [String] = []
        TreeWalk.visit(
            blocks,
            block: { block in
                if case .footnoteDefinition(let definition) = block { definitions.append(definition) }
            },
            inline: { inline in
                if case .footnoteReference(let label) = inline { references.append(label) }
            })
        guard !definitions.isEmpty else { return }
        var firstDefinition: [String: Int] = [:]
        for (index, definition) in definitions.enumerated() where firstDefinition[definition.label] == nil {
            firstDefinition[definition.label] = index
        }
        var numbered = Set<Int>()
        for label in references where numberByLabel[label] == nil {
            guard let index = firstDefinition[label] else { continue }
            let definition = definitions[index]
            notes.append(
                Note(
                    number: notes.count + 1, marker: definition.marker ?? String(notes.count + 1),
                    content: definition.content, isReferenced: true))
            numberByLabel[label] = notes.count
            numbered.insert(index)
        }
        for (index, definition) in definitions.enumerated() where !numbered.contains(index) {
            notes.append(
                Note(
                    number: notes.count + 1, marker: definition.marker ?? String(notes.count + 1),
                    content: definition.content, isReferenced: false))
        }
    }

    /// The note a reference points to, or `nil` when no definition has that label.
    func number(forLabel label: String) -> Int? { numberByLabel[label] }

    func note(_ number: Int) -> Note { notes[number - 1] }

    static func noteIdentifier(_ number: Int) -> String { "fn-\(number)" }
    static func referenceIdentifier(_ number: Int) -> String { "fnref-\(number)" }

    /// Ids the notes use, which the document's own ids must not take.
    var reservedIdentifiers: Set<String> {
        Set(notes.indices.flatMap { [Self.noteIdentifier($0 + 1), Self.referenceIdentifier($0 + 1)] })
    }
}

/// Gives headings, containers and spans valid unique ids, in reading order, and remembers what
/// each original id became so links can follow.
private struct IdentifierAssigner {
    private var used: Set<String>
    private let reserved: Set<String>
    private var finalByOriginal: [String: String] = [:]
    private var nextSuffix: [String: Int] = [:]

    init(reserved: Set<String>) {
        used = reserved
        self.reserved = reserved
    }

    mutating func block(_ block: Block) -> Block {
        var block = block
        switch block {
        case .heading(var heading):
            heading.id = unique(original: heading.id, fallback: MarkupText.slug(heading.content.plainText) ?? "section")
            block = .heading(heading)
        case .container(var container):
            container.id = container.id.flatMap { unique(original: $0, fallback: nil) }
            block = .container(container)
        default:
            break
        }
        return block.mapChildren(blocks: { $0.map { self.block($0) } }, inlines: { $0.map { inline($0) } })
    }

    private mutating func inline(_ inline: Inline) -> Inline {
        var inline = inline
        if case .span(var span) = inline, let id = span.id {
            span.id = unique(original: id, fallback: nil)
            inline = .span(span)
        }
        return inline.mapChildren { $0.map { self.inline($0) } }
    }

    /// The final id for a `#fragment` (percent-encoded or not), if the document has it.
    func resolve(fragment: String) -> String? {
        let decoded = percentDecoded(fragment)
        if let target = finalByOriginal[decoded] { return target }
        // Markdown authors link to the ids sites generate from heading text.
        if used.contains(decoded), !reserved.contains(decoded) { return decoded }
        return nil
    }

    private mutating func unique(original: String?, fallback: String?) -> String? {
        guard let base = original.flatMap(MarkupText.identifier) ?? fallback else { return nil }
        var candidate = base
        if used.contains(candidate) {
            var suffix = nextSuffix[base] ?? 2
            while used.contains("\(base)-\(suffix)") { suffix += 1 }
            candidate = "\(base)-\(suffix)"
            nextSuffix[base] = suffix + 1
        }
        used.insert(candidate)
        if let original, finalByOriginal[original] == nil { finalByOriginal[original] = candidate }
        return candidate
    }
}

