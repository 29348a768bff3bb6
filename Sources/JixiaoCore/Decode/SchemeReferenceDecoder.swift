import Foundation
import Yams

/// `scheme:` → a preset id (checked against the presets, J011) or a scheme written inline.
enum SchemeReferenceDecoder {
    static func decode(_ node: Node, at path: FieldPath, context: inout DecodeContext) -> SchemeReference? {
        switch node {
        case .mapping:
            return SchemeDecoder.decode(node, at: path, inline: true, context: &context).map { .inline($0) }
        case .scalar:
            guard let id = context.text(node, at: path) else { return nil }
            let trimmed = id.trimmingCharacters(in: .whitespaces)
            if SchemeLibrary.preset(id: trimmed) == nil {
                context.emit(SchemeLibrary.unknownPreset(trimmed, field: path, location: context.location(of: node)))
                return nil
            }
            return .preset(trimmed)
        case .sequence, .alias:
            context.error(.wrongType,
                          Message("\(path) 应是评分方案的名称，或写出完整方案的映射", "\(path) must be a preset id or a scheme mapping"),
                          at: path, node: node,
                          hints: [Message("例如 scheme: national-2020", "e.g. scheme: national-2020")])
            return nil
        }
    }
}
