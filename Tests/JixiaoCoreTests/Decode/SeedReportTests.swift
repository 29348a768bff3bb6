import Foundation
import Testing
@testable import JixiaoCore

/// The seed report (a real 林芝 report) decodes into exactly what the file says.
@Suite struct SeedReportTests {
    let report: ReportInput

    init() throws {
        report = try decodeFile(Repo.seed, as: "linzhi.yaml")
    }

    @Test func schemeIsTheLinzhiPreset() {
        #expect(report.scheme.id == "linzhi-2024")
    }

    @Test func coverFieldsKeepOrderAndTextAsWritten() {
        #expect(report.cover.title == "项目支出绩效自评报告")
        #expect(report.cover.fields.map(\.label) == ["项目名称", "项目主管部门（单位）", "填报人姓名", "联系电话", "填报日期"])
        #expect(report.cover.fields[3].value == "15959271976")
        #expect(report.cover.fields[4].value == "2025.5.12")
        #expect(report.cover.fields[0].value == "困难职工帮扶（1:1）配套资金")
        #expect(report.cover.issuer == "林芝市财政局制")
        #expect(report.cover.year == "2025年")
    }

    @Test func projectBudgetAndScore() {
        #expect(report.project.department == "林芝市总工会")
        #expect(report.project.implementer == "林芝市总工会(帮扶中心)")
        #expect(report.project.date == ReportDate(year: 2025, month: 5, day: 12))
        #expect(report.budget.unit == "万元")
        #expect(report.budget.initial == 100)
        #expect(report.budget.adjusted == 100)
        #expect(report.budget.executed == 100)
        #expect(report.declaredTotal == 88)
        #expect(report.project.year == 2024)
        #expect(report.goals?.expected == "进一步做好对广大职工的送温暖工作，充分体现党和政府对广大职工的关心关怀，展现工会组织的责任和担当。")
        #expect(report.signature.date == "2025年5月12日")
        #expect(report.signature.lines == SignatureInfo.defaultLines)
        #expect(report.warnings.isEmpty)
    }

    @Test func indicatorTree() throws {
        #expect(report.indicators.map(\.name) == ["过程", "产出", "效益"])
        let output = try #require(report.indicators.first { $0.name == "产出" })
        #expect(output.groups.map(\.name) == ["数量指标", "时效指标", "成本指标"])
        let quantity = output.groups[0]
        #expect(quantity.rows.count == 6)
        #expect(quantity.rows.map(\.target) == ["≥20个", "≥160人", "≥45人", "≥145人", "≥30人", "≥20人"])
        #expect(quantity.rows.map(\.weight) == [5, 5, 5, 5, 5, 5])
        #expect(quantity.rows[2].actual == "0人")
        #expect(quantity.rows[2].path.description == "indicators[产出][数量指标][3]")
        #expect(quantity.path.description == "indicators[产出][数量指标]")

        let supervision = report.indicators[0].groups[1].rows[0]
        #expect(supervision.kind == .qualitative)
        #expect(supervision.band == .achieved)
        #expect(supervision.manualScore == 10)
        #expect(supervision.scoreReason == "目前未开展专项检查，故扣2分")
        #expect(report.indicators[0].groups[0].rows[0].kind == .budgetExecution)

        let beneficiaries = report.indicators[2].groups[0].rows[0]
        #expect(beneficiaries.target == nil)
        #expect(beneficiaries.manualScore == 20)
    }

    /// The table's reasons and measures are the seed's own words, not the example's: every
    /// one stands verbatim in the report as received.
    @Test func everyReasonAndMeasureIsTheSeedsOwnText() throws {
        let seed = try String(contentsOf: Repo.root.appendingPathComponent("Tests/Fixtures/seed/000_f42eab3d3970501c.txt"),
                              encoding: .utf8)
        let rows = report.indicators.flatMap(\.groups).flatMap(\.rows)
        let texts = rows.flatMap { [$0.deviation, $0.measures, $0.scoreReason].compactMap { $0 } }
        #expect(texts.count >= 6)
        for text in texts { #expect(seed.contains(text), "not in the seed: \(text)") }
    }

    @Test func sectionsAndParagraphs() throws {
        #expect(report.sections.map(\.title) == ["项目基本情况", "绩效自评工作组织情况", "绩效指标分析情况", "改进意见（计划）", "其他需要说明的情况"])
        let analysis = report.sections[2].subsections[1]
        #expect(analysis.title == "评价指标分析")
        #expect(analysis.generate == .analysis)
        #expect(analysis.paragraphs.count == 3)
        #expect(analysis.paragraphs[0].hasPrefix("1. 过程：过程指标权重为20%"))
        #expect(analysis.paragraphs[2].hasSuffix("受益职工对送温暖及帮扶救助工作表示满意。"))
        #expect(analysis.path.description == "sections[3].sections[2]")
        #expect(report.sections[0].subsections[2].generate == .funds)
        #expect(report.sections[4].paragraphs == ["无"])
    }

    @Test func sourceMapPointsAtTheLines() {
        let map = report.sourceMap
        let target = FieldPath.root.key("indicators").name("产出").name("数量指标").index(3).key("target")
        #expect(map.location(of: target)?.description == "linzhi.yaml:108:21")
        let phone = FieldPath.root.key("cover").key("fields").index(4)
        #expect(map.location(of: phone)?.description == "linzhi.yaml:11:13")
        let analysisText = FieldPath.root.key("sections").index(3).key("sections").index(2).key("text")
        #expect(map.location(of: analysisText)?.description == "linzhi.yaml:60:15")
        #expect(map.location(of: FieldPath.root.key("self_score"))?.description == "linzhi.yaml:28:13")
    }
}
