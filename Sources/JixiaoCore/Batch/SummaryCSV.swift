import Foundation

/// The 汇总表 as CSV for Excel/WPS (UTF-8 with BOM): `SummaryTable`'s rows as text, the
/// figures formatted as the PDF prints them (汇总表.xlsx writes the same rows as numbers).
public enum SummaryCSV {
    public static func data(_ summary: BatchSummary) -> Data {
        let table = SummaryTable(summary)
        return CSVWriter.data(header: table.header, rows: table.rows.map { $0.map(\.text) })
    }
}
