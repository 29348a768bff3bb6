/// A bilingual text: Chinese for the user, with an English gloss for everyone else.
public struct Message: Hashable, Sendable, CustomStringConvertible {
    public var chinese: String
    public var english: String

    public init(_ chinese: String, _ english: String) {
        self.chinese = chinese
        self.english = english
    }

    /// `中文（English）`, the one format every message is printed in.
    public var description: String { "\(chinese)（\(english)）" }
}

public enum Severity: String, Hashable, Sendable, Codable {
    case error, warning

    public var label: String { self == .error ? "错误" : "警告" }
}

/// One problem found in a report: what, where, and how to fix it.
///
/// Every stage reports through this one type, so `check`, `score`, `render` and `batch`
/// print the same words for the same problem.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public var code: DiagnosticCode
    public var severity: Severity
    public var message: Message
    public var hints: [Message]
    public var field: FieldPath
    public var location: SourceLocation?

    public init(
        _ code: DiagnosticCode, _ severity: Severity, _ message: Message,
        field: FieldPath = .root, location: SourceLocation? = nil, hints: [Message] = []
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.field = field
        self.location = location
        self.hints = hints
    }

    public static func error(_ code: DiagnosticCode, _ message: Message, field: FieldPath = .root,
                             location: SourceLocation? = nil, hints: [Message] = []) -> Diagnostic {
        Diagnostic(code, .error, message, field: field, location: location, hints: hints)
    }

    public static func warning(_ code: DiagnosticCode, _ message: Message, field: FieldPath = .root,
                               location: SourceLocation? = nil, hints: [Message] = []) -> Diagnostic {
        Diagnostic(code, .warning, message, field: field, location: location, hints: hints)
    }

    /// `file:line:col: 错误 J012 [field] 中文（English）` and one indented line per hint; the
    /// location and the field are left out when the problem has none (a missing font).
    public var description: String {
        var head = location.map { "\($0): " } ?? ""
        let field = self.field.components.isEmpty ? "" : "[\(self.field)] "
        head += "\(severity.label) \(code) \(field)\(message)"
        return ([head] + hints.map { "    提示 hint: \($0)" }).joined(separator: "\n")
    }
}

/// A non-empty set of diagnostics that stopped a stage; thrown, never returned half-done.
public struct Diagnostics: Error, Hashable, Sendable, CustomStringConvertible {
    public var all: [Diagnostic]

    public init(_ all: [Diagnostic]) { self.all = all }
    public init(_ one: Diagnostic) { self.all = [one] }

    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
    public var description: String { all.map(\.description).joined(separator: "\n") }
}
