import Foundation

/// Decodes one report (YAML or JSON bytes, or a tree an importer built) into a `ReportInput`.
///
/// Every problem in the file is collected — syntax, encoding, unknown or missing fields,
/// wrong types, repeats, numbers out of range — each with its `FieldPath` and
/// file:line:column, and thrown together as `Diagnostics`; warnings (J013) ride along in
/// the thrown list or, on success, in `ReportInput.warnings`. The location of every decoded
/// field is in `ReportInput.sourceMap`, so later stages can point at the line too.
///
/// ```swift
/// let report = try ReportDecoder.decode(bytes: bytes, origin: .file("linzhi.yaml"))
/// report.cover.fields[3].value   // "15959271976", as written
/// ```
public enum ReportDecoder {
    /// The top-level keys, in the order `docs/input-format.md` lists them.
    public static let topLevelKeys = ["scheme", "cover", "project", "budget", "goals", "self_score", "opening", "sections",
                                      "closing", "indicators", "signature"]

    /// Decodes `bytes` named `file`; a `file` ending in `.json` is validated as JSON first.
    public static func decode(bytes: [UInt8], file: String, limits: InputLimits = .default) throws(Diagnostics) -> ReportInput {
        try decode(bytes: bytes, origin: .file(file), limits: limits)
    }

    /// Decodes YAML or JSON `bytes` from `origin`: no file is read or written.
    public static func decode(bytes: [UInt8], origin: InputOrigin, limits: InputLimits = .default) throws(Diagnostics) -> ReportInput {
        let document = try TextDocumentReader.read(bytes, file: origin.name, format: origin.format, limits: limits)
        return try decode(tree: document.root, origin: origin.name, limits: limits, textWarnings: document.warnings)
    }

    /// The tree of YAML or JSON `bytes`, through the same checks as `decode` but before any
    /// field rule: what an editor shows and writes back (`InputNode.jsonText`, `ReportYAMLWriter`).
    public static func tree(bytes: [UInt8], origin: InputOrigin, limits: InputLimits = .default) throws(Diagnostics) -> InputNode {
        try TextDocumentReader.read(bytes, file: origin.name, format: origin.format, limits: limits).root
    }

    /// Decodes a tree an importer built (cells, paragraphs, form fields) through the same
    /// field rules as a YAML file; `origin` names the input in the source map.
    /// An importer's tree is bounded here (depth, node count); a text document's was bounded by
    /// `TextDocumentReader`, which shares the check with scheme files.
    public static func decode(tree root: InputNode, origin: String, limits: InputLimits = .default) throws(Diagnostics) -> ReportInput {
        if let problem = NodeTreeCheck.check(root, limits: limits) { throw Diagnostics(problem) }
        return try decode(tree: root, origin: origin, limits: limits, textWarnings: [])
    }

    /// `root` already bounded. `textWarnings` are about the text the tree came from (J014,
    /// J015): each gets the field its place falls in, and they are reported with the rest in
    /// reading order.
    static func decode(tree root: InputNode, origin: String, limits: InputLimits,
                       textWarnings: [Diagnostic]) throws(Diagnostics) -> ReportInput {
        var context = DecodeContext(file: origin, limits: limits)
        let report = decodeReport(root, context: &context)
        for warning in textWarnings {
            var located = warning
            // The field is the one whose value starts last on or before the warning's line.
            if let location = warning.location, let line = location.line,
               let field = context.sourceMap.field(at: SourceLocation(file: location.file, line: line, column: Int.max)) {
                located.field = field
            }
            context.emit(located)
        }
        if context.hasErrors { throw Diagnostics(context.sortedDiagnostics) }
        guard var report else {
            throw Diagnostics(.error(.invalidSyntax, Message("无法读取报告", "the report could not be read"),
                                     location: root.location ?? SourceLocation(file: origin, line: 1, column: 1)))
        }
        report.warnings = context.sortedDiagnostics
        return report
    }

    /// The whole report, or nil when a required part is missing (its error is reported).
    static func decodeReport(_ root: InputNode, context: inout DecodeContext) -> ReportInput? {
        guard let map = MappingReader(root, at: .root, what: Message("报告", "a report"), known: topLevelKeys,
                                      context: &context) else { return nil }
        let path = FieldPath.root
        let scheme = map.required("scheme", context: &context,
                                  hint: Message("例如 scheme: national-2020（可选：\(SchemeLibrary.presetIDs.joined(separator: "、"))）",
                                                "e.g. scheme: national-2020 (presets: \(SchemeLibrary.presetIDs.joined(separator: ", ")))"))
            .flatMap { SchemeReferenceDecoder.decode($0, at: path.key("scheme"), context: &context) }
        let cover = map.required("cover", context: &context).flatMap { CoverDecoder.decode($0, at: path.key("cover"), context: &context) }
        let project = map.required("project", context: &context)
            .flatMap { ProjectDecoder.decode($0, at: path.key("project"), context: &context) }
        let budget = map.required("budget", context: &context)
            .flatMap { BudgetDecoder.decode($0, at: path.key("budget"), context: &context) }
        let goals = map.value("goals").flatMap { GoalsDecoder.decode($0, at: path.key("goals"), context: &context) }
        let selfScore = context.decimal("self_score", in: map, rule: .nonNegative)
        let sections = map.required("sections", context: &context)
            .map { SectionDecoder.decodeList($0, at: path.key("sections"), context: &context) } ?? []
        let indicators = map.required("indicators", context: &context)
            .map { IndicatorDecoder.decode($0, at: path.key("indicators"), context: &context) } ?? []
        let signature = map.value("signature")
            .flatMap { SignatureDecoder.decode($0, at: path.key("signature"), context: &context) } ?? SignatureInfo()
        let opening = map.value("opening")
            .flatMap { OpeningClosingDecoder.opening($0, at: path.key("opening"), context: &context) } ?? Opening()
        let closing = map.value("closing")
            .flatMap { OpeningClosingDecoder.closing($0, at: path.key("closing"), context: &context) } ?? Closing()
        guard let scheme, let cover, let project, let budget else { return nil }
        var report = ReportInput(scheme: scheme, cover: cover, project: project, budget: budget, goals: goals, sections: sections,
                                 indicators: indicators, signature: signature, declaredTotal: selfScore,
                                 sourceMap: context.sourceMap)
        report.opening = opening
        report.closing = closing
        return report
    }
}
