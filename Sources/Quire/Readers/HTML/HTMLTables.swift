import QuireDocument

// Tables: rows laid out on a grid so that `colspan` and `rowspan` leave every row with the same
// number of cells, the spanned places holding empty cells.
extension HTMLBlockBuilder {
    private struct Cell {
        var content: [Block]
        var isHeader: Bool
        var columns: Int
        /// 0 means "to the end of the row group", as in HTML.
        var rows: Int
        var alignment: Table.Alignment
    }

    private enum RowGroupKind { case header, body, implicitBody, footer }

    private struct Slot {
        var content: [Block] = []
        /// Set on the slot where a cell starts, not on the places it spans.
        var origin: (isHeader: Bool, alignment: Table.Alignment)?
    }

    /// Spans beyond these are clamped, as browsers do (HTML caps colspan at 1000).
    private static let maximumColumnSpan = 1000
    /// Above this many grid places per real cell (and a floor), spans are ignored so a few
    /// bytes of markup cannot ask for gigabytes of empty cells.
    private static let maximumPlacesPerCell = 20
    private static let minimumPlaceBudget = 100_000

    mutating func appendTable(_ node: Int, to flow: inout HTMLFlow) {
        var caption: [Inline] = []
        var groups: [(kind: RowGroupKind, rows: [[Cell]])] = []
        // Cells written without a row (`<table>A<td>B</td>C</table>`) make one, as in HTML5,
        // so the text around them shows before the table instead of in among them.
        var cellsWithoutRow: [Int] = []
        func addImplicitRow(_ row: [Cell]) {
            if let last = groups.indices.last, groups[last].kind == .implicitBody {
                groups[last].rows.append(row)
            } else {
                groups.append((.implicitBody, [row]))
            }
        }
        func endRowOfLooseCells(_ flow: inout HTMLFlow) {
            guard !cellsWithoutRow.isEmpty else { return }
            addImplicitRow(cells(in: cellsWithoutRow, flow: &flow))
            cellsWithoutRow = []
        }
        for child in tableParts(of: node) where dom.tag(child) == .text || !isHidden(child) {
            let tag = dom.tag(child)
            if tag == .td || tag == .th {
                cellsWithoutRow.append(child)
                continue
            }
            if tag != .text { endRowOfLooseCells(&flow) }
            switch tag {
            case .caption:
                if !caption.isEmpty { caption.append(.text(" ")) }
                caption += inlines(of: child, depth: flow.depth + 1)
            case .colgroup:
                // Text misplaced in a column group shows before the table in a browser.
                for part in dom.children(child) where dom.tag(part) != .col { append(part, to: &flow) }
            case .col:
                break
            case .thead, .tbody, .tfoot:
                let kind: RowGroupKind = dom.tag(child) == .thead ? .header : dom.tag(child) == .tfoot ? .footer : .body
                var rows: [[Cell]] = []
                for row in dom.children(child) {
                    if dom.tag(row) == .tr {
                        if !isHidden(row) { rows.append(cells(in: dom.children(row), flow: &flow)) }
                    } else {
                        append(row, to: &flow)
                    }
                }
                groups.append((kind, rows))
            case .tr:
                addImplicitRow(cells(in: dom.children(child), flow: &flow))
            default:
                // Content misplaced inside a table shows before it in a browser.
                append(child, to: &flow)
            }
        }
        endRowOfLooseCells(&flow)

        let allCells = groups.flatMap { $0.rows.flatMap { $0 } }
        if allCells.count == 1, let only = allCells.first {
            // A one-cell table only lays out what it holds.
            if !caption.isEmpty { flow.appendBlock(.paragraph(caption)) }
            only.content.forEach { flow.appendBlock($0) }
            return
        }
        let spannedPlaces = groups.reduce(0) { total, group in
            total + group.rows.joined().reduce(0) { $0 + $1.columns * ($1.rows == 0 ? group.rows.count : min($1.rows, group.rows.count)) }
        }
        let ignoreSpans = spannedPlaces > max(Self.minimumPlaceBudget, Self.maximumPlacesPerCell * allCells.count)
        if ignoreSpans { noteLargeSpans() }

        var grids = groups.map { (kind: $0.kind, rows: Self.layOut($0.rows, ignoringSpans: ignoreSpans)) }
        let columnCount = grids.flatMap { $0.rows.map(\.count) }.max() ?? 0
        guard columnCount > 0 else {
            if !caption.isEmpty { flow.appendBlock(.paragraph(caption)) }
            return
        }
        for index in grids.indices {
            grids[index].rows = grids[index].rows.filter { !$0.isEmpty }.map { row in
                row + Array(repeating: Slot(), count: columnCount - row.count)
            }
        }

        var headerRows = grids.filter { $0.kind == .header }.flatMap(\.rows)
        var bodyRows = grids.filter { $0.kind == .body || $0.kind == .implicitBody }.flatMap(\.rows)
        let footerRows = grids.filter { $0.kind == .footer }.flatMap(\.rows)
        // Without a `thead`, a first row of `th` cells is the header.
        if headerRows.isEmpty, bodyRows.count > 1, let first = bodyRows.first,
            first.allSatisfy({ $0.origin?.isHeader ?? true }), first.contains(where: { $0.origin != nil })
        {
            headerRows = [bodyRows.removeFirst()]
        }
        let alignments = (0..<columnCount).map { column in
            (headerRows + bodyRows).lazy.compactMap { $0[column].origin?.alignment }.first { $0 != .default } ?? .default
        }
        func rows(_ grid: [[Slot]]) -> [TableRow] { grid.map { TableRow(cells: $0.map(\.content)) } }
        flow.appendBlock(
            .table(
                Table(
                    caption: caption, alignments: alignments, headerRows: rows(headerRows), bodyRows: rows(bodyRows),
                    footerRows: rows(footerRows))))
    }

    /// The table's children, with a misplaced element that holds rows or cells itself
    /// (`<table><b><tr>...</tr>text</b>`, as libxml2 nests it) replaced by its children: a browser
    /// keeps those rows in the table and shows the text around them before it.
    private func tableParts(of table: Int) -> [Int] {
        var parts: [Int] = []
        var pending = Array(dom.children(table).reversed())
        while let child = pending.popLast() {
            let holdsRows = !Self.isTablePart(dom.tag(child)) && dom.tag(child) != .text
                && dom.children(child).contains { Self.isTablePart(dom.tag($0)) && ![.caption, .colgroup, .col].contains(dom.tag($0)) }
            if holdsRows {
                pending += dom.children(child).reversed()
            } else {
                parts.append(child)
            }
        }
        return parts
    }

    private static func isTablePart(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .caption, .colgroup, .col, .thead, .tbody, .tfoot, .tr, .td, .th: return true
        default: return false
        }
    }

    /// The cells among a row's children; anything else in the row shows before the table.
    private mutating func cells(in children: [Int], flow: inout HTMLFlow) -> [Cell] {
        var cells: [Cell] = []
        for child in children {
            let tag = dom.tag(child)
            guard tag == .td || tag == .th else {
                append(child, to: &flow)
                continue
            }
            if isHidden(child) { continue }
            let columns = dom.attribute("colspan", of: child).flatMap { Int($0.trimmingSpaces) } ?? 1
            let rows = dom.attribute("rowspan", of: child).flatMap { Int($0.trimmingSpaces) } ?? 1
            cells.append(
                Cell(
                    content: nestedBlocks(child, depth: flow.depth + 1), isHeader: tag == .th,
                    columns: min(max(columns, 1), Self.maximumColumnSpan), rows: min(max(rows, 0), 65534),
                    alignment: alignment(of: child)))
        }
        return cells
    }

    private func alignment(of cell: Int) -> Table.Alignment {
        var value = dom.attribute("align", of: cell)?.trimmingSpaces.lowercased()
        if let style = dom.attribute("style", of: cell)?.lowercased(), let range = style.firstRange(of: "text-align") {
            value = style[range.upperBound...].drop { $0 == " " || $0 == ":" }.prefix { $0.isLetter }.description
        }
        switch value {
        case "left", "start": return .left
        case "center", "middle": return .center
        case "right", "end": return .right
        default: return .default
        }
    }

    /// Places each cell at the first free place of its row, reserving the places its spans
    /// cover (rowspans stop at the end of the group).
    private static func layOut(_ rows: [[Cell]], ignoringSpans: Bool) -> [[Slot]] {
        var grid = [[Slot]](repeating: [], count: rows.count)
        var taken = [[Bool]](repeating: [], count: rows.count)
        for (rowIndex, row) in rows.enumerated() {
            var column = 0
            for cell in row {
                while column < taken[rowIndex].count, taken[rowIndex][column] { column += 1 }
                let columns = ignoringSpans ? 1 : cell.columns
                let rowSpan = ignoringSpans ? 1 : (cell.rows == 0 ? rows.count : cell.rows)
                for spannedRow in rowIndex..<min(rows.count, rowIndex + rowSpan) {
                    if grid[spannedRow].count < column + columns {
                        let missing = column + columns - grid[spannedRow].count
                        grid[spannedRow] += Array(repeating: Slot(), count: missing)
                        taken[spannedRow] += Array(repeating: false, count: missing)
                    }
                    for spannedColumn in column..<column + columns { taken[spannedRow][spannedColumn] = true }
                }
                grid[rowIndex][column] = Slot(content: cell.content, origin: (cell.isHeader, cell.alignment))
                column += columns
            }
        }
        return grid
    }
}
