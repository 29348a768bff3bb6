import JixiaoCore

/// A piece of text and the place it was read from: a cell, a paragraph, a line.
struct Located: Hashable, Sendable {
    var text: String
    var location: SourceLocation

    /// The plain node the decoder reads (a workbook cell is plain text, like unquoted YAML).
    var node: InputNode { .text(text, at: location) }
}
