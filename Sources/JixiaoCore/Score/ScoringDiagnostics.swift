import Foundation

/// Collects what scoring finds, each with its field path, the line it came from and a hint,
/// so that every problem of a report is reported at once rather than one per run.
struct ScoringDiagnostics {
    let sourceMap: SourceMap
    private(set) var all: [Diagnostic] = []

    init(sourceMap: SourceMap) { self.sourceMap = sourceMap }

    var hasErrors: Bool { errorCount > 0 }
    var errorCount: Int { all.count { $0.severity == .error } }
    var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }

    mutating func error(_ code: DiagnosticCode, _ message: Message, at field: FieldPath, hint: Message) {
        add(code, .error, message, at: field, hint: hint)
    }

    mutating func warning(_ code: DiagnosticCode, _ message: Message, at field: FieldPath, hint: Message) {
        add(code, .warning, message, at: field, hint: hint)
    }

    /// What would stop a clerk's own file (weights that do not add up, an empty group) is a
    /// warning in a table under review, which is scored as printed.
    var refusalSeverity: Severity = .error

    /// `diagnostic`, found while trying the rule on a printed row, reported as `severity`.
    mutating func carry(_ diagnostic: Diagnostic, as severity: Severity) {
        var carried = diagnostic
        carried.severity = severity
        all.append(carried)
    }

    /// J036: `printed` is not what the rule gives (`byRule`, reached by `arithmetic`), for the
    /// row or item `what` names; both figures, the arithmetic and the difference in one message.
    mutating func printedScoreDiffers(_ what: String, printed: Decimal, byRule: Decimal, arithmetic: Message,
                                      at field: FieldPath, hint: Message) {
        let difference = ScoreFormat.signed(printed - byRule)
        warning(.printedScoreDiffers,
                Message("\(what)按规则计算 \(arithmetic.chinese)，表中为\(ScoreFormat.number(printed))（相差\(difference)）",
                        "\(what): by the rules \(arithmetic.english), the table prints \(ScoreFormat.number(printed)) (\(difference))"),
                at: field, hint: hint)
    }

    /// J062: a table under review that prints no score for a row (or for 预算执行率): the rule's
    /// figure is counted instead, and the reviewer is told which cell was blank.
    mutating func printedScoreMissing(_ what: String, byRule: Decimal, at field: FieldPath) {
        warning(.printedScoreMissing,
                Message("表中“\(what.excerpt)”没有得分：按规则计\(ScoreFormat.number(byRule))分，计入总分",
                        "the table prints no score for “\(what.excerpt)”: the rule's \(ScoreFormat.number(byRule)) is counted in the total"),
                at: field,
                hint: Message("核对表中这一格是否漏填；照录时空格不写 printed_score",
                              "check whether the table left this cell blank; a blank cell is copied by leaving printed_score out"))
    }

    mutating func add(_ code: DiagnosticCode, _ severity: Severity, _ message: Message, at field: FieldPath,
                      hint: Message) {
        all.append(Diagnostic(code, severity, message, field: field, location: sourceMap.location(of: field),
                              hints: [hint]))
    }
}
