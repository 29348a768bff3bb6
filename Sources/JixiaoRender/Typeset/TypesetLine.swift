/// One line of shaped text, as Pango broke and justified it.
///
/// Runs are positioned relative to the line's baseline at the left edge of the box the text
/// was set in (indent and alignment already applied).
public struct TypesetLine: Hashable, Sendable {
    public var runs: [GlyphRun]
    /// Logical extent above and below the baseline, points.
    public var ascent: Double
    public var descent: Double
    /// Left and right ends of the line's logical extent, points from the box's left edge.
    public var minX: Double
    public var maxX: Double

    public init(runs: [GlyphRun], ascent: Double, descent: Double, minX: Double, maxX: Double) {
        self.runs = runs
        self.ascent = ascent
        self.descent = descent
        self.minX = minX
        self.maxX = maxX
    }

    public var text: String { runs.map(\.text).joined() }
}

/// The lines of one paragraph, and the characters no font could draw.
public struct TypesetParagraph: Hashable, Sendable {
    public var lines: [TypesetLine]
    public var missingCharacters: [Character]

    public init(lines: [TypesetLine], missingCharacters: [Character]) {
        self.lines = lines
        self.missingCharacters = missingCharacters
    }
}
