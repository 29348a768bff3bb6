import Foundation
import Testing
@testable import JixiaoCore

/// Field-level checks on variations of `minimalReport`: each with its code, path and line:column.
@Suite struct FieldDiagnosticsTests {
    let row1 = "indicators[产出指标][数量指标][1]"
    let row2 = "indicators[产出指标][数量指标][2]"

    /// The single diagnostic decoding `text` produces.
    func only(_ text: String) throws -> Diagnostic {
        let all = reportDiagnostics(text)
        #expect(all.count == 1, "\(all)")
        return try #require(all.first)
    }

    @Test func minimalReportDecodes() throws {
        let report = try ReportDecoder.decode(bytes: Array(minimalReport.utf8), file: "r.yaml")
        #expect(report.cover.title == Cover.defaultTitle)
        #expect(report.budget.unit == "万元")
        #expect(report.indicators[0].groups[0].rows[1].target == nil)
        #expect(report.indicators[0].groups[0].rows[1].kind == .measured)
    }

    @Test func unknownTopLevelKeySuggestsTheKnownOne() throws {
        let diagnostic = try only(minimalReport + "\nsignatur:\n  date: 2025年5月12日\n")
        #expect(diagnostic.code == .unknownField)
        #expect(diagnostic.field.description == "signatur")
        #expect(place(diagnostic) == "r.yaml:33:1")
        #expect(diagnostic.hints.first?.chinese == "你是不是想写“signature”？")
    }

    @Test func unknownKeyWrittenInChineseSuggestsTheKey() throws {
        let all = reportDiagnostics(replacingLine("weight: 5", with: ["分值: 5"]))
        #expect(all.map(\.code) == [.missingField, .unknownField])
        let diagnostic = try #require(all.last)
        #expect(diagnostic.field.description == "\(row2).分值")
        #expect(place(diagnostic) == "r.yaml:24:13")
        #expect(diagnostic.hints.first?.english == "did you mean 'weight'?")
    }

    @Test func missingWeightIsReportedAtTheRow() throws {
        let all = reportDiagnostics(replacingLine("weight: 5", with: []))
        let diagnostic = try #require(all.first)
        #expect(all.count == 1)
        #expect(diagnostic.code == .missingField)
        #expect(diagnostic.field.description == "\(row2).weight")
        #expect(place(diagnostic) == "r.yaml:23:13")
        #expect(diagnostic.message.chinese == "缺少必填字段“weight”")
    }

    @Test func emptyRequiredValueIsMissing() throws {
        let diagnostic = try only(replacingLine("department: 测试部门", with: ["department:"]))
        #expect(diagnostic.code == .missingField)
        #expect(diagnostic.message.chinese == "必填字段“department”没有填写内容")
        #expect(diagnostic.field.description == "project.department")
    }

    @Test func listWhereTextIsExpected() throws {
        let diagnostic = try only(replacingLine("target: ≥20人", with: ["target: [≥20人, ≥30人]"]))
        #expect(diagnostic.code == .wrongType)
        #expect(diagnostic.field.description == "\(row1).target")
        #expect(place(diagnostic) == "r.yaml:20:21")
        #expect(diagnostic.message.chinese.contains("应是一段文字，但写成了列表"))
    }

    @Test func textWhereNumberIsExpected() throws {
        let diagnostic = try only(replacingLine("executed: 90", with: ["executed: 90万元"]))
        #expect(diagnostic.code == .wrongType)
        #expect(diagnostic.field.description == "budget.executed")
        #expect(place(diagnostic) == "r.yaml:10:13")
        #expect(diagnostic.hints.first?.chinese.contains("单位和百分号不要写在这里") == true)
    }

    @Test func mappingWhereListIsExpected() throws {
        let diagnostic = try only(replacingLine("- title: 项目基本情况", with: ["title: 项目基本情况"])
            .replacingOccurrences(of: "    text: 说明", with: "  text: 说明"))
        #expect(diagnostic.code == .wrongType)
        #expect(diagnostic.field.description == "sections")
        #expect(place(diagnostic) == "r.yaml:12:3")
    }

    @Test(arguments: [("0", "必须大于 0"), ("-5", "必须大于 0"), (".nan", "不是有限的数"), (".inf", "不是有限的数"),
                      ("-.inf", "不是有限的数"), ("1e400", "指数超出范围")])
    func weightOutOfRange(_ written: String, _ says: String) throws {
        let diagnostic = try only(replacingLine("weight: 5", with: ["weight: \(written)"]))
        #expect(diagnostic.code == .numberOutOfRange)
        #expect(diagnostic.field.description == "\(row2).weight")
        #expect(place(diagnostic) == "r.yaml:24:21")
        #expect(diagnostic.message.chinese.contains(says), "\(diagnostic)")
    }

    @Test func negativeBudgetIsOutOfRangeButZeroIsNot() throws {
        let diagnostic = try only(replacingLine("executed: 90", with: ["executed: -1"]))
        #expect(diagnostic.code == .numberOutOfRange)
        #expect(diagnostic.message.chinese == "budget.executed 必须不小于 0，但写的是 -1")
        #expect(reportDiagnostics(replacingLine("executed: 90", with: ["executed: 0"])).isEmpty)
    }

    @Test func numbersAreExact() throws {
        let text = replacingLine("executed: 90", with: ["executed: 1,234.56", "initial: 0.1"])
        let report = try ReportDecoder.decode(bytes: Array(text.utf8), file: "r.yaml")
        #expect(report.budget.executed == Decimal(string: "1234.56"))
        #expect(report.budget.initial == Decimal(string: "0.1"))
        let thirty = String(repeating: "9", count: 30)
        #expect(reportDiagnostics(replacingLine("adjusted: 100", with: ["adjusted: \(thirty)"])).isEmpty)
        let thirtyOne = try only(replacingLine("adjusted: 100", with: ["adjusted: 9\(thirty)"]))
        #expect(thirtyOne.code == .numberOutOfRange)
    }

    @Test func duplicateKeysAreAllReportedAtTheRepeat() throws {
        var text = replacingLine("weight: 5", with: ["weight: 5", "weight: 6"])
        text = replacingLine("name: 测试项目", with: ["name: 测试项目", "name: 另一个"], in: text)
        let all = reportDiagnostics(text)
        #expect(all.map(\.code) == [.duplicateKey, .duplicateKey])
        #expect(all.map(\.field.description) == ["project.name", "\(row2).weight"])
        #expect(all.map(place) == ["r.yaml:7:3", "r.yaml:26:13"])
        #expect(all.first?.message.chinese == "字段“name”重复出现（第一次在 6:3）")
    }

    @Test func duplicateTopLevelSection() throws {
        let diagnostic = try only(minimalReport + "\nbudget:\n  adjusted: 1\n  executed: 1\n")
        #expect(diagnostic.code == .duplicateKey)
        #expect(diagnostic.field.description == "budget")
        #expect(place(diagnostic) == "r.yaml:33:1")
    }

    @Test func duplicateLevelNamesCountTrailing指标AsTheSame() throws {
        let diagnostic = try only(replacingLine("- name: 效益指标", with: ["- name: 产出"]))
        #expect(diagnostic.code == .duplicateName)
        #expect(diagnostic.field.description == "indicators[2].name")
        #expect(place(diagnostic) == "r.yaml:25:11")
        #expect(diagnostic.message.chinese == "名称“产出”（与“产出指标”视为同名）在同一层中重复，第一次出现在 15:11")
    }

    @Test func duplicateGroupNames() throws {
        let text = replacingLine("- name: 社会效益指标", with: ["- name: 数量指标"])
            .replacingOccurrences(of: "  - name: 效益指标\n    groups:\n", with: "")
        let diagnostic = try only(text)
        #expect(diagnostic.code == .duplicateName)
        #expect(diagnostic.field.description == "indicators[产出指标][2].name")
        #expect(place(diagnostic) == "r.yaml:25:15")
    }

    @Test func emptyRowsList() throws {
        let text = minimalReport.replacingOccurrences(
            of: "        rows:\n          - name: 受益人数\n            target: ≥100人\n            actual: 120人\n            weight: 30",
            with: "        rows: []")
        // Decoding takes an empty group (a table under review may print one); scoring refuses
        // it in a clerk's own file.
        #expect(reportDiagnostics(text).isEmpty)
        let scored = try #require(throws: Diagnostics.self) {
            try ReportPipeline.score(bytes: Array(text.utf8), origin: .file("r.yaml"))
        }
        let diagnostic = try #require(scored.errors.first { $0.code == .missingField })
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.field.description == "indicators[效益指标][社会效益指标].rows")
        #expect(place(diagnostic) == "r.yaml:28:15")
    }

    @Test func unknownChoiceSuggestsTheClosest() throws {
        let diagnostic = try only(replacingLine("weight: 5", with: ["weight: 5", "kind: qualitive"]))
        #expect(diagnostic.code == .wrongType)
        #expect(diagnostic.field.description == "\(row2).kind")
        #expect(place(diagnostic) == "r.yaml:25:19")
        #expect(diagnostic.hints.first?.chinese == "你是不是想写“qualitative”？")
    }

    @Test func unknownBandIsJ029() throws {
        let diagnostic = try only(replacingLine("weight: 5", with: ["weight: 5", "kind: qualitative", "band: 基本达成"]))
        #expect(diagnostic.code == .qualitativeBand)
        #expect(diagnostic.field.description == "\(row2).band")
        #expect(diagnostic.hints.last?.chinese.contains("“部分达成”") == true)
    }

    @Test func bandsReadShortAndFullNames() throws {
        let text = replacingLine("weight: 5", with: ["weight: 5", "kind: qualitative", "band: 部分达成年度指标并具有一定效果"])
        let report = try ReportDecoder.decode(bytes: Array(text.utf8), file: "r.yaml")
        #expect(report.indicators[0].groups[0].rows[1].band == .partial)
    }

    @Test func invalidDate() throws {
        let diagnostic = try only(replacingLine("department: 测试部门", with: ["department: 测试部门", "date: 2025-02-30"]))
        #expect(diagnostic.code == .wrongType)
        #expect(diagnostic.field.description == "project.date")
        #expect(place(diagnostic) == "r.yaml:8:9")
    }

    @Test func everyProblemIsCollectedInFileOrder() throws {
        var text = replacingLine("weight: 5", with: ["weight: -5"])
        text = replacingLine("department: 测试部门", with: ["departmnt: 测试部门"], in: text)
        text = replacingLine("target: ≥20人", with: ["target: {a: b}"], in: text)
        let all = reportDiagnostics(text)
        #expect(all.map(\.code) == [.missingField, .unknownField, .wrongType, .numberOutOfRange])
        #expect(all.map(\.field.description) == ["project.department", "project.departmnt", "\(row1).target", "\(row2).weight"])
        #expect(all.map(place) == ["r.yaml:6:3", "r.yaml:7:3", "r.yaml:20:21", "r.yaml:24:21"])
    }

    @Test func unquotedNumbersAndDatesStayAsWritten() throws {
        let text = replacingLine("- 项目名称: 测试项目", with: ["- 项目名称: 测试项目", "- 联系电话: 15959271976", "- 填报日期: 2025.5.12",
                                                           "- 金额: 0.50", "- 日期: 2025-05-12", "- 备注:"])
        let report = try ReportDecoder.decode(bytes: Array(text.utf8), file: "r.yaml")
        #expect(report.cover.fields.map(\.value) == ["测试项目", "15959271976", "2025.5.12", "0.50", "2025-05-12", ""])
    }

    @Test func escapedControlCharacterInQuotedTextIsRemoved() throws {
        let text = replacingLine("text: 说明", with: [#"text: "说明\u0007完""#])
        let report = try ReportDecoder.decode(bytes: Array(text.utf8), file: "r.yaml")
        #expect(report.sections[0].paragraphs == ["说明完"])
        #expect(report.warnings.map(\.code) == [.controlCharacter])
        #expect(report.warnings.first?.message.chinese == "sections[1].text 含有控制字符（U+0007），已删除")
        #expect(report.warnings.first.map(place) == "r.yaml:13:11")
    }
}

/// Line endings and raw control characters as Windows editors and Word leave them.
@Suite struct LineEndingAndControlTests {
    @Test func windowsLineEndingsKeepLocationsAndLeaveNoCarriageReturns() throws {
        let text = replacingLine("text: 说明", with: ["text: |", "  第一行", "  第二行", "", "  第二段"])
            .replacingOccurrences(of: "\n", with: "\r\n")
        let report = try ReportDecoder.decode(bytes: Array(text.utf8), file: "r.yaml")
        #expect(report.sections[0].paragraphs == ["第一行\n第二行", "第二段"])
        let weight = FieldPath.root.key("indicators").name("产出指标").name("数量指标").index(2).key("weight")
        #expect(report.sourceMap.location(of: weight)?.description == "r.yaml:28:21")
    }

    @Test func rawDeleteAndC1ControlsAreRemovedWithOneWarning() throws {
        let text = replacingLine("department: 测试部门", with: ["department: 测试\u{7F}部\u{80}门"])
        let report = try ReportDecoder.decode(bytes: Array(text.utf8), file: "r.yaml")
        #expect(report.project.department == "测试部门")
        #expect(report.warnings.count == 1)
        #expect(report.warnings.first?.field.description == "project.department")
        #expect(report.warnings.first?.message.chinese == "project.department 含有控制字符（U+007F…U+009F），已删除")
        #expect(report.warnings.first.map(place) == "r.yaml:7:15")
    }

    /// A zero-width space prints nothing (it comes with text copied from web pages) and is the
    /// renderer's own line-break hint: it is removed with the same warning.
    @Test func zeroWidthSpacesAreRemovedWithAWarning() throws {
        let text = replacingLine("department: 测试部门", with: ["department: 测试\u{200B}部门\u{200B}"])
        let report = try ReportDecoder.decode(bytes: Array(text.utf8), file: "r.yaml")
        #expect(report.project.department == "测试部门")
        #expect(report.warnings.map(\.code) == [.controlCharacter])
        #expect(report.warnings.first?.message.chinese == "project.department 含有控制字符（U+200B），已删除")
    }

    @Test func missingTopLevelPartSaysWhereToAddIt() throws {
        let text = minimalReport.replacingOccurrences(of: "budget:\n  adjusted: 100\n  executed: 90\n", with: "")
        let all = reportDiagnostics(text)
        #expect(all.map(\.code) == [.missingField])
        #expect(all.first?.field.description == "budget")
        #expect(all.first?.hints.first?.chinese == "在文件顶层添加“budget: …”")
    }

    @Test func rootThatIsNotAMappingIsAWrongType() throws {
        let all = reportDiagnostics("- scheme: national-2020\n")
        #expect(all.map(\.code) == [.wrongType])
        #expect(all.first.map(place) == "r.yaml:1:1")
        #expect(all.first?.message.chinese == "文件顶层应是报告（“键: 值”的映射），但写成了列表（- 开头的各项）")
    }
}
