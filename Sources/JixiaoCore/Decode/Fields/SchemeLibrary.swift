/// The preset scoring schemes shipped inside the binary, each decoded when first asked for.
///
/// The presets are the files in `assets/schemes/`, embedded as text by
/// `assets/schemes/generate-presets.sh` (a test keeps them byte-identical), so `jixiao`
/// finds them wherever it is run from. A preset's id is its file's name (a test checks it),
/// so listing them needs no decoding, and a render decodes only the one it uses: each YAML
/// scheme parsed is about 6 M instructions of a cold `jixiao render`.
public enum SchemeLibrary {
    private static let fileExtension = ".yaml"

    /// The presets decoded so far, by id; batches ask from several threads.
    private static let decoded = Locked<[String: Scheme]>([:])

    /// The preset ids, sorted: `linzhi-2024`, `national-2020`, `sichuan-2023`.
    public static let presetIDs: [String] = SchemePresets.files.map { String($0.name.dropLast(fileExtension.count)) }.sorted()

    /// The preset `id`, or nil when there is none (or its embedded text does not decode to a
    /// scheme of that id, which the tests rule out).
    public static func preset(id: String) -> Scheme? {
        if let scheme = decoded.withLock({ $0[id] }) { return scheme }
        guard let file = SchemePresets.files.first(where: { $0.name == id + fileExtension }),
              let scheme = try? SchemeDecoder.decode(text: file.text, file: "assets/schemes/" + file.name),
              scheme.id == id else { return nil }
        decoded.withLock { $0[id] = scheme }
        return scheme
    }

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
