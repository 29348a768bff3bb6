/// The names met so far among siblings, to name paths and report repeats (J008).
struct NameRegister {
    let normalize: (String) -> String
    private var first: [String: (name: String, node: InputNode)] = [:]

    init(normalize: @escaping (String) -> String) {
        self.normalize = normalize
    }

    /// `parent[name]` for a first-seen name; `parent[index]` when the name is missing or repeated.
    mutating func path(for item: InputNode, index: Int, under parent: FieldPath, context: inout DecodeContext) -> FieldPath {
        let byIndex = parent.index(index)
        guard let (name, nameNode) = NameRegister.peekName(item, context: context) else { return byIndex }
        return register(name, nameNode, at: byIndex.key("name"), context: &context) ? parent.name(name) : byIndex
    }

    /// Registers a row's name, reporting a repeat; rows keep their positional path.
    mutating func checkRow(_ item: InputNode, at path: FieldPath, context: inout DecodeContext) {
        if let (name, nameNode) = NameRegister.peekName(item, context: context) {
            _ = register(name, nameNode, at: path.key("name"), context: &context)
        }
    }

    /// Whether `name` is new here; J008 at `path` when it repeats an earlier sibling's.
    private mutating func register(_ name: String, _ node: InputNode, at path: FieldPath, context: inout DecodeContext) -> Bool {
        let key = normalize(name)
        guard let earlier = first[key] else {
            first[key] = (name, node)
            return true
        }
        let at = context.location(of: earlier.node)?.placeDescription ?? "?"
        let same = earlier.name == name ? "" : "（与“\(earlier.name)”视为同名）"
        let sameEnglish = earlier.name == name ? "" : " (the same as '\(earlier.name)')"
        context.error(.duplicateName,
                      Message("名称“\(name.excerpt)”\(same)在同一层中重复，第一次出现在 \(at)",
                              "the name '\(name.excerpt)'\(sameEnglish) is used twice at one level, first at \(at)"),
                      at: path, node: node,
                      hints: [Message("同一层的指标名称必须不同；合并两项或改名", "names at one level must differ: merge the two or rename one")])
        return false
    }

    /// The `name:` of a mapping item, read without reporting anything (the item's own
    /// decoder reports problems with it).
    static func peekName(_ item: InputNode, context: DecodeContext) -> (String, InputNode)? {
        guard case .mapping(let pairs) = item.content else { return nil }
        for pair in pairs where context.keyName(pair.key) == "name" {
            guard let text = pair.value.scalarText, !pair.value.isNull else { return nil }
            return (ControlCharacters.removing(from: text).text, pair.value)
        }
        return nil
    }
}
