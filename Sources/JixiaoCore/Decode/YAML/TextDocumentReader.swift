import Yams

/// YAML or JSON bytes → the format-neutral tree, through every check that must come before
/// decoding fields: size, encoding, control characters, depth and aliases (raw scan), JSON
/// syntax, YAML syntax, duplicate-key repair, emptiness, and the tree's bounds.
///
/// Shared by report and scheme files, so both report the same problems the same way; the
/// only place that knows the text formats (the importers build the same tree from cells and
/// paragraphs).
enum TextDocumentReader {
    /// The tree, and the warnings about the text itself (YAML's traps, J014/J015), located
    /// but not yet given a field path. Errors are thrown with those warnings.
    static func read(_ bytes: [UInt8], file: String, format: TextFormat,
                     limits: InputLimits) throws(Diagnostics) -> (root: InputNode, warnings: [Diagnostic]) {
        let start = SourceLocation(file: file, line: 1, column: 1)
        if bytes.count > limits.maxFileBytes { throw Diagnostics(limits.fileTooLarge(bytes.count, at: start)) }
        var text = ControlCharacters.markingRaw(try EncodingSniffer.utf8Text(bytes, file: file))
        let scan = RawTextScanner.scanWithTraps(text, maxDepth: limits.maxScannedDepth)
        if let finding = scan.finding {
            throw Diagnostics(diagnostic(for: finding, file: file, limits: limits))
        }
        if format == .json, let problem = JSONSyntaxCheck.check(text, file: file) { throw Diagnostics(problem) }
        let traps = format == .yaml ? scan.traps : []
        let warnings = traps.map { YAMLTraps.warning(for: $0, file: file) }
        let shifts = YAMLTraps.repairFullWidthColons(traps, in: &text)
        let composed: ComposedText
        do {
            composed = try YAMLComposer.compose(text, file: file, limits: limits)
        } catch {
            throw Diagnostics(warnings + error.all.map(shifts.restoring))
        }
        if !composed.unrepairedDuplicates.isEmpty { throw Diagnostics(warnings + composed.unrepairedDuplicates.map(shifts.restoring)) }
        guard let composedRoot = composed.root else { throw Diagnostics(empty(at: start)) }
        let root = YAMLTree(file: file, text: text, renamedKeys: composed.renamedKeys, shifts: shifts).tree(composedRoot)
        guard !root.isNull else { throw Diagnostics(empty(at: start)) }
        if let problem = NodeTreeCheck.check(root, limits: limits) { throw Diagnostics(warnings + [problem]) }
        return (root, warnings)
    }

    private static func empty(at start: SourceLocation) -> Diagnostic {
        .error(.emptyFile, Message("文件中没有内容（只有空行或注释）", "the file has no content (only blank lines or comments)"),
               location: start,
               hints: [Message("请按 docs/input-format.md 填写报告内容", "fill in the report as docs/input-format.md shows")])
    }

    private static func diagnostic(for finding: RawTextScanner.Finding, file: String, limits: InputLimits) -> Diagnostic {
        switch finding {
        case let .tooDeep(line, column):
            return NodeTreeCheck.tooDeep(limits: limits, at: SourceLocation(file: file, line: line, column: column))
        case let .blockIndicatorBeforeText(written, line, column):
            return YAMLTraps.blockIndicator(written, at: SourceLocation(file: file, line: line, column: column))
        case let .anchor(name, line, column), let .alias(name, line, column):
            let written = (finding.isAnchor ? "&" : "*") + name
            return .error(.inputTooLarge,
                          Message("不支持 YAML 锚点和别名（此处为 \(written.excerpt)）", "YAML anchors and aliases are not supported (found \(written.excerpt))"),
                          location: SourceLocation(file: file, line: line, column: column),
                          hints: [Message("请把要重复的内容直接写出来；别名可被用来构造极大的展开（“billion laughs”）",
                                          "write the repeated content out; aliases can expand without bound ('billion laughs')")])
        }
    }
}

extension RawTextScanner.Finding {
    var isAnchor: Bool {
        if case .anchor = self { return true }
        return false
    }
}
