import QuireDocument

/// The header that text exports of web articles open with, read into metadata.
///
/// Such exports start with lines like a source URL in angle brackets, a kicker, the title, a
/// subtitle, a `- Section -` marker, `Publication date: ...`, `By ...` and a copyright line,
/// each usually a paragraph of its own. quire's own text writer opens with the same kind of
/// header (an underlined title, then `By`, `Date:` and `Source:` lines). A header is only
/// recognised when at least one of those labelled lines is there, so an ordinary text that
/// starts with a short line keeps it.
struct ArticleHeader {
    var metadata = Metadata()
    /// The index of the first line after the header.
    var bodyStart = 0

    /// How many paragraphs from the top a header may take.
    private static let maximumGroups = 12
    /// Kicker, title and subtitle: more unlabelled paragraphs than that are body text.
    private static let maximumTextGroups = 3

    private enum Field {
        /// `isLabelled` for `Source: url`, as opposed to a URL alone on the first line.
        case source(String, isLabelled: Bool)
        case section(String)
        case date(String)
        case authors([String])
        case rights(String)
    }

    private enum Group {
        case fields([Field])
        case underlinedTitle(String)
        case text(String)
        /// A title with its byline or date on the lines right under it (`Fish Stew` /
        /// `by Morwenna Tregear`), as a manuscript opens.
        case titleAndFields(String, [Field])

        var fields: [Field] {
            switch self {
            case .fields(let fields), .titleAndFields(_, let fields): fields
            case .underlinedTitle, .text: []
            }
        }
    }

    /// Reads the header at the top of `lines`; with none, the metadata is empty and the body
    /// starts at line 0.
    static func read(_ lines: [TextLine], inlineParser: TextInlineParser) -> ArticleHeader {
        let ranges = groupRanges(lines)
        var groups: [(group: Group, range: Range<Int>)] = []
        var textCount = 0
        var sawSource = false
        var sawDetails = false
        for (position, range) in ranges.prefix(maximumGroups).enumerated() {
            guard let group = classify(lines[range], isFirst: position == 0, inlineParser: inlineParser) else { break }
            if case .titleAndFields = group {
                // A title first, so the same limits as for text; then its details.
                textCount += 1
                if textCount > maximumTextGroups || sawDetails { break }
                sawDetails = true
            } else if case .fields(let fields) = group {
                // A second source URL is a link in the body, not part of the header.
                let sources = fields.filter { if case .source = $0 { true } else { false } }.count
                if sawSource, sources > 0 { break }
                sawSource = sawSource || sources > 0
                sawDetails = sawDetails || fields.contains { field in
                    switch field {
                    case .date, .authors, .rights: true
                    case .source, .section: false
                    }
                }
            } else {
                // Titles come before the byline, date and copyright; text after them is the body.
                textCount += 1
                if textCount > maximumTextGroups || sawDetails { break }
            }
            groups.append((group, range))
        }
        // A URL alone on the first line is an export's source only with other header lines: a
        // text may simply start with a link.
        let isHeader = groups.contains { entry in
            entry.group.fields.contains { if case .source(_, isLabelled: false) = $0 { false } else { true } }
        }
        guard isHeader, let lastFields = groups.lastIndex(where: { !$0.group.fields.isEmpty }) else {
            return ArticleHeader()
        }
        var header = ArticleHeader()
        header.bodyStart = groups[lastFields].range.upperBound
        var texts: [String] = []
        var underlinedTitle: (title: String, position: Int)?
        for (group, _) in groups[...lastFields] {
            switch group {
            case .fields(let fields): fields.forEach { header.apply($0) }
            case .text(let text): texts.append(text)
            case .titleAndFields(let title, let fields):
                texts.append(title)
                fields.forEach { header.apply($0) }
            case .underlinedTitle(let title):
                if underlinedTitle == nil { underlinedTitle = (title, texts.count) } else { texts.append(title) }
            }
        }
        header.assignTitles(texts, underlinedTitle: underlinedTitle, lines: lines, ranges: ranges)
        return header
    }

    private mutating func apply(_ field: Field) {
        switch field {
        case .source(let url, _): if metadata.sourceURL == nil { metadata.sourceURL = url }
        case .section(let name): metadata.keywords.append(name)
        case .authors(let names): metadata.authors += names
        case .rights(let text): metadata.rights = text
        case .date(let text):
            if let date = HumanDate.parse(text) {
                metadata.date = date
            } else {
                metadata.extra["date"] = .string(text)
            }
        }
    }

    /// An underlined title is the title; unlabelled paragraphs before it are kickers, after it
    /// the subtitle. Without one: one paragraph is the title; three are kicker, title and
    /// subtitle; two are kicker and title when the first is a short label and the second no
    /// sentence, otherwise title and subtitle.
    private mutating func assignTitles(
        _ texts: [String], underlinedTitle: (title: String, position: Int)?, lines: [TextLine], ranges: [Range<Int>]
    ) {
        var kickers: [String] = []
        var subtitles: [String] = []
        if let underlinedTitle {
            metadata.title = underlinedTitle.title
            kickers = Array(texts[..<underlinedTitle.position])
            subtitles = Array(texts[underlinedTitle.position...])
        } else if texts.count == 1 {
            metadata.title = texts[0]
        } else if texts.count == 2 {
            if Self.secondIsTitle(texts, lines: lines, ranges: ranges) {
                kickers = [texts[0]]
                metadata.title = texts[1]
            } else {
                metadata.title = texts[0]
                subtitles = [texts[1]]
            }
        } else if texts.count >= 3 {
            kickers = [texts[0]]
            metadata.title = texts[1]
            subtitles = Array(texts[2...])
        }
        if !subtitles.isEmpty { metadata.subtitle = subtitles.joined(separator: " ") }
        metadata.keywords.insert(contentsOf: kickers, at: 0)
    }

    /// For two unlabelled paragraphs: exports often repeat the title on a line of its own near
    /// the end, which settles it; otherwise a short label followed by a line that is not a
    /// sentence reads as kicker and title.
    private static func secondIsTitle(_ texts: [String], lines: [TextLine], ranges: [Range<Int>]) -> Bool {
        let first = comparable(texts[0])
        let second = comparable(texts[1])
        for range in ranges.dropFirst(maximumGroups).reversed().prefix(8) where range.count == 1 {
            let line = comparable(String(lines[range.lowerBound].text))
            if line == second { return true }
            if line == first { return false }
        }
        return LineShapes.isLabelLike(texts[0]) && texts[1].last != "." && texts[1].count > texts[0].count
    }

    private static func comparable(_ text: String) -> String {
        var lowered = text.lowercased()
        while let last = lowered.last, last.isPunctuation || last == " " { lowered.removeLast() }
        return lowered
    }

    // MARK: - Recognising header lines

    /// What one paragraph of the header says. A URL alone on its line is the source only at
    /// the very top, where exports put it; further down it is a link in the text.
    private static func classify(_ lines: ArraySlice<TextLine>, isFirst: Bool, inlineParser: TextInlineParser) -> Group? {
        guard let first = lines.first, lines.allSatisfy({ $0.indent == 0 }) else { return nil }
        if let rights = rights(lines, inlineParser: inlineParser) { return .fields([.rights(rights)]) }
        if let fields = fields(lines, allowsBareURL: isFirst) { return .fields(fields) }
        if let last = lines.last, lines.count >= 2, lines.count <= 4, LineShapes.setextLevel(last.text) == 1 {
            return .underlinedTitle(inlineParser.plainText(Array(lines.dropLast()).joinedText))
        }
        // The count first: joining a long paragraph (a list of thousands of lines with no blank
        // line) only to find it too long would measure the whole document.
        guard lines.count <= 4 else { return nil }
        if lines.count >= 2, field(first.text, allowsBareURL: false) == nil, Self.isTitleLike(first.text),
            let fields = fields(lines.dropFirst(), allowsBareURL: false),
            fields.contains(where: { if case .authors = $0 { true } else if case .date = $0 { true } else { false } })
        {
            return .titleAndFields(inlineParser.plainText(String(first.text)), fields)
        }
        let text = Array(lines).joinedText
        guard TerminalWidth.of(text) <= 400, first.text.first != ">",
            LineShapes.listMarker(first.text) == nil, !LineShapes.isThematicBreak(first.text)
        else { return nil }
        return .text(inlineParser.plainText(text))
    }

    /// A line that can be a title: no sentence or clause ended on it, shorter than a line of prose.
    private static func isTitleLike(_ text: Substring) -> Bool {
        guard let last = text.last, !".,;:".contains(last) else { return false }
        return TerminalWidth.of(text) <= 80 && text.split(separator: " ").count <= 12
    }

    /// The labelled lines of a paragraph, or `nil` unless every line is one. A line that starts
    /// no field continues the one before (a byline too long for one line, a URL wrapped after
    /// its `Source:` label).
    private static func fields(_ lines: ArraySlice<TextLine>, allowsBareURL: Bool) -> [Field]? {
        var logicalLines: [String] = []
        for line in lines {
            let isBareLabel = line.text.last == ":" && line.text.dropLast().allSatisfy { $0.isLetter || $0 == " " }
            if field(line.text, allowsBareURL: allowsBareURL) != nil || labelled(line.text) != nil || isBareLabel
                || logicalLines.isEmpty
            {
                logicalLines.append(String(line.text))
            } else {
                logicalLines[logicalLines.count - 1] += " " + line.text
            }
        }
        var fields: [Field] = []
        for line in logicalLines {
            guard let field = field(Substring(line), allowsBareURL: allowsBareURL) else { return nil }
            fields.append(field)
        }
        return fields
    }

    /// A copyright notice, possibly bold and wrapped over several lines.
    private static func rights(_ lines: ArraySlice<TextLine>, inlineParser: TextInlineParser) -> String? {
        guard let first = lines.first else { return nil }
        let opening = first.text.drop { $0 == "*" || $0 == "_" }.lowercased()
        guard ["copyright", "©", "(c)", "all rights reserved"].contains(where: { opening.hasPrefix($0) }) else {
            return nil
        }
        return inlineParser.plainText(Array(lines).joinedText)
    }

    private static func field(_ text: Substring, allowsBareURL: Bool) -> Field? {
        if allowsBareURL, let url = sourceURL(text) { return .source(url, isLabelled: false) }
        if let section = section(text) { return .section(section) }
        if let (label, value) = labelled(text) {
            switch label {
            case "publication date", "date", "published", "published on", "posted", "posted on", "date de publication",
                "publié le", "fecha", "fecha de publicación", "datum", "veröffentlicht", "data", "data di pubblicazione",
                "data de publicação", "publicado el", "publicado em", "veröffentlicht am", "pubblicato il":
                if HumanDate.parse(value) != nil || label.contains("date") || label.hasPrefix("fecha") || label.hasPrefix("data") {
                    return .date(value)
                }
            case "by", "author", "authors", "written by", "par", "por", "von", "di", "auteur", "autor":
                if let names = authorNames(value) { return .authors(names) }
            case "source", "url", "link", "original", "original url", "source url":
                if let url = sourceURL(Substring(value)) { return .source(url, isLabelled: true) }
            default: break
            }
            return nil
        }
        return nil
    }

    /// `<https://...>` or a bare `https://...` alone on its line.
    private static func sourceURL(_ text: Substring) -> String? {
        var candidate = text
        if candidate.first == "<", candidate.last == ">" { candidate = candidate.dropFirst().dropLast() }
        let lowered = candidate.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://"), !candidate.contains(" ") else { return nil }
        return String(candidate)
    }

    /// `- Section -`: a short name between two of the same dash.
    private static func section(_ text: Substring) -> String? {
        let dashes: Set<Character> = ["-", "–", "—"]
        guard text.count >= 5, let first = text.first, dashes.contains(first), text.last == first else { return nil }
        let name = text.dropFirst().dropLast().trimmingSpaces
        guard text.dropFirst().first == " ", text.dropLast().last == " ", !name.isEmpty,
            name.split(separator: " ").count <= 4, !name.contains(where: { dashes.contains($0) || $0.isASCIIDigit })
        else { return nil }
        return name
    }

    /// `Label: value`, or `By value` / `Published value` without a colon.
    private static func labelled(_ text: Substring) -> (label: String, value: String)? {
        if let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 30 {
            let label = text[..<colon].trimmingSpaces.lowercased()
            let value = text[text.index(after: colon)...].trimmingSpaces
            if !value.isEmpty, !value.hasPrefix("//"), !label.isEmpty, label.allSatisfy({ $0.isLetter || $0 == " " }) {
                return (label, value)
            }
        }
        for label in [
            "written by", "published on", "posted on", "publié le", "publicado el", "publicado em", "veröffentlicht am",
            "pubblicato il", "by", "published", "posted", "par", "por", "von",
        ] {
            guard text.count > label.count + 1 else { continue }
            let head = text.prefix(label.count + 1)
            if head.lowercased() == label + " " {
                return (label, text.dropFirst(label.count + 1).trimmingSpaces)
            }
        }
        return nil
    }

    /// Names in a byline: `Ann Lee`, `Ann Lee and Bo Dunn`, `Ann Lee, Bo Dunn & Cy Moss`. Each
    /// name is one to five words starting with a capital (particles such as `de` and `van`
    /// aside), which is what keeps "By the end of that summer" out.
    static func authorNames(_ text: String) -> [String]? {
        var normalised = text
        for separator in [" and ", " & ", " et ", " y ", " und ", " e ", ";"] {
            normalised = normalised.split(separator: separator).joined(separator: ",")
        }
        let names = normalised.split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        let particles: Set<String> = ["de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "le", "la", "bin", "al", "dos", "das"]
        guard !names.isEmpty, names.count <= 8 else { return nil }
        for name in names {
            let words = name.split(separator: " ")
            guard (1...5).contains(words.count), words.first?.first?.isUppercase == true,
                words.allSatisfy({ $0.first?.isUppercase == true || particles.contains($0.lowercased()) }),
                !name.contains(where: \.isASCIIDigit)
            else { return nil }
        }
        return names
    }

    /// Ranges of consecutive non-blank lines.
    static func groupRanges(_ lines: [TextLine]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: Int?
        for (index, line) in lines.enumerated() {
            if line.isBlank {
                if let begin = start { ranges.append(begin..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        if let begin = start { ranges.append(begin..<lines.count) }
        return ranges
    }
}
