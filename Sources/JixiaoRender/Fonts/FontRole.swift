/// The four typefaces of an official document (GB/T 9704-2012), by role.
public enum FontRole: String, Hashable, Sendable, CaseIterable {
    /// 仿宋: body text, table cells.
    case fangSong
    /// 黑体: level-1 headings, table heads, 附件.
    case heiTi
    /// 楷体: level-2 headings.
    case kaiTi
    /// 宋体: the title, page numbers.
    case songTi

    /// The fontconfig family `fonts/fonts.conf` binds this role to.
    public var family: String {
        switch self {
        case .fangSong: return "FandolFang"
        case .heiTi: return "FandolHei"
        case .kaiTi: return "FandolKai"
        case .songTi: return "FandolSong"
        }
    }

    /// The family of this role's Common cut ("FandolFang Common"): the same typeface as `family`,
    /// the same glyphs, but only the 3,755 Han characters of GB2312 level 1 and every non-Han
    /// character (`fonts/make-common-fonts.py`). `fonts/fonts.conf` puts it in front of `family`
    /// so a document whose characters it covers embeds only Common subsets: Cairo's subsetter
    /// parses the whole CFF table of every face a document uses, and the Common table is half
    /// the size. It counts as the role's own typeface (not a stand-in), and the full face behind
    /// it draws the rest; without the Common files the full face draws everything.
    public var commonFamily: String { family + " Common" }

    /// 仿宋, 黑体, 楷体, 宋体.
    public var chineseName: String {
        switch self {
        case .fangSong: return "仿宋"
        case .heiTi: return "黑体"
        case .kaiTi: return "楷体"
        case .songTi: return "宋体"
        }
    }

    /// What the role is for, as `jixiao fonts` prints it.
    public var use: String {
        switch self {
        case .fangSong: return "正文 body"
        case .heiTi: return "一级标题、表头 level-1 headings, table heads"
        case .kaiTi: return "二级标题 level-2 headings"
        case .songTi: return "标题、页码 title, page numbers"
        }
    }
}

/// How a piece of text is set: role, size, weight, alignment, first-line indent and the
/// spacing added after each character (negative on the body's character grid).
public struct TextStyle: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable {
        /// Both edges flush; the last line of a paragraph flush left.
        case justified
        case left, center, right
        /// Every line, the last included, spread to the full width (labels on forms).
        case distributed
    }

    public var role: FontRole
    /// Points.
    public var size: Double
    public var bold: Bool
    public var alignment: Alignment
    /// Points; applied to the first line of each paragraph.
    public var firstLineIndent: Double
    /// Points added to every character's advance: the body's grid sets 28 characters of 16 pt
    /// in 156 mm, so each advances 15.79 pt, not 16 (`PageGeometry.letterSpacing`). 0 elsewhere.
    public var letterSpacing: Double

    public init(role: FontRole, size: Double, bold: Bool = false, alignment: Alignment = .justified,
                firstLineIndent: Double = 0, letterSpacing: Double = 0) {
        self.role = role
        self.size = size
        self.bold = bold
        self.alignment = alignment
        self.firstLineIndent = firstLineIndent
        self.letterSpacing = letterSpacing
    }
}
