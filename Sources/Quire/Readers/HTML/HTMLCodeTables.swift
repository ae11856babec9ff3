import QuireDocument

// Code laid out in a table beside its line numbers, as syntax highlighters write it: Pygments'
// `highlighttable` and Rouge's `rouge-table` (one row: a cell of numbers, a cell with the
// `pre`), a gist's rows of `blob-num` and `blob-code`. Read as a table, the numbers became a
// column and the code, squeezed into a cell, lost its lines.
extension HTMLBlockBuilder {
    /// The code of a table that only numbers its lines, or `nil` for any other table.
    func numberedCode(_ table: Int) -> CodeBlock? {
        let rows = tableRows(table)
        guard let first = rows.first, rows.allSatisfy({ $0.count == 2 }) else { return nil }
        if rows.count == 1 {
            return codeBesideNumbers(numbers: first[0], code: first[1])
        }
        return codeInNumberedRows(rows)
    }

    /// Pygments and Rouge: the first cell holds the numbers 1...n (or from any start), the second
    /// a `pre` of as many lines.
    private func codeBesideNumbers(numbers: Int, code: Int) -> CodeBlock? {
        let values = dom.textContent(of: numbers).split(whereSeparator: \.isWhitespace).map { Int($0) }
        guard case let start?? = values.first, values.enumerated().allSatisfy({ $0.element == start + $0.offset }) else {
            return nil
        }
        var pre: Int?
        dom.forEachDescendant(of: code) { node in
            if pre == nil, dom.tag(node) == .pre { pre = node }
        }
        guard let pre, let block = codeBlock(pre) else { return nil }
        let lines = block.text.split(separator: "\n", omittingEmptySubsequences: false).count
        return lines == values.count ? block : nil
    }

    /// A gist: every row a number cell (empty, its number in `data-line-number`, or the number
    /// as text) and a code cell, each named as such.
    private func codeInNumberedRows(_ rows: [[Int]]) -> CodeBlock? {
        var lines: [String] = []
        for row in rows {
            let (number, code) = (row[0], row[1])
            let numberText = dom.textContent(of: number).trimmingSpaces
            guard numberText.isEmpty || Int(numberText) != nil,
                dom.hasAttribute("data-line-number", number) || Self.namesLineNumbers(dom.classes(of: number)),
                dom.classes(of: code).contains(where: { $0.lowercased().contains("code") })
            else { return nil }
            lines.append(HTMLWhitespace.verbatim(dom.textContent(of: code)))
        }
        let text = lines.joined(separator: "\n")
        return text.contains(where: { !$0.isWhitespace }) ? CodeBlock(text: text) : nil
    }

    private static func namesLineNumbers(_ classes: [String]) -> Bool {
        classes.contains { name in
            let lowered = name.lowercased()
            return lowered.contains("num") || lowered.contains("gutter") || lowered.contains("lineno")
        }
    }

    /// The cells of each row, through `thead`, `tbody` and `tfoot`; text and other elements
    /// between them ignored.
    private func tableRows(_ table: Int) -> [[Int]] {
        var rows: [[Int]] = []
        for child in dom.children(table) {
            switch dom.tag(child) {
            case .tr: rows.append(cells(of: child))
            case .thead, .tbody, .tfoot:
                for row in dom.children(child) where dom.tag(row) == .tr { rows.append(cells(of: row)) }
            case .caption: return []
            default: continue
            }
        }
        return rows
    }

    private func cells(of row: Int) -> [Int] {
        dom.children(row).filter { [.td, .th].contains(dom.tag($0)) }
    }
}
