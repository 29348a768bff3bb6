import Foundation
import Testing
@testable import JixiaoImport
import JixiaoCore

/// 汇总表.xlsx as a reviewer opens it: the CSV's rows, figures as numbers with formats, the
/// same bytes every time.
@Suite struct SummaryWorkbookTests {
    static func row(_ number: Int, budget: Decimal, executed: Decimal, total: Decimal, unit: String = "万元") -> BatchOutcome {
        let row = SummaryRow(input: "r\(number).yaml", project: "项目\(number)", department: "部门\(number)", unit: unit,
                             budget: budget, executed: executed, total: total, grade: Grade(total: total), warnings: number,
                             issuer: nil, year: nil, date: nil)
        return BatchOutcome(entry: ManifestEntry(input: row.input, inputSHA256: "", status: .ok), summary: row)
    }

    static let summary = BatchSummary(outcomes: [
        row(1, budget: 100, executed: 90, total: 92),
        row(2, budget: 200, executed: 150, total: Decimal(string: "85.5") ?? 0),
        BatchOutcome(entry: ManifestEntry(input: "bad.yaml", inputSHA256: "", status: .failed, message: "bad.yaml:1:1: 错误 J005"),
                     summary: nil),
    ])

    static func grid(_ bytes: [UInt8]) throws -> Grid {
        let reader = try WorkbookReader(OfficePackage(bytes: bytes, file: "汇总表.xlsx", limits: .default))
        #expect(reader.sheets.map(\.name) == ["汇总表"])
        return try reader.grid(reader.sheets[0])
    }

    @Test func theWorkbookShowsTheCSVsRows() throws {
        let grid = try Self.grid(try SummaryWorkbook.xlsx(Self.summary))
        func row(_ number: Int) -> [String] {
            (1...grid.columnCount).map { grid.text(number, $0) }.reversed().drop { $0.isEmpty }.reversed()
        }
        #expect(row(1) == ["序号", "项目名称", "主管部门", "全年预算数（万元）", "全年执行数（万元）", "执行率", "自评得分", "等级", "警告数", "输入文件"])
        #expect(row(2) == ["1", "项目1", "部门1", "100", "90", "90%", "92", "优", "1", "r1.yaml"])
        #expect(row(3) == ["2", "项目2", "部门2", "200", "150", "75%", "85.5", "良", "2", "r2.yaml"])
        #expect(row(4) == ["合计", "", "", "300", "240", "80%", "", "", "3"])
        #expect(row(5) == [])
        #expect((6...12).map(row) == [["等级", "报告份数"], ["优", "1"], ["良", "1"], ["中", "0"], ["差", "0"], ["合计", "2"],
                                     ["平均自评得分", "88.75"]])
        #expect(row(14) == ["未生成的报告"])
        #expect(row(16) == ["1", "bad.yaml", "失败", "bad.yaml:1:1: 错误 J005"])
        // Every row of the CSV is a row of the workbook, cell for cell.
        let csv = String(decoding: SummaryCSV.data(Self.summary).dropFirst(3), as: UTF8.self)
            .components(separatedBy: "\r\n").dropLast()
        #expect(csv.count == grid.rowCount)
        for (index, line) in csv.enumerated() {
            #expect(line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                        .reversed().drop { $0.isEmpty }.reversed() == row(index + 1), "row \(index + 1)")
        }
    }

    /// Numbers a spreadsheet can add up: no string cells for figures, and each in its format.
    @Test func figuresAreNumbersWithNumberFormats() throws {
        let bytes = try SummaryWorkbook.xlsx(Self.summary)
        let package = try OfficePackage(bytes: bytes, file: "汇总表.xlsx", limits: .default)
        let sheet = try #require(try package.xml("xl/worksheets/sheet1.xml"))
        let cells = Dictionary(uniqueKeysWithValues: (sheet.first("sheetData")?.elements("row") ?? [])
            .flatMap { $0.elements("c") }.compactMap { cell in cell["r"].map { ($0, cell) } })
        let formats = WorkbookReader.formats(try package.xml("xl/styles.xml"))
        func format(_ reference: String) -> NumberFormat.Kind? {
            cells[reference]?["s"].flatMap { Int($0) }.map { formats[$0].kind }
        }
        for (reference, stored) in [("A2", "1"), ("D2", "100"), ("E3", "150"), ("F2", "0.9"), ("G3", "85.5"), ("I3", "2"), ("B7", "1")] {
            #expect(cells[reference]?["t"] == nil, "\(reference) is a string cell")
            #expect(cells[reference]?.first("v")?.text == stored, "\(reference)")
        }
        #expect(format("F2") == .number(decimals: 2, grouped: false, percent: true))
        #expect(format("G2") == .number(decimals: 2, grouped: false, percent: false))
        #expect(format("D2") == .number(decimals: 4, grouped: true, percent: false))
        #expect(format("A2") == .number(decimals: 0, grouped: false, percent: false))
        #expect(cells["B2"]?["t"] == "s")
    }

    @Test func theSameSummaryGivesTheSameBytesWithFixedEntriesAndDates() throws {
        let first = try SummaryWorkbook.xlsx(Self.summary)
        #expect(try SummaryWorkbook.xlsx(Self.summary) == first)
        let headers = ZipEntries.headers(first)
        #expect(headers.map(\.path) == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                        "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"])
        #expect(headers.allSatisfy { $0.date == ZipEntries.january1980 && $0.time == 0 })
    }

    /// Units that differ are written in the format, so the cell stays a number.
    @Test func mixedUnitsStayNumbersWithTheUnitInTheFormat() throws {
        let summary = BatchSummary(outcomes: [Self.row(1, budget: 100, executed: 90, total: 92),
                                              Self.row(2, budget: 5000, executed: 4000, total: 80, unit: "元")])
        let grid = try Self.grid(try SummaryWorkbook.xlsx(summary))
        #expect(grid.text(1, 4) == "全年预算数")
        #expect(grid.text(2, 4) == "100万元")
        #expect(grid.text(3, 4) == "5,000元")
    }

    /// A project named like a formula is a string cell: Excel shows it, never runs it.
    @Test func aProjectNamedLikeAFormulaIsAStringCell() throws {
        var outcome = Self.row(1, budget: 100, executed: 90, total: 92)
        outcome.summary?.project = "=HYPERLINK(\"http://x\",\"点击\")"
        let bytes = try SummaryWorkbook.xlsx(BatchSummary(outcomes: [outcome]))
        let grid = try Self.grid(bytes)
        #expect(grid.text(2, 2) == "=HYPERLINK(\"http://x\",\"点击\")")
        #expect(grid.cell(2, 2)?.formula == nil)
    }
}
