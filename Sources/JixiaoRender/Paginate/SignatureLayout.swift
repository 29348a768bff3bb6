import JixiaoCore

/// The signature block typeset for its columns: 填报人（签字） on the left, 单位负责人（签字）
/// on the right, 单位（盖章） alone on the right where the stamp goes, and the date line ending
/// four characters in from the right.
///
/// Each text wraps inside its column (a long unit name once ran off the paper's edge), and a
/// row is as many grid lines tall as its longest text, with one line of room to sign below.
struct SignatureLayout {
    /// Left edges of the two columns.
    let columns: [Double]
    /// Rows of two columns; a column with nothing in it has no lines.
    let rows: [[[TypesetLine]]]
    let date: [TypesetLine]

    /// Typesets `block` with `typeset(text, style, width, field)`, which reports missing glyphs.
    init(_ block: SignatureBlock, geometry: PageGeometry,
         typeset: (String, TextStyle, Double, FieldPath?) -> [TypesetLine]) {
        let style = BlockStyles.signature
        let area = geometry.textArea
        let columns = [area.minX + 2 * style.size, area.minX + 15 * style.size]
        let widths = [columns[1] - columns[0] - style.size, area.maxX - columns[1]]
        var rows: [[[TypesetLine]]] = []
        for start in stride(from: 0, to: block.lines.count, by: 2) {
            func lines(_ index: Int, column: Int) -> [TypesetLine] {
                typeset(block.lines[index].text, style, widths[column], block.lines[index].source)
            }
            rows.append(start + 1 < block.lines.count ? [lines(start, column: 0), lines(start + 1, column: 1)]
                                                      : [[], lines(start, column: 1)])
        }
        var dateStyle = style
        dateStyle.alignment = .right
        self.columns = columns
        self.rows = rows
        date = typeset(block.date.text, dateStyle, area.size.width - 4 * style.size, block.date.source)
    }

    /// Grid lines of a row: its tallest column.
    static func height(of row: [[TypesetLine]]) -> Int { max(1, row.map(\.count).max() ?? 1) }

    /// Grid lines the block takes: a blank line, each row with a line of room below it, the date.
    var slots: Int { 1 + rows.reduce(0) { $0 + Self.height(of: $1) + 1 } + max(1, date.count) }
}
