import JixiaoCore

/// The text styles of each kind of block: the official roles and sizes in one place.
enum BlockStyles {
    static func heading(level: Int, geometry: PageGeometry) -> TextStyle {
        let indent = 2 * geometry.bodySize
        switch level {
        case 1: return TextStyle(role: .heiTi, size: geometry.bodySize, firstLineIndent: indent)
        case 2: return TextStyle(role: .kaiTi, size: geometry.bodySize, firstLineIndent: indent)
        case 3: return TextStyle(role: .fangSong, size: geometry.bodySize, bold: true, firstLineIndent: indent)
        default: return TextStyle(role: .fangSong, size: geometry.bodySize, firstLineIndent: indent)
        }
    }

    static func paragraph(_ style: Paragraph.Style, geometry: PageGeometry) -> TextStyle {
        switch style {
        case .body: return TextStyle(role: .fangSong, size: geometry.bodySize, firstLineIndent: 2 * geometry.bodySize)
        case .flush: return TextStyle(role: .fangSong, size: geometry.bodySize)
        case .label: return TextStyle(role: .heiTi, size: geometry.bodySize, alignment: .left)
        case .title: return TextStyle(role: .songTi, size: 18, bold: true, alignment: .center)
        case .subtitle: return TextStyle(role: .kaiTi, size: geometry.bodySize, alignment: .center)
        }
    }

    static func cell(_ style: TableCell.Style, alignment: CellAlignment, geometry: PageGeometry) -> TextStyle {
        let aligned: TextStyle.Alignment
        switch alignment {
        // Only the body narrative is justified: in a column a few characters wide, Pango
        // would spread a line's slack between its characters (管 材 价 格).
        case .leading: aligned = .left
        case .center: aligned = .center
        case .trailing: aligned = .right
        }
        return TextStyle(role: style == .head ? .heiTi : .fangSong, size: geometry.tableSize, alignment: aligned)
    }

    /// 四号 宋体, for "— N —".
    static func folio(geometry: PageGeometry) -> TextStyle {
        TextStyle(role: .songTi, size: geometry.folioSize, alignment: .left)
    }

    static let signature = TextStyle(role: .fangSong, size: 16, alignment: .left)
}
