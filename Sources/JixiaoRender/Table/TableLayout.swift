import JixiaoCore

/// A `Table` measured for a given width: column edges, the cells' lines, and row heights
/// tall enough for every cell, spanning cells included.
struct TableLayout {
    struct Cell {
        var column: Int
        var row: Int
        var colSpan: Int
        var rowSpan: Int
        var lines: [TypesetLine]
        var alignment: CellAlignment
        var source: FieldPath?

        var contentHeight: Double { Double(lines.count) * TableLayout.linePitch }
    }

    struct Section {
        var heights: [Double]
        var cells: [Cell]
    }

    /// Points between the baselines of a cell's lines (10.5 pt text).
    static let linePitch = 15.0
    /// Space between a cell's rules and its text.
    static let padding = Point(x: 3, y: 4)
    static let ruleWidth = 0.75

    /// x of each column's left edge, and the table's right edge last.
    var edges: [Double]
    var header: Section
    var body: Section
    /// Characters of the cells that no font has, with the cell's field.
    var missing: [MissingGlyph]
    /// How many of the last body rows share one page: the foot (see `Table.footRows`) and the
    /// row before it, so that 总分 is read beside the rows it adds up; 0 for a table with no foot.
    var keptAtEnd: Int

    init(_ table: Table, left: Double, width: Double, session: RenderSession, geometry: PageGeometry) {
        let total = table.columns.reduce(0) { $0 + max($1.width, 0) }
        var edges = [left]
        for column in table.columns {
            edges.append((edges.last ?? left) + width * max(column.width, 0) / max(total, 1))
        }
        self.edges = edges
        var missing: [MissingGlyph] = []
        header = Self.measure(table.header, columns: table.columns, edges: edges, session: session, geometry: geometry,
                              fallbackSource: table.source, missing: &missing)
        body = Self.measure(table.rows, columns: table.columns, edges: edges, session: session, geometry: geometry,
                            fallbackSource: table.source, missing: &missing)
        self.missing = missing
        keptAtEnd = table.footRows > 0 ? min(body.heights.count, table.footRows + 1) : 0
    }

    var headerHeight: Double { header.heights.reduce(0, +) }

    /// Typesets every cell and sizes the rows: each row as tall as its single-row cells, then
    /// the last row of a span grown until the spanning cell fits.
    private static func measure(_ rows: [TableRow], columns: [TableColumn], edges: [Double], session: RenderSession,
                                geometry: PageGeometry, fallbackSource: FieldPath?,
                                missing: inout [MissingGlyph]) -> Section {
        var cells: [Cell] = []
        var occupied = Set<[Int]>()
        for (rowIndex, row) in rows.enumerated() {
            var column = 0
            for cell in row.cells {
                while occupied.contains([rowIndex, column]) { column += 1 }
                guard column < columns.count else { break }
                let colSpan = max(1, min(cell.colSpan, columns.count - column))
                let rowSpan = max(1, min(cell.rowSpan, rows.count - rowIndex))
                for r in rowIndex..<(rowIndex + rowSpan) {
                    for c in column..<(column + colSpan) { occupied.insert([r, c]) }
                }
                let alignment = cell.alignment ?? columns[column].alignment
                let width = edges[column + colSpan] - edges[column] - 2 * padding.x
                let style = BlockStyles.cell(cell.style, alignment: alignment, geometry: geometry)
                let typeset = session.typeset(cell.text, style: style, width: width)
                let source = cell.source ?? fallbackSource ?? .root
                missing += typeset.missingCharacters.map { MissingGlyph(character: $0, field: source) }
                let lines = cell.text.isEmpty ? [] : typeset.lines
                cells.append(Cell(column: column, row: rowIndex, colSpan: colSpan, rowSpan: rowSpan, lines: lines,
                                  alignment: alignment, source: cell.source))
                column += colSpan
            }
        }
        let minimum = linePitch + 2 * padding.y
        var heights = Array(repeating: minimum, count: rows.count)
        for cell in cells where cell.rowSpan == 1 {
            heights[cell.row] = max(heights[cell.row], cell.contentHeight + 2 * padding.y)
        }
        for cell in cells where cell.rowSpan > 1 {
            let spanned = heights[cell.row..<(cell.row + cell.rowSpan)].reduce(0, +)
            let needed = cell.contentHeight + 2 * padding.y
            if needed > spanned { heights[cell.row + cell.rowSpan - 1] += needed - spanned }
        }
        return Section(heights: heights, cells: cells)
    }
}
