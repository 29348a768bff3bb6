/// The 汇总表 as a `Document`, for the same renderer and fonts as the reports (on A4
/// landscape): title, issuing body and year when the reports agree, the table of results
/// with its totals, the count per grade, and the reports that produced no PDF.
///
/// Pure: the same outcomes give the same document, with nothing taken from the clock.
public enum SummaryComposer {
    public static let title = "项目支出绩效自评汇总表"
    static let resultsHeading = "自评结果"
    static let gradesHeading = "等级分布"
    static let unfinishedHeading = "未生成的报告"
    static let manifestHeading = "清单校验码"

    /// The 汇总表 of `summary`. With `manifestSHA256`, the SHA-256 of manifest.csv closes it,
    /// with the command that checks it and lines to sign: the bureau signs this page on paper,
    /// so a manifest rewritten afterwards no longer matches the figure on the signed sheet.
    /// manifest.csv lists the reports only, never this PDF, so nothing depends on its own hash.
    public static func compose(_ summary: BatchSummary, manifestSHA256: String? = nil) -> Document {
        var body: [Block] = [.paragraph(Paragraph(title, style: .title, outlineTitle: title))]
        let issuedBy = [summary.issuer, summary.year].compactMap { $0 }.joined(separator: "　")
        if !issuedBy.isEmpty { body.append(.paragraph(Paragraph(issuedBy, style: .flush))) }
        body.append(.paragraph(Paragraph(countLine(summary), style: .flush)))
        var section = 0
        func heading(_ text: String) -> Block {
            section += 1
            return .heading(Heading(level: 1, number: HeadingNumber.number(level: 1, index: section), text: text))
        }
        body.append(heading(resultsHeading))
        body.append(.table(resultsTable(summary)))
        body.append(heading(gradesHeading))
        body.append(.table(gradesTable(summary)))
        if !summary.unfinished.isEmpty {
            body.append(heading(unfinishedHeading))
            body.append(.table(unfinishedTable(summary.unfinished)))
        }
        if let manifestSHA256 {
            body.append(heading(manifestHeading))
            body += manifestLines(manifestSHA256).map { .paragraph(Paragraph($0, style: .flush)) }
        }
        return Document(metadata: metadata(summary), cover: nil, body: body)
    }

    /// 共 23 份报告：已生成 20 份，未生成 3 份。
    static func countLine(_ summary: BatchSummary) -> String {
        let all = summary.rows.count + summary.unfinished.count
        var line = "共 \(all) 份报告：已生成 \(summary.rows.count) 份"
        if !summary.unfinished.isEmpty { line += "，未生成 \(summary.unfinished.count) 份（见“\(unfinishedHeading)”）" }
        return line + "。"
    }

    /// The digest on a line of its own (64 characters that must not be spread out by
    /// justification), how to check it, and the lines the reviewer signs.
    static func manifestLines(_ sha256: String) -> [String] {
        ["\(Manifest.csvName) 的 SHA-256（清单校验码）：\n\(sha256)",
         "核对：运行 jixiao verify 输出目录 --manifest-sha256 清单校验码；校验码相符且清单所列文件均未改动，方为通过。",
         "审核人（签字）：　　　　　　　　　　　　日期：　　　　年　　月　　日"]
    }

    /// The head of the results table: the nine columns, with the unit in the money heads when shared.
    public static func resultsHead(_ summary: BatchSummary) -> [String] {
        let unit = summary.commonUnit.map { "（\($0)）" } ?? ""
        return ["序号", "项目名称", "主管部门", "全年预算数" + unit, "全年执行数" + unit, "执行率", "自评得分", "等级", "警告数"]
    }

    /// One row of the results table, as text (`SummaryTable.resultsCells` printed).
    public static func resultsCells(_ row: SummaryRow, number: Int, in summary: BatchSummary) -> [String] {
        SummaryTable.resultsCells(row, number: number, in: summary).map(\.text)
    }

    /// The label of a totals row: 合计, or 合计（元） when units differ.
    public static func totalLabel(_ total: BatchSummary.UnitTotal, in summary: BatchSummary) -> String {
        summary.commonUnit == nil ? "合计（\(total.unit)）" : "合计"
    }

    static func resultsTable(_ summary: BatchSummary) -> Table {
        let columns = [TableColumn(width: 0.6), TableColumn(width: 3, alignment: .leading),
                       TableColumn(width: 2.6, alignment: .leading), TableColumn(width: 1.4, alignment: .trailing),
                       TableColumn(width: 1.4, alignment: .trailing), TableColumn(width: 1, alignment: .trailing),
                       TableColumn(width: 1), TableColumn(width: 0.7), TableColumn(width: 0.8)]
        let head = TableRow(resultsHead(summary).map { TableCell($0, style: .head, alignment: .center) })
        var rows = summary.rows.enumerated().map { index, row in
            TableRow(resultsCells(row, number: index + 1, in: summary).map { TableCell($0) })
        }
        for total in summary.totals {
            let warnings = summary.totals.count == 1 ? String(summary.warningCount) : ""
            rows.append(TableRow([TableCell(totalLabel(total, in: summary), colSpan: 3, style: .head),
                                  TableCell(summary.money(total.budget, unit: total.unit)),
                                  TableCell(summary.money(total.executed, unit: total.unit)),
                                  TableCell(BatchSummary.rate(total.executionRate)),
                                  TableCell(""), TableCell(""), TableCell(warnings)]))
        }
        return Table(columns: columns, header: [head], rows: rows)
    }

    /// 等级 | 优 | 良 | 中 | 差 | 合计 | 平均自评得分, and the counts below.
    static func gradesTable(_ summary: BatchSummary) -> Table {
        let columns = Array(repeating: TableColumn(width: 1), count: 7)
        let heads = ["等级"] + summary.gradeCounts.map(\.grade.rawValue) + ["合计", "平均自评得分"]
        let counts = ["报告份数"] + summary.gradeCounts.map { String($0.count) } + [String(summary.rows.count),
                                                                                  summary.averageScore.map(ScoreFormat.number) ?? "—"]
        return Table(columns: columns, header: [TableRow(heads.map { TableCell($0, style: .head) })],
                     rows: [TableRow(counts.map { TableCell($0) })])
    }

    /// 序号 | 输入文件 | 状态 | 说明: each report without a PDF and why.
    static func unfinishedTable(_ entries: [ManifestEntry]) -> Table {
        let columns = [TableColumn(width: 0.6), TableColumn(width: 2.6, alignment: .leading), TableColumn(width: 0.9),
                       TableColumn(width: 8.4, alignment: .leading)]
        let head = TableRow(["序号", "输入文件", "状态", "说明"].map { TableCell($0, style: .head, alignment: .center) })
        let rows = entries.enumerated().map { index, entry in
            TableRow([TableCell(String(index + 1)), TableCell(entry.input), TableCell(statusLabel(entry.status)),
                      TableCell(entry.message ?? "")])
        }
        return Table(columns: columns, header: [head], rows: rows)
    }

    /// 失败 for a failed report, 未处理 for one an interrupt left unstarted.
    public static func statusLabel(_ status: ManifestEntry.Status) -> String {
        switch status {
        case .failed: return "失败"
        case .skipped: return "未处理"
        case .ok: return "已生成"
        }
    }

    static func metadata(_ summary: BatchSummary) -> DocumentMetadata {
        DocumentMetadata(title: title, author: summary.issuer ?? "", subject: title,
                         keywords: [title] + [summary.issuer, summary.year].compactMap { $0 },
                         creator: "jixiao " + JixiaoVersion.current, creationDate: summary.latestDate)
    }
}
