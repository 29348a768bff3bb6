/// The page of an official document (GB/T 9704-2012), in points. The layout's numbers live
/// here and nowhere else.
///
/// A4; text area 156 × 225 mm at 28 mm from the left and 37 mm from the top; body 三号 (16 pt)
/// on a grid of 22 lines; folios 四号 (14 pt) 7 mm below the text area, one character in from
/// the outer edge.
public struct PageGeometry: Hashable, Sendable {
    public static let millimetre = 72.0 / 25.4

    public var pageSize = Size(width: 595.28, height: 841.89)
    public var textArea = Rect(x: 28 * millimetre, y: 37 * millimetre, width: 156 * millimetre, height: 225 * millimetre)
    /// 三号
    public var bodySize = 16.0
    public var linesPerPage = 22
    /// 四号
    public var folioSize = 14.0
    public var folioDrop = 7 * millimetre
    /// 五号: the smallest text anywhere (table cells).
    public var tableSize = 10.5

    public static let a4 = PageGeometry()

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
