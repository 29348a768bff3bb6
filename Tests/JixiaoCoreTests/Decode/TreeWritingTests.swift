import Foundation
import Testing
@testable import JixiaoCore

/// The tree written out as JSON reads back into the same tree and the same report: how the
/// web editor hands a report to the page without changing a character (YAML is
/// ReportYAMLWriter's, tested with the importers).
@Suite struct TreeWritingTests {
    /// The tree without its locations, which differ between the texts by design.
    static func shape(_ node: InputNode) -> InputNode {
        switch node.content {
        case .scalar(let text, _): return InputNode(.scalar(node.isNull ? "" : text, plain: node.isNull), at: nil)
        case .sequence(let items): return .sequence(items.map(shape), at: nil)
        case .mapping(let pairs):
            return .mapping(pairs.map { InputPair(key: shape($0.key), value: shape($0.value)) }, at: nil)
        }
    }

    static func tree(_ text: String, _ name: String) throws -> InputNode {
        try ReportDecoder.tree(bytes: Array(text.utf8), origin: .file(name))
    }

    @Test(arguments: ["linzhi-2024-kunnan-zhigong.yaml", "national-2020-example.yaml"])
    func theExamplesSurviveJSON(_ name: String) throws {
        let folder = Repo.root.appendingPathComponent("assets/examples")
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let original = try Self.tree(text, name)
        let json = original.jsonText()
        #expect(Self.shape(try Self.tree(json, "x.json")) == Self.shape(original))
        let fromJSON = try ReportPipeline.score(bytes: Array(json.utf8), origin: .file("x.json"))
        let fromFile = try ReportPipeline.score(bytes: Array(text.utf8), origin: .file(name))
        #expect(fromJSON.total == fromFile.total)
        #expect(fromJSON.input.sections == fromFile.input.sections)
        #expect(fromJSON.warnings.map(\.message) == fromFile.warnings.map(\.message))
    }

    /// Text JSON must escape is escaped, and every value reads back as written.
    @Test func trickyTextIsQuotedAndReadsBackAsWritten() throws {
        let values = ["yes", "no", "~", "null", "100", "≥100人", ">=95%", "- 列表", "a: b", "注释 # 不是注释", "：开头", "项目名称：某项目",
                      " 前有空格", "尾有空格 ", "[1, 2]", "{x}", "第一行\n第二行", "\"引号\"", "反斜杠\\", "制表\t符", "", "'单引号'",
                      "&anchor", "*alias", "!tag", "%percent", "@at", "`back", "|", ">", "?", ",", "#", "true", "0x1F", "1e3", "2025-05-12"]
        let node = InputNode.mapping(values.enumerated().map { InputPair("k\($0.offset)", InputNode(.scalar($0.element, plain: false), at: nil)) }, at: nil)
        for text in [node.jsonText()] {
            let read = try Self.tree(text, "t.json")
            guard case .mapping(let pairs) = read.content else { Issue.record("not a mapping: \(text)"); continue }
            #expect(pairs.map { $0.value.scalarText ?? "<not text>" } == values, "\(text)")
            #expect(pairs.allSatisfy { !$0.value.isNull }, "no value became null")
        }
        #expect(node.jsonText().contains("\"k16\": \"第一行\\n第二行\""))
    }

    @Test func emptyValuesListsAndNestedListsKeepTheirShapeInJSON() throws {
        let text = """
            a: ~
            b: []
            c: {}
            d:
              - - x
                - y
              - {name: 一, rows: []}
              -
            """
        let original = try Self.tree(text, "n.yaml")
        #expect(Self.shape(try Self.tree(original.jsonText(), "n.json")) == Self.shape(original))
    }
}
