import JixiaoCore

/// A long table cut into bands of rows that are measured and placed one after another, so
/// a 汇总表 of thousands of rows never holds more than one band's typeset cells: each band
/// is a `TableLayout` of the table's columns, header and those rows, placed on from where the
/// one before it stopped (`TablePlacer.continuing`), with no header of its own unless the page
/// turns. The pages are those of placing the table whole (`PageStreamTests`).
///
/// Only a table whose rows are measured each on its own is cut: a column with `maximumLines`
/// is widened from its longest cell (so all are measured first), and a side label runs beside
/// all the rows of a page. A band never ends inside a cell that spans rows, and the last band
/// holds the foot with at least one row before it, where `TablePlacer` keeps them together.
struct TableBands {
    /// Rows per band: enough that a band fills a page or more of most tables, few enough that
    /// its cells take little memory.
    static let defaultRows = 64

    /// The rows of each band, in order.
    let bands: [Range<Int>]

    /// The bands of `table`, or nil when it must be measured whole (see above) or is no longer
    /// than one band.
    init?(_ table: Table, rowsPerBand: Int = defaultRows) {
        guard rowsPerBand > 0, table.rows.count > rowsPerBand, table.sideLabel == nil,
              !table.columns.contains(where: { $0.maximumLines != nil }) else { return nil }
        // The first row after every span that starts at or before each row.
        var reach = 0
        var cuts: [Int] = []
        var bandStart = 0
        let lastStart = table.rows.count - min(table.rows.count, table.footRows + 1)
        for (index, row) in table.rows.enumerated() {
            if index - bandStart >= rowsPerBand, reach <= index, index <= lastStart {
                cuts.append(index)
                bandStart = index
            }
            reach = max(reach, index + (row.cells.map { max(1, $0.rowSpan) }.max() ?? 1))
        }
        guard !cuts.isEmpty else { return nil }
        let edges = [0] + cuts + [table.rows.count]
        bands = zip(edges, edges.dropFirst()).map { $0..<$1 }
    }

    /// Band `rows` of `table` as a table of its own: the same columns and header, the foot
    /// only in the last band.
    static func part(_ rows: Range<Int>, of table: Table) -> Table {
        var part = table
        part.rows = Array(table.rows[rows])
        part.footRows = rows.upperBound == table.rows.count ? table.footRows : 0
        return part
    }
}
