import Foundation

/// The whole scored report as machine-readable JSON (`jixiao score --json`), in print order.
///
/// Scores are JSON numbers with at most two decimals; every row carries the rule that scored it
/// and its arithmetic (`15 × 99.1% = 14.87`), and in a table under review the printed score,
/// the rule's score and the difference: the audit trail a reviewer files with the re-check.
public enum ScoreJSON {
    public static func encode(_ report: ScoredReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(ReportDTO(report))
    }

    /// A report that could not be scored, as JSON all the same: every diagnostic (errors first
    /// as found, then warnings) and no score, so a script re-checking many tables reads one
    /// format whatever happened.
    public static func encode(failure: Diagnostics) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(FailureDTO(errors: failure.errors.map(DiagnosticDTO.init),
                                             warnings: failure.warnings.map(DiagnosticDTO.init)))
    }

    private struct FailureDTO: Encodable {
        var scored = false
        var errors: [DiagnosticDTO]
        var warnings: [DiagnosticDTO]
    }

    private struct ReportDTO: Encodable {
        var project: String
        var department: String
        var scheme: String
        var budget: BudgetDTO
        var budgetExecution: BudgetExecutionDTO?
        var levels: [LevelDTO]
        var totalWeight: Decimal
        var total: Decimal
        /// In a table under review: the total the rules give, beside `total` (as printed).
        var ruleTotal: Decimal?
        var declaredTotal: Decimal?
        /// The scheme's ceiling for this 预算执行率 (`total_caps`), when one applies.
        var totalCap: TotalCapDTO?
        var underReview: Bool
        var grade: String
        var warnings: [DiagnosticDTO]

        init(_ report: ScoredReport) {
            project = report.input.project.name
            department = report.input.project.department
            scheme = report.scheme.id
            budget = BudgetDTO(report.input.budget)
            budgetExecution = report.budgetExecution.map(BudgetExecutionDTO.init)
            levels = report.levels.map(LevelDTO.init)
            totalWeight = report.totalWeight
            total = report.total
            underReview = report.input.isUnderReview
            declaredTotal = report.input.declaredTotal
            ruleTotal = underReview ? report.ruleTotal : nil
            totalCap = report.executionCap.map { TotalCapDTO(rateBelow: $0.rateBelow, maxTotal: $0.maxTotal) }
            grade = report.grade.rawValue
            warnings = report.warnings.map(DiagnosticDTO.init)
        }
    }

    private struct BudgetDTO: Encodable {
        var unit: String
        var initial: Decimal?
        var adjusted: Decimal
        var executed: Decimal
        var executionRate: Decimal?

        init(_ budget: Budget) {
            unit = budget.unit
            initial = budget.initial
            adjusted = budget.adjusted
            executed = budget.executed
            executionRate = budget.executionRate.map { $0.roundedHalfUp(places: 4) }
        }
    }

    private struct BudgetExecutionDTO: Encodable {
        var name: String
        var weight: Decimal
        var rate: Decimal
        var score: Decimal
        var ruleScore: Decimal
        var arithmetic: String?

        init(_ item: ScoredBudgetExecution) {
            name = item.name
            weight = item.weight
            rate = item.rate.roundedHalfUp(places: 4)
            score = item.score
            ruleScore = item.ruleScore
            arithmetic = ScoringRule.budgetExecution(rate: item.rate).arithmetic(weight: item.weight, score: item.ruleScore)?.chinese
        }
    }

    private struct LevelDTO: Encodable {
        var name: String
        var weight: Decimal
        var score: Decimal
        var groups: [GroupDTO]

        init(_ level: ScoredLevel) {
            name = level.name
            weight = level.weight
            score = level.score
            groups = level.groups.map(GroupDTO.init)
        }
    }

    private struct GroupDTO: Encodable {
        var name: String
        var weight: Decimal
        var score: Decimal
        var rows: [RowDTO]

        init(_ group: ScoredGroup) {
            name = group.name
            weight = group.weight
            score = group.score
            rows = group.rows.map(RowDTO.init)
        }
    }

    private struct RowDTO: Encodable {
        var name: String
        var target: String?
        var actual: String?
        var weight: Decimal
        var score: Decimal
        var rule: String
        /// How the rule reached its score; nil for manual and qualitative rows.
        var arithmetic: String?
        /// What the rule gives (nil where it cannot be applied to what the table prints).
        var ruleScore: Decimal?
        var printedScore: Decimal?
        /// printed − rule, when both exist.
        var difference: Decimal?
        var deviation: String?
        var measures: String?

        init(_ row: ScoredRow) {
            name = row.name
            target = row.row.target
            actual = row.row.actual
            weight = row.weight
            score = row.score
            rule = RowDTO.describe(row.rule)
            ruleScore = row.ruleScore
            printedScore = row.row.printedScore
            arithmetic = row.ruleScore.flatMap { row.rule.arithmetic(weight: row.weight, score: $0)?.chinese }
            difference = both(row.row.printedScore, row.ruleScore).map { $0 - $1 }
            deviation = row.row.deviation
            measures = row.row.measures
        }

        static func describe(_ rule: ScoringRule) -> String {
            switch rule {
            case .positive(let ratio, let over): return over ? "positive (over-achieved, ratio \(ratio.roundedHalfUp(places: 2)))" : "positive"
            case .deviated(let ratio, let deduction):
                return "deviated (ratio \(ratio.roundedHalfUp(places: 2)), minus \(deduction))"
            case .reverse: return "reverse"
            case .exact(let met): return met ? "exact (met)" : "exact (not met)"
            case .qualitative(let band): return "qualitative (\(band.rawValue))"
            case .budgetExecution: return "budget-execution"
            case .manual(let reason): return "manual (\(reason))"
            }
        }
    }

    private struct TotalCapDTO: Encodable {
        var rateBelow: Decimal
        var maxTotal: Decimal
    }

    private struct DiagnosticDTO: Encodable {
        var code: String
        var severity: String
        var field: String
        var location: String?
        var message: String

        init(_ diagnostic: Diagnostic) {
            code = diagnostic.code.description
            severity = diagnostic.severity.rawValue
            field = diagnostic.field.description
            location = diagnostic.location?.description
            message = diagnostic.message.description
        }
    }
}
