import JixiaoCore

/// A piece of text and the place it was read from: a cell, a paragraph, a line.
struct Located: Hashable, Sendable {
    var text: String
    var location: SourceLocation

    /// The node the decoder reads: quoted text, as YAML's `"…"` is, so a cell that says `null`
    /// or `~` is that word, not an empty value (an empty cell gives no node at all).
    var node: InputNode { InputNode(.scalar(text, plain: false), at: location) }
}
