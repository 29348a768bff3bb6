import Foundation
@testable import JixiaoCore

/// assets/examples/national-2020-example.yaml as Swift values.
extension ScoreFixtures {
    static let nationalIndicators: [IndicatorLevel] = [
        level("产出指标", [
            group("数量指标", [
                row("维修养护供水工程", "≥40处", "36处", weight: 15, deviation: "4处工程因用地协调未完成，未能在年内开工",
                    measures: "提前开展用地协调，结转工程2024年上半年完成"),
                row("更换改造供水管网", "≥12公里", "12.6公里", weight: 10),
            ]),
            group("质量指标", [row("工程验收合格率", "=100%", "100%", weight: 10)]),
            group("时效指标", [row("项目完工时间", "年底前完成", "按期完成", weight: 5)]),
            group("成本指标", [
                row("单处工程平均维修成本", "2.5万元/处", "2.6万元/处", weight: 10,
                    deviation: "管材价格上涨，单处维修成本略高于预期", measures: "通过集中采购控制材料成本"),
            ]),
        ]),
        level("效益指标", [
            group("社会效益指标", [
                row("受益人口", "≥1.2万人", "1.25万人", weight: 10),
                row("农村供水保障水平", "有效提升", "供水保障水平有所提升，仍有2个村存在季节性缺水", weight: 10,
                    kind: .qualitative, score: decimal("7.5"), reason: "保障水平有所提升，但季节性缺水问题未解决",
                    band: .partial, deviation: "2个村水源水量不足，枯水期仍存在季节性缺水",
                    measures: "2024年实施水源扩建，制定枯水期应急供水预案"),
            ]),
            group("可持续影响指标", [
                row("工程正常运行率", "≥95%", "93%", weight: 10, deviation: "部分工程管护人员不足，故障处理不及时",
                    measures: "落实村级管护人员和管护经费"),
            ]),
        ]),
        level("满意度指标", [
            group("服务对象满意度指标", [row("受益群众满意度", "≥90%", "92%", weight: 10)]),
        ]),
    ]

    static func nationalExample() -> ReportInput {
        var input = report(
            scheme: "national-2020",
            project: ProjectInfo(name: "2023年农村饮水安全工程维修养护项目", department: "示例县水利局",
                                 implementer: "示例县农村供水管理站", date: ReportDate(year: 2024, month: 3, day: 20)),
            budget: Budget(initial: 100, adjusted: 100, executed: decimal("95.5")),
            sections: [
                section("项目基本情况", nil, [section("资金投入使用", generate: .funds)]),
                section("绩效指标分析情况", nil, [
                    section("自评分数", generate: .score), section("评价指标分析", generate: .analysis),
                ]),
            ],
            indicators: nationalIndicators, declaredTotal: decimal("94.96"),
            signature: SignatureInfo(date: "2024年3月20日"))
        input.cover = Cover(fields: [CoverField(label: "项目名称", value: "2023年农村饮水安全工程维修养护项目")],
                            issuer: "示例县财政局制", year: "2024年")
        return input
    }
}
