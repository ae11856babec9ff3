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

    /// Measures a raw line. Works on UTF-8 bytes: spaces, tabs and line feeds are ASCII, and
    /// this runs for every line of the input.
    init(_ raw: Substring) {
        let bytes = raw.utf8
        var indent = 0
        var start = bytes.startIndex
        while start != bytes.endIndex {
            let byte = bytes[start]
            if byte == 0x20 {
                indent += 1
            } else if byte == 0x09 {
                indent += 4 - indent % 4
            } else {
                break
            }
            start = bytes.index(after: start)
        }
        var end = bytes.endIndex
        while end > start {
            let before = bytes.index(before: end)
            guard bytes[before] == 0x20 || bytes[before] == 0x09 else { break }
            end = before
        }
        self.init(indent: indent, text: raw[start..<end])
    }

    /// Splits normalised text (LF line ends) into lines.
    static func lines(of text: String) -> [TextLine] {
        var lines: [TextLine] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            if bytes[index] == 0x0A {
                lines.append(TextLine(text[start..<index]))
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        lines.append(TextLine(text[start..<bytes.endIndex]))
        return lines
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
