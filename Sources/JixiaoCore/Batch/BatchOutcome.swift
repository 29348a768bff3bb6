import Foundation

/// What became of one report of a batch: its manifest row, its 汇总表 row when its PDF is
/// in the output folder, and the errors to print when it failed.
public struct BatchOutcome: Hashable, Sendable {
    public var entry: ManifestEntry
    /// nil for a failed or unprocessed report: it goes to the 汇总表's 未生成 section instead.
    public var summary: SummaryRow?
    /// Every error of a failed report, located in the file as named on the command line,
    /// printed to stderr exactly as `jixiao check` prints them.
    public var errors: [Diagnostic]

    public init(entry: ManifestEntry, summary: SummaryRow?, errors: [Diagnostic] = []) {
        self.entry = entry
        self.summary = summary
        self.errors = errors
    }

    /// Rendered by this run.
    public static func rendered(_ input: BatchInput, inputSHA256: String, report: ScoredReport, outputSHA256: String,
                                bytes: Int, pages: Int) -> BatchOutcome {
        let entry = ManifestEntry(input: input.key, inputSHA256: inputSHA256, output: input.output,
                                  outputSHA256: outputSHA256, bytes: bytes, pages: pages,
                                  project: report.input.project.name, department: report.input.project.department,
                                  total: ScoreFormat.number(report.total), grade: report.grade.rawValue,
                                  warnings: report.warnings.count, status: .ok)
        return BatchOutcome(entry: entry, summary: SummaryRow(input: input.key, report: report))
    }

    /// Kept by `--resume`: the previous row, marked skipped, and the 汇总表 row from the
    /// report scored again (its input is unchanged, so are its figures).
    public static func resumed(_ previous: ManifestEntry, report: ScoredReport) -> BatchOutcome {
        var entry = previous
        entry.status = .skipped
        entry.message = resumedMessage.description
        return BatchOutcome(entry: entry, summary: SummaryRow(input: previous.input, report: report))
    }

    /// Failed: the manifest keeps the first error with the input named by its key and the
    /// output by its name in the output folder (never an absolute path), and how many there were.
    public static func failed(_ input: BatchInput, inputSHA256: String, errors: [Diagnostic],
                              outputPath: String? = nil) -> BatchOutcome {
        var message = failureMessage(errors, key: input.key, path: input.path)
        if let outputPath { message = message.replacingOccurrences(of: outputPath, with: input.output) }
        let entry = ManifestEntry(input: input.key, inputSHA256: inputSHA256, status: .failed, message: message)
        return BatchOutcome(entry: entry, summary: nil, errors: errors)
    }

    /// Not started when the batch was interrupted: listed so nothing silently drops out;
    /// `--resume` renders it.
    public static func interrupted(_ input: BatchInput, inputSHA256: String) -> BatchOutcome {
        BatchOutcome(entry: ManifestEntry(input: input.key, inputSHA256: inputSHA256, status: .skipped,
                                          message: interruptedMessage.description), summary: nil)
    }

    public static let resumedMessage = Message("输出已存在且输入未变，沿用上次结果", "resumed: output exists and the input is unchanged")
    public static let interruptedMessage = Message("批处理被中断，未处理；用 --resume 续做", "interrupted before it started; run again with --resume")

    /// `x.yaml:12:5: 错误 J005 [project.name] …（…）`, the first error's line as `check` prints it,
    /// with the file named by its key; a count follows when there were more.
    static func failureMessage(_ errors: [Diagnostic], key: String, path: String) -> String {
        // The order `check` prints them in: errors by line.
        let sorted = errors.filter { $0.severity == .error }.sorted { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) }
        guard var first = sorted.first ?? errors.first else { return "" }
        if first.location?.file == path { first.location?.file = key }
        let head = first.description.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        guard sorted.count > 1 else { return head }
        return head + "（共 \(sorted.count) 个错误 \(sorted.count) errors in all）"
    }
}
