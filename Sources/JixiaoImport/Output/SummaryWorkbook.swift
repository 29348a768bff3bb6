import Foundation
import JixiaoCore

/// 汇总表.xlsx: `SummaryTable`'s rows (the same as 汇总表.csv's) on one sheet, with figures
/// as numbers a spreadsheet can add up, each in a number format (`#,##0.00##` for money,
/// `0.00%` for 执行率, `0.00` for scores, `0` for counts), and text as string cells, which
/// Excel never runs as a formula (the CSV needs its `'` for that). Byte-reproducible: the
/// same batch gives the same file.
///
/// ```swift
/// let xlsx = try SummaryWorkbook.xlsx(BatchSummary(outcomes: outcomes))
/// ```
public enum SummaryWorkbook {
    static let sheetName = "汇总表"

    public static func xlsx(_ summary: BatchSummary) throws(PackageWriteError) -> [UInt8] {
        try WorkbookWriter.xlsx([sheet(SummaryTable(summary))])
    }

    static func sheet(_ table: SummaryTable) -> WorkbookSheet {
        var sheet = WorkbookSheet(name: sheetName)
        let head = WorkbookSheet.Style(bold: true, alignment: .center, wrap: true, bordered: true)
        for (column, text) in table.header.enumerated() { sheet.set(1, column + 1, text, head) }
        for (index, row) in table.rows.enumerated() {
            for (column, cell) in row.enumerated() {
                let (value, format) = value(cell)
                sheet.set(index + 2, column + 1, value, WorkbookSheet.Style(numberFormat: format))
            }
        }
        sheet.columnWidths = [6, 30, 22, 16, 16, 10, 10, 6, 8, 24]
        return sheet
    }

    /// A cell's value and number format. Figures are stored rounded as the CSV prints them,
    /// so a cell shows and sums what the PDF says.
    static func value(_ cell: SummaryTable.Cell) -> (WorkbookSheet.Value?, String) {
        switch cell {
        case .text(let text): return (text.isEmpty ? nil : .text(text), "General")
        case .count(let count): return (.number(Decimal(count)), "0")
        case let .amount(amount, unit):
            let format = "#,##0.00##" + (unit.map { "\"" + $0.replacingOccurrences(of: "\"", with: "") + "\"" } ?? "")
            return (.number(amount.roundedHalfUp(places: 4)), format)
        case .rate(let rate):
            guard let rate else { return (.text(cell.text), "General") }
            return (.number((rate * 100).roundedHalfUp(places: 2) / 100), "0.00%")
        case .score(let score): return (.number(score.roundedHalfUp(places: 2)), "0.00")
        }
    }
}
