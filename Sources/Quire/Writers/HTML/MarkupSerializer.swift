import QuireDocument

/// How the markup is spelled: HTML5 for web pages, XHTML (the XML syntax of HTML5, with EPUB's
/// `epub:type` semantics) for EPUB content documents.
enum MarkupFlavor: Sendable {
    case html
    case xhtml
}

/// The answers that depend on where the markup ends up, so one serializer writes both a single
/// web page and a book split into chapter files.
struct MarkupLinks {
    /// The `href` for an id of the document, as seen from the file being written (`#mill` or
    /// `chapter-002.xhtml#mill`).
    var hrefForIdentifier: (String) -> String
    /// The `src` for an image, or `nil` when it is not available: the image is then written as
    /// its text alternative, never as a broken reference.
    var imageSource: (Image) -> String?
}

/// Writes blocks and inlines of a `PreparedMarkup` tree as HTML or XHTML.
///
/// It recurses over the tree, which readers cap at `Document.maximumDepth` levels.
struct MarkupSerializer {
    let flavor: MarkupFlavor
    /// The tree's notes and link targets (the blocks themselves are passed to `writeBlocks`).
    let prepared: PreparedMarkup
    /// Replaced for each chapter of a book, since hrefs depend on the file being written.
    var links: MarkupLinks
    let quotes: QuoteMarks

    /// The markup written since the last `takeOutput()`.
    private var output = ""
    /// How many references to each note were written so far: the first one carries the id the
    /// note links back to.
    private var referencesWritten: [Int: Int] = [:]
    /// Inside a link, links and note references become plain text (HTML forbids nested links).
    private var linkDepth = 0
    /// Inside a header cell, headings and sectioning elements are not allowed.
    private var headerCellDepth = 0

    init(flavor: MarkupFlavor, prepared: PreparedMarkup, links: MarkupLinks, quotes: QuoteMarks) {
        self.flavor = flavor
        self.prepared = prepared
        self.links = links
        self.quotes = quotes
        output.reserveCapacity(1 << 16)
    }

    /// Returns what was written and starts afresh; note numbering carries on, as for the next
    /// chapter of a book.
    mutating func takeOutput() -> String {
        defer { output = "" }
        return output
    }

    /// `<br>` in HTML, `<br/>` in XHTML.
    private var voidEnd: String { flavor == .xhtml ? "/>" : ">" }

    // MARK: Blocks

    mutating func writeBlocks(_ blocks: [Block]) {
        for block in blocks { writeBlock(block) }
    }

    private mutating func writeBlock(_ block: Block) {
        switch block {
        case .paragraph(let content):
            output += "<p>"
            writeInlines(content)
            output += "</p>\n"
        case .heading(let heading):
            writeHeading(heading)
        case .blockQuote(let content):
            output += "<blockquote>\n"
            writeBlocks(content)
            output += "</blockquote>\n"
        case .bulletList(let list):
            output += "<ul>\n"
            for item in list.items { writeListItem(item, isTight: list.isTight) }
            output += "</ul>\n"
        case .orderedList(let list):
            output += list.start == 1 ? "<ol>\n" : "<ol start=\"\(list.start)\">\n"
            for item in list.items { writeListItem(item, isTight: list.isTight) }
            output += "</ol>\n"
        case .definitionList(let items):
            writeDefinitionList(items)
        case .codeBlock(let code):
            // The language's first word as written (`c++`, `foo+bar`), as CommonMark renders it: a
            // class may hold any character but white space.
            let language = code.language.flatMap { $0.split(whereSeparator: \.isWhitespace).first }
            output += language.map { "<pre><code class=\"language-\(MarkupText.escapedAttribute(String($0)))\">" } ?? "<pre><code>"
            output += MarkupText.escaped(code.text)
            // A browser shows no line after a final line end, so code that ends with a blank
            // line needs one more to show it.
            if code.text.hasSuffix("\n") { output += "\n" }
            output += "</code></pre>\n"
        case .thematicBreak:
            output += "<hr" + voidEnd + "\n"
        case .table(let table):
            writeTable(table)
        case .figure(let figure):
            writeFigure(figure)
        case .footnoteDefinition:
            // Written with the notes, where the plan places them.
            break
        case .container(let container):
            writeContainer(container)
        case .rawHTML(let html):
            writeRawHTML(html, isBlock: true)
        }
    }

    /// Raw HTML goes into a web page as it is, through GitHub's tag filter (`<script>`,
    /// `<textarea>`… shown as text), as cmark-gfm writes it; `UnsafeURLRemoval` has already
    /// resolved any that could run a script. An XHTML page (a book's) must stay well-formed,
    /// so it gets the tree the HTML reader makes of the HTML, as the EPUB writer prepares it
    /// (`RawHTMLResolution`).
    private mutating func writeRawHTML(_ html: String, isBlock: Bool) {
        switch flavor {
        case .html:
            output += RawHTMLTag.filteringDisallowedTags(html)
            if isBlock { output += "\n" }
        case .xhtml:
            if isBlock {
                writeBlocks(RawHTMLResolution.blocks(ofHTML: html))
            } else {
                writeInlines(RawHTMLResolution.inlines(ofHTML: html))
            }
        }
    }

    private mutating func writeHeading(_ heading: Heading) {
        let id = heading.id.map { " id=\"\(MarkupText.escapedAttribute($0))\"" } ?? ""
        if headerCellDepth > 0 {
            output += "<p class=\"heading\"\(id)><strong>"
            writeInlines(heading.content)
            output += "</strong></p>\n"
            return
        }
        output += "<h\(heading.level)\(id)>"
        writeInlines(heading.content)
        output += "</h\(heading.level)>\n"
    }

    private mutating func writeListItem(_ item: ListItem, isTight: Bool) {
        output += "<li>"
        var content = item.content
        if let checked = item.checked {
            // A character rather than a form control: reading systems show it, screen readers say it.
            let marker = Inline.text(checked ? "☑ " : "☐ ")
            if case .paragraph(let inlines) = content.first {
                content[0] = .paragraph([marker] + inlines)
            } else {
                content.insert(.paragraph([marker]), at: 0)
            }
        }
        if isTight {
            for (index, block) in content.enumerated() {
                if case .paragraph(let inlines) = block {
                    writeInlines(inlines)
                    if index + 1 < content.count { output += "\n" }
                } else {
                    if index == 0 { output += "\n" }
                    writeBlock(block)
                }
            }
        } else {
            output += "\n"
            writeBlocks(content)
        }
        output += "</li>\n"
    }

    private mutating func writeDefinitionList(_ items: [DefinitionItem]) {
        output += "<dl>\n"
        for item in items {
            output += "<dt>"
            writeInlines(item.term)
            output += "</dt>\n"
            // HTML requires at least one definition after each term.
            for definition in item.definitions.isEmpty ? [[]] : item.definitions {
                output += "<dd>"
                writeCellContent(definition)
                output += "</dd>\n"
            }
        }
        output += "</dl>\n"
    }

    /// A single paragraph is written as its text alone; anything else as blocks.
    private mutating func writeCellContent(_ blocks: [Block]) {
        if blocks.count == 1, case .paragraph(let inlines) = blocks[0] {
            writeInlines(inlines)
        } else if !blocks.isEmpty {
            output += "\n"
            writeBlocks(blocks)
        }
    }

    private mutating func writeTable(_ table: Table) {
        output += "<table>\n"
        if !table.caption.isEmpty {
            output += "<caption>"
            writeInlines(table.caption)
            output += "</caption>\n"
        }
        for (element, rows) in [("thead", table.headerRows), ("tbody", table.bodyRows), ("tfoot", table.footerRows)]
        where !rows.isEmpty {
            output += "<\(element)>\n"
            let cellElement = element == "thead" ? "th" : "td"
            for row in rows {
                output += "<tr>"
                for (column, cell) in row.cells.enumerated() {
                    let alignment = column < table.alignments.count ? table.alignments[column] : .default
                    let style = alignment == .default ? "" : " style=\"text-align: \(alignment.rawValue)\""
                    output += "<\(cellElement)\(style)>"
                    if cellElement == "th" { headerCellDepth += 1 }
                    writeCellContent(cell)
                    if cellElement == "th" { headerCellDepth -= 1 }
                    output += "</\(cellElement)>"
                }
                output += "</tr>\n"
            }
            output += "</\(element)>\n"
        }
        output += "</table>\n"
    }

    private mutating func writeFigure(_ figure: Figure) {
        output += "<figure>\n"
        for block in figure.content {
            // An image alone in its paragraph is the figure's content, not a paragraph of text.
            if case .paragraph(let inlines) = block, inlines.count == 1, case .image = inlines[0] {
                writeInlines(inlines)
                output += "\n"
            } else {
                writeBlock(block)
            }
        }
        if !figure.caption.isEmpty {
            output += "<figcaption>"
            writeInlines(figure.caption)
            output += "</figcaption>\n"
        }
        output += "</figure>\n"
    }

    private mutating func writeContainer(_ container: Container) {
        // Only elements whose content model accepts any flow content keep their name; `header`,
        // `nav`, `main` and the like become `div` so no nesting rule can be broken.
        var element = "div"
        if headerCellDepth == 0, let source = container.element, ["section", "article", "aside"].contains(source) {
            element = source
        }
        output += "<\(element)"
        if let id = container.id { output += " id=\"\(MarkupText.escapedAttribute(id))\"" }
        let classes = MarkupText.classList(container.classes)
        if !classes.isEmpty { output += " class=\"\(classes)\"" }
        output += ">\n"
        writeBlocks(container.content)
        output += "</\(element)>\n"
    }

    // MARK: Notes

    /// The notes with these numbers, in a section of their own; referenced notes link back to
    /// their first reference.
    mutating func writeNotes(_ numbers: [Int]) {
        guard !numbers.isEmpty else { return }
        output +=
            flavor == .xhtml
            ? "<section class=\"footnotes\" epub:type=\"footnotes\">\n" : "<section class=\"footnotes\">\n"
        for number in numbers {
            let note = prepared.notes.note(number)
            let id = NotePlan.noteIdentifier(number)
            if note.isReferenced {
                let semantics = flavor == .xhtml ? " epub:type=\"footnote\"" : ""
                output += "<aside id=\"\(id)\" class=\"footnote\"\(semantics) role=\"doc-footnote\">\n"
            } else {
                // Reading systems hide `epub:type="footnote"` until a reference is followed; a
                // note nothing refers to must stay visible.
                output += "<div id=\"\(id)\" class=\"footnote\">\n"
            }
            let href = MarkupText.escapedAttribute(links.hrefForIdentifier(NotePlan.referenceIdentifier(number)))
            let shown = MarkupText.escaped(note.marker)
            let marker =
                note.isReferenced
                ? "<a href=\"\(href)\" class=\"footnote-back\" role=\"doc-backlink\">\(shown).</a> "
                : "<span class=\"footnote-number\">\(shown).</span> "
            var content = note.content
            if case .paragraph(let inlines) = content.first {
                output += "<p>" + marker
                writeInlines(inlines)
                output += "</p>\n"
                content.removeFirst()
            } else {
                output += "<p>" + marker + "</p>\n"
            }
            writeBlocks(content)
            output += note.isReferenced ? "</aside>\n" : "</div>\n"
        }
        output += "</section>\n"
    }

    // MARK: Inlines

    mutating func writeInlines(_ inlines: [Inline]) {
        for inline in inlines { writeInline(inline) }
    }

    private mutating func writeInline(_ inline: Inline) {
        switch inline {
        case .text(let text):
            output += MarkupText.escaped(text)
        case .emphasis(let content):
            wrap("em", content)
        case .strong(let content):
            wrap("strong", content)
        case .strikethrough(let content):
            wrap("s", content)
        case .superscript(let content):
            wrap("sup", content)
        case .subscript(let content):
            wrap("sub", content)
        case .code(let text):
            output += "<code>" + MarkupText.escaped(text) + "</code>"
        case .link(let link):
            writeLink(link)
        case .image(let image):
            writeImage(image)
        case .lineBreak:
            output += "<br" + voidEnd + "\n"
        case .softBreak:
            output += "\n"
        case .footnoteReference(let label):
            writeNoteReference(label)
        case .rawHTML(let html):
            writeRawHTML(html, isBlock: false)
        case .quoted(let quoted):
            let (open, close) = quoted.kind == .double ? quotes.double : quotes.single
            output += open
            writeInlines(quoted.content)
            output += close
        case .span(let span):
            if let math = span.math { return writeMath(math, text: span.content) }
            let classes = MarkupText.classList(span.classes)
            guard span.id != nil || !classes.isEmpty else { return writeInlines(span.content) }
            output += "<span"
            if let id = span.id { output += " id=\"\(MarkupText.escapedAttribute(id))\"" }
            if !classes.isEmpty { output += " class=\"\(classes)\"" }
            output += ">"
            writeInlines(span.content)
            output += "</span>"
        }
    }

    private mutating func wrap(_ element: String, _ content: [Inline]) {
        output += "<\(element)>"
        writeInlines(content)
        output += "</\(element)>"
    }

    private mutating func writeLink(_ link: Link) {
        guard linkDepth == 0, let target = prepared.target(of: link.url) else { return writeInlines(link.content) }
        let href: String
        switch target {
        case .identifier(let id): href = MarkupText.escapedAttribute(links.hrefForIdentifier(id))
        case .url(let url): href = MarkupText.urlAttribute(url)
        }
        output += "<a href=\"\(href)\""
        if let title = link.title, !title.isEmpty { output += " title=\"\(MarkupText.escapedAttribute(title))\"" }
        output += ">"
        linkDepth += 1
        writeInlines(link.content)
        linkDepth -= 1
        output += "</a>"
    }

    private mutating func writeImage(_ image: Image) {
        guard let source = links.imageSource(image) else {
            output += MarkupText.escaped(image.alternativeText)
            return
        }
        output +=
            "<img src=\"\(MarkupText.urlAttribute(source))\" alt=\"\(MarkupText.escapedAttribute(image.alternativeText))\""
        if let title = image.title, !title.isEmpty { output += " title=\"\(MarkupText.escapedAttribute(title))\"" }
        output += voidEnd
    }

    /// A formula as MathML parsed from the tree's markup and written again (so only MathML
    /// reaches the page), or, without usable MathML, as its text (the TeX, usually).
    private mutating func writeMath(_ math: Math, text: [Inline]) {
        if var element = math.mathML.flatMap(MathMLElement.init(markup:)) {
            element.attributes.removeAll { $0.name == "display" }
            if math.display == .block { element.attributes.insert(.init(name: "display", value: "block"), at: 0) }
            if let tex = math.tex, !element.attributes.contains(where: { $0.name == "alttext" }) {
                element.attributes.append(.init(name: "alttext", value: tex))
            }
            output += element.markup
            return
        }
        output += "<span class=\"math\">"
        writeInlines(text)
        output += "</span>"
    }

    private mutating func writeNoteReference(_ label: String) {
        guard let number = prepared.notes.number(forLabel: label) else {
            // A reference to a note that does not exist keeps its label as text.
            output += MarkupText.escaped("[\(label)]")
            return
        }
        let count = referencesWritten[number, default: 0] + 1
        referencesWritten[number] = count
        let id = count == 1 ? " id=\"\(NotePlan.referenceIdentifier(number))\"" : ""
        guard linkDepth == 0 else {
            output += "<sup\(id)>\(MarkupText.escaped(prepared.notes.note(number).marker))</sup>"
            return
        }
        let href = MarkupText.escapedAttribute(links.hrefForIdentifier(NotePlan.noteIdentifier(number)))
        let semantics = flavor == .xhtml ? " epub:type=\"noteref\"" : ""
        let marker = MarkupText.escaped(prepared.notes.note(number).marker)
        output +=
            "<sup><a\(id) href=\"\(href)\" class=\"footnote-ref\"\(semantics) role=\"doc-noteref\">\(marker)</a></sup>"
    }
}

/// The quotation marks for `Inline.quoted`, chosen by the document's language.
struct QuoteMarks {
    var double: (String, String)
    var single: (String, String)

    init(language: String?) {
        switch language.map({ String($0.lowercased().prefix(2)) }) {
        case "fr":
            double = ("«\u{00A0}", "\u{00A0}»")
            single = ("“", "”")
        case "de":
            double = ("„", "“")
            single = ("‚", "‘")
        case "es", "it", "pt":
            double = ("«", "»")
            single = ("“", "”")
        default:
            double = ("“", "”")
            single = ("‘", "’")
        }
    }
}
