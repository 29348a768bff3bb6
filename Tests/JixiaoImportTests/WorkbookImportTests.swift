import Foundation
import Testing
@testable import JixiaoImport
import JixiaoCore

/// The 自评表 in Excel: found by its labels, read as the clerk sees it, and decoded by the same
/// field rules as YAML, every place a cell.
@Suite struct WorkbookImportTests {
    @Test func theNationalFormReadsWithItsMergedLevelsAndPrintedScores() throws {
        let report = try ReportImporter.decode(try Office.source("national-zhongjiang.xlsx"))
        #expect(report.project.name == "中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装")
        #expect(report.project.department == "中江县水利局")
        #expect(report.indicators.map(\.name) == ["产出指标", "效益指标", "满意度指标"])
        #expect(report.indicators[0].groups.map(\.name) == ["数量指标", "质量指标", "时效指标", "成本指标"])
        #expect(report.rows.map(\.name).count == 9)
        #expect(report.rows[2].target == "=100%")
        #expect(report.rows[2].actual == "100%")
        #expect(report.rows.allSatisfy { $0.printedScore != nil })
        #expect(report.budget.adjusted == 20)
        #expect(report.budget.printedRate == "100%")
        #expect(report.budget.sources.map(\.name) == ["当年财政拨款", "其他资金"])
        #expect(report.goals?.expected.hasPrefix("对农村地区供水计量") == true)
        #expect(report.declaredTotal == 100)
        #expect(report.sourceMap.location(of: FieldPath.root.key("budget").key("executed"))?.description
                == "national-zhongjiang.xlsx!Sheet1!E6")
        let formula = try #require(report.warnings.first { $0.code == .formulaCell })
        #expect(formula.location?.description == "national-zhongjiang.xlsx!Sheet1!E14")
        // The same figures as the transcription of the published table, but the target typed
        // as a formula; so the same score (110: the printed rows are 100 and the budget 10).
        let real = try ReportDecoder.decode(bytes: [UInt8](Data(contentsOf: Office.url("Tests/Fixtures/real/sichuan-2022-zhongjiang-shuibiaochi.yaml"))),
                                            file: "real.yaml")
        func figures(_ rows: [IndicatorRow]) -> [String] {
            rows.map { "\($0.name)|\($0.actual ?? "")|\($0.weight)|\($0.printedScore ?? -1)" }
        }
        #expect(figures(report.rows) == figures(real.rows))
        #expect(report.rows.map(\.target) == real.rows.map { $0.name == "项目(工程)验收合格率" ? "=100%" : $0.target })
        #expect(try ReportPipeline.score(report).total == ReportPipeline.score(real).total)
    }

    @Test func theProvincialFormCombinesNatureValueAndUnit() throws {
        let report = try ReportImporter.decode(try Office.source("provincial-yongde.xlsx"))
        #expect(report.project.implementer == "永德县明朗中学")
        #expect(report.rows.map(\.target) == ["≥735人次", "≥100%", "≥100%", "=100%", "有效", "=100%", "≥100%", "≥95%", "≥95%"])
        #expect(report.rows.map(\.actual) == ["735人次", "100%", "100%", "100%", "有效", "98%", "100%", "100%", "100%"])
        #expect(report.budget.unit == "元")
        #expect(report.budget.adjusted == Decimal(string: "387664.62"))
        #expect(report.rows[2].deviation == "部分资金拨付滞后")
        #expect(report.rows[2].measures == "加强资金调度")
        #expect(report.declaredTotal == 96)
        #expect(report.sourceMap.location(of: FieldPath.root.key("indicators"))?.description.hasPrefix("provincial-yongde.xlsx!附件2 项目支出绩效自评表!") == true)
    }

    /// formats.xlsx as LibreOffice saves it: each cell shows what Excel shows for it, formulas
    /// by the result saved with them.
    @Test func cellsShowAsTheirFormatSays() throws {
        let grid = try Office.grid("formats.xlsx")
        let shown = (2...13).map { grid.text($0, 5) }
        #expect(shown == ["85%", "1,234,567.5", "2024/6/30", "2024年6月", "2024年6月30日", "6月30日", "0.85", "25人",
                          "写明的文字", "10", "93.5%", "#DIV/0!"])
        #expect(grid.cell(11, 5)?.formula == "SUM(F2:F3)")
        #expect(grid.cell(12, 5)?.formula == "E8*1.1")
        #expect(grid.cell(13, 5)?.isError == true)
    }

    /// What Excel writes and LibreOffice never does, so no fixture made by LibreOffice holds it:
    /// a zh-CN built-in date format by its id alone (27, 31, 58), an inline string, a formula
    /// saved without its result, a float as Excel stores it.
    @Test func excelsOwnCellShapesShowAsInExcel() throws {
        let styles = #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="27"/><xf numFmtId="31"/><xf numFmtId="58"/></cellXfs></styleSheet>"#
        let cells = [#"<c r="A1" s="1"><v>45473</v></c>"#, #"<c r="A2" s="2"><v>45473</v></c>"#, #"<c r="A3" s="3"><v>45473</v></c>"#,
                     #"<c r="A4" s="4"><v>45473</v></c>"#, #"<c r="A5"><v>0.84999999999999998</v></c>"#,
                     #"<c r="A6" t="inlineStr"><is><t>内嵌的文字</t></is></c>"#, #"<c r="A7"><f>SUM(F2:F3)</f></c>"#]
        let rows = cells.enumerated().map { "<row r=\"\($0.offset + 1)\">\($0.element)</row>" }.joined()
        let sheet = #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"# + rows + "</sheetData></worksheet>"
        let bytes = try ZipBuilder.workbook(sheet: sheet, extra: [("xl/styles.xml", Data(styles.utf8))])
        let reader = try WorkbookReader(OfficePackage(bytes: bytes, file: "excel.xlsx", limits: .default))
        let grid = try reader.grid(try #require(reader.sheets.first))
        #expect((1...7).map { grid.text($0, 1) } == ["2024/6/30", "2024年6月", "2024年6月30日", "6月30日", "0.85", "内嵌的文字", ""])
        #expect(grid.cell(7, 1)?.formula == "SUM(F2:F3)")
    }
}
