import Foundation
import JixiaoCore
import JixiaoRender

/// The one place that turns problems into text on stderr: every command prints diagnostics
/// the same way, `file:line:col: 错误 J0xx [field] 中文（English）` plus hints.
enum ErrorPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let sorted = diagnostics.sorted { ($0.severity == .error ? 0 : 1, $0.location?.line ?? 0) < ($1.severity == .error ? 0 : 1, $1.location?.line ?? 0) }
        write(sorted.map(\.description).joined(separator: "\n") + "\n")
    }

    static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        return "\(errors) 个错误，\(warnings) 个警告（\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")）"
    }

    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

extension RenderError {
    /// The render error as diagnostics pointing into the report file: one per missing glyph.
    /// Problems of the output or the fonts (field: top level) point at no line of the report.
    func diagnostics(in sourceMap: SourceMap?) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            var located = diagnostic
            if located.location == nil, located.field != .root, let sourceMap {
                located.location = sourceMap.location(of: located.field)
            }
            return located
        }
    }
}
