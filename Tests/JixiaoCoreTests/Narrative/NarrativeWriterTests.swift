import Foundation
import Testing
@testable import JixiaoCore

/// The generated paragraphs read as the seed's clerk wrote them, from the computed figures.
@Suite struct NarrativeWriterTests {
    let writer: NarrativeWriter

    init() throws {
        writer = NarrativeWriter(report: try Scorer.score(ScoreFixtures.seed(), scheme: ScoreFixtures.linzhi2024))
    }

    @Test func funds() {
        #expect(writer.paragraphs(for: .funds) == [
            "本项目预算计划安排资金100万元，实际分配下达资金100万元，实际支出金额为100万元，资金支出率为100%。",
        ])
    }

    @Test func score() {
        #expect(writer.paragraphs(for: .score) == [
            "根据《项目支出绩效自评表》的评分标准，经过认真自评，本项目最终得分为88分，等级为良。",
        ])
    }

    /// The sentence cites the attachment by the title the table is printed under.
    @Test func scoreSentenceNamesTheTableByItsPrintedTitle() throws {
        let document = Composer.compose(writer.report)
        let title = document.body.compactMap { block -> String? in
            if case .paragraph(let paragraph) = block, paragraph.style == .title { return paragraph.text }
            return nil
        }
        #expect(title == [TableForm.form(for: writer.report.scheme.form).title])
        #expect(writer.score.contains("《\(title.first ?? "")》"))
    }

    @Test func analysisHasOneNumberedParagraphPerLevel() {
        let paragraphs = writer.paragraphs(for: .analysis)
        #expect(paragraphs.count == 3)
        #expect(paragraphs[0].hasPrefix("1. 过程：过程指标权重为20%，实际得分18分。其中，资金管理指标权重为8%，自评得分为8分；事项管理指标权重为12%，自评得分为10分。"))
        #expect(paragraphs[1].hasPrefix("2. 产出：产出指标权重为40%，实际得分30分。"))
        #expect(paragraphs[2].hasPrefix("3. 效益：效益指标权重为40%，实际得分40分。"))
    }

    @Test func outputParagraphNamesEveryRowWithTargetActualAndScore() throws {
        let output = writer.paragraphs(for: .analysis)[1]
        let report = writer.report
        for row in report.levels[1].groups.flatMap(\.rows) {
            let target = try #require(row.row.target), actual = try #require(row.row.actual)
            let actualPhrase = actual == "按期完成" ? "实际按期完成" : "实际完成值为\(actual)"
            #expect(output.contains("\(row.name)预期值为\(target)，\(actualPhrase)，自评得分为\(ScoreFormat.number(row.score))分"))
        }
        #expect(output.contains("数量指标中，慰问市直单位驻村工作队预期值为≥20个，实际完成值为125个，自评得分为5分；"))
        #expect(output.contains("六一慰问预期值为≥45人，实际完成值为0人，自评得分为0分，未达标原因为六一慰问活动由本单位其他部室开展，为避免重复慰问，故帮扶中心未开展；"))
        #expect(output.contains("时效指标中，“三大节日”送温暖慰问完成预期值为上半年完成，实际按期完成，自评得分为5分。"))
        #expect(output.hasSuffix("成本指标中，困难职工帮扶配套资金预期值为控制在100万元，实际完成值为100万元，自评得分为5分。"))
    }

    @Test func processParagraphDescribesBudgetRateAndQualitativeRow() {
        let process = writer.paragraphs(for: .analysis)[0]
        #expect(process.contains("资金管理中，资金支出率为100%，自评得分为8分。"))
        #expect(process.contains("项目监管预期值为按规定对项目方案及实施过程进行有效监督，实际完成值为进行了有效监督，未开展专项检查，评价为达成年度指标，自评得分为10分，业务主管部门按规定对项目的方案及实施过程进行了有效监督，确保了项目实施过程的规范性和有效性，但目前未开展专项检查。"))
    }

    /// 达成 means the target was met: the lost points' explanation is no 未达标原因.
    @Test func aRowRatedAchievedHasNoShortfallReason() {
        let process = writer.paragraphs(for: .analysis)[0]
        #expect(!process.contains("未达标原因为业务主管部门"))
    }

    @Test func aGroupNameThatSaysIndicatorIsNotGivenAnother() throws {
        var input = ScoreFixtures.nationalExample()
        input.indicators[2].groups[0].name = "满意度指标等"
        let report = try Scorer.score(input, scheme: ScoreFixtures.national2020)
        let analysis = NarrativeWriter(report: report).paragraphs(for: .analysis)
        #expect(analysis[3].contains("其中，满意度指标等权重为10%"), "\(analysis[3])")
        #expect(!analysis[3].contains("满意度指标等指标"))
        #expect(NarrativeWriter.indicatorName("过程") == "过程指标")
        #expect(NarrativeWriter.indicatorName("数量指标") == "数量指标")
    }

    /// Scoring refuses weights that do not make 100 (J022), but the writer takes any scored
    /// report: weights adding up to 110 are no percentages of the whole, so they print as 分值.
    @Test func weightsNotAddingUpTo100PrintAsPoints() throws {
        var report = writer.report
        report.levels[0].weight = 30
        try #require(report.totalWeight == 110)
        let analysis = NarrativeWriter(report: report).paragraphs(for: .analysis)
        #expect(analysis.allSatisfy { !$0.contains("权重为") }, "\(analysis)")
        #expect(analysis[0].hasPrefix("1. 过程：过程指标分值为30分，实际得分18分。其中，资金管理指标分值为8分"), "\(analysis[0])")
    }

    @Test func manualRowGivesItsReason() {
        let benefit = writer.paragraphs(for: .analysis)[2]
        #expect(benefit.contains("社会效益指标中，受益职工数量实际完成值为776人，自评得分为20分（受益职工数量达到776人，远超预期值）。"))
    }
}

/// Numbers print as a clerk writes them.
@Suite struct ScoreFormatTests {
    @Test(arguments: [("88", "88"), ("88.00", "88"), ("7.5", "7.5"), ("7.50", "7.5"), ("9.615", "9.62"),
                      ("0.125", "0.13"), ("0", "0"), ("100", "100"), ("13.5", "13.5"), ("-2", "-2")])
    func number(_ example: (String, String)) {
        #expect(ScoreFormat.number(ScoreFixtures.decimal(example.0)) == example.1)
    }

    @Test func percentAndAmount() {
        #expect(ScoreFormat.percent(ScoreFixtures.decimal("0.955")) == "95.5%")
        #expect(ScoreFormat.percent(1) == "100%")
        #expect(ScoreFormat.percent(Decimal(2) / 3) == "66.67%")
        #expect(ScoreFormat.amount(ScoreFixtures.decimal("12.34567")) == "12.3457")
        #expect(ScoreFormat.weightPercent(20) == "20%")
    }
}
