import Foundation

/// The 汇总表 as one sheet of typed cells: what 汇总表.csv and 汇总表.xlsx both write, so the
/// two files always hold the same rows, and the results rows are also the PDF's
/// (`SummaryComposer` prints their `text`). The results table with the input file as a last
/// column, its totals, a blank row, the count per grade and the mean score, then (after
/// another blank row) the reports that produced no PDF.
///
/// Cells keep their kind, so a spreadsheet gets numbers it can add up, with number formats,
/// while the CSV gets the same text the PDF prints.
///
/// ```swift
/// let table = SummaryTable(BatchSummary(outcomes: outcomes))
/// table.rows[0].map(\.text)   // ["1", "帮扶项目01", "林芝市总工会", "105", "93.5", "89.05%", "88", "良", "1", "r01.yaml"]
/// ```
public struct SummaryTable: Hashable, Sendable {
    /// One cell: text, or a figure together with how it is printed.
    public enum Cell: Hashable, Sendable {
        case text(String)
        /// A whole number: 序号, counts, warnings.
        case count(Int)
        /// Money, with its unit written after it when the reports' units differ (the head
        /// names a shared one).
        case amount(Decimal, unit: String?)
        /// 执行率 as a fraction (0.955 for 95.5%); nil when nothing was budgeted (printed —).
        case rate(Decimal?)
        /// A score, 2 decimals.
        case score(Decimal)

        /// The cell as the PDF and the CSV print it.
        public var text: String {
            switch self {
            case .text(let text): return text
            case .count(let count): return String(count)
            case let .amount(amount, unit): return ScoreFormat.amount(amount) + (unit ?? "")
            case .rate(let rate): return BatchSummary.rate(rate)
            case .score(let score): return ScoreFormat.number(score)
            }
        }
    }

    public var header: [String]
    /// Rows after the header; an empty row separates the blocks.
    public var rows: [[Cell]]

    public init(_ summary: BatchSummary) {
        header = SummaryComposer.resultsHead(summary) + ["输入文件"]
        var rows: [[Cell]] = summary.rows.enumerated().map { index, row in
            Self.resultsCells(row, number: index + 1, in: summary) + [.text(row.input)]
        }
        for total in summary.totals {
            let warnings: Cell = summary.totals.count == 1 ? .count(summary.warningCount) : .text("")
            rows.append([.text(SummaryComposer.totalLabel(total, in: summary)), .text(""), .text(""),
                         Self.money(total.budget, unit: total.unit, in: summary), Self.money(total.executed, unit: total.unit, in: summary),
                         .rate(total.executionRate), .text(""), .text(""), warnings, .text("")])
        }
        rows.append([])
        rows.append([.text("等级"), .text("报告份数")])
        rows += summary.gradeCounts.map { [.text($0.grade.rawValue), .count($0.count)] }
        rows.append([.text("合计"), .count(summary.rows.count)])
        rows.append([.text("平均自评得分"), summary.averageScore.map(Cell.score) ?? .text("—")])
        if !summary.unfinished.isEmpty {
            rows.append([])
            rows.append([.text(SummaryComposer.unfinishedHeading)])
            rows.append(["序号", "输入文件", "状态", "说明"].map(Cell.text))
            rows += summary.unfinished.enumerated().map { index, entry in
                [.count(index + 1), .text(entry.input), .text(SummaryComposer.statusLabel(entry.status)), .text(entry.message ?? "")]
            }
        }
        self.rows = rows
    }

    /// One report's cells in the results table's nine columns.
    public static func resultsCells(_ row: SummaryRow, number: Int, in summary: BatchSummary) -> [Cell] {
        [.count(number), .text(row.project), .text(row.department), money(row.budget, unit: row.unit, in: summary),
         money(row.executed, unit: row.unit, in: summary), .rate(row.executionRate), .score(row.total),
         .text(row.grade.rawValue), .count(row.warnings)]
    }

    /// An amount, with its unit only when the rows' units differ (as `BatchSummary.money`).
    static func money(_ amount: Decimal, unit: String, in summary: BatchSummary) -> Cell {
        .amount(amount, unit: summary.commonUnit == nil ? unit : nil)
    }
}
