import QuireDocument

/// Reads plain text, recovering the structure a person sees in it.
///
/// Plain text is rarely plain: it has paragraphs hard-wrapped at some width, lists, titles
/// standing alone or underlined, quotes, preformatted blocks, addresses written out, and the
/// light markup (`**strong**`, `[label](url)`) that text exports of web pages carry. Exports
/// of articles also open with a header (source URL, kicker, title, date, copyright) that
/// belongs in the metadata rather than the body; see `ArticleHeader`.
///
/// The bytes are decoded forgivingly (`TextDecoding`): bytes that are not UTF-8 are read in the
/// set uchardet guesses, else as Windows-1252, with a warning naming it.
/// Reading never fails: whatever the text, every word ends up in the tree.
public enum TextReader {
    /// What the text reader looks for beyond the text's own structure.
    public struct Options: Sendable, Equatable {
        /// Read a leading article-export header (title, date, source URL...) into metadata.
        public var readsArticleHeader = true

        public init(readsArticleHeader: Bool = true) {
            self.readsArticleHeader = readsArticleHeader
        }
    }

    /// The document in `input`; warns when nesting deeper than the tree allows was flattened.
    public static func read(
        _ input: ReaderInput, options: Options = Options(), warnings: inout [ConversionWarning]
    ) -> Document {
        let (text, guessedCharset) = TextDecoding.decodeNamingGuess(
            input.bytes, declaredCharset: input.charset, overriding: input.overridingCharset)
        if let guessedCharset { warnings.append(TextDecoding.guessWarning(guessedCharset, file: input.name)) }
        let lines = withoutCommonIndentation(TextLine.lines(of: text))
        let labels = footnoteLabels(lines)
        let inlineParser = TextInlineParser(footnoteLabels: labels)
        let header = options.readsArticleHeader ? ArticleHeader.read(lines, inlineParser: inlineParser) : ArticleHeader()
        let body = lines[header.bodyStart...]

        let evidence = HeadingEvidence(body: body, title: header.metadata.title)
        var parser = TextBlockParser(footnoteLabels: labels, wrapWidth: wrapWidth(body), evidence: evidence)
        let blocks = parser.parseBlocks(body, depth: 0)
        if parser.flattenedDeepNesting {
            warnings.append(
                ConversionWarning(
                    file: input.name,
                    message: "lists or quotes nested deeper than \(Document.maximumDepth) levels were read as paragraphs"))
        }
        return Document(metadata: header.metadata, blocks: blocks)
    }

    /// The lines less the indentation nearly all paragraphs share. Some tools (`lynx -dump`)
    /// indent the whole text by a few columns; read as written, every paragraph would be a
    /// quotation. Paragraphs are judged by their first lines, since list items and notes
    /// indent only the lines after the first.
    static func withoutCommonIndentation(_ lines: [TextLine]) -> [TextLine] {
        var counts = [Int](repeating: 0, count: 4)
        var paragraphs = 0
        for (index, line) in lines.enumerated() where !line.isBlank && (index == 0 || lines[index - 1].isBlank) {
            paragraphs += 1
            if line.indent < 4 { counts[line.indent] += 1 }
        }
        guard paragraphs >= 4, let common = (1...3).max(by: { counts[$0] < counts[$1] }),
            counts[common] * 5 >= paragraphs * 4
        else { return lines }
        return lines.map { $0.outdented(by: common) }
    }

    /// The width the text appears to be wrapped at: its longest line outside preformatted
    /// blocks. A text whose lines are all short (an address, a poem) is taken as unwrapped:
    /// its line ends were all chosen.
    static func wrapWidth(_ lines: ArraySlice<TextLine>) -> Int {
        var widest = 0
        for line in lines where line.indent < 4 && line.text.utf8.count > widest {
            widest = max(widest, line.width)
        }
        return widest < 40 ? 80 : widest
    }

    /// Markers `L` (`1`, `^1`) for which the text has both a note (a line starting `[L] `) and a
    /// reference (`[L]` somewhere else). A numbered list of `[1] ...` lines with no references is not
    /// a set of footnotes.
    static func footnoteLabels(_ lines: [TextLine]) -> Set<String> {
        var candidates: Set<String> = []
        for line in lines where line.text.first == "[" {
            if let note = LineShapes.footnoteDefinition(line.text) { candidates.insert(note.marker) }
        }
        guard !candidates.isEmpty else { return [] }
        var counts: [String: Int] = [:]
        for line in lines {
            let bytes = line.text.utf8
            var index = bytes.startIndex
            while let open = bytes[index...].firstIndex(of: UInt8(ascii: "[")) {
                let afterOpen = bytes.index(after: open)
                guard let close = bytes[afterOpen...].prefix(12).firstIndex(of: UInt8(ascii: "]")) else {
                    index = afterOpen
                    continue
                }
                let label = String(line.text[afterOpen..<close])
                if candidates.contains(label) { counts[label, default: 0] += 1 }
                index = close
            }
        }
        return candidates.filter { counts[$0, default: 0] >= 2 }
    }
}

extension ReaderFormat {
    public static let text = ReaderFormat(
        name: "text", extensions: ["txt"],
        summary: "plain text, including web-article text exports (header read into metadata)"
    ) { input, options, warnings in TextReader.read(input, options: options.textReader, warnings: &warnings) }
}
