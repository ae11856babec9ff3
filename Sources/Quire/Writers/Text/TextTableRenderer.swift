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
                        // The narrowest a column can be is its widest unbreakable piece: a word,
                        // or a character of Chinese or Japanese, which break between characters.
                        for word in line.split(separator: " ") {
                            for piece in LineWrapping.pieces(of: word) { minimum[column] = max(minimum[column], piece.width) }
                        }
                    }
                    return lines
                }
            }
        }
        let widths = columnWidths(natural: natural, minimum: minimum, width: width)
        let cellLines: [[[[String]]]] = zip(sections, unwrapped).map { section, unwrappedRows in
            zip(section, unwrappedRows).map { row, unwrappedCells in
                unwrappedCells.enumerated().map { column, lines in
                    lines.allSatisfy({ TerminalWidth.of($0) <= widths[column] })
                        ? lines : renderer.render(row.cells[column], width: widths[column])
                }
            }
        }
        if isOutOfProportion(cellLines, widths: widths) {
            return stacked(table, width: width, renderer: &renderer)
        }

        var renderedSections: [[[String]]] = []
        var isMultiLine = false
        for rows in cellLines {
            renderedSections.append(rows.map { cells in
                let lines = rowLines(cells, widths: widths, alignments: table.alignments)
                isMultiLine = isMultiLine || lines.count > 1
                return lines
            })
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
        return captioned(TextRenderer.indented(lines.map { trimmedRight($0) }, by: indentation), table, width: width,
                         renderer: &renderer)
    }

    /// The drawn table under its caption, if it has one.
    private static func captioned(_ drawn: [String], _ table: Table, width: Int?, renderer: inout TextRenderer) -> [String] {
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

    /// Each line of a row: the cells' lines padded to their columns and joined by the gap,
    /// without the spaces that would end the line (they are never written rather than
    /// trimmed, so a tall row of a wide table costs what it shows).
    private static func rowLines(_ cells: [[String]], widths: [Int], alignments: [Table.Alignment]) -> [String] {
        let height = max(1, cells.map(\.count).max() ?? 1)
        return (0..<height).map { lineIndex in
            var line = ""
            var owedSpaces = 0
            for (column, lines) in cells.enumerated() {
                if column > 0 { owedSpaces += columnGap }
                let text = lineIndex < lines.count ? lines[lineIndex] : ""
                let room = max(0, widths[column] - TerminalWidth.of(text))
                let before: Int
                switch alignments[column] {
                case .right: before = room
                case .center: before = room / 2
                case .left, .default: before = 0
                }
                owedSpaces += before
                if !text.isEmpty {
                    line += String(repeating: " ", count: owedSpaces)
                    line += text
                    owedSpaces = 0
                }
                owedSpaces += room - before
            }
            return line
        }
    }

    /// Whether drawing the table as a grid would take far more room than its text: a tall
    /// row across very many columns is mostly padding, as large as the number of columns
    /// times the row's lines. Such tables are written row by row instead (`stacked`), so
    /// the output stays proportional to the input. The grid's size counts each line up to
    /// its last cell with text, as written.
    private static func isOutOfProportion(_ cellLines: [[[[String]]]], widths: [Int]) -> Bool {
        var ends: [Int] = []
        var end = 0
        for (column, width) in widths.enumerated() {
            end += (column > 0 ? columnGap : 0) + width
            ends.append(end)
        }
        var grid = 0
        var text = 0
        for rows in cellLines {
            for cells in rows {
                // Line i of the row reaches the end of the last column with more than i lines.
                var covered = 0
                for column in cells.indices.reversed() where cells[column].count > covered {
                    grid += (cells[column].count - covered) * ends[column]
                    covered = cells[column].count
                }
                for lines in cells {
                    text += 1
                    for line in lines { text += line.utf8.count + 1 }
                }
            }
        }
        return grid > 100_000 + 16 * text
    }

    /// A table too wide for its rows to be drawn side by side: each row as its cells' lines
    /// one under the other (empty cells left out), rows apart by blank lines and the header
    /// rows by a rule, indented like a table.
    private static func stacked(_ table: Table, width: Int?, renderer: inout TextRenderer) -> [String] {
        let cellWidth = width.map { max(1, $0 - indentation) }
        var lines: [String] = []
        var previousRows = false
        for (index, rows) in [table.headerRows, table.bodyRows, table.footerRows].enumerated() {
            if index > 0, previousRows, !rows.isEmpty {
                lines += ["", "----", ""]
                previousRows = false
            }
            for row in rows {
                var rowLines: [String] = []
                for cell in row.cells {
                    rowLines += renderer.render(cell, width: cellWidth)
                }
                if rowLines.isEmpty { continue }
                if previousRows { lines.append("") }
                lines += rowLines
                previousRows = true
            }
        }
        return captioned(TextRenderer.indented(lines.map { trimmedRight($0) }, by: indentation), table, width: width,
                         renderer: &renderer)
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
