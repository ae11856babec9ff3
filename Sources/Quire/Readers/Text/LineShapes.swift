/// The start of a list item: a bullet or a number and the columns it takes before the text.
struct ListMarker: Equatable {
    enum Style: Equatable {
        case bullet(Character)
        case decimal, lowerLetter, upperLetter, lowerRoman, upperRoman
    }

    /// How the number is closed: `1.`, `1)` or `(1)`.
    enum Delimiter: Equatable {
        case period, parenthesis, parentheses, none
    }

    var style: Style
    var delimiter: Delimiter
    /// The item's number (1 for `a)` and `i.`); 0 for bullets.
    var number: Int
    /// Columns from the start of the marker to the start of the item's text.
    var contentOffset: Int

    /// Whether an item with this marker continues a list begun by `first`. A one-letter roman
    /// numeral (`i`, `v`, `x`) continues a list of letters, where it is the ninth, 22nd or 24th.
    func continues(_ first: ListMarker) -> Bool {
        guard delimiter == first.delimiter else { return false }
        if style == first.style { return true }
        let letterLike: [Style] = [.lowerRoman, .lowerLetter]
        let upperLetterLike: [Style] = [.upperRoman, .upperLetter]
        return (letterLike.contains(style) && letterLike.contains(first.style))
            || (upperLetterLike.contains(style) && upperLetterLike.contains(first.style))
    }

    /// True for markers that can start a list in the middle of a paragraph: bullets, and
    /// numbering that starts at one. "2025. It was..." in wrapped prose is not a list.
    var canInterruptParagraph: Bool {
        if case .bullet = style { return true }
        return number == 1
    }
}

/// Recognisers for the shapes a plain-text line can take.
enum LineShapes {
    static let bulletCharacters: Set<Character> = ["-", "*", "+", "•", "–", "‣", "◦", "▪"]

    /// The list marker the line starts with, if any: `- `, `* `, `• `, `1. `, `1) `, `a) `,
    /// `(iv) `. Upper-case letters need `)` because `A. ` is far more often an initial.
    static func listMarker(_ text: Substring) -> ListMarker? {
        guard let first = text.first else { return nil }
        if bulletCharacters.contains(first) {
            return withContent(ListMarker(style: .bullet(first), delimiter: .none, number: 0, contentOffset: 1), text)
        }
        var body = text[...]
        var delimiter = ListMarker.Delimiter.period
        if first == "(" {
            body = body.dropFirst()
            delimiter = .parentheses
        }
        let label = body.prefix { $0.isASCIIDigit || ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        guard !label.isEmpty, label.count <= 9 else { return nil }
        let closing = body.dropFirst(label.count).first
        switch (delimiter, closing) {
        case (.parentheses, ")"): break
        case (.period, "."): break
        case (.period, ")"): delimiter = .parenthesis
        default: return nil
        }
        guard let (style, number) = numbering(label, delimiter: delimiter) else { return nil }
        let markerLength = label.count + (delimiter == .parentheses ? 2 : 1)
        return withContent(ListMarker(style: style, delimiter: delimiter, number: number, contentOffset: markerLength), text)
    }

    /// Completes a marker with the spaces after it; a marker must be followed by a space and text.
    private static func withContent(_ marker: ListMarker, _ text: Substring) -> ListMarker? {
        let rest = text.dropFirst(marker.contentOffset)
        let spaces = rest.prefix { $0 == " " || $0 == "\t" }.count
        guard spaces > 0, rest.count > spaces else { return nil }
        var complete = marker
        complete.contentOffset += spaces <= 4 ? spaces : 1
        return complete
    }

    private static func numbering(_ label: Substring, delimiter: ListMarker.Delimiter) -> (ListMarker.Style, Int)? {
        if label.allSatisfy(\.isASCIIDigit) { return Int(label).map { (.decimal, $0) } }
        let isLower = label.allSatisfy { ("a"..."z").contains($0) }
        let isUpper = label.allSatisfy { ("A"..."Z").contains($0) }
        if let roman = romanValue(label), label == "i" || label == "I" || label.count > 1 {
            if isLower { return (.lowerRoman, roman) }
            if isUpper, delimiter != .period || label.count > 1 || label == "I" { return (.upperRoman, roman) }
        }
        guard label.count == 1, let scalar = label.unicodeScalars.first else { return nil }
        if isLower { return (.lowerLetter, Int(scalar.value) - 0x60) }
        if isUpper, delimiter != .period { return (.upperLetter, Int(scalar.value) - 0x40) }
        return nil
    }

    private static func romanValue(_ label: Substring) -> Int? {
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000]
        let digits = label.lowercased().compactMap { values[$0] }
        guard digits.count == label.count, !digits.isEmpty, label.count <= 8 else { return nil }
        var total = 0
        for (index, value) in digits.enumerated() {
            if index + 1 < digits.count, value < digits[index + 1] { total -= value } else { total += value }
        }
        return total > 0 ? total : nil
    }

    /// `***`, `- - -`, `___`, `===`: three or more of one rule character and nothing else.
    static func isThematicBreak(_ text: Substring) -> Bool {
        guard let first = text.first, "-*_=~#•".contains(first) else { return false }
        var count = 0
        for character in text {
            if character == first {
                count += 1
            } else if character != " " {
                return false
            }
        }
        return count >= 3
    }

    /// The heading level a setext underline gives the line above it: 1 for `===`, 2 for `---`.
    static func setextLevel(_ text: Substring) -> Int? {
        guard text.count >= 3, let first = text.first, first == "=" || first == "-",
            text.allSatisfy({ $0 == first })
        else { return nil }
        return first == "=" ? 1 : 2
    }

    /// A `[1] note text` or `[^1] note text` line (quire's text writer marks notes with a caret
    /// so that they differ from a page's own `[1]`): the label without the caret, the marker as
    /// written between the brackets, which references must repeat, and where the text starts.
    static func footnoteDefinition(_ text: Substring) -> (label: String, marker: String, offset: Int)? {
        guard text.first == "[", let close = text.firstIndex(of: "]") else { return nil }
        let marker = text[text.index(after: text.startIndex)..<close]
        let label = marker.first == "^" ? marker.dropFirst() : marker
        guard (1...10).contains(label.count), label.first?.isLetter == true || label.first?.isASCIIDigit == true,
            label.allSatisfy({ $0.isASCIIDigit || $0.isLetter || $0 == "-" }),
            marker.first == "^" || isBareNoteMarker(label)
        else { return nil }
        let rest = text[text.index(after: close)...]
        let spaces = rest.prefix { $0 == " " }.count
        guard spaces > 0, rest.count > spaces else { return nil }
        return (String(label), String(marker), marker.count + 2 + spaces)
    }

    /// A note marker without a caret: a number (`[1]`, `[n3]`), a letter (`[a]`) or a roman
    /// numeral (`[iv]`). A bracketed word (`[Whitespace] is allowed...`) opening a paragraph
    /// is a reference to a section or a cited work, not a note to move to the end.
    private static func isBareNoteMarker(_ label: Substring) -> Bool {
        label.contains(where: \.isASCIIDigit) || label.count == 1 || label.allSatisfy({ "ivxlc".contains($0) })
    }

    /// Whether a line reads as a title rather than a sentence: short, starting with a capital
    /// letter or a section number, with no closing punctuation (old texts end capitalised
    /// titles such as `CHAPTER IV.` with a full stop, so those may).
    static func isTitleLike(_ text: Substring) -> Bool {
        // Length first: most lines tested are whole paragraphs.
        guard text.utf8.count <= 320, text.utf8.count(where: { $0 == 0x20 }) < 12, TerminalWidth.of(text) <= 80 else {
            return false
        }
        let isAllCaps = text.contains(where: \.isLetter) && !text.contains(where: \.isLowercase)
        guard let first = text.first, first.isUppercase || first.isASCIIDigit,
            let last = text.last, !",;:!?…".contains(last), last != "." || isAllCaps,
            text.contains(where: \.isLetter)
        else { return false }
        return listMarker(text).map(\.isSectionNumber) != false
    }

    /// A date, or a place and a date, as under a letter or a statement: `3 January 2026`,
    /// `Mexico City, 3 January 2026`, `Vire, le 7 février 2026`. After a comma, a date
    /// `HumanDate` reads (less one leading word such as `le` or `den`), or a year with a day
    /// number beside it.
    static func isDateline(_ text: Substring) -> Bool {
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        if HumanDate.parse(String(text))?.day != nil { return true }
        guard let comma = text.lastIndex(of: ",") else { return false }
        let after = text[text.index(after: comma)...].split(separator: " ")
        if HumanDate.parse(after.joined(separator: " "))?.day != nil
            || HumanDate.parse(after.dropFirst().joined(separator: " "))?.day != nil
        {
            return true
        }
        let numbers = text.split { !$0.isASCIIDigit }.compactMap { Int($0) }
        return numbers.contains { (1000...2999).contains($0) } && numbers.contains { (1...31).contains($0) }
    }

    /// Words that number a part of a text when a number follows them: `Chapter 3`, `Part II`,
    /// `Kapitel 1: Rückblick`, in the languages whose dates `HumanDate` reads.
    private static let partWords: Set<String> = [
        "chapter", "part", "section", "book", "appendix", "chapitre", "partie", "annexe", "capítulo", "parte",
        "sección", "anexo", "kapitel", "teil", "abschnitt", "anhang", "seção", "secção", "capitolo", "sezione",
        "allegato",
    ]

    /// Whether the line opens with section numbering: `2.1 Methods`, `3) Results`, `IV. Costs`,
    /// `Chapter 3`, `Part II: The river`.
    static func hasSectionNumber(_ text: Substring) -> Bool {
        if let marker = listMarker(text), marker.isSectionNumber { return true }
        let number = text.prefix { $0.isASCIIDigit || $0 == "." }
        if number.contains(where: \.isASCIIDigit), text.dropFirst(number.count).first == " " { return true }
        let words = text.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, partWords.contains(words[0].lowercased()) else { return false }
        let label = words[1].prefix { $0 != ":" && $0 != "." }
        return label.allSatisfy(\.isASCIIDigit) && !label.isEmpty
            || label.allSatisfy({ "IVXLC".contains($0) }) && !label.isEmpty
    }

    /// A line that is numbering and nothing more: `Chapter 3`, `Part II.`, `IV`, `12`.
    static func isBareNumbering(_ text: Substring) -> Bool {
        var words = text.split(separator: " ")
        if words.count == 2, partWords.contains(words[0].lowercased()) { words.removeFirst() }
        guard words.count == 1 else { return false }
        let label = words[0].filter { $0 != "." && $0 != ":" }
        return !label.isEmpty && (label.allSatisfy(\.isASCIIDigit) || label.allSatisfy({ "IVXLC".contains($0) }))
    }

    /// Whether `child` is numbered as a part of `parent`: `2.1 Who cycles` of `2. Findings`.
    static func isSubsection(_ child: Substring, of parent: Substring) -> Bool {
        func parts(_ text: Substring) -> [Substring] {
            text.prefix { $0.isASCIIDigit || $0 == "." }.split(separator: ".")
        }
        let parentParts = parts(parent)
        let childParts = parts(child)
        return !parentParts.isEmpty && childParts.count > parentParts.count && childParts.starts(with: parentParts)
    }

    /// `## Title`: one to six `#`, a space and text, with closing `#`s dropped. The level is
    /// the number of `#`.
    static func atxHeading(_ text: Substring) -> (level: Int, text: Substring)? {
        let hashes = text.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), text.dropFirst(hashes).first == " " else { return nil }
        var title = text.dropFirst(hashes + 1)
        while title.last == "#" { title = title.dropLast() }
        while title.last == " " { title = title.dropLast() }
        guard title.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        return (hashes, title)
    }

    /// Whether the line ends with a full stop, a question or exclamation mark, or an ellipsis
    /// (closing quotes and brackets after them allowed).
    static func endsASentence(_ text: Substring) -> Bool {
        let end = text.reversed().drop { "\"'”’»)]*_".contains($0) }
        return end.first.map { ".!?…。！？".contains($0) } ?? false
    }

    /// True for a short line with few words and no closing punctuation: a kicker or section name.
    static func isLabelLike(_ text: String) -> Bool {
        guard let last = text.last, !".,;:!?…".contains(last) else { return false }
        return text.split(separator: " ").count <= 4 && TerminalWidth.of(text) <= 40
    }

    /// Runs of dashes or equals signs split by runs of two or more spaces (`------  -----`):
    /// the rule under a table's header, column by column, rather than a break between sections.
    static func isColumnRule(_ text: Substring) -> Bool {
        var runs = 0
        var runLength = 0
        var spaces = 2
        for character in text.trimmingSpaces + " " {
            if character == "-" || character == "=" {
                guard runLength > 0 || spaces >= 2 else { return false }
                runLength += 1
                spaces = 0
            } else if character == " " {
                if runLength > 0 {
                    guard runLength >= 2 else { return false }
                    runs += 1
                    runLength = 0
                }
                spaces += 1
            } else {
                return false
            }
        }
        return runs >= 2
    }

    /// Lines drawn as a table: framed with `|` and `+--`, or with columns lined up by runs of
    /// two or more spaces at the same place on every line.
    static func looksLikeTable(_ lines: ArraySlice<TextLine>) -> Bool {
        guard lines.count >= 2 else { return false }
        if lines.allSatisfy({ $0.text.first == "|" || $0.text.first == "+" }),
            lines.contains(where: { $0.text.count > 1 && ($0.text.last == "|" || $0.text.last == "+") })
        {
            return true
        }
        var common: Set<Int>?
        for line in lines {
            let gaps = gapColumns(line)
            common = common.map { $0.intersection(gaps) } ?? gaps
            if common?.isEmpty == true { return false }
        }
        return true
    }

    /// Columns inside runs of two or more spaces between words.
    private static func gapColumns(_ line: TextLine) -> Set<Int> {
        var gaps: Set<Int> = []
        var column = line.indent
        var runStart: Int?
        for character in line.text {
            if character == " " {
                if runStart == nil { runStart = column }
            } else {
                if let start = runStart, column - start >= 2 { gaps.formUnion(start..<column) }
                runStart = nil
            }
            column += 1
        }
        return gaps
    }
}

extension ListMarker {
    /// `1.`, `2)`, `IV.`: numbering that may open a section title rather than a list.
    var isSectionNumber: Bool {
        if case .bullet = style { return false }
        return true
    }
}
