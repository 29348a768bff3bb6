import JixiaoCore

/// The text styles of each kind of block: the official roles and sizes in one place.
///
/// Text at the body size sits on the character grid (`PageGeometry.letterSpacing`, the
/// indent two grid characters), headings included, as Word's 文档网格 sets a whole section;
/// the title, table cells and folios keep their font's own advance.
enum BlockStyles {
    static func heading(level: Int, geometry: PageGeometry) -> TextStyle {
        switch level {
        case 1: return body(.heiTi, geometry: geometry, indented: true)
        case 2: return body(.kaiTi, geometry: geometry, indented: true)
        case 3: return body(.fangSong, bold: true, geometry: geometry, indented: true)
        default: return body(.fangSong, geometry: geometry, indented: true)
        }
    }

    static func paragraph(_ style: Paragraph.Style, geometry: PageGeometry) -> TextStyle {
        switch style {
        case .body: return body(.fangSong, geometry: geometry, indented: true)
        case .flush: return body(.fangSong, geometry: geometry)
        case .label: return body(.heiTi, alignment: .left, geometry: geometry)
        case .title: return TextStyle(role: .songTi, size: 18, bold: true, alignment: .center)
        case .subtitle: return body(.kaiTi, alignment: .center, geometry: geometry)
        case .documentTitle: return TextStyle(role: .songTi, size: 22, bold: true, alignment: .center)
        }
    }

    /// A body-size style on the grid; `indented`: the first line two grid characters in.
    private static func body(_ role: FontRole, bold: Bool = false, alignment: TextStyle.Alignment = .justified,
                             geometry: PageGeometry, indented: Bool = false) -> TextStyle {
        TextStyle(role: role, size: geometry.bodySize, bold: bold, alignment: alignment,
                  firstLineIndent: indented ? 2 * geometry.gridCharacter : 0, letterSpacing: geometry.letterSpacing)
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

    /// The 落款's unit and date: body text on the grid, each on one line.
    static func closing(geometry: PageGeometry) -> TextStyle { body(.fangSong, alignment: .left, geometry: geometry) }
}
