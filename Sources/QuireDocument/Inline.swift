/// An element inside a line of text: words, their emphasis, links, images and breaks.
public enum Inline: Sendable, Equatable, Hashable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case superscript([Inline])
    case `subscript`([Inline])
    case code(String)
    case link(Link)
    case image(Image)
    /// A hard line break that the author meant (`<br>`, two trailing spaces in Markdown).
    case lineBreak
    /// A line end in the source that carries no meaning; writers may re-flow it as a space.
    case softBreak
    /// Points to the `Block.footnoteDefinition` with the same label.
    case footnoteReference(String)
    case quoted(Quoted)
    /// A neutral inline grouping (an HTML `span`, `mark`, `abbr`...) that keeps its id and classes.
    /// With an id and no content it is an anchor: the place a `#id` link of the document lands.
    /// With `math` it is a formula.
    case span(Span)
    /// One piece of raw HTML inside a line, verbatim: a tag (`<span class="x">`, `</span>`), a
    /// comment, a processing instruction, a declaration or a CDATA section, as CommonMark
    /// delimits them. Tags with a tree equivalent (`<em>`, `<a href>`...) are read as nodes
    /// instead. Writers that cannot carry it show its text (`rawHTMLText`).
    case rawHTML(String)
}

public struct Link: Sendable, Equatable, Hashable, Codable {
    public var url: String
    public var title: String?
    public var content: [Inline]

    public init(url: String, title: String? = nil, content: [Inline]) {
        self.url = url
        self.title = title
        self.content = content
    }
}

public struct Image: Sendable, Equatable, Hashable, Codable {
    /// The URL or path, matching a `Resource.url` once the image is loaded.
    public var source: String
    /// The text alternative: what a screen reader says and plain text shows.
    public var alternativeText: String
    public var title: String?

    public init(source: String, alternativeText: String = "", title: String? = nil) {
        self.source = source
        self.alternativeText = alternativeText
        self.title = title
    }
}

/// A quotation inside running text (HTML `q`), whose marks depend on the output language.
public struct Quoted: Sendable, Equatable, Hashable, Codable {
    public enum Kind: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
        case single, double
    }

    public var kind: Kind
    public var content: [Inline]

    public init(kind: Kind = .double, content: [Inline]) {
        self.kind = kind
        self.content = content
    }
}

public struct Span: Sendable, Equatable, Hashable, Codable {
    public var id: String?
    public var classes: [String]
    /// For a formula, its text (`Math.text`): what extraction measures and what a writer that
    /// cannot show formulas writes.
    public var content: [Inline]
    /// The formula this span is, for the writers that show formulas (HTML and EPUB as MathML,
    /// Markdown as `$TeX$`).
    public var math: Math?

    public init(id: String? = nil, classes: [String] = [], content: [Inline], math: Math? = nil) {
        self.id = id
        self.classes = classes
        self.content = content
        self.math = math
    }

    /// A formula, its text as content.
    public init(math: Math) {
        self.init(content: math.text.isEmpty ? [] : [.text(math.text)], math: math)
    }
}

/// A formula, kept in the forms writers need: TeX for Markdown and plain text, MathML for HTML
/// and EPUB. A reader fills in what the source has; at least one of the two is set.
public struct Math: Sendable, Equatable, Hashable, Codable {
    public enum Display: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
        /// Part of the running text (`$x$`).
        case inline
        /// Set apart, centred on a line of its own (`$$x$$`, MathML `display="block"`).
        case block
    }

    public var display: Display
    /// The TeX source (`A^{*}`), without `$` delimiters or a `\displaystyle` wrapper.
    public var tex: String?
    /// A `<math>` element as markup. Writers parse it and keep only MathML elements and safe
    /// attributes, so a tree from any source can never put scripts or styles into a page.
    public var mathML: String?

    public init(display: Display = .inline, tex: String? = nil, mathML: String? = nil) {
        self.display = display
        self.tex = tex
        self.mathML = mathML
    }
}
