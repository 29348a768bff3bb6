import Foundation
import Testing
@testable import JixiaoCore

/// Reports and schemes built as Swift values, mirroring assets/examples and assets/schemes,
/// so the scorer, narrative and composer are tested without the YAML decoder.
enum ScoreFixtures {
    static let indicators = FieldPath.root.key("indicators")

    // MARK: Schemes (assets/schemes/*.yaml)

    static let linzhi2024 = Scheme(
        id: "linzhi-2024", name: "林芝市项目支出绩效自评指标评分表（过程20、产出40、效益40）",
        budgetExecution: nil,
        levels: [
            SchemeLevel(name: "过程", weight: 20, groups: [
                SchemeGroup(name: "资金管理", weight: 8), SchemeGroup(name: "事项管理", weight: 12),
            ]),
            SchemeLevel(name: "产出", weight: 40),
            SchemeLevel(name: "效益", weight: 40, groups: [
                SchemeGroup(name: "社会效益指标", weight: 20, aliases: ["社会效益"]),
                SchemeGroup(name: "满意度指标", weight: 20, aliases: ["满意度", "服务对象满意度指标"]),
            ]),
        ])

    static let national2020 = Scheme(
        id: "national-2020", name: "财政部项目支出绩效评价（财预〔2020〕10号）",
        budgetExecution: BudgetExecutionItem(name: "预算执行率", weight: 10),
        levels: [
            SchemeLevel(name: "产出指标", weight: 50),
            SchemeLevel(name: "效益指标", weight: 30),
            SchemeLevel(name: "满意度指标", weight: 10, aliases: ["服务对象满意度指标", "服务对象满意度"]),
        ])

    /// One level 产出 of weight 100 and no budget item: for testing single rows.
    static let singleLevel = Scheme(id: "inline", name: "单行测试", budgetExecution: nil,
                                    levels: [SchemeLevel(name: "产出", weight: 100)])

    // MARK: Builders

    /// A decimal from its digits, never through Double (0.33 as a Double literal is not 0.33).
    static func decimal(_ digits: String) -> Decimal {
        Decimal(string: digits) ?? .nan
    }

    static func row(_ name: String, _ target: String?, _ actual: String?, weight: Decimal,
                    kind: IndicatorKind = .measured, direction: Direction? = nil, score: Decimal? = nil,
                    reason: String? = nil, band: QualitativeBand? = nil, deviation: String? = nil,
                    measures: String? = nil) -> IndicatorRow {
        IndicatorRow(name: name, target: target, actual: actual, weight: weight, kind: kind, direction: direction,
                     manualScore: score, scoreReason: reason, band: band, deviation: deviation, measures: measures,
                     path: .root)
    }

    static func group(_ name: String, declared: Decimal? = nil, _ rows: [IndicatorRow]) -> IndicatorGroup {
        IndicatorGroup(name: name, rows: rows, declaredScore: declared, path: .root)
    }

    /// A level with the paths the decoder gives: indicators[产出][数量指标][3].
    static func level(_ name: String, declared: Decimal? = nil, _ groups: [IndicatorGroup]) -> IndicatorLevel {
        let levelPath = indicators.name(name)
        let placed = groups.map { group in
            var group = group
            group.path = levelPath.name(group.name)
            group.rows = group.rows.enumerated().map { index, row in
                var row = row
                row.path = group.path.index(index + 1)
                return row
            }
            return group
        }
        return IndicatorLevel(name: name, groups: placed, declaredScore: declared, path: levelPath)
    }

    static func report(scheme: String, project: ProjectInfo = seedProject, budget: Budget,
                       sections: [NarrativeSection] = [], indicators: [IndicatorLevel], declaredTotal: Decimal? = nil,
                       goals: Goals? = nil, signature: SignatureInfo = SignatureInfo(),
                       sourceMap: SourceMap = SourceMap(file: "report.yaml")) -> ReportInput {
        // A preset by id; any other id names a scheme the test passes to `Scorer` itself.
        ReportInput(scheme: SchemeLibrary.preset(id: scheme) ?? Scheme(id: scheme, name: scheme, budgetExecution: nil, levels: []), cover: seedCover, project: project, budget: budget, goals: goals,
                    sections: sections, indicators: indicators, signature: signature, declaredTotal: declaredTotal,
                    sourceMap: sourceMap)
    }

    /// `row` in group `groupName`, next to a filler row that makes the weights 100, under `singleLevel`.
    static func singleRowReport(_ row: IndicatorRow, group groupName: String = "数量指标",
                                budget: Budget = Budget(initial: 100, adjusted: 100, executed: 100)) -> ReportInput {
        var groups = [group(groupName, [row])]
        if row.weight < 100 {
            groups.append(group("其他指标", [ScoreFixtures.row("填充", "≥1", "1", weight: 100 - row.weight)]))
        }
        return report(scheme: "inline", budget: budget, indicators: [level("产出", groups)])
    }

    /// Scores `row` alone; the first scored row is returned.
    static func scoreRow(_ row: IndicatorRow, group groupName: String = "数量指标",
                         budget: Budget = Budget(initial: 100, adjusted: 100, executed: 100)) throws -> (ScoredRow, [Diagnostic]) {
        let report = try Scorer.score(singleRowReport(row, group: groupName, budget: budget), scheme: singleLevel)
        let scored = try #require(report.levels.first?.groups.first?.rows.first)
        return (scored, report.warnings)
    }

    /// All diagnostics of scoring `input`: the thrown ones, or the warnings when it scores.
    static func diagnostics(of input: ReportInput, scheme: Scheme) -> [Diagnostic] {
        do {
            return try Scorer.score(input, scheme: scheme).warnings
        } catch {
            return error.all
        }
    }

    static func rowDiagnostics(_ row: IndicatorRow, group groupName: String = "数量指标",
                               budget: Budget = Budget(initial: 100, adjusted: 100, executed: 100)) -> [Diagnostic] {
        diagnostics(of: singleRowReport(row, group: groupName, budget: budget), scheme: singleLevel)
    }
}
