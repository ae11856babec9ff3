/// What the whole text says about its short standalone lines, gathered before any is judged.
///
/// Shortness alone makes a poor heading test: the end of an article export is full of short
/// lines that are no section titles (slogans, a dateline such as `Mexico City, 3 January
/// 2026`, a signature, `PS:`, the title repeated). A reader who opens the book's contents and
/// finds a dateline as its only chapter sees a broken book, so a line is a heading only on
/// evidence, and a paragraph when unsure. This type holds the evidence that needs the whole
/// text: whether capitals stand out, which lines recur, what the title is. The rules that use
/// it are in `TextBlockParser.resolve`; docs/plain-text.md lists them and how they score on
/// the labelled set in `fixtures/text-structure/`.
struct HeadingEvidence {
    /// How strongly a line's own shape marks it as a heading.
    enum Strength: Equatable {
        /// `2.1 Methods`, `II. Findings`, `Chapter 3`: numbering is written on purpose.
        case numbered
        /// A line in capitals in a text that is otherwise in mixed case.
        case capitals
        /// A short line with nothing against it, but nothing marking it either.
        case plain
    }

    /// Whether most of the text is in mixed case, so a line in capitals stands out. In a text
    /// written all in capitals (a telegram, an old notice), capitals mark nothing.
    var isMixedCase = true
    /// Standalone lines met more than once, compared loosely: speaker names in an interview,
    /// a slogan repeated. A section title names one section.
    var repeatedLines: Set<String> = []
    /// The title from the export header, compared loosely: exports repeat it near the end.
    var title: String?

    init(isMixedCase: Bool = true, repeatedLines: Set<String> = [], title: String? = nil) {
        self.isMixedCase = isMixedCase
        self.repeatedLines = repeatedLines
        self.title = title.map(Self.comparable)
    }

    /// The evidence in `lines`, the body of the text (after any export header).
    init(body lines: ArraySlice<TextLine>, title: String?) {
        var seen: Set<String> = []
        var repeated: Set<String> = []
        var mixedLines = 0
        var capitalLines = 0
        for index in lines.indices where !lines[index].isBlank {
            let text = lines[index].text
            // Lines, not letters, and ASCII letters only: this runs over every line, and most
            // lines show a lower-case letter in their first word.
            var hasCapital = false
            var hasLowercase = false
            for byte in text.utf8 {
                if byte >= 0x61, byte <= 0x7A {
                    hasLowercase = true
                    break
                }
                if byte >= 0x41, byte <= 0x5A { hasCapital = true }
            }
            if hasLowercase { mixedLines += 1 } else if hasCapital { capitalLines += 1 }
            let standsAlone = (index == lines.startIndex || lines[index - 1].isBlank)
                && (index + 1 == lines.endIndex || lines[index + 1].isBlank)
            guard standsAlone, text.utf8.count <= 120 else { continue }
            let key = Self.comparable(text)
            if !seen.insert(key).inserted { repeated.insert(key) }
        }
        self.init(isMixedCase: mixedLines >= capitalLines, repeatedLines: repeated, title: title)
    }

    /// How strongly `text`, a line standing alone, is marked as a heading; `nil` when its shape
    /// rules a heading out: a sentence, a date or place and date, a quotation, a line that
    /// recurs, the title repeated.
    func strength(of text: Substring) -> Strength? {
        guard LineShapes.isTitleLike(text), let last = text.last, !"\"”»’'".contains(last), !isTitleEcho(text),
            !repeatedLines.contains(Self.comparable(text)), !LineShapes.isDateline(text)
        else { return nil }
        if LineShapes.hasSectionNumber(text) { return .numbered }
        let letters = text.filter(\.isLetter)
        if isMixedCase, letters.count >= 2, !letters.contains(where: \.isLowercase) { return .capitals }
        return .plain
    }

    /// Whether `text` is the header's title again, as exports print it before `PS:`.
    func isTitleEcho<Text: StringProtocol>(_ text: Text) -> Bool {
        // Most text compared is a paragraph far longer than any title: no need to lower-case it.
        guard let title, !title.isEmpty, text.utf8.count <= title.utf8.count * 2 + 8 else { return false }
        return Self.comparable(text) == title
    }

    /// Lower case, spaces collapsed, without closing punctuation: `Stop the war!` and `stop the
    /// war` are the same line.
    static func comparable<Text: StringProtocol>(_ text: Text) -> String {
        var lowered = text.lowercased().split(separator: " ").joined(separator: " ")
        while let last = lowered.last, last.isPunctuation || last == " " { lowered.removeLast() }
        return lowered
    }
}
