/// The body's character grid (Word's 文档网格): characters on a full line and lines on a full
/// page. GB/T 9704-2012 §5.2.2 gives 28 × 22 for 三号 text in the 156 × 225 mm area; a scheme
/// may print on another grid, and the renderer derives the character pitch and line pitch from
/// these two numbers alone.
public struct TextGrid: Hashable, Sendable {
    public var charactersPerLine: Int
    public var linesPerPage: Int

    /// GB/T 9704: 28 characters a line, 22 lines a page.
    public static let official = TextGrid(charactersPerLine: 28, linesPerPage: 22)
    /// What a grid may ask for: at 16 pt in 156 mm, 24 to 32 characters keep the glyphs from
    /// overlapping or standing apart; 18 to 26 lines keep the 三号 text inside its line.
    public static let charactersRange = 24...32
    public static let linesRange = 18...26

    public init(charactersPerLine: Int, linesPerPage: Int) {
        self.charactersPerLine = charactersPerLine
        self.linesPerPage = linesPerPage
    }
}

/// Which printed 项目支出绩效自评表 a scheme uses, by the name its file writes under `form:`.
/// The layouts themselves are `TableForm` (Compose); this is only the choice, so a scheme file
/// can name it and decoding can refuse a name no layout has (J048).
public enum TableFormID: String, Hashable, Sendable, CaseIterable {
    /// 财预〔2020〕10号's 项目支出绩效自评表.
    case national2020 = "national-2020"
    /// The seed report's form: the sources as written, 合计 and 自评等级.
    case standard
    /// 四川省's 项目支出绩效自评表: 指标性质, 度量单位, 权重, 未完成原因分析.
    case sichuan = "sichuan"

    /// The form of a scheme whose file names none: the national form for `national-2020`, the
    /// standard one for every other id.
    public static func defaultForm(forScheme id: String) -> TableFormID {
        id == "national-2020" ? .national2020 : .standard
    }
}
