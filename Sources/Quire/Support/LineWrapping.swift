/// Fills lines up to a width in terminal cells, the way a reader expects plain text to look.
///
/// Lines break only at spaces, and between the ideographs and kana of Chinese and Japanese
/// (which do not separate words with spaces), never before closing punctuation such as `。`
/// or after opening punctuation such as `「`. A word wider than the line is never cut: it gets
/// a line of its own, so a long URL stays whole and can still be copied. No line ends with a
/// space.
public enum LineWrapping {
    /// The lines of `text` at most `width` cells wide (except a single word wider than that).
    /// Runs of spaces, tabs and line ends count as one space; `nil` width keeps one line.
    ///
    /// - Parameter mustNotStartLine: words that may not begin a line, kept with the word before
    ///   them instead (a writer whose output is read back uses this to keep a `-` or `1.` in
    ///   running text from looking like a list item).
    public static func wrap(
        _ text: String, width: Int?, mustNotStartLine: ((Substring) -> Bool)? = nil
    ) -> [String] {
        var filler = LineFiller(limit: width ?? Int.max)
        var pending: Substring?
        for word in words(of: text) {
            if let previous = pending, let mustNotStartLine, mustNotStartLine(word) {
                pending = Substring(previous + " " + word)
            } else {
                if let previous = pending { filler.place(previous) }
                pending = word
            }
        }
        if let previous = pending { filler.place(previous) }
        return filler.finished()
    }

    /// Greedy filling, one word at a time.
    private struct LineFiller {
        let limit: Int
        var lines: [String] = []
        var current = ""
        var currentWidth = 0

        mutating func place(_ word: Substring) {
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                place(piece: word, width: word.utf8.count, startsWord: true)
            } else {
                for (index, piece) in pieces(of: word).enumerated() {
                    place(piece: piece.text, width: piece.width, startsWord: index == 0)
                }
            }
        }

        private mutating func place(piece: Substring, width: Int, startsWord: Bool) {
            let separator = startsWord && !current.isEmpty ? 1 : 0
            if current.isEmpty || currentWidth + separator + width <= limit {
                if separator == 1 { current.append(" ") }
                current += piece
                currentWidth += separator + width
            } else {
                lines.append(current)
                current = String(piece)
                currentWidth = width
            }
        }

        mutating func finished() -> [String] {
            if !current.isEmpty { lines.append(current) }
            return lines
        }
    }

    /// The words of `text`: runs of anything but spaces, tabs and line ends.
    private static func words(of text: String) -> [Substring] {
        var words: [Substring] = []
        let bytes = text.utf8
        var start: String.Index?
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A {
                if let wordStart = start { words.append(text[wordStart..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = bytes.index(after: index)
        }
        if let wordStart = start { words.append(text[wordStart..<bytes.endIndex]) }
        return words
    }

    /// The parts of a word between which a line may break: the whole word for spaced scripts,
    /// single characters (with their punctuation) for Chinese and Japanese.
    static func pieces(of word: Substring) -> [(text: Substring, width: Int)] {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return [(word, word.utf8.count)] }
        if word.contains(" ") { return [(word, TerminalWidth.of(word))] }  // words kept together
        // Most words outside ASCII ("don’t", "café") have no place to break.
        if !word.unicodeScalars.contains(where: TerminalWidth.allowsBreakBetween) { return [(word, TerminalWidth.of(word))] }
        var result: [(text: Substring, width: Int)] = []
        var start = word.startIndex
        var width = 0
        var previous: Character?
        for index in word.indices {
            let character = word[index]
            if let previous, breakAllowed(between: previous, and: character) {
                result.append((word[start..<index], width))
                start = index
                width = 0
            }
            width += TerminalWidth.of(character)
            previous = character
        }
        result.append((word[start...], width))
        return result
    }

    private static func breakAllowed(between before: Character, and after: Character) -> Bool {
        guard let left = before.unicodeScalars.first, let right = after.unicodeScalars.first else { return false }
        guard TerminalWidth.allowsBreakBetween(left) || TerminalWidth.allowsBreakBetween(right) else { return false }
        return !noBreakBefore.contains(right) && !noBreakAfter.contains(left)
    }

    /// Closing punctuation and small kana that must not start a line (Japanese kinsoku rules).
    private static let noBreakBefore: Set<Unicode.Scalar> = Set(
        "、。，．・：；？！ー）」』】〕〉》〙〗”’…‥ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〻゛゜ヽヾゝゞ%),.:;?!]}".unicodeScalars)
    /// Opening punctuation that must not end a line.
    private static let noBreakAfter: Set<Unicode.Scalar> = Set("（「『【〔〈《〘〖“‘([{".unicodeScalars)
}
