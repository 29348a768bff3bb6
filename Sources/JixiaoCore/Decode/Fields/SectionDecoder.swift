
/// `sections:` → `[NarrativeSection]`, nested to any depth the file allows; paths read
/// `sections[1].sections[3].text`.
///
/// Like every part decoder it returns what it could read and leaves the verdict to the
/// diagnostics: `ReportDecoder` throws if any error was reported anywhere.
enum SectionDecoder {
    static let keys = ["title", "text", "generate", "sections"]
    static let generated: [(word: String, value: GeneratedText)] = GeneratedText.allCases.map { ($0.rawValue, $0) }

    static func decodeList(_ node: InputNode, at path: FieldPath, context: inout DecodeContext) -> [NarrativeSection] {
        guard let items = context.list(node, at: path, what: Message("章节", "sections")) else { return [] }
        return items.enumerated().compactMap { offset, item in
            decode(item, at: path.index(offset + 1), context: &context)
        }
    }

    static func decode(_ node: InputNode, at path: FieldPath, context: inout DecodeContext) -> NarrativeSection? {
        guard let map = MappingReader(node, at: path, what: Message("章节", "a section"), known: keys, context: &context) else {
            return nil
        }
        let title = context.requiredVisibleText("title", in: map, hint: Message("每个章节都要有标题，例如 title: 项目基本情况",
                                                                        "every section needs a title, e.g. title: 项目基本情况"))
        let paragraphs = context.text("text", in: map).map(ParagraphText.split) ?? []
        let generate = context.choice("generate", in: map, options: generated)
        let subsections = map.value("sections").map { decodeList($0, at: path.key("sections"), context: &context) } ?? []
        guard let title else { return nil }
        return NarrativeSection(title: title, paragraphs: paragraphs, generate: generate, subsections: subsections, path: path)
    }
}
