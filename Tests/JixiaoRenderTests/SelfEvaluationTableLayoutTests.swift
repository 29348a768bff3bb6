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
}
