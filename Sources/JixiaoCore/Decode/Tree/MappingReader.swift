/// One mapping of the input tree, checked against the keys its place in the format allows.
///
/// Creating it reports, in one go, a non-mapping (J006), every unknown key with a "did you
/// mean" (J004) and every repeated key (J007, at the repeat, the first one kept). After that
/// decoders ask for values by key and never see a key the format does not have.
struct MappingReader {
    let node: InputNode
    let path: FieldPath
    private var entries: [(name: String, key: InputNode, value: InputNode)] = []

    /// - Parameters:
    ///   - what: the thing this mapping describes, for the wrong-type message (`指标行 an indicator row`).
    ///   - known: the keys allowed here, in the order the documentation lists them.
    init?(_ node: InputNode, at path: FieldPath, what: Message, known: [String], context: inout DecodeContext) {
        self.node = node
        self.path = path
        guard case .mapping(let pairs) = node.content else {
            let subject = path == .root ? Message("文件顶层", "the top level of the file")
                : Message(path.description + " ", path.description)
            context.error(.wrongType,
                          Message("\(subject.chinese)应是\(what.chinese)（“键: 值”的映射），但写成了\(NodeKind(node).chinese)",
                                  "\(subject.english) must be \(what.english) (a mapping of 'key: value'), not \(NodeKind(node).english)"),
                          at: path, node: node,
                          hints: [Message("可用的键：\(Suggestion.list(known))", "allowed keys: \(Suggestion.englishList(known))")])
            return nil
        }
        context.record(path, node)
        var firstSeen: [String: InputNode] = [:]
        for (key, value) in pairs.map({ ($0.key, $0.value) }) {
            guard let name = context.keyName(key) else {
                context.error(.wrongType, Message("键必须是文字，不能是列表或映射", "a key must be text, not a list or mapping"),
                              at: path, node: key)
                continue
            }
            let keyPath = path.key(name)
            guard known.contains(name) else {
                var hints: [Message] = []
                if let guess = Suggestion.closest(to: name, among: known) {
                    hints.append(Message("你是不是想写“\(guess)”？", "did you mean '\(guess)'?"))
                }
                hints.append(Message("此处可用的键：\(Suggestion.list(known))", "keys allowed here: \(Suggestion.englishList(known))"))
                context.error(.unknownField, Message("未知字段“\(name.excerpt)”", "unknown field '\(name.excerpt)'"),
                              at: keyPath, node: key, hints: hints)
                continue
            }
            if let first = firstSeen[name] {
                let at = context.location(of: first)?.placeDescription ?? "?"
                context.error(.duplicateKey, Message("字段“\(name.excerpt)”重复出现（第一次在 \(at)）", "field '\(name.excerpt)' appears twice (first at \(at))"),
                              at: keyPath, node: key,
                              hints: [Message("删除其中一个，或把两处内容合并", "delete one of them, or merge the two")])
                continue
            }
            firstSeen[name] = key
            entries.append((name, key, value))
        }
    }

    /// The value under `key`, or nil when absent or written empty (`key:`, `~`, `null`).
    func value(_ key: String) -> InputNode? {
        guard let entry = entries.first(where: { $0.name == key }), !entry.value.isNull else { return nil }
        return entry.value
    }

    /// The value under `key`; J005 when absent or empty.
    func required(_ key: String, context: inout DecodeContext, hint: Message? = nil) -> InputNode? {
        if let found = value(key) { return found }
        let keyPath = path.key(key)
        let written = entries.first { $0.name == key }
        let message = written == nil
            ? Message("缺少必填字段“\(key.excerpt)”", "required field '\(key.excerpt)' is missing")
            : Message("必填字段“\(key.excerpt)”没有填写内容", "required field '\(key.excerpt)' is empty")
        let fix = hint ?? (path == .root
            ? Message("在文件顶层添加“\(key.excerpt): …”", "add '\(key.excerpt): …' at the top level of the file")
            : Message("在 \(path) 下添加“\(key.excerpt): …”", "add '\(key.excerpt): …' under \(path)"))
        context.error(.missingField, message, at: keyPath, node: written?.value ?? node, hints: [fix])
        return nil
    }
}

/// What a node is, in the words of a wrong-type message.
enum NodeKind {
    case text, list, mapping, empty

    init(_ node: InputNode) {
        switch node.content {
        case .mapping: self = .mapping
        case .sequence: self = .list
        case .scalar: self = node.isNull ? .empty : .text
        }
    }

    var chinese: String {
        switch self {
        case .text: return "文字或数字"
        case .list: return "列表（- 开头的各项）"
        case .mapping: return "映射（键: 值）"
        case .empty: return "空值"
        }
    }

    var english: String {
        switch self {
        case .text: return "text or a number"
        case .list: return "a list"
        case .mapping: return "a mapping"
        case .empty: return "empty"
        }
    }
}
