import Foundation

/// The stages every command shares, in order: read and decode the file, resolve its
/// scheme, score it. One function, so `check`, `score`, `render` and `batch` can never
/// disagree about a report.
public enum ReportPipeline {
    /// The scored report, with decoding warnings ahead of scoring warnings; or every error
    /// found (with the warnings found so far), thrown together.
    public static func score(file path: String, displayName: String? = nil,
                             limits: InputLimits = .default) throws(Diagnostics) -> ScoredReport {
        let input = try ReportDecoder.decode(contentsOf: URL(fileURLWithPath: path), displayName: displayName ?? path,
                                             limits: limits)
        do {
            let scheme = try SchemeLibrary.resolve(input.scheme, sourceMap: input.sourceMap)
            var report = try Scorer.score(input, scheme: scheme)
            report.warnings = input.warnings + report.warnings
            return report
        } catch {
            throw Diagnostics(input.warnings + error.all)
        }
    }
}

extension Diagnostic {
    /// The same problem reported as a warning (a missing glyph under --allow-missing-glyphs).
    public var asWarning: Diagnostic {
        var copy = self
        copy.severity = .warning
        return copy
    }
}
