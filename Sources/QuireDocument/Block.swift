/// A block-level element: something that starts on a new line and stacks vertically.
///
/// Cases with more than one field carry a struct, so adding a field later does not break every
/// `switch` in the writers; adding a case does, on purpose, until each writer handles it.
public enum Block: Sendable, Equatable, Hashable {
    case paragraph([Inline])
    case heading(Heading)
    case blockQuote([Block])
    case bulletList(BulletList)
    case orderedList(OrderedList)
    case definitionList([DefinitionItem])
    case codeBlock(CodeBlock)
    case thematicBreak
    case table(Table)
    case figure(Figure)
    case footnoteDefinition(FootnoteDefinition)
    /// A neutral grouping (an HTML `div`, `section`, `nav`...), kept so transforms can judge
    /// page structure; writers render its content.
    case container(Container)
    /// HTML the source wrote that the tree has no node for (a `<div>` with attributes, a raw
    /// `<table>`, a comment), kept verbatim, including its final line end if any. The HTML and
    /// Markdown writers write it back as it is; other writers show the tree the HTML reader
    /// makes of it, or its text.
    case rawHTML(String)
}

public struct Heading: Sendable, Equatable, Hashable, Codable {
    /// 1 to 6, as in HTML.
    public var level: Int
    /// The anchor other parts of the document link to, without `#`.
    public var id: String?
    public var content: [Inline]

    public init(level: Int, id: String? = nil, content: [Inline]) {
        self.level = min(max(level, 1), 6)
        self.id = id
        self.content = content
    }
}

public struct ListItem: Sendable, Equatable, Hashable, Codable {
    /// `nil` for an ordinary item; `true`/`false` for a checked/unchecked task-list item.
    public var checked: Bool?
    public var content: [Block]

    public init(checked: Bool? = nil, content: [Block]) {
        self.checked = checked
        self.content = content
    }
}

public struct BulletList: Sendable, Equatable, Hashable, Codable {
    /// Tight lists have no blank lines between items (Markdown) and no paragraph spacing.
    public var isTight: Bool
    public var items: [ListItem]

    public init(isTight: Bool = true, items: [ListItem]) {
        self.isTight = isTight
        self.items = items
    }
}

public struct OrderedList: Sendable, Equatable, Hashable, Codable {
    /// The first item's number, within `startRange`.
    public var start: Int
    public var isTight: Bool
    public var items: [ListItem]

    /// The numbers a list may start from: what nine digits write, either side of zero (CommonMark
    /// allows nine). Readers clamp larger ones (`<ol start="9223372036854775807">`), so that
    /// numbering the items can never overflow.
    public static let startRange = -999_999_999...999_999_999

    /// `start` is clamped to `startRange`.
    public init(start: Int = 1, isTight: Bool = true, items: [ListItem]) {
        self.start = Self.clampedStart(start)
        self.isTight = isTight
        self.items = items
    }

    public static func clampedStart(_ start: Int) -> Int {
        min(max(start, startRange.lowerBound), startRange.upperBound)
    }

    /// The number of the item at `index`, saturating instead of overflowing should `start` have
    /// been set beyond `startRange`.
    public func number(ofItemAt index: Int) -> Int {
        let (sum, overflow) = start.addingReportingOverflow(index)
        return overflow ? (index > 0 ? Int.max : Int.min) : sum
    }
}

/// One term of a definition list with its definitions (each a sequence of blocks).
public struct DefinitionItem: Sendable, Equatable, Hashable, Codable {
    public var term: [Inline]
    public var definitions: [[Block]]

    public init(term: [Inline], definitions: [[Block]]) {
        self.term = term
        self.definitions = definitions
    }
}

public struct CodeBlock: Sendable, Equatable, Hashable, Codable {
    /// The language name as written in the source (`swift`, `python`), for highlighting.
    public var language: String?
    /// The code, verbatim, without a final newline.
    public var text: String

    public init(language: String? = nil, text: String) {
        self.language = language
        self.text = text
    }
}

public struct Table: Sendable, Equatable, Hashable, Codable {
    public enum Alignment: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
        case `default`, left, center, right
    }

    public var caption: [Inline]
    /// One entry per column; every row has exactly this many cells.
    public var alignments: [Alignment]
    public var headerRows: [TableRow]
    public var bodyRows: [TableRow]
    public var footerRows: [TableRow]

    public init(
        caption: [Inline] = [], alignments: [Alignment], headerRows: [TableRow] = [],
        bodyRows: [TableRow], footerRows: [TableRow] = []
    ) {
        self.caption = caption
        self.alignments = alignments
        self.headerRows = headerRows
        self.bodyRows = bodyRows
        self.footerRows = footerRows
    }

    public var columnCount: Int { alignments.count }
}

public struct TableRow: Sendable, Equatable, Hashable, Codable {
    /// Each cell holds blocks, so a cell can carry a list or several paragraphs.
    public var cells: [[Block]]

    public init(cells: [[Block]]) {
        self.cells = cells
    }
}

/// Content (usually an image) shown with a caption.
public struct Figure: Sendable, Equatable, Hashable, Codable {
    public var content: [Block]
    public var caption: [Inline]

    public init(content: [Block], caption: [Inline] = []) {
        self.content = content
        self.caption = caption
    }
}

/// The text a `Inline.footnoteReference` with the same label points to.
public struct FootnoteDefinition: Sendable, Equatable, Hashable, Codable {
    public var label: String
    /// The mark the source showed for this note (`4`, `a`), which writers show in its place
    /// so that a page's references keep their numbers; `nil` when notes are numbered 1, 2...
    /// in the order they are referred to (Markdown's footnotes).
    public var marker: String?
    public var content: [Block]

    public init(label: String, marker: String? = nil, content: [Block]) {
        self.label = label
        self.marker = marker
        self.content = content
    }
}

public struct Container: Sendable, Equatable, Hashable, Codable {
    /// The HTML element the container came from (`div`, `article`, `nav`, `aside`...), if any.
    public var element: String?
    public var id: String?
    public var classes: [String]
    public var content: [Block]

    public init(element: String? = nil, id: String? = nil, classes: [String] = [], content: [Block]) {
        self.element = element
        self.id = id
        self.classes = classes
        self.content = content
    }
}
