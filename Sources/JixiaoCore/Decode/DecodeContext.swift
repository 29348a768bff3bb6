import Yams

/// What every field decoder shares while it walks one file's node tree: where problems go,
/// where each field came from, and the file's limits.
///
/// A value type passed `inout`: decoders add diagnostics and source-map entries as they go,
/// so one walk reports every problem instead of stopping at the first.
struct DecodeContext {
    let file: String
    let limits: InputLimits
    /// Keys renamed to get past Yams' duplicate check, by position → name as written.
    let renamedKeys: [TextPosition: String]
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var sourceMap: SourceMap

    init(file: String, limits: InputLimits, renamedKeys: [TextPosition: String] = [:]) {
        self.file = file
        self.limits = limits
        self.renamedKeys = renamedKeys
        self.sourceMap = SourceMap(file: file)
    }

    var hasErrors: Bool { errorCount > 0 }
    var errorCount: Int { diagnostics.count { $0.severity == .error } }
    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    func location(of node: Node?) -> SourceLocation? {
        node?.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
    }

    mutating func record(_ path: FieldPath, _ node: Node) {
        if let location = location(of: node) { sourceMap.record(path, at: location) }
    }

    mutating func emit(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    mutating func error(_ code: DiagnosticCode, _ message: Message, at path: FieldPath, node: Node?,
                        hints: [Message] = []) {
        emit(.error(code, message, field: path, location: location(of: node), hints: hints))
    }

    mutating func warning(_ code: DiagnosticCode, _ message: Message, at path: FieldPath, node: Node?,
                          hints: [Message] = []) {
        emit(.warning(code, message, field: path, location: location(of: node), hints: hints))
    }

    /// The key as the user wrote it: renamed keys restored, control characters dropped.
    func keyName(_ key: Node) -> String? {
        if let mark = key.mark, let original = renamedKeys[TextPosition(mark)] { return original }
        guard case .scalar(let scalar) = key else { return nil }
        return ControlCharacters.removing(from: scalar.string).text
    }

    /// Diagnostics sorted for printing: by line, then column, then code.
    var sortedDiagnostics: [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let left = (lhs.element.location?.line ?? 0, lhs.element.location?.column ?? 0, lhs.offset)
            let right = (rhs.element.location?.line ?? 0, rhs.element.location?.column ?? 0, rhs.offset)
            return left < right
        }.map(\.element)
    }
}
