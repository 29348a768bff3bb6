/// A heading of the narrative and what stands under it.
///
/// The user never types numbers: the composer numbers levels 一、/（一）/1./（1）.
/// A section's text is the user's; where it is absent and `generate` names a generated
/// paragraph kind, the narrative writer composes it from the figures.
public struct NarrativeSection: Hashable, Sendable {
    public var title: String
    /// Paragraphs as written; a blank line in the file separates paragraphs and a single
    /// newline inside a paragraph is a line break the user meant.
    public var paragraphs: [String]
    /// Which generated text stands here when `paragraphs` is empty.
    public var generate: GeneratedText?
    public var subsections: [NarrativeSection]
    public var path: FieldPath

    public init(title: String, paragraphs: [String], generate: GeneratedText?, subsections: [NarrativeSection],
                path: FieldPath) {
        self.title = title
        self.paragraphs = paragraphs
        self.generate = generate
        self.subsections = subsections
        self.path = path
    }
}

/// The paragraphs Jixiao can write from the figures.
public enum GeneratedText: String, Hashable, Sendable, CaseIterable {
    /// 资金投入使用: 预算计划安排资金…万元，实际分配下达…，实际支出…，资金支出率…%
    case funds
    /// 自评分数: …最终得分为88分，等级为良
    case score
    /// 评价指标分析: one paragraph per level-1 indicator.
    case analysis
}
