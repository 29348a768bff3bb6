import Foundation

/// Writes the paragraphs a finance clerk writes from the figures, in the seed report's words,
/// for sections that ask for them (`generate:`) and give no text of their own.
public struct NarrativeWriter: Sendable {
    public let report: ScoredReport

    public init(report: ScoredReport) { self.report = report }

    /// The paragraphs of one generated kind, in print order.
    public func paragraphs(for kind: GeneratedText) -> [String] {
        switch kind {
        case .funds: return [funds]
        case .score: return [score]
        case .analysis: return analysis
        }
    }

    /// 资金投入使用: planned, allocated and spent money and the execution rate.
    public var funds: String {
        let budget = report.input.budget
        let unit = budget.unit
        var text = "本项目预算计划安排资金\(ScoreFormat.amount(budget.initial ?? budget.adjusted))\(unit)，"
            + "实际分配下达资金\(ScoreFormat.amount(budget.adjusted))\(unit)，"
            + "实际支出金额为\(ScoreFormat.amount(budget.executed))\(unit)"
        if let rate = budget.executionRate { text += "，资金支出率为\(ScoreFormat.percent(rate))" }
        return text + "。"
    }

    /// 自评分数: the total and the grade, citing the attachment by the title it is printed under.
    public var score: String {
        "根据《\(Scheme.selfEvaluationTableTitle)》的评分标准，经过认真自评，本项目最终得分为\(ScoreFormat.number(report.total))分，"
            + "等级为\(report.grade.rawValue)。"
    }

    /// 权重为20% when the weights add up to 100, so that a weight is a share of the whole; else
    /// 分值为20分 (a percentage of a total that is not 100 would be wrong).
    func weightPhrase(_ weight: Decimal) -> String {
        report.totalWeight == 100 ? "权重为\(ScoreFormat.weightPercent(weight))" : "分值为\(ScoreFormat.number(weight))分"
    }

    /// 评价指标分析: the budget-execution item (when the scheme scores it on its own), then one
    /// paragraph per level-1 indicator, numbered 1. 2. 3.
    public var analysis: [String] {
        var bodies: [String] = []
        if let item = report.budgetExecution { bodies.append(budgetItemBody(item)) }
        bodies += report.levels.map(levelBody)
        return bodies.enumerated().map { index, body in "\(index + 1). \(body)" }
    }

    func budgetItemBody(_ item: ScoredBudgetExecution) -> String {
        let budget = report.input.budget
        return "\(item.name)：\(item.name)\(weightPhrase(item.weight))，"
            + "实际得分\(ScoreFormat.number(item.score))分。全年预算数为\(ScoreFormat.amount(budget.adjusted))\(budget.unit)，"
            + "全年执行数为\(ScoreFormat.amount(budget.executed))\(budget.unit)，\(item.name)为\(ScoreFormat.percent(item.rate))"
            + (item.rate < 1 ? "，扣\(ScoreFormat.number(item.weight - item.score))分。" : "。")
    }

    func levelBody(_ level: ScoredLevel) -> String {
        var text = "\(level.name)：\(Self.indicatorName(level.name))\(weightPhrase(level.weight))，"
            + "实际得分\(ScoreFormat.number(level.score))分。"
        guard !level.groups.isEmpty else { return text }
        text += "其中，" + level.groups.map { group in
            "\(Self.indicatorName(group.name))\(weightPhrase(group.weight))，"
                + "自评得分为\(ScoreFormat.number(group.score))分"
        }.joined(separator: "；") + "。"
        for group in level.groups where !group.rows.isEmpty {
            text += "\(group.name)中，" + group.rows.map(rowClause).joined(separator: "；") + "。"
        }
        return text
    }

    /// One row: 慰问市直单位驻村工作队预期值为≥20个，实际完成值为125个，自评得分为5分, with the
    /// reason for lost points (未达标原因为…) or for over-achievement when the user gave one.
    func rowClause(_ row: ScoredRow) -> String {
        let score = "自评得分为\(ScoreFormat.number(row.score))分"
        if case .budgetExecution(let rate) = row.rule, row.row.actual == nil {
            return "\(row.name)为\(ScoreFormat.percent(rate))，\(score)" + lostPointsClause(row)
        }
        var parts: [String] = []
        if let target = row.target { parts.append("预期值为\(target.printed)") }
        switch row.actual {
        case .deadline(let text, _)?: parts.append("实际\(text)")  // 实际按期完成, as the seed writes it
        case let actual?: parts.append("实际完成值为\(actual.printed)")
        case nil: break
        }
        if case .qualitative(let band) = row.rule { parts.append("评价为\(band.rawValue)") }
        var scorePart = score
        if case .manual(let reason) = row.rule, !reason.isEmpty { scorePart += "（\(Self.trimmed(reason))）" }
        parts.append(scorePart)
        return row.name + parts.joined(separator: "，") + lostPointsClause(row)
    }

    private func lostPointsClause(_ row: ScoredRow) -> String {
        guard let deviation = row.row.deviation.map(Self.trimmed), !deviation.isEmpty else { return "" }
        // A row rated 达成年度指标 met its target: the points it lost are explained, not called a
        // shortfall.
        if case .qualitative(.achieved) = row.rule { return "，\(deviation)" }
        // A deviation lost its points by exceeding the target, not by missing it.
        if case .deviated = row.rule { return "，指标偏离原因为\(deviation)" }
        if row.score < row.weight { return "，未达标原因为\(deviation)" }
        if case .positive(_, true) = row.rule { return "，超额完成原因为\(deviation)" }
        return ""
    }

    /// 过程 → 过程指标, 数量指标 stays: the seed writes 资金管理指标权重, 数量指标权重. A name
    /// that already says 指标 anywhere (满意度指标等, 效益指标（社会）) is left as written.
    static func indicatorName(_ name: String) -> String {
        name.contains("指标") ? name : name + "指标"
    }

    /// User text without the closing punctuation, so it can stand inside a sentence.
    static func trimmed(_ text: String) -> String {
        var result = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while let last = result.last, "。；;，,".contains(last) { result.removeLast() }
        return result
    }
}
