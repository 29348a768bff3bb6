import Foundation

/// A report with every score computed by the rules, ready to compose or print.
///
/// Scores are `Decimal`, rounded half-up to 2 places per row; subtotals and the total are
/// sums of the rounded rows, so every sum printed adds up.
public struct ScoredReport: Hashable, Sendable {
    public var input: ReportInput
    public var scheme: Scheme
    /// The computed 预算执行率 item, when the scheme scores it on its own (national-2020).
    public var budgetExecution: ScoredBudgetExecution?
    public var levels: [ScoredLevel]
    /// The sum of the rows and the budget item, capped by `executionCap` for a clerk's own
    /// file; in a table under review, the sum of the printed scores as printed.
    public var total: Decimal
    public var grade: Grade
    /// Warnings (errors stop scoring and are thrown as `Diagnostics`).
    public var warnings: [Diagnostic]
    /// The scheme's ceiling for this report's 预算执行率, when one applies (whether or not the
    /// sum reached it).
    public var executionCap: TotalCap?

    public init(input: ReportInput, scheme: Scheme, budgetExecution: ScoredBudgetExecution?, levels: [ScoredLevel],
                total: Decimal, grade: Grade, warnings: [Diagnostic], executionCap: TotalCap? = nil) {
        self.input = input
        self.scheme = scheme
        self.budgetExecution = budgetExecution
        self.levels = levels
        self.total = total
        self.grade = grade
        self.warnings = warnings
        self.executionCap = executionCap
    }

    /// The total the rules give: each row's rule score where the rule applies (else its score),
    /// and the budget item's, capped by `executionCap`. Equal to `total` except in a table
    /// under review.
    public var ruleTotal: Decimal { Self.ruleTotal(levels: levels, budgetExecution: budgetExecution, cap: executionCap) }

    /// The same, from the parts, for the scorer that is still assembling them.
    static func ruleTotal(levels: [ScoredLevel], budgetExecution: ScoredBudgetExecution?, cap: TotalCap?) -> Decimal {
        let sum = levels.reduce(budgetExecution?.ruleScore ?? 0) { sum, level in
            sum + level.groups.reduce(0) { $0 + $1.rows.reduce(0) { $0 + $1.scoreByRule } }
        }
        return cap.map { min(sum, $0.maxTotal) } ?? sum
    }

    /// The sum of all weights (100 in a consistent report).
    public var totalWeight: Decimal {
        levels.reduce(budgetExecution?.weight ?? 0) { $0 + $1.weight }
    }
}

/// 预算执行率 scored on its own.
public struct ScoredBudgetExecution: Hashable, Sendable {
    public var name: String
    public var weight: Decimal
    /// 全年执行数 / 全年预算数, unrounded.
    public var rate: Decimal
    /// min(rate, 1) × weight, rounded to 2 places; in a table under review, the printed score.
    public var score: Decimal
    /// min(rate, 1) × weight, rounded to 2 places, whatever the table printed.
    public var ruleScore: Decimal

    public init(name: String, weight: Decimal, rate: Decimal, score: Decimal, ruleScore: Decimal? = nil) {
        self.name = name
        self.weight = weight
        self.rate = rate
        self.score = score
        self.ruleScore = ruleScore ?? score
    }
}

public struct ScoredLevel: Hashable, Sendable {
    public var level: IndicatorLevel
    /// From the scheme (or the sum of the groups' weights when the scheme leaves it open).
    public var weight: Decimal
    public var score: Decimal
    public var groups: [ScoredGroup]

    public init(level: IndicatorLevel, weight: Decimal, score: Decimal, groups: [ScoredGroup]) {
        self.level = level
        self.weight = weight
        self.score = score
        self.groups = groups
    }

    public var name: String { level.name }
}

public struct ScoredGroup: Hashable, Sendable {
    public var group: IndicatorGroup
    public var weight: Decimal
    public var score: Decimal
    public var rows: [ScoredRow]

    public init(group: IndicatorGroup, weight: Decimal, score: Decimal, rows: [ScoredRow]) {
        self.group = group
        self.weight = weight
        self.score = score
        self.rows = rows
    }

    public var name: String { group.name }
}

/// One row with its parsed values, the rule that scored it, and the score.
public struct ScoredRow: Hashable, Sendable {
    public var row: IndicatorRow
    public var target: MeasuredValue?
    public var actual: MeasuredValue?
    public var rule: ScoringRule
    /// Rounded half-up to 2 places: the rule's, or in a table under review the score as printed.
    public var score: Decimal
    /// In a table under review, what the rule gives (nil when the rule cannot be applied to
    /// what the table prints); elsewhere equal to `score`.
    public var ruleScore: Decimal?

    public init(row: IndicatorRow, target: MeasuredValue?, actual: MeasuredValue?, rule: ScoringRule, score: Decimal,
                ruleScore: Decimal? = nil) {
        self.row = row
        self.target = target
        self.actual = actual
        self.rule = rule
        self.score = score
        self.ruleScore = ruleScore ?? (row.printedScore == nil ? score : nil)
    }

    /// The score the rule gives when there is one, else the score shown.
    public var scoreByRule: Decimal { ruleScore ?? score }

    public var name: String { row.name }
    public var weight: Decimal { row.weight }
    /// Points lost against the weight.
    public var lostPoints: Decimal { row.weight - score }

    /// 年度指标值 as printed in the table and the terminal: what the user wrote, or for a
    /// budget-execution row left blank, the rate it was measured against.
    public var shownTarget: String? { row.target ?? (row.kind == .budgetExecution ? target?.printed : nil) }

    /// 实际完成值 as printed, likewise (a blank budget-execution row shows its rate).
    public var shownActual: String? { row.actual ?? (row.kind == .budgetExecution ? actual?.printed : nil) }
}

/// Which rule produced a row's score, with what it measured: shown in `score --json` and
/// used by the narrative ("未达标原因为…").
public enum ScoringRule: Hashable, Sendable {
    /// ≥: met, or weight × actual/target. `ratio` is actual/target.
    case positive(ratio: Decimal, overAchieved: Bool)
    /// ≥ exceeded by the scheme's deviation share or more (指标偏离): weight − deduction.
    case deviated(ratio: Decimal, deduction: Decimal)
    /// ≤: within, or weight × target/actual.
    case reverse(ratio: Decimal)
    /// = or a deadline or a rating: met (full) or not (0).
    case exact(met: Bool)
    /// Qualitative, in the band the user chose.
    case qualitative(QualitativeBand)
    /// Computed from the budget: rate × weight, capped.
    case budgetExecution(rate: Decimal)
    /// The user's score, with the reason given.
    case manual(reason: String)

    /// 指标偏离: points lost by exceeding the target.
    public var isDeviation: Bool {
        if case .deviated = self { return true }
        return false
    }
}

/// A target or actual value as people write it, parsed.
public enum MeasuredValue: Hashable, Sendable {
    /// A number with an optional comparator and unit: ≥20个, ≤100万元, =100%, 95%.
    case quantity(Quantity)
    /// A deadline or completion: 上半年完成, 按期完成, 年底前完成; `met` for actuals that say so.
    case deadline(text: String, met: Bool?)
    /// A rating on an ordered scale: 非常满意 > 满意 > 基本满意 > 不满意.
    case rating(text: String, rank: Int)
    /// Free text of a qualitative row, kept as written.
    case text(String)
}

public struct Quantity: Hashable, Sendable {
    /// The signs a target starts with; `allCases` is the list the blank 自评表 offers in its
    /// drop-down, so the workbook offers exactly the signs the scorer reads.
    public enum Comparator: String, Hashable, Sendable, CaseIterable {
        case atLeast = "≥", atMost = "≤", equal = "=", greater = ">", less = "<"
    }
    /// nil when the user wrote a bare number ("100%").
    public var comparator: Comparator?
    public var value: Decimal
    /// 个, 人, 万元, %, … ("" when none).
    public var unit: String
    /// Exactly as written, for printing.
    public var text: String

    public init(comparator: Comparator?, value: Decimal, unit: String, text: String) {
        self.comparator = comparator
        self.value = value
        self.unit = unit
        self.text = text
    }
}

extension MeasuredValue {
    /// The value as the user wrote it (or as computed, for the budget rate).
    public var printed: String {
        switch self {
        case .quantity(let quantity): return quantity.text
        case .deadline(let text, _), .rating(let text, _), .text(let text): return text
        }
    }
}
