import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoRender

/// The 项目支出绩效自评表 as laid out: a figure is read at a glance only if it stands on one
/// line of its cell (the national example's 合计 94.96 once wrapped as "94.9" over "6").
@Suite struct SelfEvaluationTableLayoutTests {
    @Test(arguments: ["national-2020-example.yaml", "linzhi-2024-kunnan-zhigong.yaml"])
    func everyWeightAndScoreStandsOnOneLineOfItsCell(_ example: String) throws {
        let file = RenderFixtures.repository.appendingPathComponent("assets/examples/\(example)")
        let report = try ReportPipeline.score(bytes: [UInt8](Data(contentsOf: file)), origin: .file(example))
        let rendered = ReportRenderer(session: try RenderFixtures.session()).layout(Composer.compose(report))
        let runs = Set(rendered.pages.flatMap { page in
            page.items.compactMap { item -> String? in
                if case .glyphs(let run) = item.item { return run.text }
                return nil
            }
        })
        var figures = [report.total, report.totalWeight]
        for level in report.levels {
            for group in level.groups { figures += group.rows.flatMap { [$0.score, $0.weight] } }
        }
        for figure in Set(figures.map(ScoreFormat.number)) {
            #expect(runs.contains(figure), "\(figure) is not one line of a cell")
        }
    }

    /// The widest figure a score can be: five digits with the point (99.99, 12.25).
    @Test func theScoreColumnsHoldFiveFigures() throws {
        let session = try RenderFixtures.session()
        let columns = SelfEvaluationTable.indicatorWidths
        let textWidth = PageGeometry.a4.textArea.size.width
        let style = TextStyle(role: .fangSong, size: PageGeometry.a4.tableSize, alignment: .center)
        for index in [5, 6] {
            let inner = textWidth * columns[index] / columns.reduce(0, +) - 2 * TableLayout.padding.x
            #expect(session.naturalWidth(of: "99.99", style: style) <= inner)
        }
    }

    /// The composed tables of an example, measured as the renderer measures them.
    static func measuredTables(_ example: String, adjust: (inout ScoredReport) -> Void = { _ in }) throws
        -> (report: ScoredReport, layouts: [TableLayout]) {
        let file = RenderFixtures.repository.appendingPathComponent("assets/examples/\(example)")
        var report = try ReportPipeline.score(bytes: [UInt8](Data(contentsOf: file)), origin: .file(example))
        adjust(&report)
        let session = try RenderFixtures.session()
        let geometry = PageGeometry.a4
        let layouts = Composer.compose(report).body.compactMap { block -> TableLayout? in
            guard case .table(let table) = block else { return nil }
            return TableLayout(table, left: geometry.textArea.minX, width: geometry.textArea.size.width,
                               session: session, geometry: geometry)
        }
        return (report, layouts)
    }

    /// 年初预算数 once broke as 年初预算 over 数, 年度总体目标 as 年度总体目 over 标.
    @Test(arguments: ["national-2020-example.yaml", "linzhi-2024-kunnan-zhigong.yaml"])
    func noCellEndsOnALineOfOneCharacter(_ example: String) throws {
        let layouts = try Self.measuredTables(example).layouts
        try #require(layouts.count == 2)
        for layout in layouts {
            for cell in layout.header.cells + layout.body.cells where cell.lines.count >= 2 {
                let text = cell.lines.map(\.text).joined()
                #expect((cell.lines.last?.text.count ?? 0) >= 2, "“\(text)” ends on a line of one character")
            }
        }
        let header = try #require(layouts.first)
        for head in ["年初预算数", "全年预算数", "全年执行数", "年度资金总额"] {
            #expect(header.body.cells.contains { $0.lines.count == 1 && $0.lines.first?.text == head }, "\(head) is not one line")
        }
    }

    /// A justified line in a cell seven characters wide spreads its slack between characters
    /// (管 材 价 格); left-aligned, neighbouring characters are one em apart at most.
    @Test(arguments: ["national-2020-example.yaml", "linzhi-2024-kunnan-zhigong.yaml"])
    func cellTextIsNotSpreadBetweenCharacters(_ example: String) throws {
        let layouts = try Self.measuredTables(example).layouts
        var checked = 0
        for layout in layouts {
            for cell in layout.header.cells + layout.body.cells where cell.lines.count >= 2 {
                for line in cell.lines.dropLast() {
                    let xs = line.runs.flatMap { run in run.glyphs.map(\.x) }
                    let size = line.runs.first?.size ?? 0
                    for (a, b) in zip(xs, xs.dropFirst()) {
                        #expect(b - a <= size * 1.01, "“\(line.text)” is spread: \(b - a) pt between characters")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 10)
    }

    /// A long 偏差原因 takes width from 三级指标 before its row grows past eight lines, and the
    /// figures still stand on one line each.
    @Test func aLongReasonWidensItsColumnBeforeTheRowGrows() throws {
        let reason = "驻村工作队慰问由市委组织部统一安排，本单位按名单逐队走访，部分工作队因轮换交接推迟接受慰问，故实际完成时间较计划有所推后"
        let (report, layouts) = try Self.measuredTables("linzhi-2024-kunnan-zhigong.yaml") { report in
            report.levels[1].groups[0].rows[0].row.deviation = reason
        }
        let indicators = try #require(layouts.last)
        // The example's form (national-2020, with 绩效指标 in a first column of the header's width).
        let form = TableForm.form(for: report.scheme.form)
        let side = form.indicatorSideLabel == nil ? 0.0 : form.headerWidths[0]
        let total = form.indicatorWidths.reduce(0, +) + side
        let nominal = PageGeometry.a4.textArea.size.width * (form.indicatorWidths.last ?? 0) / total
        let reasonColumn = indicators.edges.count - 2
        #expect(indicators.edges[reasonColumn + 1] - indicators.edges[reasonColumn] > nominal + 1)
        let cell = try #require(indicators.body.cells.first { $0.lines.map(\.text).joined().hasPrefix("驻村工作队慰问") })
        #expect(cell.lines.count <= TableForm.reasonLines)
        let scores = form.indicatorColumns.indices.filter { [.weight, .score].contains(form.indicatorColumns[$0]) }
        #expect(scores.count == 2)
        for column in scores.map({ $0 + (side > 0 ? 1 : 0) }) {
            #expect(indicators.body.cells.filter { $0.column == column && $0.colSpan == 1 }.allSatisfy { $0.lines.count <= 1 })
        }
    }
}
