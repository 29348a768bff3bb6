/// One value of a report as an input format gives it, before any field rule is applied: a
/// piece of text, a list, or a mapping of keys to values, each with the place it came from.
///
/// Every format is read into this one tree — YAML and JSON by `TextDocumentReader`, and the
/// workbook, Word and form importers by building it themselves — so the rules that turn it
/// into a `ReportInput` (paths, messages, suggestions) exist once. A workbook cell is just a
/// node whose location is `自评表.xlsx!Sheet1!D12`.
///
/// ```swift
/// let row = InputNode.mapping([
///     InputPair("name", .text("受益职工数量", at: cell("B7"))),
///     InputPair("weight", .text("10", at: cell("E7"))),
/// ], at: cell("A7"))
/// ```
public struct InputNode: Hashable, Sendable {
    public enum Content: Hashable, Sendable {
        /// Text as written. `plain` is YAML's unquoted style (and an importer's ordinary
        /// cell); only plain text can mean "empty" (`""`, `~`, `null`).
        case scalar(String, plain: Bool)
        case sequence([InputNode])
        case mapping([InputPair])
    }

    public var content: Content
    public var location: SourceLocation?

    public init(_ content: Content, at location: SourceLocation?) {
        self.content = content
        self.location = location
    }

    /// Plain text, the way a workbook cell or a form field holds it.
    public static func text(_ text: String, at location: SourceLocation?) -> InputNode {
        InputNode(.scalar(text, plain: true), at: location)
    }

    public static func sequence(_ items: [InputNode], at location: SourceLocation?) -> InputNode {
        InputNode(.sequence(items), at: location)
    }

    public static func mapping(_ pairs: [InputPair], at location: SourceLocation?) -> InputNode {
        InputNode(.mapping(pairs), at: location)
    }

    /// The words that mean "no value" when written plain (YAML's null).
    static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]

    /// Whether this is an empty value: plain empty text, `~` or `null`.
    public var isNull: Bool {
        guard case let .scalar(text, plain) = content, plain else { return false }
        return Self.nullWords.contains(text)
    }

    /// The text of a scalar; nil for a list or mapping.
    public var scalarText: String? {
        guard case .scalar(let text, _) = content else { return nil }
        return text
    }
}

/// One `key: value` of a mapping. The key is a node too, so a list written where a key
/// belongs can be reported where it stands.
public struct InputPair: Hashable, Sendable {
    public var key: InputNode
    public var value: InputNode

    public init(key: InputNode, value: InputNode) {
        self.key = key
        self.value = value
    }

    /// A pair whose key is plain text at the value's place (importers' usual case).
    public init(_ key: String, _ value: InputNode) {
        self.init(key: .text(key, at: value.location), value: value)
    }
}
