import Yams

/// Yams' node tree → the format-neutral `InputNode` tree, with each node's line:column (as
/// the user wrote the text: see `ColumnShifts`) and the keys `YAMLComposer` renamed (to get
/// past Yams' duplicate-key check) restored to the names the user wrote.
///
/// Plain scalars that run over several lines are folded as CSS folds Chinese text: a line
/// break between two CJK characters joins them without the space YAML would put there (see
/// `CJKFolding`). Recursive: the depth was bounded by `RawTextScanner` before Yams composed
/// the text, and Yams' own composer recursed just as deep.
struct YAMLTree {
    let file: String
    let text: [UInt8]
    let renamedKeys: [TextPosition: String]
    let shifts: ColumnShifts
    private let lines: LineIndex

    init(file: String, text: [UInt8], renamedKeys: [TextPosition: String], shifts: ColumnShifts) {
        self.file = file
        self.text = text
        self.renamedKeys = renamedKeys
        self.shifts = shifts
        lines = LineIndex(bytes: text)
    }

    func tree(_ node: Node) -> InputNode {
        let location = node.mark.map {
            SourceLocation(file: file, line: $0.line, column: shifts.original(line: $0.line, column: $0.column))
        }
        switch node {
        case .scalar(let scalar):
            let plain = scalar.style == .plain || scalar.style == .any
            var value = scalar.string
            if plain, let mark = node.mark, let folded = CJKFolding.refold(value, plainScalarAt: mark, in: lines) {
                value = folded
            }
            return InputNode(.scalar(value, plain: plain), at: location)
        case .sequence(let sequence):
            return .sequence(sequence.map(tree), at: location)
        case .mapping(let mapping):
            return .mapping(mapping.map { key, value in
                var keyNode = tree(key)
                if let mark = key.mark, let original = renamedKeys[TextPosition(mark)] {
                    keyNode.content = .scalar(original, plain: false)
                }
                return InputPair(key: keyNode, value: tree(value))
            }, at: location)
        case .alias(let alias):
            // RawTextScanner refuses every alias before composing; should one get through, it
            // stays visible as the text it was written as, never an empty value.
            return InputNode(.scalar("*" + alias.anchor.rawValue, plain: false), at: location)
        }
    }
}
