import Yams

/// The root node of a checked file and the context to decode it with.
struct LoadedDocument {
    let root: Node
    var context: DecodeContext
}

/// Bytes → node tree, through every check that must come before decoding fields:
/// size, encoding, control characters, depth and aliases (raw scan), JSON syntax, YAML
/// syntax, duplicate-key repair, emptiness, and the node-tree bounds.
///
/// Shared by report and scheme files, so both report the same problems the same way.
enum DocumentLoader {
    static func load(_ bytes: [UInt8], file: String, limits: InputLimits) throws(Diagnostics) -> LoadedDocument {
        let start = SourceLocation(file: file, line: 1, column: 1)
        if bytes.count > limits.maxFileBytes { throw Diagnostics(FileBytesReader.tooLarge(bytes.count, limits: limits, at: start)) }
        let text = ControlCharacters.markingRaw(try EncodingSniffer.utf8Text(bytes, file: file))
        if let finding = RawTextScanner.scan(text, maxDepth: limits.maxScannedDepth) {
            throw Diagnostics(diagnostic(for: finding, file: file, limits: limits))
        }
        if isJSON(file), let problem = JSONSyntaxCheck.check(text, file: file) { throw Diagnostics(problem) }
        let composed = try YAMLComposer.compose(text, file: file, limits: limits)
        if !composed.unrepairedDuplicates.isEmpty { throw Diagnostics(composed.unrepairedDuplicates) }
        guard let root = composed.root, !NodeKind.isNull(root) else {
            throw Diagnostics(.error(.emptyFile, Message("文件中没有内容（只有空行或注释）", "the file has no content (only blank lines or comments)"),
                                     location: start,
                                     hints: [Message("请按 docs/input-format.md 填写报告内容", "fill in the report as docs/input-format.md shows")]))
        }
        if let problem = NodeTreeCheck.check(root, limits: limits, file: file) { throw Diagnostics(problem) }
        return LoadedDocument(root: root, context: DecodeContext(file: file, limits: limits, renamedKeys: composed.renamedKeys))
    }

    /// Whether the file is read as JSON (by its extension).
    static func isJSON(_ file: String) -> Bool { file.lowercased().hasSuffix(".json") }

    private static func diagnostic(for finding: RawTextScanner.Finding, file: String, limits: InputLimits) -> Diagnostic {
        switch finding {
        case let .tooDeep(line, column):
            return NodeTreeCheck.tooDeep(limits: limits, at: SourceLocation(file: file, line: line, column: column))
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
