import Foundation
import Testing
@testable import JixiaoCore

/// Swift Testing has a `SourceLocation` of its own.
typealias Location = JixiaoCore.SourceLocation

/// The format-neutral tree: a report built the way a workbook importer will build it (cells,
/// not lines) goes through the same field rules as YAML, and its problems name their cells.
@Suite struct InputTreeTests {
    static let book = "自评表.xlsx"

    static func cell(_ reference: String) -> Location {
        Location(file: book, sheet: "Sheet1", cell: reference)
    }

    static func text(_ value: String, _ reference: String) -> InputNode { .text(value, at: cell(reference)) }

    /// The minimal report of Tests/Fixtures/minimal.yaml, as cells; `weight` is the row's 分值 cell.
    static func workbookTree(weight: String) -> InputNode {
        let row = InputNode.mapping([
            InputPair("name", text("培训人数", "C5")),
            InputPair("target", text("≥20人", "D5")),
            InputPair("actual", text("25人", "E5")),
            InputPair("weight", text(weight, "F5")),
        ], at: cell("C5"))
        func level(_ name: String, _ group: String, _ rows: [InputNode], _ at: String) -> InputNode {
            .mapping([InputPair("name", text(name, at)),
                      InputPair("groups", .sequence([.mapping([InputPair("name", text(group, at)),
                                                               InputPair("rows", .sequence(rows, at: cell(at)))],
                                                              at: cell(at))], at: cell(at)))],
                     at: cell(at))
        }
        func simpleRow(_ name: String, _ weight: String, _ row: Int) -> InputNode {
            .mapping([InputPair("name", text(name, "C\(row)")), InputPair("target", text("≥100人", "D\(row)")),
                      InputPair("actual", text("120人", "E\(row)")), InputPair("weight", text(weight, "F\(row)"))],
                     at: cell("C\(row)"))
        }
        return .mapping([
            InputPair("scheme", text("national-2020", "B1")),
            InputPair("cover", .mapping([InputPair("fields", .sequence([.mapping([InputPair("项目名称", text("测试项目", "B2"))], at: cell("B2"))],
                                                                       at: cell("B2")))], at: cell("A2"))),
            InputPair("project", .mapping([InputPair("name", text("测试项目", "B2")), InputPair("department", text("测试部门", "B3"))],
                                          at: cell("A2"))),
            InputPair("budget", .mapping([InputPair("adjusted", text("100", "C4")), InputPair("executed", text("100", "D4"))],
                                         at: cell("A4"))),
            InputPair("sections", .sequence([], at: cell("A1"))),
            InputPair("indicators", .sequence([level("产出指标", "数量指标", [row], "A5"), level("效益指标", "社会效益指标", [simpleRow("受益人数", "30", 9)], "A9"),
                                               level("满意度指标", "服务对象满意度指标", [simpleRow("满意人数", "10", 10)], "A10")],
                                              at: cell("A5"))),
        ], at: cell("A1"))
    }

    @Test func aTreeOfCellsDecodesAndScoresLikeAFile() throws {
        let input = try ReportDecoder.decode(tree: Self.workbookTree(weight: "50"), origin: Self.book)
        #expect(input.indicators.flatMap { $0.groups.flatMap(\.rows) }.map(\.name) == ["培训人数", "受益人数", "满意人数"])
        #expect(input.sourceMap.location(of: FieldPath.root.key("budget").key("executed"))?.description == "自评表.xlsx!Sheet1!D4")
        let report = try ReportPipeline.score(input)
        #expect(report.total == 100)
    }

    @Test func aBadCellIsNamedByItsReference() throws {
        let error = try #require(throws: Diagnostics.self) {
            try ReportDecoder.decode(tree: Self.workbookTree(weight: "二十五"), origin: Self.book)
        }
        let diagnostic = try #require(error.errors.first)
        #expect(diagnostic.code == .wrongType)
        #expect(diagnostic.location?.description == "自评表.xlsx!Sheet1!F5")
        #expect(diagnostic.description.hasPrefix("自评表.xlsx!Sheet1!F5: 错误 J006 [indicators[产出指标][数量指标][1].weight]"))
    }

    @Test func bytesFromAnyOriginDecodeWithoutAFile() throws {
        let bytes = try [UInt8](Data(contentsOf: Repo.fixtures.appendingPathComponent("minimal.json")))
        let form = InputOrigin(name: "表单 form", format: .json)
        let input = try ReportDecoder.decode(bytes: bytes, origin: form)
        #expect(input.sourceMap.file == "表单 form")
        #expect(input.sourceMap.location(of: FieldPath.root.key("scheme"))?.description.hasPrefix("表单 form:") == true)
        // The same bytes named as YAML skip the strict JSON check but read the same.
        #expect(try ReportDecoder.decode(bytes: bytes, origin: InputOrigin(name: "x", format: .yaml)).indicators == input.indicators)
    }

    @Test func anImportersTreeIsBoundedLikeAFile() throws {
        var node = InputNode.text("x", at: Self.cell("A1"))
        for _ in 0..<70 { node = .sequence([node], at: Self.cell("A1")) }
        let tree = InputNode.mapping([InputPair("scheme", node)], at: Self.cell("A1"))
        let error = try #require(throws: Diagnostics.self) { try ReportDecoder.decode(tree: tree, origin: Self.book) }
        #expect(error.all.map(\.code) == [.inputTooLarge])
    }

    @Test func theFormatFollowsTheExtension() {
        #expect(InputOrigin.file("a/B.JSON").format == .json)
        #expect(InputOrigin.file("a/b.yml").format == .yaml)
        #expect(InputOrigin.file("报告").format == .yaml)
    }
}

/// Every kind of place prints in its own way, through the one description.
@Suite struct SourceLocationTests {
    @Test func eachKindOfPlacePrints() {
        #expect(Location(file: "linzhi.yaml", line: 12, column: 5).description == "linzhi.yaml:12:5")
        #expect(Location(file: "自评表.xlsx", sheet: "Sheet1", cell: "D12").description == "自评表.xlsx!Sheet1!D12")
        #expect(Location(file: "报告.docx", paragraph: 7).description == "报告.docx:¶7")
        #expect(Location(file: "表单 form", field: "indicators[3].target").description == "表单 form[indicators[3].target]")
    }

    @Test func aDiagnosticAtACellPrintsTheCellFirst() {
        let diagnostic = Diagnostic.error(.wrongType, Message("分值应是数字", "the weight must be a number"),
                                          field: FieldPath.root.key("weight"),
                                          location: Location(file: "自评表.xlsx", sheet: "Sheet1", cell: "F5"))
        #expect(diagnostic.description == "自评表.xlsx!Sheet1!F5: 错误 J006 [weight] 分值应是数字（the weight must be a number）")
    }

    @Test func cellsSortByRowThenColumn() {
        let cells = ["B10", "AA2", "C2", "B2"].map { Location(file: "x.xlsx", sheet: "S", cell: $0) }
        #expect(cells.sorted { $0.readingOrder < $1.readingOrder }.map(\.placeDescription) == ["S!B2", "S!C2", "S!AA2", "S!B10"])
        #expect(CellReference("AA2")?.column == 27)
        #expect(CellReference("12") == nil)
    }

    @Test func onlyTextPositionsHaveLines() {
        #expect(Location(file: "a", line: 3, column: 4).line == 3)
        #expect(Location(file: "a", sheet: "S", cell: "A1").line == nil)
    }
}
