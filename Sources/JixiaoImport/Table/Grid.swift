import Foundation
import JixiaoCore

/// A table as the importer reads it, whether a worksheet or a table inside a Word file: cells
/// by row and column (from 1), each with the text it shows and its place, and the merged
/// ranges. The 自评表 reader works on this alone, so a workbook and a Word table are read by
/// one set of rules.
struct Grid: Sendable {
    struct Position: Hashable, Sendable, Comparable {
        var row: Int
        var column: Int
        static func < (lhs: Position, rhs: Position) -> Bool { (lhs.row, lhs.column) < (rhs.row, rhs.column) }
    }

    struct Cell: Sendable {
        /// What the cell shows, formatted as the clerk saw it.
        var text: String
        var location: SourceLocation
        /// The formula, without `=`, when the cell holds one.
        var formula: String? = nil
        /// An error value (`#DIV/0!`), shown as `text`.
        var isError = false
    }

    /// A merged range, inclusive.
    struct Range: Hashable, Sendable {
        var first: Position
        var last: Position
    }

    /// How an empty cell is named: a sheet's A1 reference, or a Word table's paragraph.
    enum Origin: Hashable, Sendable {
        case sheet(file: String, name: String)
        case document(file: String, paragraph: Int)
    }

    var origin: Origin
    var cells: [Position: Cell] = [:]
    /// Each cell a merged range covers (but its first) → that first cell.
    private var anchors: [Position: Position] = [:]
    var rowCount = 0
    var columnCount = 0

    /// How many cells merged ranges may cover in all: a range as wide as the sheet is cut to
    /// the cells that hold anything, and past this bound the rest are not merged.
    static let maxMergedCells = 1_000_000

    init(origin: Origin) { self.origin = origin }

    /// Records merged ranges, ends in either order, cut to the filled part of the grid.
    mutating func merge(_ ranges: [Range]) {
        var budget = Self.maxMergedCells - anchors.count
        for range in ranges {
            let first = Position(row: max(1, min(range.first.row, range.last.row)), column: max(1, min(range.first.column, range.last.column)))
            let last = Position(row: min(max(range.first.row, range.last.row), max(rowCount, first.row)),
                                column: min(max(range.first.column, range.last.column), max(columnCount, first.column)))
            let area = (last.row - first.row + 1) * (last.column - first.column + 1)
            guard area > 1, area <= budget else { continue }
            budget -= area
            for row in first.row...last.row {
                for column in first.column...last.column where row != first.row || column != first.column {
                    anchors[Position(row: row, column: column)] = first
                }
            }
        }
    }

    /// The first cell of the merged range covering `position`, if it is covered and not first.
    func anchor(_ position: Position) -> Position? { anchors[position] }

    /// The sheet's name, or the file's for a Word table.
    var name: String {
        switch origin {
        case .sheet(_, let name): return name
        case .document(let file, _): return file
        }
    }

    mutating func set(_ cell: Cell, at position: Position) {
        cells[position] = cell
        rowCount = max(rowCount, position.row)
        columnCount = max(columnCount, position.column)
    }

    /// The cell shown at `row`, `column`: a merged range shows its first cell everywhere.
    func cell(_ row: Int, _ column: Int) -> Cell? {
        let position = Position(row: row, column: column)
        if let cell = cells[position], !cell.text.isEmpty { return cell }
        if let first = anchors[position] { return cells[first] }
        return cells[position]
    }

    /// The text shown, trimmed of spaces and line breaks at the ends.
    func text(_ row: Int, _ column: Int) -> String {
        (cell(row, column)?.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether `row`, `column` is a merged range's continuation (not its first cell).
    func isContinuation(_ row: Int, _ column: Int) -> Bool {
        anchors[Position(row: row, column: column)] != nil
    }

    /// Where the cell is, even when it is empty.
    func location(_ row: Int, _ column: Int) -> SourceLocation {
        if let cell = cells[Position(row: row, column: column)] { return cell.location }
        switch origin {
        case let .sheet(file, name): return SourceLocation(file: file, sheet: name, cell: Self.reference(row: row, column: column))
        case let .document(file, paragraph): return SourceLocation(file: file, paragraph: paragraph)
        }
    }

    /// `row` 12, `column` 4 → `D12`.
    static func reference(row: Int, column: Int) -> String {
        var letters = ""
        var number = column
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters + String(row)
    }
}

extension String {
    /// The text with every kind of space and line break removed: how header labels compare
    /// (`年度\n指标值` is `年度指标值`).
    var compacted: String {
        String(unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }
}
