import JixiaoCore

/// One paragraph of a report as Word (or a text saved from Word) gives it: its text, the
/// heading level its style says (Word's 标题 1/Heading 1, or an outline level), and its place.
struct NarrativeParagraph: Hashable, Sendable {
    var text: String
    /// 1 for 标题 1 …; nil for body text (the numbering may still make it a heading).
    var styleLevel: Int?
    var location: SourceLocation
}
