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
    /// `Table.sideLabel` set for the first column, which the header and the body rows before
    /// `sideLabelRows` leave to it: each page draws it beside its header and those rows.
    var sideLabel: Cell?
    var sideLabelRows: Int

    init(_ table: Table, left: Double, width: Double, session: RenderSession, geometry: PageGeometry) {
        let widths = table.columns.map { max($0.width, 0) }
        let measured = Self(table, widths: widths, left: left, width: width, session: session, geometry: geometry)
        self = measured.widened(for: table, widths: widths, left: left, width: width, session: session,
                                geometry: geometry)
    }

    /// The layout again with a column with `maximumLines` whose cells run past them given width
    /// from the columns that may give some (down to their `minimumWidth`): a quarter, half,
    /// three quarters or all of what they can give, the step guessed from the longest cell
    /// (lines shrink about in proportion to the width) and taken whole when that is still short.
    /// At most two more measurements, so a huge cell costs little more than itself, and each
    /// sets again only the cells whose width changed (the reasons, the columns that give, the
    /// spans over them): the others keep their lines. A widening that makes the table taller
    /// (the names it narrows wrap into more lines than the reason saves) is not taken.
    private func widened(for table: Table, widths: [Double], left: Double, width: Double, session: RenderSession,
                         geometry: PageGeometry) -> TableLayout {
        guard let target = table.columns.indices.first(where: { table.columns[$0].maximumLines != nil }),
              let limit = table.columns[target].maximumLines else { return self }
        func longest(_ layout: TableLayout) -> Int {
            layout.body.cells.filter { $0.column == target && $0.colSpan == 1 }.map(\.lines.count).max() ?? 0
        }
        let lines = longest(self)
        guard lines > limit else { return self }
        let giveable = widths.indices.reduce(0.0) { sum, index in
            guard index != target, let floor = table.columns[index].minimumWidth, floor < widths[index] else { return sum }
            return sum + widths[index] - floor
        }
        guard giveable > 0, widths[target] > 0 else { return self }
        func layout(step: Int) -> TableLayout {
            var adjusted = widths
            for index in adjusted.indices where index != target {
                guard let floor = table.columns[index].minimumWidth, floor < adjusted[index] else { continue }
                let share = (adjusted[index] - floor) * Double(step) / 4
                adjusted[index] -= share
                adjusted[target] += share
            }
            return TableLayout(table, widths: adjusted, left: left, width: width, session: session, geometry: geometry,
                               reusing: self)
        }
        let needed = widths[target] * (Double(lines) / Double(limit) - 1)
        let guess = min(4, max(1, Int((needed / giveable * 4).rounded(.up))))
        var candidates = [layout(step: guess)]
        if guess < 4, let first = candidates.first, longest(first) > limit { candidates.append(layout(step: 4)) }
        func height(_ layout: TableLayout) -> Double { layout.body.heights.reduce(0, +) }
        let best = candidates.min { height($0) < height($1) } ?? self
        return height(best) < height(self) ? best : self
    }

    /// The table measured with relative column `widths`; with `previous` (the same table at other
    /// widths), a cell as wide as it was there keeps its lines, and the missing characters (which
    /// depend on the text alone) are the previous ones.
    private init(_ table: Table, widths: [Double], left: Double, width: Double, session: RenderSession,
                 geometry: PageGeometry, reusing previous: TableLayout? = nil) {
        let total = widths.reduce(0, +)
        var edges = [left]
        for columnWidth in widths {
            edges.append((edges.last ?? left) + width * columnWidth / max(total, 1))
        }
        self.edges = edges
        var missing: [MissingGlyph] = []
        let labelled = table.sideLabel == nil ? 0 : 1
        sideLabelRows = labelled == 0 ? 0 : max(0, table.rows.count - table.footRows)
        header = Self.measure(table.header, columns: table.columns, edges: edges, session: session, geometry: geometry,
                              fallbackSource: table.source, missing: &missing,
                              previous: previous.map { ($0.header, $0.edges) },
                              firstColumnTaken: labelled == 0 ? 0..<0 : 0..<table.header.count)
        body = Self.measure(table.rows, columns: table.columns, edges: edges, session: session, geometry: geometry,
                            fallbackSource: table.source, missing: &missing,
                            previous: previous.map { ($0.body, $0.edges) }, firstColumnTaken: 0..<sideLabelRows)
        sideLabel = table.sideLabel.map { label in
            previous?.sideLabel ?? Self.measure(label, column: 0, row: 0, colSpan: 1, rowSpan: 1, columns: table.columns,
                                                edges: edges, session: session, geometry: geometry,
                                                fallbackSource: table.source, missing: &missing)
        }
        self.missing = previous?.missing ?? missing
        keptAtEnd = table.footRows > 0 ? min(body.heights.count, table.footRows + 1) : 0
    }

    var headerHeight: Double { header.heights.reduce(0, +) }

    /// A cell's lines, never ending on a line of one character (年初预算 over 数): when Pango
    /// leaves one alone, the text is set again with a break before its last two characters.
    static func typesetWithoutLoneLastCharacter(_ text: String, style: TextStyle, width: Double,
                                                session: RenderSession) -> TypesetParagraph {
        let typeset = session.typeset(text, style: style, width: width)
        // Setting the text twice is cheap for the short texts of heads and labels; a long
        // narrative cell is left as Pango breaks it.
        guard (2...16).contains(typeset.lines.count), let last = typeset.lines.last, last.text.count == 1, text.count >= 3 else {
            return typeset
        }
        let tail = text.suffix(2)
        let head = text.dropLast(2)
        guard !tail.contains(where: LongTextTypesetter.isParagraphSeparator),
              let before = head.last, !LongTextTypesetter.isParagraphSeparator(before) else { return typeset }
        let broken = session.typeset(head + "\n" + tail, style: style, width: width)
        // Only when the break does not cost a line more than Pango's own breaking.
        return broken.lines.count <= typeset.lines.count ? broken : typeset
    }

    /// Typesets every cell and sizes the rows: each row as tall as its single-row cells, then
    /// the last row of a span grown until the spanning cell fits. The first column of the rows
    /// `firstColumnTaken` is the side label's: their cells start in the second.
    private static func measure(_ rows: [TableRow], columns: [TableColumn], edges: [Double], session: RenderSession,
                                geometry: PageGeometry, fallbackSource: FieldPath?,
                                missing: inout [MissingGlyph], previous: (section: Section, edges: [Double])? = nil,
                                firstColumnTaken: Range<Int>) -> Section {
        // The previous measurement's cells by their first row and column (the same table, so the
        // same cells in the same places).
        var before: [[Int]: Cell] = [:]
        if let previous {
            for cell in previous.section.cells { before[[cell.row, cell.column]] = cell }
        }
        var cells: [Cell] = []
        var occupied = Set(firstColumnTaken.map { [$0, 0] })
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
                let width = edges[column + colSpan] - edges[column] - 2 * padding.x
                if let previous, let kept = before[[rowIndex, column]], kept.colSpan == colSpan, kept.rowSpan == rowSpan,
                   abs(previous.edges[column + colSpan] - previous.edges[column] - 2 * padding.x - width) < 1e-9 {
                    cells.append(kept)
                    column += colSpan
                    continue
                }
                cells.append(measure(cell, column: column, row: rowIndex, colSpan: colSpan, rowSpan: rowSpan,
                                     columns: columns, edges: edges, session: session, geometry: geometry,
                                     fallbackSource: fallbackSource, missing: &missing))
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

    /// One cell typeset for its columns, at `row` and `column` of its section.
    private static func measure(_ cell: TableCell, column: Int, row: Int, colSpan: Int, rowSpan: Int,
                                columns: [TableColumn], edges: [Double], session: RenderSession, geometry: PageGeometry,
                                fallbackSource: FieldPath?, missing: inout [MissingGlyph]) -> Cell {
        let alignment = cell.alignment ?? columns[column].alignment
        let width = edges[column + colSpan] - edges[column] - 2 * padding.x
        let style = BlockStyles.cell(cell.style, alignment: alignment, geometry: geometry)
        let typeset = typesetWithoutLoneLastCharacter(cell.text, style: style, width: width, session: session)
        let source = cell.source ?? fallbackSource ?? .root
        missing += typeset.missingCharacters.map { MissingGlyph(character: $0, field: source) }
        return Cell(column: column, row: row, colSpan: colSpan, rowSpan: rowSpan, lines: cell.text.isEmpty ? [] : typeset.lines,
                    alignment: alignment, source: cell.source)
    }
}
