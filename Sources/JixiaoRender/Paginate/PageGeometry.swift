import JixiaoCore

/// The page of an official document (GB/T 9704-2012), in points. The layout's numbers live
/// here and nowhere else.
///
/// A4; text area 156 × 225 mm at 28 mm from the left and 37 mm from the top; body 三号 (16 pt)
/// on a grid of 22 lines of 28 characters (Word's 文档网格); folios 四号 (14 pt) 7 mm below the text area, one character in from
/// the outer edge.
public struct PageGeometry: Hashable, Sendable {
    public static let millimetre = 72.0 / 25.4

    public var pageSize = Size(width: 595.28, height: 841.89)
    public var textArea = Rect(x: 28 * millimetre, y: 37 * millimetre, width: 156 * millimetre, height: 225 * millimetre)
    /// 三号
    public var bodySize = 16.0
    public var linesPerPage = 22
    /// Characters on a full body line: each advances `gridCharacter`, not the font's em; nil:
    /// no character grid, each character its font's own advance (the landscape 汇总表).
    public var charactersPerLine: Int? = 28
    /// 四号
    public var folioSize = 14.0
    public var folioDrop = 7 * millimetre
    /// 五号: the smallest text anywhere (table cells).
    public var tableSize = 10.5

    public static let a4 = PageGeometry()

    /// A4 turned on its side, for wide tables (the batch's 汇总表): the portrait text area
    /// turned a quarter turn with its margins, 225 × 156 mm at 37 mm from the left and 26 mm
    /// from the top; the same body size and pitch, so 15 grid lines, and no character grid (a
    /// table's page); folios as in portrait.
    public static let a4Landscape: PageGeometry = {
        var geometry = PageGeometry()
        geometry.pageSize = Size(width: 841.89, height: 595.28)
        geometry.textArea = Rect(x: 37 * millimetre, y: 26 * millimetre, width: 225 * millimetre, height: 156 * millimetre)
        geometry.linesPerPage = 15
        geometry.charactersPerLine = nil
        return geometry
    }()

    /// The grid of a document: its lines per page and characters per line, over this text area.
    public func applying(_ grid: TextGrid) -> PageGeometry {
        var geometry = self
        geometry.linesPerPage = grid.linesPerPage
        geometry.charactersPerLine = grid.charactersPerLine
        return geometry
    }

    /// The advance of one body character on the grid: the text width over the characters per
    /// line (15.79 pt for 28 in 156 mm); the body size with no grid.
    public var gridCharacter: Double {
        guard let characters = charactersPerLine, characters > 0 else { return bodySize }
        return textArea.size.width / Double(characters)
    }

    /// What each body character's advance gains (negative: loses) to sit on the grid: −0.21 pt
    /// for 16 pt 仿宋, 28 to the line. Derived, so changing the grid changes only the data.
    public var letterSpacing: Double { gridCharacter - bodySize }

    /// The distance between body baselines: the text area's height over the grid's lines.
    public var pitch: Double { textArea.size.height / Double(linesPerPage) }

    /// The baseline of grid line `slot` (0-based) on a body page: the em box centred in its cell.
    public func baseline(ofSlot slot: Int) -> Double {
        textArea.minY + Double(slot) * pitch + (pitch - bodySize) / 2 + 0.88 * bodySize
    }

    /// The first grid slot whose cell starts at or below `y`.
    public func slot(atOrBelow y: Double) -> Int {
        let exact = (y - textArea.minY) / pitch
        return max(0, Int((exact - 0.001).rounded(.up)))
    }

    /// The top of grid slot `slot`'s cell.
    public func top(ofSlot slot: Int) -> Double { textArea.minY + Double(slot) * pitch }
}
