import Foundation

/// The whole scored report as machine-readable JSON (`jixiao score --json`), in print order.
///
/// Scores are JSON numbers with at most two decimals; every row carries the rule that scored it.
public enum ScoreJSON {
    public static func encode(_ report: ScoredReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(ReportDTO(report))
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

        init(_ item: ScoredBudgetExecution) {
            name = item.name
            weight = item.weight
            rate = item.rate.roundedHalfUp(places: 4)
            score = item.score
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
        var deviation: String?
        var measures: String?

        init(_ row: ScoredRow) {
            name = row.name
            target = row.row.target
            actual = row.row.actual
            weight = row.weight
            score = row.score
            rule = RowDTO.describe(row.rule)
            deviation = row.row.deviation
            measures = row.row.measures
        }

        static func describe(_ rule: ScoringRule) -> String {
            switch rule {
            case .positive(let ratio, let over): return over ? "positive (over-achieved, ratio \(ratio.roundedHalfUp(places: 2)))" : "positive"
            case .reverse: return "reverse"
            case .exact(let met): return met ? "exact (met)" : "exact (not met)"
            case .qualitative(let band): return "qualitative (\(band.rawValue))"
            case .budgetExecution: return "budget-execution"
            case .manual(let reason): return "manual (\(reason))"
            }
        }
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
