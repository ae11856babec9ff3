import QuireDocument

/// Draws a table as aligned columns, indented like preformatted text:
///
///         Item     Cost
///         -------  ------
///         Wheel    £1,200
///
/// Columns are as wide as their widest cell when the page allows; otherwise every column
/// keeps at least its longest word and the rest of the page is shared out in proportion to
/// what each column wanted, and cell text wraps. When a row takes several lines, rows are
/// separated by blank lines so they stay distinguishable.
enum TextTableRenderer {
    static let indentation = 4
    static let columnGap = 2

    static func render(_ table: Table, width: Int?, renderer: inout TextRenderer) -> [String] {
        let columnCount = table.columnCount
        guard columnCount > 0 else { return [] }
        let sections = [table.headerRows, table.bodyRows, table.footerRows]

        // Every cell unwrapped first, to measure the columns. The same lines are used again for
        // cells that need no wrapping, so a table nested in a cell is not rendered twice per
        // level of nesting.
        var natural = Array(repeating: 1, count: columnCount)
        var minimum = Array(repeating: 1, count: columnCount)
        let unwrapped: [[[[String]]]] = sections.map { rows in
            rows.map { row in
                (0..<columnCount).map { column in
                    let lines = column < row.cells.count ? renderer.unwrappedLines(ofCell: row.cells[column]) : []
                    for line in lines {
                        natural[column] = max(natural[column], TerminalWidth.of(line))
                        for word in line.split(separator: " ") {
                            minimum[column] = max(minimum[column], TerminalWidth.of(word))
                        }
                    }
                    return lines
                }
            }
        }
        let widths = columnWidths(natural: natural, minimum: minimum, width: width)

        var renderedSections: [[[String]]] = []
        var isMultiLine = false
        for (section, unwrappedRows) in zip(sections, unwrapped) {
            var rows: [[String]] = []
            for (row, unwrappedCells) in zip(section, unwrappedRows) {
                let cells = unwrappedCells.enumerated().map { column, lines in
                    lines.allSatisfy({ TerminalWidth.of($0) <= widths[column] })
                        ? lines : renderer.render(row.cells[column], width: widths[column])
                }
                let lines = rowLines(cells, widths: widths, alignments: table.alignments)
                isMultiLine = isMultiLine || lines.count > 1
                rows.append(lines)
            }
            renderedSections.append(rows)
        }

        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: gap)
        var lines: [String] = []
        let (header, body, footer) = (renderedSections[0], renderedSections[1], renderedSections[2])
        if header.isEmpty {
            lines.append(rule)
        } else {
            lines += rowsJoined(header, separated: isMultiLine)
            lines.append(rule)
        }
        lines += rowsJoined(body, separated: isMultiLine)
        if !footer.isEmpty {
            lines.append(rule)
            lines += rowsJoined(footer, separated: isMultiLine)
        }
        let drawn = TextRenderer.indented(lines.map { trimmedRight($0) }, by: indentation)
        guard !table.caption.isEmpty else { return drawn }
        let caption = renderer.inlineText(table.caption).split(separator: "\n").flatMap {
            LineWrapping.wrap(String($0), width: width, mustNotStartLine: TextRenderer.looksLikeBlockStart)
        }
        return TextRenderer.joinedWithBlankLines([caption, drawn])
    }

    private static var gap: String { String(repeating: " ", count: columnGap) }

    /// Natural widths if they fit; otherwise minimum widths plus a share of the room left.
    static func columnWidths(natural: [Int], minimum: [Int], width: Int?) -> [Int] {
        guard let width else { return natural }
        let available = width - indentation - columnGap * (natural.count - 1)
        if natural.reduce(0, +) <= available { return natural }
        let minimumTotal = minimum.reduce(0, +)
        guard minimumTotal < available else { return minimum }
        let wants = zip(natural, minimum).map { $0 - $1 }
        let totalWant = wants.reduce(0, +)
        let room = available - minimumTotal
        var widths = zip(minimum, wants).map { $0 + $1 * room / max(totalWant, 1) }
        var leftOver = available - widths.reduce(0, +)
        for column in widths.indices where leftOver > 0 && widths[column] < natural[column] {
            widths[column] += 1
            leftOver -= 1
        }
        return widths
    }

    private static func rowLines(_ cells: [[String]], widths: [Int], alignments: [Table.Alignment]) -> [String] {
        let height = max(1, cells.map(\.count).max() ?? 1)
        return (0..<height).map { lineIndex in
            cells.enumerated().map { column, lines in
                let text = lineIndex < lines.count ? lines[lineIndex] : ""
                return padded(text, to: widths[column], alignment: alignments[column])
            }.joined(separator: gap)
        }
    }

    private static func padded(_ text: String, to width: Int, alignment: Table.Alignment) -> String {
        let room = max(0, width - TerminalWidth.of(text))
        switch alignment {
        case .right: return String(repeating: " ", count: room) + text
        case .center:
            return String(repeating: " ", count: room / 2) + text + String(repeating: " ", count: room - room / 2)
        case .left, .default: return text + String(repeating: " ", count: room)
        }
    }

    private static func rowsJoined(_ rows: [[String]], separated: Bool) -> [String] {
        separated ? TextRenderer.joinedWithBlankLines(rows) : rows.flatMap { $0 }
    }

    /// The line without its trailing spaces, found in the UTF-8 bytes: trimming them a
    /// character at a time took time quadratic in their number, which nested tables make large.
    private static func trimmedRight(_ line: String) -> String {
        let utf8 = line.utf8
        guard utf8.last == UInt8(ascii: " ") else { return line }
        guard let last = utf8.lastIndex(where: { $0 != UInt8(ascii: " ") }) else { return "" }
        return String(decoding: utf8[...last], as: UTF8.self)
    }
}
