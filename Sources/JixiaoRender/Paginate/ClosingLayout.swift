import JixiaoCore

/// The 落款 typeset (GB/T 9704 §7.3.5.1): the date ending four grid characters in from the
/// right edge (右空四字), the unit centred over the date; a unit wider than that room ends at
/// the right edge instead, and a unit or date longer than the line wraps, set flush right.
struct ClosingLayout {
    struct Line {
        var line: TypesetLine
        var source: FieldPath?
    }

    /// Each line with the x of its box's left edge, top to bottom: the unit's, then the date's.
    let lines: [(Line, Double)]

    /// Typesets `block` with `typeset(text, style, width, field)` (it reports missing glyphs).
    init(_ block: ClosingBlock, geometry: PageGeometry,
         typeset: (String, TextStyle, Double, FieldPath?) -> [TypesetLine]) {
        var style = BlockStyles.closing(geometry: geometry)
        style.alignment = .right
        let area = geometry.textArea
        let right = area.maxX - 4 * geometry.gridCharacter
        func width(_ line: TypesetLine) -> Double { line.maxX - line.minX }
        var placed: [(Line, Double)] = []
        // Right-aligned in a box ending at `right`: a line's own minX says where it starts.
        let dates = typeset(block.date.text, style, right - area.minX, block.date.source)
        let units = typeset(block.unit.text, style, area.size.width, block.unit.source)
        let centre = dates.count == 1 ? dates.first.map { right - width($0) / 2 } : nil
        if units.count == 1, let unit = units.first, let centre {
            let left = min(max(area.minX, centre - width(unit) / 2), area.maxX - width(unit))
            placed.append((Line(line: unit, source: block.unit.source), left - unit.minX))
        } else {
            placed += units.map { (Line(line: $0, source: block.unit.source), area.minX) }
        }
        placed += dates.map { (Line(line: $0, source: block.date.source), area.minX) }
        lines = placed
    }
}
