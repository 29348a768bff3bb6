import Foundation
import Testing
import JixiaoCore
@testable import JixiaoRender

/// The tags of item 2: headings, paragraphs, the table's rows and cells, the cover and the
/// signature, read back with poppler's `pdfinfo -struct-text`.
@Suite struct StructureTagTests {
    private static func structure() throws -> String {
        let cover = CoverPage(title: "项目支出绩效自评报告", fields: [CoverField(label: "项目名称", value: "测试项目")], issuer: "林芝市财政局制", year: "2025年")
        let body = RenderFixtures.narrative(sections: 1) + [.heading(Heading(level: 3, number: "1.", text: "三级标题")),
                                                            .table(RenderFixtures.indicatorTable(rows: 3)),
                                                            .signature(SignatureBlock(lines: ["单位负责人：某某"], date: "2025年5月12日"))]
        let pdf = try ReportExporter(session: try RenderFixtures.session()).renderPDF(RenderFixtures.document(cover: cover, body: body))
        let path = try RenderFixtures.temporaryFolder().appendingPathComponent("t.pdf").path
        try Data(pdf.bytes).write(to: URL(fileURLWithPath: path))
        return try RenderFixtures.run("pdfinfo", ["-struct-text", path]).output
    }

    @Test func everyKindOfContentHasItsElement() throws {
        let tree = try Self.structure()
        let lines = tree.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.first == "Document")
        for element in ["Sect", "H1 (block)", "H2 (block)", "H3 (block)", "P (block)", "Table (block)", "TR", "TH", "TD", "Div"] {
            #expect(lines.contains(element), "no \(element) in\n\(tree)")
        }
        #expect(tree.contains("\"一、第1部分\""))
        #expect(tree.contains("\"一级指标\""))
        #expect(tree.contains("\"项目支出绩效自评报告\""))
        #expect(tree.contains("单位负责人"))
    }

    @Test func headerCellsAreTHAndBodyCellsTD() throws {
        let tree = try Self.structure()
        let th = try #require(tree.range(of: "TH"))
        #expect(tree[th.upperBound...].prefix(40).contains("一级指标"))
        let td = try #require(tree.range(of: "\"指标行1号\""))
        #expect(tree[..<td.lowerBound].suffix(30).contains("TD"))
    }

    @Test func folioTextIsOutsideEveryElement() throws {
        #expect(!(try Self.structure()).contains("— 1 —"))
    }

    @Test func aBlocksPathNamesItsElement() {
        #expect(StructureTag.block(.heading(Heading(level: 2, number: "（一）", text: "x")), index: 4)?.path == [.init("H2", id: 4)])
        #expect(StructureTag.block(.pageBreak, index: 1) == nil)
        let table = StructureTag([.init("Table", id: 7)])
        #expect(table.cell(header: true, row: 0, column: 2).path == [.init("Table", id: 7), .init("TR", id: -1), .init("TH", id: 2)])
        #expect(table.cell(header: false, row: 0, column: 2).cell(header: false, row: 1, column: 0).path
                == [.init("Table", id: 7), .init("TR", id: 1), .init("TD", id: 0)])
    }
}
