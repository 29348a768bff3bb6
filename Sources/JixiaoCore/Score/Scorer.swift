import Foundation

/// Scores a report by the national rules (财预〔2020〕10号) with a scheme's weights.
///
/// Every problem is collected before anything is thrown, so one run lists all of them;
/// warnings travel with the result, errors stop it.
public enum Scorer {
    public static func score(_ input: ReportInput, scheme: Scheme) throws(Diagnostics) -> ScoredReport {
        var diagnostics = ScoringDiagnostics(sourceMap: input.sourceMap)
        if input.isUnderReview { diagnostics.refusalSeverity = .warning }
        let needsRate = scheme.budgetExecution != nil || !scheme.totalCaps.isEmpty || input.indicators.contains { level in
            level.groups.contains { $0.rows.contains { $0.kind == .budgetExecution && $0.manualScore == nil } }
        }
        let rate = budgetRate(input.budget, needed: needsRate, into: &diagnostics)
        let budgetItem = scheme.budgetExecution.map { item in
            budgetExecution(item, rate: rate ?? 0, printed: input.budget.printedScore,
                            underReview: input.isUnderReview, into: &diagnostics)
        }
        if let rate { checkPrintedRate(input.budget, rate: rate, into: &diagnostics) }
        if let printedWeight = input.budget.printedWeight, let item = scheme.budgetExecution, printedWeight != item.weight {
            diagnostics.add(
                .weightSum, diagnostics.refusalSeverity,
                Message("表中\(item.name)分值为\(ScoreFormat.number(printedWeight))，评分方案规定为\(ScoreFormat.number(item.weight))",
                        "the table weighs \(item.name) at \(ScoreFormat.number(printedWeight)); the scheme fixes \(ScoreFormat.number(item.weight))"),
                at: FieldPath.root.key("budget").key("printed_weight"),
                hint: Message("按评分方案“\(scheme.id.excerpt)”，\(item.name)计\(ScoreFormat.number(item.weight))分", "scheme “\(scheme.id.excerpt)” gives \(item.name) \(ScoreFormat.number(item.weight)) points"))
        }
        let rowScorer = RowScorer(overAchievementRatio: scheme.overAchievementRatio, budgetRate: rate,
                                  deviation: scheme.deviation, underReview: input.isUnderReview)
        let levels = input.indicators.map { level in
            scoreLevel(level, scheme: scheme, rowScorer: rowScorer, into: &diagnostics)
        }
        WeightCheck.total(levels: levels, budgetItem: budgetItem, scheme: scheme, into: &diagnostics)
        if let rate { BudgetConsistency.lowExecution(rate: rate, levels: levels, into: &diagnostics) }
        let sum = levels.reduce(budgetItem?.score ?? 0) { $0 + $1.score }
        let cap = rate.flatMap(scheme.totalCap(forRate:))
        var total = sum
        if let cap, let rate, sum > cap.maxTotal {
            TotalCapCheck.report(sum: sum, cap: cap, rate: rate, scheme: scheme, underReview: input.isUnderReview, into: &diagnostics)
            if !input.isUnderReview { total = cap.maxTotal }
        }
        // A declared figure is compared only with a computed one that stands: rows in error score 0.
        if let declared = input.declaredTotal, !diagnostics.hasErrors {
            if input.isUnderReview {
                let byRule = ScoredReport.ruleTotal(levels: levels, budgetExecution: budgetItem, cap: cap)
                // The table's own figures only: a blank cell the rule filled in (J062) is not
                // part of what the table adds up to.
                let rows: [ScoredRow] = levels.flatMap { $0.groups.flatMap(\.rows) }
                let printedBudget: Decimal = budgetItem == nil ? 0 : input.budget.printedScore ?? 0
                let printedRows = rows.filter { $0.row.printedScore != nil || $0.row.manualScore != nil }
                    .reduce(printedBudget) { $0 + $1.score }
                DeclaredScore.reviewTotal(declared: declared, printedRows: printedRows, byRule: byRule, into: &diagnostics)
            } else if declared != total {
                DeclaredScore.mismatch(what: ("自评总分", "total score"), declared: declared, computed: total,
                                       at: FieldPath.root.key("self_score"), into: &diagnostics)
            }
        }
        if diagnostics.hasErrors { throw Diagnostics(diagnostics.all) }
        return ScoredReport(input: input, scheme: scheme, budgetExecution: budgetItem, levels: levels,
                            total: total, grade: Grade(total: total), warnings: diagnostics.warnings, executionCap: cap)
    }

    /// The scheme's 预算执行率 item: min(rate, 1) × weight; in a table under review scored as
    /// printed, J036 when the rule gives another figure, J062 when the table prints no score
    /// for it (the rule's figure then stands in the total, and the reviewer is told so).
    static func budgetExecution(_ item: BudgetExecutionItem, rate: Decimal, printed: Decimal?, underReview: Bool,
                                into diagnostics: inout ScoringDiagnostics) -> ScoredBudgetExecution {
        let byRule = (min(rate, 1) * item.weight).roundedHalfUp(places: 2)
        guard let printed else {
            if underReview {
                diagnostics.printedScoreMissing(item.name, byRule: byRule, at: FieldPath.root.key("budget").key("printed_score"))
            }
            return ScoredBudgetExecution(name: item.name, weight: item.weight, rate: rate, score: byRule)
        }
        if printed != byRule, let arithmetic = ScoringRule.budgetExecution(rate: rate).arithmetic(weight: item.weight, score: byRule) {
            diagnostics.printedScoreDiffers(
                item.name, printed: printed, byRule: byRule, arithmetic: arithmetic,
                at: FieldPath.root.key("budget").key("printed_score"),
                hint: Message("执行率 = 全年执行数 ÷ 全年预算数；核对表中的预算数、执行数和得分",
                              "rate = executed ÷ adjusted budget; check the table's budget, executed amount and score"))
        }
        return ScoredBudgetExecution(name: item.name, weight: item.weight, rate: rate, score: printed, ruleScore: byRule)
    }

    /// J036 when the 执行率 a table prints is not 执行数 ÷ 预算数, compared to the decimals the
    /// table prints (at most two): "99%" for 65.07 ÷ 65.66 = 99.10% is that rate rounded, not a
    /// wrong one, while "100%" for it is.
    static func checkPrintedRate(_ budget: Budget, rate: Decimal, into diagnostics: inout ScoringDiagnostics) {
        guard let printed = budget.printedRate, let quantity = ValueParser.quantity(printed), quantity.unit == "%" else { return }
        let places = min(2, printedDecimals(printed))
        let computed = (rate * 100).roundedHalfUp(places: places)
        guard quantity.value.roundedHalfUp(places: places) != computed else { return }
        // When the summary row is 0 the rate came from the funded 其中 rows (J038 names them):
        // the summary's 0 ÷ 0 is not how it was reached.
        let amounts = budget.adjusted > 0
            ? "\(ScoreFormat.amount(budget.executed)) ÷ \(ScoreFormat.amount(budget.adjusted)) = \(ScoreFormat.percent(rate))"
            : ScoreFormat.percent(rate)
        diagnostics.warning(
            .printedScoreDiffers,
            Message("执行率按全年执行数÷全年预算数为 \(amounts)，表中为\(printed.excerpt)",
                    "the execution rate is executed ÷ adjusted budget = \(amounts); the table prints \(printed.excerpt)"),
            at: FieldPath.root.key("budget").key("printed_rate"),
            hint: Message("核对表中的全年预算数、全年执行数和执行率", "check the table's budget, executed amount and rate"))
    }

    /// How many decimals a printed figure shows ("99%" 0, "99.10%" 2, full-width forms folded).
    static func printedDecimals(_ printed: String) -> Int {
        let text = ValueText.normalized(printed)
        guard let point = text.firstIndex(of: ".") else { return 0 }
        return text[text.index(after: point)...].prefix { $0.isASCII && $0.isNumber }.count
    }

    /// 全年执行数 / 全年预算数; J030 when the budget is zero and a rate is needed, J031 when
    /// more was spent than budgeted.
    static func budgetRate(_ budget: Budget, needed: Bool, into diagnostics: inout ScoringDiagnostics) -> Decimal? {
        let path = FieldPath.root.key("budget")
        BudgetConsistency.check(budget, into: &diagnostics)
        if let fromRows = BudgetConsistency.rateFromFundedRows(budget, into: &diagnostics) { return fromRows }
        if budget.executed > budget.adjusted, budget.adjusted > 0 {
            diagnostics.warning(
                .overExecutedBudget,
                Message("全年执行数\(ScoreFormat.amount(budget.executed))\(budget.unit.excerpt)超过全年预算数\(ScoreFormat.amount(budget.adjusted))\(budget.unit.excerpt)，执行率按100%计",
                        "executed \(ScoreFormat.amount(budget.executed)) exceeds the adjusted budget \(ScoreFormat.amount(budget.adjusted)); the rate counts as 100%"),
                at: path.key("executed"),
                hint: Message("核对 budget.executed 与 budget.adjusted；如确有超支，请在报告中说明原因",
                              "check budget.executed and budget.adjusted; if the overspend is real, explain it in the report"))
        }
        guard let rate = budget.executionRate else {
            if needed {
                diagnostics.error(
                    .zeroTarget,
                    Message("全年预算数为0，无法计算预算执行率", "the adjusted budget is 0, so no execution rate can be computed"),
                    at: path.key("adjusted"),
                    hint: Message("在 budget.adjusted 中填写调整后的全年预算数", "give the adjusted annual budget in budget.adjusted"))
            }
            return nil
        }
        return rate
    }

    static func scoreLevel(_ level: IndicatorLevel, scheme: Scheme, rowScorer: RowScorer,
                           into diagnostics: inout ScoringDiagnostics) -> ScoredLevel {
        let errorsBefore = diagnostics.errorCount
        let schemeLevel = scheme.level(named: level.name)
        if schemeLevel == nil {
            let names = scheme.levels.map(\.name).joined(separator: "、")
            diagnostics.error(
                .unknownLevel,
                Message("评分方案“\(scheme.id.excerpt)”没有一级指标“\(level.name.excerpt)”", "scheme “\(scheme.id.excerpt)” has no level-1 indicator “\(level.name.excerpt)”"),
                at: level.path.key("name"),
                hint: Message("该方案的一级指标为：\(names)", "the scheme's level-1 indicators are: \(names)"))
        }
        let groups = level.groups.map { group in
            scoreGroup(group, of: level, schemeLevel: schemeLevel, scheme: scheme, rowScorer: rowScorer,
                       into: &diagnostics)
        }
        let groupWeights = groups.reduce(Decimal(0)) { $0 + $1.weight }
        // A table under review is weighed as printed (J022 says where it departs from the
        // scheme), so its level subtotals and the weight total are the table's own.
        let weight = rowScorer.underReview ? groupWeights : schemeLevel?.weight ?? groupWeights
        if let schemeLevel {
            WeightCheck.level(level, sum: groupWeights, expected: schemeLevel.weight, into: &diagnostics)
        }
        let score = groups.reduce(Decimal(0)) { $0 + $1.score }
        if let declared = level.declaredScore, declared != score, diagnostics.errorCount == errorsBefore {
            DeclaredScore.mismatch(what: ("一级指标“\(level.name.excerpt)”得分", "the score of “\(level.name.excerpt)”"),
                                   declared: declared, computed: score, at: level.path.key("score"), into: &diagnostics)
        }
        return ScoredLevel(level: level, weight: weight, score: score, groups: groups)
    }

    static func scoreGroup(_ group: IndicatorGroup, of level: IndicatorLevel, schemeLevel: SchemeLevel?,
                           scheme: Scheme, rowScorer: RowScorer,
                           into diagnostics: inout ScoringDiagnostics) -> ScoredGroup {
        let errorsBefore = diagnostics.errorCount
        if group.rows.isEmpty {
            diagnostics.add(
                .missingField, diagnostics.refusalSeverity,
                Message("二级指标“\(group.name.excerpt)”下没有三级指标", "the level-2 indicator “\(group.name.excerpt)” has no rows"),
                at: group.path.key("rows"),
                hint: Message("填写至少一行，或删去这一组（所审核的表中印为空组时照录即可）",
                              "add at least one row, or delete the group (copy an empty group of a table under review as it is)"))
        }
        let rows = group.rows.map { rowScorer.score($0, inGroup: group.name, into: &diagnostics) }
        let rowWeights = group.rows.reduce(Decimal(0)) { $0 + $1.weight }
        var weight = rowWeights
        if let schemeLevel, !schemeLevel.groups.isEmpty {
            if let fixed = schemeLevel.groups.first(where: { $0.matches(group.name) }) {
                if !rowScorer.underReview { weight = fixed.weight }
                WeightCheck.group(group, of: level, sum: rowWeights, expected: fixed.weight, into: &diagnostics)
            } else {
                let names = schemeLevel.groups.map(\.name).joined(separator: "、")
                diagnostics.error(
                    .unknownLevel,
                    Message("评分方案“\(scheme.id.excerpt)”的一级指标“\(schemeLevel.name)”下没有二级指标“\(group.name.excerpt)”",
                            "scheme “\(scheme.id.excerpt)” has no level-2 indicator “\(group.name.excerpt)” under “\(schemeLevel.name)”"),
                    at: group.path.key("name"),
                    hint: Message("该一级指标下的二级指标为：\(names)", "its level-2 indicators are: \(names)"))
            }
        }
        let score = rows.reduce(Decimal(0)) { $0 + $1.score }
        if let declared = group.declaredScore, declared != score, diagnostics.errorCount == errorsBefore {
            DeclaredScore.mismatch(what: ("二级指标“\(group.name.excerpt)”得分", "the score of “\(group.name.excerpt)”"),
                                   declared: declared, computed: score, at: group.path.key("score"), into: &diagnostics)
        }
        return ScoredGroup(group: group, weight: weight, score: score, rows: rows)
    }
}
