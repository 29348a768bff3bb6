import JixiaoCore

/// One paragraph of a report as Word (or a text saved from Word) gives it: its text, the
/// heading level its style says (Word's 标题 1/Heading 1, or an outline level), and its place.
struct NarrativeParagraph: Hashable, Sendable {
    /// The text as printed, the automatic number Word shows in front of it (`label`) included.
    var text: String
    /// 1 for 标题 1 …; nil for body text (the numbering may still make it a heading).
    var styleLevel: Int?
    var location: SourceLocation
    /// The automatic number at the start of `text` (`二、`, `第一章 `), empty when Word numbers
    /// nothing. A paragraph in a heading style drops it from its title whatever it reads, as it
    /// drops a typed 一、: Jixiao numbers headings itself.
    var label = ""
}
