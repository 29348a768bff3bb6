import Foundation
import Testing
@testable import JixiaoCore

@Suite struct SummaryCSVTests {
    @Test func rowsTotalsGradesAndFailuresInOneSheet() {
        let summary = BatchSummary(outcomes: [
            SummaryFixtures.ok(SummaryFixtures.row(1, budget: 100, executed: 90, total: 92)),
            SummaryFixtures.ok(SummaryFixtures.row(2, budget: 200, executed: 150, total: Decimal(string: "85.5") ?? 0)),
            SummaryFixtures.failed("bad.yaml", message: "bad.yaml:1:1: 错误 J005, 缺少"),
        ])
        let data = SummaryCSV.data(summary)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = String(decoding: data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines == [
            "序号,项目名称,主管部门,全年预算数（万元）,全年执行数（万元）,执行率,自评得分,等级,警告数,输入文件",
            "1,项目1,部门1,100,90,90%,92,优,1,r1.yaml",
            "2,项目2,部门2,200,150,75%,85.5,良,2,r2.yaml",
            "合计,,,300,240,80%,,,3,",
            "",
            "等级,报告份数",
            "优,1", "良,1", "中,0", "差,0",
            "合计,2",
            "平均自评得分,88.75",
            "",
            "未生成的报告",
            "序号,输入文件,状态,说明",
            "1,bad.yaml,失败,\"bad.yaml:1:1: 错误 J005, 缺少\"",
            "",
        ])
    }

    /// OWASP's advice against CSV injection: a cell that Excel or WPS would run as a formula
    /// starts with ' and shows as typed; plain numbers, negative ones too, stay numbers.
    @Test(arguments: [("=HYPERLINK(\"http://x\",\"点击\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"点击\"\")\""),
                      ("+1+1", "'+1+1"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"),
                      ("-3", "-3"), ("+2.5", "+2.5"), ("林芝市总工会", "林芝市总工会"), ("", "")])
    func aCellThatWouldStartAFormulaIsNeutralised(_ written: String, _ stored: String) {
        let data = CSVWriter.data(header: ["项目名称"], rows: [[written]])
        let lines = String(decoding: data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines[1] == stored)
    }

    @Test func aProjectNamedLikeAFormulaIsTextInTheSummary() {
        var row = SummaryFixtures.row(1, budget: 100, executed: 90, total: 92)
        row.project = "=1+1"
        let data = SummaryCSV.data(BatchSummary(outcomes: [SummaryFixtures.ok(row)]))
        let lines = String(decoding: data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines[1].hasPrefix("1,'=1+1,部门1,"))
    }
}
