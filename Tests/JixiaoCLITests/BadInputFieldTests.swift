import Foundation
import Testing

/// One wrong field in an otherwise good report (the seed example): refused by check, score
/// and render with the field's path, line:column and a fix; nothing written.
@Suite struct BadInputFieldTests {
    let row1 = "indicators[产出][数量指标][1]"

    @Test func aListWhereTextIsExpected() throws {
        let text = Reports.replacing("  name: 困难职工帮扶（1:1）配套资金\n  department", with: "  name: [困难职工帮扶, 配套资金]\n  department")
        Refusal.expect(try CommandRuns.run(text), code: "J006", at: "report.yaml:17:9", field: "project.name",
                       saying: ["应是一段文字，但写成了列表", "must be text, not a list"])
    }

    @Test func textWhereANumberIsExpected() throws {
        let text = Reports.replacing("  executed: 100", with: "  executed: 一百万元")
        Refusal.expect(try CommandRuns.run(text), code: "J006", at: "report.yaml:26:13", field: "budget.executed",
                       saying: ["应是数字，但写的是“一百万元”", "只写数字"])
    }

    @Test func aMappingWhereAListIsExpected() throws {
        let text = Reports.replacing("indicators:\n  - name: 过程", with: "indicators:\n  过程:\n  - name: 过程")
        let runs = try CommandRuns.run(text)
        for (_, result) in runs.all { #expect(result.status == 1) }
        #expect(runs.leftovers.isEmpty && runs.archiveIntact)
    }

    @Test func anUnknownFieldSuggestsTheKnownOne() throws {
        let text = Reports.replacing("  executed: 100", with: "  exectued: 100")
        let runs = try CommandRuns.run(text)
        Refusal.expect(runs, code: "J004", at: "report.yaml:26:3", field: "budget.exectued",
                       saying: ["未知字段“exectued”", "你是不是想写“executed”？", "did you mean 'executed'?"])
    }

    @Test func anUnknownRowFieldSuggestsTheKnownOne() throws {
        let text = Reports.replacing("            target: ≥20个", with: "            targt: ≥20个")
        Refusal.expect(try CommandRuns.run(text), code: "J004", at: "report.yaml:100:13", field: "\(row1).targt",
                       saying: ["你是不是想写“target”？"])
    }

    @Test func aMissingRequiredField() throws {
        let text = Reports.replacing("  department: 林芝市总工会\n", with: "")
        Refusal.expect(try CommandRuns.run(text), code: "J005", at: "report.yaml:17:3", field: "project.department",
                       saying: ["缺少必填字段“department”", "在 project 下添加"])
    }

    @Test func aMissingWeight() throws {
        let text = Reports.replacing("            actual: 125个\n            weight: 5\n", with: "            actual: 125个\n")
        Refusal.expect(try CommandRuns.run(text), code: "J005", at: "report.yaml:99:13", field: "\(row1).weight",
                       saying: ["缺少必填字段“weight”"])
    }

    @Test func aDuplicateKey() throws {
        let text = Reports.replacing("  executed: 100", with: "  executed: 100\n  executed: 90")
        Refusal.expect(try CommandRuns.run(text), code: "J007", at: "report.yaml:27:3", field: "budget.executed",
                       saying: ["重复出现（第一次在 26:3）"])
    }

    @Test func aDuplicateIndicatorNameInAGroup() throws {
        let text = Reports.replacing("- name: 开展边境一线基层工作人员慰问人数", with: "- name: 慰问市直单位驻村工作队")
        Refusal.expect(try CommandRuns.run(text), code: "J008", at: "report.yaml:103:19",
                       field: "indicators[产出][数量指标][2].name", saying: ["第一次出现在 99:19"])
    }

    @Test(arguments: [("-5", "必须大于 0"), ("0", "必须大于 0"), ("0.006", "最多两位小数"), (".nan", "不是有限的数"),
                      (".inf", "不是有限的数"), ("-.Inf", "不是有限的数"), ("NaN", "不是有限的数"), ("Infinity", "不是有限的数"),
                      ("1e400", "指数超出范围"), (String(repeating: "9", count: 400), "有 400 位有效数字")])
    func aWeightOutOfRange(_ written: String, _ says: String) throws {
        let text = Reports.replacing("            actual: 125个\n            weight: 5", with: "            actual: 125个\n            weight: \(written)")
        Refusal.expect(try CommandRuns.run(text), code: "J009", at: "report.yaml:102:21", field: "\(row1).weight", saying: [says])
    }

    @Test func aFourHundredDigitBudget() throws {
        let text = Reports.replacing("  executed: 100", with: "  executed: " + String(repeating: "1234567890", count: 40))
        Refusal.expect(try CommandRuns.run(text), code: "J009", at: "report.yaml:26:13", field: "budget.executed",
                       saying: ["有 400 位有效数字，超过上限 30 位"])
    }

    @Test func aNegativeBudget() throws {
        let text = Reports.replacing("  adjusted: 100", with: "  adjusted: -100")
        Refusal.expect(try CommandRuns.run(text), code: "J009", at: "report.yaml:25:13", field: "budget.adjusted",
                       saying: ["必须不小于 0"])
    }

    @Test func overExecutedBudgetIsAWarningAndTheReportIsMade() throws {
        let runs = try CommandRuns.run(Reports.replacing("  executed: 100", with: "  executed: 120"))
        for (command, result) in [("check", runs.check), ("score", runs.score), ("render", runs.render)] {
            #expect(result.status == 0, "\(command): \(result.stderr)")
            Refusal.expectDiagnostic(result.stderr, severity: "警告", code: "J031", at: "report.yaml:26:13",
                                     field: "budget.executed", saying: ["超过全年预算数", "执行率按100%计"], command: command)
        }
        #expect(runs.score.stdout.contains("总分"))
        #expect(runs.leftovers == ["new.pdf"])
        #expect(runs.renderOverArchive.status == 1 && runs.renderOverArchiveForced.status == 0)
    }

    @Test func aZeroTargetForARatioIndicatorIsNoDivisionByZero() throws {
        let text = Reports.replacing("target: ≥20个", with: "target: ≥0个")
        Refusal.expect(try CommandRuns.run(text), code: "J030", at: "report.yaml:100:21", field: "\(row1).target",
                       saying: ["年度指标值为0，无法按比例计分", "=0"])
    }

    @Test func aZeroAdjustedBudgetIsNoDivisionByZero() throws {
        let text = Reports.replacing("  adjusted: 100", with: "  adjusted: 0")
        Refusal.expect(try CommandRuns.run(text), code: "J030", at: "report.yaml:25:13", field: "budget.adjusted",
                       saying: ["全年预算数为0"])
    }

    /// Every way people write a value the rules cannot read, as a target and as an actual.
    static let unreadable = [
        "约20个", "20-30个", "20~30个", "二十个", "≥", "≥个", "%", "N/A", "无", "待定", "—", "-5个", "+5%", ".5个",
        "1e3个", "0x14个", "20,,000人", "1/2", "≥20个≤30个", "20个20", "二〇二四年完成", "年底左右", "满意度高", "🙂",
        "≥≥20个", "约≥20个", "大约二十", "≥" + String(repeating: "9", count: 400) + "个",
    ]

    @Test(arguments: unreadable)
    func anUnreadableTarget(_ written: String) throws {
        let quoted = "\"\(written)\""
        let text = Reports.replacing("target: ≥20个", with: "target: \(quoted)")
        Refusal.expect(try CommandRuns.run(text), code: "J020", at: "report.yaml:100:21", field: "\(row1).target",
                       saying: ["年度指标值", "无法识别"])
    }

    @Test(arguments: unreadable)
    func anUnreadableActual(_ written: String) throws {
        let text = Reports.replacing("actual: 125个", with: "actual: \"\(written)\"")
        Refusal.expect(try CommandRuns.run(text), code: "J020", at: "report.yaml:101:21", field: "\(row1).actual",
                       saying: ["实际完成值", "无法识别"])
    }

    @Test func aDeadlineTargetWithANumberActual() throws {
        let text = Reports.replacing("            target: 上半年完成\n            actual: 按期完成", with: "            target: 上半年完成\n            actual: 125个")
        let runs = try CommandRuns.run(text)
        Refusal.expect(runs, code: "J020", at: "report.yaml:131:21", field: "indicators[产出][时效指标][1].actual",
                       saying: ["不是同一类"])
    }

    @Test func anEmptyTargetWithoutAManualScore() throws {
        let text = Reports.replacing("target: ≥20个", with: "target: \"\"")
        Refusal.expect(try CommandRuns.run(text), code: "J026", at: "report.yaml:100:21", field: "\(row1).target",
                       saying: ["未填写年度指标值", "score 和 reason"])
    }
}
