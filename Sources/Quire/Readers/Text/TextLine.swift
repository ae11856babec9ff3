/// One line of a plain-text document: how far it is indented and what it says.
///
/// Indentation decides most of plain text's structure (list nesting, quotes, preformatted
/// blocks), so it is measured once, with tabs expanded to the next multiple of four columns.
struct TextLine {
    /// Leading columns of white space.
    var indent: Int
    /// The line without its indentation and trailing white space.
    var text: Substring

    var isBlank: Bool { text.isEmpty }

    init(indent: Int, text: Substring) {
        self.indent = indent
        self.text = text
    }

    init(_ raw: Substring) {
        var indent = 0
        var start = raw.startIndex
        for character in raw {
            if character == " " {
                indent += 1
            } else if character == "\t" {
                indent += 4 - indent % 4
            } else {
                break
            }
            start = raw.index(after: start)
        }
        var end = raw.endIndex
        while end > start {
            let before = raw.index(before: end)
            guard raw[before] == " " || raw[before] == "\t" else { break }
            end = before
        }
        self.init(indent: indent, text: raw[start..<end])
    }

    /// Splits normalised text (LF line ends) into lines.
    static func lines(of text: String) -> [TextLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(TextLine.init)
    }

    /// The same line with `columns` fewer columns of indentation (never below zero).
    func outdented(by columns: Int) -> TextLine {
        TextLine(indent: max(0, indent - columns), text: text)
    }

    /// The line as it was written, relative to an indentation of `base` columns: what
    /// preformatted blocks keep.
    func verbatim(relativeTo base: Int) -> String {
        String(repeating: " ", count: max(0, indent - base)) + text
    }

    /// Display width, in terminal cells, of the text without its indentation.
    var width: Int { TerminalWidth.of(text) }
}

extension Array where Element == TextLine {
    /// The lines' text joined with spaces: a hard-wrapped paragraph made one again.
    var joinedText: String {
        map { String($0.text) }.joined(separator: " ")
    }
}
