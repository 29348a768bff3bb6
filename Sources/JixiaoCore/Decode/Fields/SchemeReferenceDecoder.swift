import Foundation

/// `scheme:` → the `Scheme` that scores the report: a preset looked up by id (J011 naming
/// the presets when there is none), or a scheme written inline, decoded and checked (J035).
///
/// The one place a report's scheme is resolved, so its existence is checked once.
enum SchemeReferenceDecoder {
    static func decode(_ node: InputNode, at path: FieldPath, context: inout DecodeContext) -> Scheme? {
        switch node.content {
        case .mapping:
            return SchemeDecoder.decode(node, at: path, inline: true, context: &context)
        case .scalar:
            guard let id = context.text(node, at: path) else { return nil }
            let trimmed = id.trimmingCharacters(in: .whitespaces)
            guard let scheme = SchemeLibrary.preset(id: trimmed) else {
                context.emit(SchemeLibrary.unknownPreset(trimmed, field: path, location: context.location(of: node)))
                return nil
            }
            return scheme
        case .sequence:
            context.error(.wrongType,
                          Message("\(path) 应是评分方案的名称，或写出完整方案的映射", "\(path) must be a preset id or a scheme mapping"),
                          at: path, node: node,
                          hints: [Message("例如 scheme: national-2020", "e.g. scheme: national-2020")])
            return nil
        }
    }
}
