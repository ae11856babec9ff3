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
    public static func wrap(_ text: String, width: Int?) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        let limit = width ?? Int.max
        for word in text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }) {
            let wordText = Substring(word)
            for (index, piece) in pieces(of: wordText).enumerated() {
                let separator = index == 0 && !current.isEmpty ? 1 : 0
                if current.isEmpty || currentWidth + separator + piece.width <= limit {
                    if separator == 1 { current.append(" ") }
                    current += piece.text
                    currentWidth += separator + piece.width
                } else {
                    lines.append(current)
                    current = String(piece.text)
                    currentWidth = piece.width
                }
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// The parts of a word between which a line may break: the whole word for spaced scripts,
    /// single characters (with their punctuation) for Chinese and Japanese.
    static func pieces(of word: Substring) -> [(text: Substring, width: Int)] {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return [(word, word.utf8.count)] }
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
