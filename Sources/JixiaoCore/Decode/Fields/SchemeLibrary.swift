/// The preset scoring schemes shipped inside the binary, decoded once.
///
/// The presets are the files in `assets/schemes/`, embedded as text by
/// `assets/schemes/generate-presets.sh` (a test keeps them byte-identical), so `jixiao`
/// finds them wherever it is run from.
public enum SchemeLibrary {
    /// Every preset, by id, decoded once.
    private static let presets: [String: Scheme] = {
        var decoded: [String: Scheme] = [:]
        for file in SchemePresets.files {
            if let scheme = try? SchemeDecoder.decode(text: file.text, file: "assets/schemes/" + file.name) {
                decoded[scheme.id] = scheme
            }
        }
        return decoded
    }()

    /// The preset ids, sorted: `linzhi-2024`, `national-2020`.
    public static var presetIDs: [String] { presets.keys.sorted() }

    public static func preset(id: String) -> Scheme? { presets[id] }

    /// J011 naming the presets there are, and the closest one (also `new` and `template`'s
    /// message for an unknown `--scheme`).
    public static func unknownPreset(_ id: String, field: FieldPath, location: SourceLocation?) -> Diagnostic {
        var hints: [Message] = []
        if let guess = Suggestion.closest(to: id, among: presetIDs) {
            hints.append(Message("你是不是想写“\(guess)”？", "did you mean '\(guess)'?"))
        }
        hints.append(Message("可用的评分方案：\(presetIDs.joined(separator: "、"))；也可以在 scheme: 下直接写出完整方案",
                             "available schemes: \(presetIDs.joined(separator: ", ")); or write a whole scheme under scheme:"))
        return .error(.unknownScheme, Message("没有名为“\(id.excerpt)”的评分方案", "there is no scheme named '\(id.excerpt)'"),
                      field: field, location: location, hints: hints)
    }
}
