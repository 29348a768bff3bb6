import JixiaoCore

/// The 落款 typeset (GB/T 9704 §7.3.5.1): the date ending four grid characters in from the
/// right edge (右空四字), the unit centred over the date; a unit wider than that room ends at
/// the right edge instead, and one wider than the line is set flush right in full width.
struct ClosingLayout {
    struct Line {
        var line: TypesetLine
        var source: FieldPath?
    }

    /// Each line with the x of its box's left edge, top to bottom: the unit, the date.
    let lines: [(Line, Double)]

    /// Typesets `block` with `typeset(text, style, field)` (one unbroken line; it reports
    /// missing glyphs).
    init(_ block: ClosingBlock, geometry: PageGeometry, typeset: (String, TextStyle, FieldPath?) -> [TypesetLine]) {
        let style = BlockStyles.closing(geometry: geometry)
        let area = geometry.textArea
        let right = area.maxX - 4 * geometry.gridCharacter
        func width(_ line: TypesetLine) -> Double { line.maxX - line.minX }
        var placed: [(Line, Double)] = []
        let date = typeset(block.date.text, style, block.date.source).first
        let dateLeft = date.map { max(area.minX, right - width($0)) - $0.minX }
        let centre = date.map { right - width($0) / 2 } ?? right - 5 * geometry.gridCharacter
        for unitLine in typeset(block.unit.text, style, block.unit.source).prefix(1) {
            let unitWidth = width(unitLine)
            let left = min(max(area.minX, centre - unitWidth / 2), area.maxX - unitWidth)
            placed.append((Line(line: unitLine, source: block.unit.source), max(area.minX, left) - unitLine.minX))
        }
        if let date, let dateLeft { placed.append((Line(line: date, source: block.date.source), dateLeft)) }
        lines = placed
    }
}
