import Foundation
import JixiaoCore

/// One worksheet as jixiao writes it: typed cells by row and column (from 1, as `Grid` reads
/// them back), merged ranges, column widths and drop-down lists. A value, so the blank 自评表
/// and the 汇总表 are built and tested without any XML; `WorkbookWriter` turns it into
/// SpreadsheetML.
struct WorkbookSheet: Hashable, Sendable {
    /// What a cell holds: text is always a string cell (never run as a formula, whatever it
    /// starts with), a number a number, shown through its style's number format.
    enum Value: Hashable, Sendable {
        case text(String)
        case number(Decimal)
    }

    /// How a cell looks. Cells with the same style share one `cellXfs` entry.
    struct Style: Hashable, Sendable {
        enum Alignment: String, Hashable, Sendable { case general, left, center, right }

        /// An Excel number format code: `General`, `0`, `0.00`, `0.00%`, `#,##0.00`, `@` (text).
        var numberFormat = "General"
        var bold = false
        /// Font size in points; 11 is Excel's default body size.
        var fontSize: Double = 11
        var alignment = Alignment.general
        var wrap = false
        /// A thin border on all four sides, as a printed form's cells have.
        var bordered = false

        static let plain = Style()
    }

    struct Cell: Hashable, Sendable {
        /// nil: an empty cell that still has its style (a border, the format of what will be typed).
        var value: Value?
        var style: Style
    }

    /// A drop-down list on a range. `strict`: Excel refuses anything else (a column that holds
    /// only the operator); otherwise the list is a suggestion and any text may be typed (a
    /// target such as ≥20人 starts with one of the operators but goes on).
    struct ListValidation: Hashable, Sendable {
        var range: Grid.Range
        var items: [String]
        var strict: Bool
        /// The note Excel shows beside a selected cell (at most 32 and 255 characters).
        var promptTitle: String? = nil
        var prompt: String? = nil
    }

    var name: String
    var cells: [Grid.Position: Cell] = [:]
    var merges: [Grid.Range] = []
    /// Column widths in characters of the default font, from column A; missing ones default.
    var columnWidths: [Double] = []
    var validations: [ListValidation] = []

    init(name: String) { self.name = name }

    mutating func set(_ row: Int, _ column: Int, _ value: Value?, _ style: Style = .plain) {
        cells[Grid.Position(row: row, column: column)] = Cell(value: value, style: style)
    }

    mutating func set(_ row: Int, _ column: Int, _ text: String, _ style: Style = .plain) {
        set(row, column, .text(text), style)
    }

    /// Merges `row`, `column` through `lastRow`, `lastColumn`; each covered cell gets `style`
    /// too, so the range's border is drawn all round.
    mutating func merge(_ row: Int, _ column: Int, through lastRow: Int, _ lastColumn: Int, style: Style) {
        for r in row...lastRow {
            for c in column...lastColumn where r != row || c != column {
                set(r, c, nil, style)
            }
        }
        if lastRow > row || lastColumn > column {
            merges.append(Grid.Range(first: Grid.Position(row: row, column: column),
                                     last: Grid.Position(row: lastRow, column: lastColumn)))
        }
    }

    /// The rows that have cells, each with its cells in column order.
    var rows: [(row: Int, cells: [(column: Int, cell: Cell)])] {
        Dictionary(grouping: cells, by: \.key.row).sorted { $0.key < $1.key }.map { row, entries in
            (row, entries.sorted { $0.key.column < $1.key.column }.map { ($0.key.column, $0.value) })
        }
    }
}
