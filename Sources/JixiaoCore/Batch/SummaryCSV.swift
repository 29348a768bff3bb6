import Foundation

/// The 汇总表 as CSV for Excel/WPS (UTF-8 with BOM): the results table with the input file
/// added as a last column, the totals, the count per grade, and the reports without a PDF,
/// each block after a blank line. The figures are the PDF's, formatted the same way.
public enum SummaryCSV {
    public static func data(_ summary: BatchSummary) -> Data {
        var rows: [[String]] = summary.rows.enumerated().map { index, row in
            SummaryComposer.resultsCells(row, number: index + 1, in: summary) + [row.input]
        }
        for total in summary.totals {
            let warnings = summary.totals.count == 1 ? String(summary.warningCount) : ""
            rows.append([SummaryComposer.totalLabel(total, in: summary), "", "", summary.money(total.budget, unit: total.unit),
                         summary.money(total.executed, unit: total.unit), BatchSummary.rate(total.executionRate), "", "",
                         warnings, ""])
        }
        rows.append([])
        rows.append(["等级", "报告份数"])
        rows += summary.gradeCounts.map { [$0.grade.rawValue, String($0.count)] }
        rows.append(["合计", String(summary.rows.count)])
        rows.append(["平均自评得分", summary.averageScore.map(ScoreFormat.number) ?? "—"])
        if !summary.unfinished.isEmpty {
            rows.append([])
            rows.append([SummaryComposer.unfinishedHeading])
            rows.append(["序号", "输入文件", "状态", "说明"])
            rows += summary.unfinished.enumerated().map { index, entry in
                [String(index + 1), entry.input, SummaryComposer.statusLabel(entry.status), entry.message ?? ""]
            }
        }
        return CSVWriter.data(header: SummaryComposer.resultsHead(summary) + ["输入文件"], rows: rows)
    }
}
