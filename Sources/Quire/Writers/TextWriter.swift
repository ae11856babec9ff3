import QuireDocument

/// Writes clean plain text: wrapped paragraphs, set-off headings, indented lists and quotes,
/// tables as aligned columns, links and footnotes as numbered notes at the end.
///
/// No markup survives: no `**`, no `[x](y)`, no tags or entities. Widths are measured in
/// terminal cells (`TerminalWidth`), so Chinese, Japanese, Korean and combining accents line
/// up; no line ends with a space. The output reads back through `TextReader` into the same
/// text: headings, lists, notes and the title block are written in shapes the reader knows.
public enum TextWriter {
    /// Page width, wrapping, link style and character set of the text; the defaults suit a
    /// terminal or an e-mail.
    public struct Options: Sendable, Equatable {
        /// Whether paragraphs are filled to the page width.
        public enum Wrap: String, Sendable, CaseIterable {
            /// Fill lines up to `columns`.
            case auto
            /// One line per paragraph, for programs that wrap text themselves.
            case none
        }

        /// Where a link's URL goes.
        public enum LinkStyle: String, Sendable, CaseIterable {
            /// `label[^1]` in the text and the URLs numbered at the end, as lynx does.
            case footnotes
            /// `label <url>`.
            case inline
            /// The label only.
            case none
        }

        /// How the numbered notes are marked, in the text and at the end.
        public enum NoteMarker: String, Sendable, CaseIterable {
            /// `[^1]`, which a page's own bracketed numbers (`[1]`, citations in the text it
            /// was given) cannot be mistaken for.
            case caret
            /// `[1]`, as lynx numbers links, for readers used to it.
            case brackets

            /// The marker of note `number`.
            public func marker(_ number: Int) -> String {
                self == .caret ? "[^\(number)]" : "[\(number)]"
            }
        }

        /// What stands in for an image, which plain text cannot show.
        public enum ImageStyle: String, Sendable, CaseIterable {
            /// `[Image: alt text]` where the image was, and a figure's caption under it.
            case describe
            /// Nothing: images are left out, and so is the caption of a figure that held only
            /// images (it describes a picture that is not there). Text made to be read or
            /// processed as text, as article extractors give it.
            case none
        }

        /// The page width in terminal cells.
        public var columns = 72
        public var wrap = Wrap.auto
        public var links = LinkStyle.footnotes
        public var noteMarker = NoteMarker.caret
        /// Images as descriptions or not at all; unless set, they follow the links: text asked
        /// for without link targets (`links == .none`) is text alone, so images are left out
        /// too, while footnoted or inline links come with descriptions of the images.
        public var images: ImageStyle {
            get { chosenImages ?? (links == .none ? .none : .describe) }
            set { chosenImages = newValue }
        }
        private var chosenImages: ImageStyle?
        /// Open with the title, subtitle, authors, date and source from the metadata. Without
        /// it, the subtitle opens the text as its first paragraph.
        public var includesTitleBlock = true
        /// Write typographic quotes, dashes, ellipses, non-breaking spaces and accented Latin
        /// letters as 7-bit ASCII, for systems that cannot show anything else.
        public var asciiOnly = false

        public init(
            columns: Int = 72, wrap: Wrap = .auto, links: LinkStyle = .footnotes, images: ImageStyle? = nil,
            includesTitleBlock: Bool = true, asciiOnly: Bool = false, noteMarker: NoteMarker = .caret
        ) {
            self.noteMarker = noteMarker
            self.columns = columns
            self.wrap = wrap
            self.links = links
            chosenImages = images
            self.includesTitleBlock = includesTitleBlock
            self.asciiOnly = asciiOnly
        }
    }

    /// The document as UTF-8 text, every line ending with a line feed.
    public static func write(_ document: Document, options: Options = Options()) -> [UInt8] {
        var renderer = TextRenderer(options: options, footnotes: footnoteDefinitions(in: document.blocks))
        let width = options.wrap == .none ? nil : max(options.columns, 1)
        var sections: [[String]] = []
        var body = document.blocks
        if options.includesTitleBlock {
            sections.append(renderer.titleBlock(document.metadata, width: width))
        } else if let subtitle = document.metadata.subtitle, !subtitle.isEmpty {
            // Without the title block, the standfirst (often taken from the page's first lines)
            // would vanish: it opens the text instead.
            body.insert(.paragraph([.text(subtitle)]), at: 0)
        }
        sections.append(renderer.render(body, width: width))
        sections.append(renderer.renderNotes(width: width))

        var output = ""
        for section in sections where !section.isEmpty {
            if !output.isEmpty { output += "\n" }
            for line in section {
                output += finished(line, asciiOnly: options.asciiOnly)
                output += "\n"
            }
        }
        return Array(output.utf8)
    }

    /// The line as it goes out: no trailing white space, and non-breaking spaces (kept while
    /// wrapping so they hold words together) made plain spaces in ASCII output.
    private static func finished(_ line: String, asciiOnly: Bool) -> String {
        var text = Substring(line)
        if asciiOnly, !text.utf8.allSatisfy({ $0 < 0x80 }) {
            text = Substring(String(text.unicodeScalars.map { ASCIITransliteration.isNoBreakSpace($0) ? " " : Character($0) }))
        }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return String(text)
    }

    /// Every footnote's content by label, wherever in the tree it is defined; the first wins.
    private static func footnoteDefinitions(in blocks: [Block]) -> [(label: String, content: [Block])] {
        var found: [(label: String, content: [Block])] = []
        var seen: Set<String> = []
        blocks.forEachBlock { block in
            if case .footnoteDefinition(let note) = block, seen.insert(note.label).inserted {
                found.append((note.label, note.content))
            }
        }
        return found
    }
}

extension WriterFormat {
    public static let text = WriterFormat(
        name: "text", extensions: ["txt"],
        summary: "clean plain text (--columns, --wrap, --links, --images, --no-title-block, --ascii)"
    ) { document, options in TextWriter.write(document, options: options.textWriter) }
}
