import Yams

/// Yams' node tree → the format-neutral `InputNode` tree, with each node's line:column and
/// the keys `YAMLComposer` renamed (to get past Yams' duplicate-key check) restored to the
/// names the user wrote.
///
/// Recursive: the depth was bounded by `RawTextScanner` before Yams composed the text, and
/// Yams' own composer recursed just as deep.
enum YAMLTree {
    static func tree(_ node: Node, file: String, renamedKeys: [TextPosition: String]) -> InputNode {
        let location = node.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
        switch node {
        case .scalar(let scalar):
            return InputNode(.scalar(scalar.string, plain: scalar.style == .plain || scalar.style == .any), at: location)
        case .sequence(let sequence):
            return .sequence(sequence.map { tree($0, file: file, renamedKeys: renamedKeys) }, at: location)
        case .mapping(let mapping):
            return .mapping(mapping.map { key, value in
                var keyNode = tree(key, file: file, renamedKeys: renamedKeys)
                if let mark = key.mark, let original = renamedKeys[TextPosition(mark)] {
                    keyNode.content = .scalar(original, plain: false)
                }
                return InputPair(key: keyNode, value: tree(value, file: file, renamedKeys: renamedKeys))
            }, at: location)
        case .alias(let alias):
            // RawTextScanner refuses every alias before composing; should one get through, it
            // stays visible as the text it was written as, never an empty value.
            return InputNode(.scalar("*" + alias.anchor.rawValue, plain: false), at: location)
        }
    }
}
