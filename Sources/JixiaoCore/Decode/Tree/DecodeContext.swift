/// What every field decoder shares while it walks one file's node tree: where problems go,
/// where each field came from, and the file's limits.
///
/// A value type passed `inout`: decoders add diagnostics and source-map entries as they go,
/// so one walk reports every problem instead of stopping at the first.
struct DecodeContext {
    let file: String
    let limits: InputLimits
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var sourceMap: SourceMap

    init(file: String, limits: InputLimits) {
        self.file = file
        self.limits = limits
        self.sourceMap = SourceMap(file: file)
    }

    var hasErrors: Bool { errorCount > 0 }
    var errorCount: Int { diagnostics.count { $0.severity == .error } }
    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    func location(of node: InputNode?) -> SourceLocation? {
        node?.location
    }

    mutating func record(_ path: FieldPath, _ node: InputNode) {
        if let location = location(of: node) { sourceMap.record(path, at: location) }
    }

    mutating func emit(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    mutating func error(_ code: DiagnosticCode, _ message: Message, at path: FieldPath, node: InputNode?,
                        hints: [Message] = []) {
        emit(.error(code, message, field: path, location: location(of: node), hints: hints))
    }

    mutating func warning(_ code: DiagnosticCode, _ message: Message, at path: FieldPath, node: InputNode?,
                          hints: [Message] = []) {
        emit(.warning(code, message, field: path, location: location(of: node), hints: hints))
    }

    /// The key as the user wrote it, control characters dropped; nil for a list or mapping.
    func keyName(_ key: InputNode) -> String? {
        key.scalarText.map { ControlCharacters.removing(from: $0).text }
    }

    /// Diagnostics sorted for printing: in reading order, then as found.
    var sortedDiagnostics: [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            (lhs.element.location.readingOrder, lhs.offset) < (rhs.element.location.readingOrder, rhs.offset)
        }.map(\.element)
    }
}
