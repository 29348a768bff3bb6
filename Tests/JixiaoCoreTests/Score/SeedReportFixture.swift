import Foundation
@testable import JixiaoCore

/// The seed report (assets/examples/linzhi-2024-kunnan-zhigong.yaml) as Swift values.
extension ScoreFixtures {
    static let seedProject = ProjectInfo(name: "困难职工帮扶（1:1）配套资金", department: "林芝市总工会",
                                         implementer: "林芝市总工会(帮扶中心)",
                                         date: ReportDate(year: 2025, month: 5, day: 12))

    static let seedCover = Cover(
        fields: [
            CoverField(label: "项目名称", value: "困难职工帮扶（1:1）配套资金"),
            CoverField(label: "项目主管部门（单位）", value: "林芝市总工会(帮扶中心)"),
            CoverField(label: "填报人姓名", value: "仁青卓玛"),
            CoverField(label: "联系电话", value: "15959271976"),
            CoverField(label: "填报日期", value: "2025.5.12"),
        ],
        issuer: "林芝市财政局制", year: "2025年")

    static let seedIndicators: [IndicatorLevel] = [
        level("过程", [
            group("资金管理", [row("资金支出率", nil, nil, weight: 8, kind: .budgetExecution)]),
            group("事项管理", [
                row("项目监管", "按规定对项目方案及实施过程进行有效监督", "进行了有效监督，未开展专项检查", weight: 12,
                    kind: .qualitative, score: 10, reason: "目前未开展专项检查，故扣2分", band: .achieved,
                    deviation: "业务主管部门按规定对项目的方案及实施过程进行了有效监督，确保了项目实施过程的规范性和有效性，但目前未开展专项检查"),
            ]),
        ]),
        level("产出", [
            group("数量指标", [
                row("慰问市直单位驻村工作队", "≥20个", "125个", weight: 5),
                row("开展边境一线基层工作人员慰问人数", "≥160人", "300人", weight: 5),
                row("六一慰问", "≥45人", "0人", weight: 5,
                    deviation: "六一慰问活动由本单位其他部室开展，为避免重复慰问，故帮扶中心未开展",
                    measures: "加强部室之间的沟通与协作，建立定期的项目协调会议制度"),
                row("“三大节日”送温暖慰问", "≥145人", "0人", weight: 5,
                    deviation: "“三大节日”送温暖慰问资金单独解决，未从本项目列支",
                    measures: "加强部室之间的沟通与协作，建立定期的项目协调会议制度"),
                row("开展国际护士节慰问人数", "≥30人", "73人", weight: 5),
                row("开展记者节慰问人数", "≥20人", "29人", weight: 5),
            ]),
            group("时效指标", [row("“三大节日”送温暖慰问完成", "上半年完成", "按期完成", weight: 5)]),
            group("成本指标", [row("困难职工帮扶配套资金", "控制在100万元", "100万元", weight: 5)]),
        ]),
        level("效益", [
            group("社会效益指标", [
                row("受益职工数量", nil, "776人", weight: 20, score: 20, reason: "受益职工数量达到776人，远超预期值"),
            ]),
            group("满意度指标", [row("受益职工满意度", "满意", "满意", weight: 20)]),
        ]),
    ]

    /// Where the decoder would place the rows used in location tests (lines of the seed file).
    static let seedSourceMap: SourceMap = {
        var map = SourceMap(file: "linzhi-2024-kunnan-zhigong.yaml")
        let benefit = indicators.name("效益").name("社会效益指标").index(1)
        map.record(benefit, at: SourceLocation(file: map.file, line: 143, column: 13))
        map.record(benefit.key("actual"), at: SourceLocation(file: map.file, line: 145, column: 21))
        let teams = indicators.name("产出").name("数量指标").index(1)
        map.record(teams, at: SourceLocation(file: map.file, line: 98, column: 13))
        map.record(teams.key("target"), at: SourceLocation(file: map.file, line: 100, column: 21))
        map.record(teams.key("actual"), at: SourceLocation(file: map.file, line: 101, column: 21))
        return map
    }()

    static func section(_ title: String, _ text: String? = nil, generate: GeneratedText? = nil,
                        _ subsections: [NarrativeSection] = []) -> NarrativeSection {
        NarrativeSection(title: title, paragraphs: text.map { [$0] } ?? [], generate: generate,
                         subsections: subsections, path: .root)
    }

    /// The seed's outline with its texts shortened; `generated` drops the texts that have a
    /// `generate` so the writer's paragraphs stand there.
    static func seedSections(generated: Bool) -> [NarrativeSection] {
        let funds = "本项目预算计划安排资金100万元，实际分配下达资金100万元，实际支出金额为100万元，资金使用情况良好，全部用于项目既定内容，未出现超支或挪用情况。"
        let score = "根据《项目绩效自评指标评分表》的评分标准，经过认真自评，本项目最终得分为88分。"
        let analysis = "1. 过程：过程指标权重为20%，实际得分18分。"
        var sections = [
            section("项目基本情况", nil, [
                section("项目背景", "为进一步做好对广大职工的送温暖工作，2024年林芝市总工会申请100万元用于广大职工送温暖。"),
                section("主要内容及实施情况", "本项目主要内容包括送温暖工作。"),
                section("资金投入使用", generated ? nil : funds, generate: .funds),
                section("预期总体目标及完成情况", "经自评，项目如期实现了预期总体目标。"),
            ]),
            section("绩效自评工作组织情况", nil, [section("成立绩效自评工作小组", "组建绩效自评工作小组。")]),
            section("绩效指标分析情况", nil, [
                section("自评分数", generated ? nil : score, generate: .score),
                section("评价指标分析", generated ? nil : analysis, generate: .analysis),
            ]),
            section("改进意见（计划）", nil, [section("完善目标指标设计机制", "建立目标指标的动态调整机制。")]),
            section("其他需要说明的情况", "无"),
        ]
        for index in sections.indices { sections[index].path = FieldPath.root.key("sections").index(index + 1) }
        return sections
    }

    static func seed(generated: Bool = false) -> ReportInput {
        report(scheme: "linzhi-2024", budget: Budget(initial: 100, adjusted: 100, executed: 100),
               sections: seedSections(generated: generated), indicators: seedIndicators, declaredTotal: 88,
               signature: SignatureInfo(date: "2025年5月12日"), sourceMap: seedSourceMap)
    }
}
