import Foundation
import Testing
@testable import JixiaoCore

/// One bad file per diagnostic code in `Tests/Fixtures/`, each reported with the exact code,
/// field path and file:line:column a user would see.
@Suite struct FixtureDiagnosticsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let file: String
        let code: DiagnosticCode
        let field: String
        let location: String
        /// A fragment the Chinese message or a hint must contain.
        let says: String

        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "J001-invalid-syntax.yaml", code: .invalidSyntax, field: "(文件顶层 top level)", location: "14:13",
             says: "此处不能出现“键: 值”"),
        Case(file: "J001-invalid-json.json", code: .invalidSyntax, field: "(文件顶层 top level)", location: "21:13",
             says: "JSON 语法错误"),
        Case(file: "J002-utf16le.yaml", code: .badEncoding, field: "(文件顶层 top level)", location: "1:1", says: "UTF-16 LE"),
        Case(file: "J002-gbk.yaml", code: .badEncoding, field: "(文件顶层 top level)", location: "5:7", says: "GBK/GB18030"),
        Case(file: "J003-empty.yaml", code: .emptyFile, field: "(文件顶层 top level)", location: "1:1", says: "文件是空的"),
        Case(file: "J003-comments-only.yaml", code: .emptyFile, field: "(文件顶层 top level)", location: "1:1", says: "没有内容"),
        Case(file: "J004-unknown-field.yaml", code: .unknownField, field: "indicators[产出指标][数量指标][1].targt",
             location: "21:13", says: "你是不是想写“target”？"),
        Case(file: "J005-missing-field.yaml", code: .missingField, field: "project.department", location: "7:3",
             says: "缺少必填字段“department”"),
        Case(file: "J006-wrong-type.yaml", code: .wrongType, field: "indicators[产出指标][数量指标][2].weight",
             location: "25:21", says: "应是数字，但写的是“五分”"),
        Case(file: "J007-duplicate-key.yaml", code: .duplicateKey, field: "budget.executed", location: "12:3",
             says: "第一次在 11:3"),
        Case(file: "J008-duplicate-name.yaml", code: .duplicateName, field: "indicators[产出指标][数量指标][2].name",
             location: "24:19", says: "名称“培训人数”在同一层中重复，第一次出现在 20:19"),
        Case(file: "J009-number-out-of-range.yaml", code: .numberOutOfRange, field: "indicators[产出指标][数量指标][2].weight",
             location: "25:21", says: "有 400 位有效数字，超过上限 30 位"),
        Case(file: "J010-alias-bomb.yaml", code: .inputTooLarge, field: "(文件顶层 top level)", location: "2:4",
             says: "不支持 YAML 锚点和别名（此处为 &a）"),
        Case(file: "J010-too-deep.yaml", code: .inputTooLarge, field: "(文件顶层 top level)", location: "2:136",
             says: "嵌套层数超过上限 64"),
        Case(file: "J011-unknown-scheme.yaml", code: .unknownScheme, field: "scheme", location: "2:9",
             says: "可用的评分方案：linzhi-2024、national-2020"),
    ]

    @Test(arguments: cases)
    func fixtureReportsItsOneProblem(_ expected: Case) throws {
        let url = Repo.fixtures.appendingPathComponent(expected.file)
        let error = try #require(throws: Diagnostics.self) {
            try decodeFile(url, as: expected.file)
        }
        #expect(error.all.count == 1, "\(error)")
        let diagnostic = try #require(error.all.first)
        #expect(diagnostic.code == expected.code)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.field.description == expected.field)
        #expect(diagnostic.location?.description == "\(expected.file):\(expected.location)")
        let text = ([diagnostic.message] + diagnostic.hints).map(\.chinese).joined(separator: "\n")
        #expect(text.contains(expected.says), "\(diagnostic)")
    }

    @Test func controlCharacterIsRemovedWithAWarning() throws {
        let file = "J013-control-character.yaml"
        let report = try decodeFile(Repo.fixtures.appendingPathComponent(file), as: file)
        #expect(report.sections[0].paragraphs == ["说明"])
        #expect(report.warnings.count == 1)
        let warning = try #require(report.warnings.first)
        #expect(warning.code == .controlCharacter)
        #expect(warning.severity == .warning)
        #expect(warning.field.description == "sections[1].text")
        #expect(warning.location?.description == "\(file):14:11")
        #expect(warning.message.chinese == "sections[1].text 含有控制字符（U+000B），已删除")
    }

    @Test func minimalFilesDecodeAndJSONMatchesYAML() throws {
        let yaml = try decodeFile(Repo.fixtures.appendingPathComponent("minimal.yaml"), as: "m.yaml")
        let json = try decodeFile(Repo.fixtures.appendingPathComponent("minimal.json"), as: "m.json")
        #expect(yaml.indicators.map(\.name) == json.indicators.map(\.name))
        #expect(yaml.indicators[0].groups[0].rows.map(\.weight) == json.indicators[0].groups[0].rows.map(\.weight))
        #expect(json.cover.fields.map(\.value) == ["测试项目", "15959271976"])
        #expect(json.sections[0].paragraphs == ["第一段", "第二段"])
        #expect(json.project.date == ReportDate(year: 2025, month: 5, day: 12))
        let weight = FieldPath.root.key("indicators").name("产出指标").name("数量指标").index(2).key("weight")
        #expect(json.sourceMap.location(of: weight)?.description == "m.json:43:25")
    }
}
