/// The stages every command shares, in order: decode the report (its scheme resolved on the
/// way), then score it. One function, so `check`, `score`, `render`, `batch` and the server
/// can never disagree about a report.
///
/// ```swift
/// let report = try ReportPipeline.score(bytes: uploaded, origin: InputOrigin(name: "表单 form", format: .json))
/// let same = try ReportFile.score("linzhi.yaml")      // JixiaoPipeline's file adapter
/// ```
public enum ReportPipeline {
    /// The scored report from `bytes`, touching no file, with decoding warnings ahead of
    /// scoring warnings; or every error found (with the warnings so far), thrown together.
    public static func score(bytes: [UInt8], origin: InputOrigin, limits: InputLimits = .default) throws(Diagnostics) -> ScoredReport {
        try score(ReportDecoder.decode(bytes: bytes, origin: origin, limits: limits))
    }

    /// Scores a decoded report (from any importer).
    public static func score(_ input: ReportInput) throws(Diagnostics) -> ScoredReport {
        do {
            var report = try Scorer.score(input, scheme: input.scheme)
            report.warnings = input.warnings + report.warnings
            return report
        } catch {
            throw Diagnostics(input.warnings + error.all)
        }
    }
}
