/// A report as blocks to lay out: the composer's output and the renderer's only input.
///
/// Pure data, free of fonts and positions: what is a heading, a paragraph, a table,
/// and in which order. The renderer decides lines and pages. Text is plain text, never markup.
public struct Document: Hashable, Sendable {
    public var metadata: DocumentMetadata
    public var cover: CoverPage?
    public var body: [Block]
    /// The body's character grid, from the scheme; nil: the page geometry's own (the 汇总表's
    /// landscape page has 15 lines).
    public var grid: TextGrid?

    public init(metadata: DocumentMetadata, cover: CoverPage?, body: [Block], grid: TextGrid? = nil) {
        self.metadata = metadata
        self.cover = cover
        self.body = body
        self.grid = grid
    }
}

/// What the PDF says about itself. `creationDate` comes from the report, never the clock,
/// so the same input gives the same bytes.
public struct DocumentMetadata: Hashable, Sendable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: [String]
    public var creator: String
    public var creationDate: ReportDate?

    public init(title: String, author: String, subject: String, keywords: [String], creator: String,
                creationDate: ReportDate?) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.creationDate = creationDate
    }
}

/// A piece of text the document prints, with the input field it came from (nil for the
/// document's own words), so that the renderer can name the field of a character no font
/// has without knowing how the input is laid out.
public struct PrintedText: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var source: FieldPath?

    public init(_ text: String, source: FieldPath?) {
        self.text = text
        self.source = source
    }

    /// The document's own words (a fixed label), from no input field.
    public init(stringLiteral text: String) {
        self.init(text, source: nil)
    }
}

/// One `label：value` line of the cover, from `source`.
public struct CoverLine: Hashable, Sendable {
    public var label: String
    public var value: String
    public var source: FieldPath?

    public init(label: String, value: String, source: FieldPath?) {
        self.label = label
        self.value = value
        self.source = source
    }
}

/// The cover: title, label：value lines, issuing body and year, each with its field.
public struct CoverPage: Hashable, Sendable {
    public var title: PrintedText
    public var lines: [CoverLine]
    public var issuer: PrintedText?
    public var year: PrintedText?

    public init(title: PrintedText, lines: [CoverLine], issuer: PrintedText?, year: PrintedText?) {
        self.title = title
        self.lines = lines
        self.issuer = issuer
        self.year = year
    }

    /// The cover as the report gives it under `source` (`cover`): `cover.title`,
    /// `cover.fields[1]` …, `cover.issuer`, `cover.year`.
    public init(title: String, fields: [CoverField], issuer: String?, year: String?, source: FieldPath = .root.key("cover")) {
        self.init(title: PrintedText(title, source: source.key("title")),
                  lines: fields.enumerated().map { index, field in
                      CoverLine(label: field.label, value: field.value, source: source.key("fields").index(index + 1))
                  },
                  issuer: issuer.map { PrintedText($0, source: source.key("issuer")) },
                  year: year.map { PrintedText($0, source: source.key("year")) })
    }
}

public enum Block: Hashable, Sendable {
    case heading(Heading)
    case paragraph(Paragraph)
    case table(Table)
    case signature(SignatureBlock)
    /// The 落款 after the narrative: the unit, and the date under it.
    case closing(ClosingBlock)
    /// Start the next block on a new page (the self-evaluation table is an attachment).
    case pageBreak
}

/// A numbered heading. The number is the composer's (一、/（一）/1./（1）), never the user's.
public struct Heading: Hashable, Sendable {
    /// 1: 一、 黑体; 2: （一） 楷体; 3: 1. 仿宋 bold; 4: （1） 仿宋.
    public var level: Int
    public var number: String
    public var text: String
    /// Listed in the PDF outline (bookmarks).
    public var inOutline: Bool
    public var source: FieldPath?

    public init(level: Int, number: String, text: String, inOutline: Bool = true, source: FieldPath? = nil) {
        self.level = level
        self.number = number
        self.text = text
        self.inOutline = inOutline
        self.source = source
    }

    /// Number and text as printed: `一、项目基本情况`.
    public var fullText: String { number + text }
}

public struct Paragraph: Hashable, Sendable {
    public enum Style: Hashable, Sendable {
        /// 仿宋 16 pt, first line indented two characters, justified.
        case body
        /// Like body but with no indent (a line the user broke on purpose continues flush).
        case flush
        /// A label at the left margin in 黑体 (附件).
        case label
        /// A centred title in 宋体 bold (the table's title, 项目支出绩效自评表).
        case title
        /// A centred line under a title in 楷体 (the table's budget year, （2023年度）).
        case subtitle
        /// The document's own title on the first body page: 二号 (22 pt) 宋体 bold, centred,
        /// each line on a grid line (GB/T 9704 §7.3.3).
        case documentTitle
    }

    /// Plain text; a "\n" inside is a line break the user meant.
    public var text: String
    public var style: Style
    public var source: FieldPath?
    /// Listed in the PDF outline (used for the table title).
    public var outlineTitle: String?
    /// Where a centred title that needs more than one line is best broken, in characters from
    /// its start: between the project's name and 项目支出绩效自评报告, so no line ends inside a
    /// word of the name (配套 / 资金). Taken when the parts still need no more lines than the
    /// title; otherwise the title is broken evenly wherever Pango allows.
    public var preferredBreaks: [Int]

    public init(_ text: String, style: Style = .body, source: FieldPath? = nil, outlineTitle: String? = nil,
                preferredBreaks: [Int] = []) {
        self.text = text
        self.style = style
        self.source = source
        self.outlineTitle = outlineTitle
        self.preferredBreaks = preferredBreaks
    }
}

/// A ruled table. `header` rows repeat at the top of each page the table runs onto;
/// a body row is never split across pages unless it is taller than a page.
public struct Table: Hashable, Sendable {
    public var columns: [TableColumn]
    public var header: [TableRow]
    public var rows: [TableRow]
    public var source: FieldPath?
    /// How many of the last `rows` close the table (总分 and 自评等级): they stay on one page
    /// with the row before them (the last indicator row), which moves to the next page with
    /// them when they do not fit; a total is never printed under a header alone.
    public var footRows: Int
    /// A label down the first column beside the header and every row but the foot (绩效指标 on
    /// the national form): the header's and those rows' cells start in the second column, and
    /// each page the table reaches draws the label as one cell from the top of its header to
    /// the last of those rows there. The foot's cells start in the first column.
    public var sideLabel: TableCell?

    public init(columns: [TableColumn], header: [TableRow], rows: [TableRow], source: FieldPath? = nil, footRows: Int = 0,
                sideLabel: TableCell? = nil) {
        self.columns = columns
        self.header = header
        self.rows = rows
        self.source = source
        self.footRows = footRows
        self.sideLabel = sideLabel
    }
}

public struct TableColumn: Hashable, Sendable {
    /// Relative width; the renderer shares the text width in proportion.
    public var width: Double
    public var alignment: CellAlignment
    /// The narrowest (relative, like `width`) this column becomes to give room to a column whose
    /// cells run past their `maximumLines`; nil: it keeps its width.
    public var minimumWidth: Double?
    /// Lines a cell of this column should not run past (偏差原因 about 8): beyond them the
    /// column takes width from the columns with a `minimumWidth`, before rows grow taller.
    public var maximumLines: Int?

    public init(width: Double, alignment: CellAlignment = .center, minimumWidth: Double? = nil, maximumLines: Int? = nil) {
        self.width = width
        self.alignment = alignment
        self.minimumWidth = minimumWidth
        self.maximumLines = maximumLines
    }
}

public enum CellAlignment: Hashable, Sendable { case leading, center, trailing }

public struct TableRow: Hashable, Sendable {
    /// Cells left to right, skipping the positions covered by a span from above or the left.
    public var cells: [TableCell]

    public init(_ cells: [TableCell]) { self.cells = cells }
}

public struct TableCell: Hashable, Sendable {
    public enum Style: Hashable, Sendable {
        /// 仿宋.
        case body
        /// 黑体: column heads, 合计, labels of the header block.
        case head
    }

    public var text: String
    public var rowSpan: Int
    public var colSpan: Int
    public var style: Style
    /// nil: the column's alignment.
    public var alignment: CellAlignment?
    public var source: FieldPath?

    public init(_ text: String, rowSpan: Int = 1, colSpan: Int = 1, style: Style = .body,
                alignment: CellAlignment? = nil, source: FieldPath? = nil) {
        self.text = text
        self.rowSpan = rowSpan
        self.colSpan = colSpan
        self.style = style
        self.alignment = alignment
        self.source = source
    }
}

/// The 落款 (GB/T 9704 §7.3.5.1): one blank line below the text for the seal's top, the unit
/// centred over the date, the date four characters in from the right.
public struct ClosingBlock: Hashable, Sendable {
    public var unit: PrintedText
    public var date: PrintedText

    public init(unit: PrintedText, date: PrintedText) {
        self.unit = unit
        self.date = date
    }
}

/// 填报人（签字）, 单位负责人（签字）, 单位（盖章） and the date line, with room to sign.
public struct SignatureBlock: Hashable, Sendable {
    public var lines: [PrintedText]
    public var date: PrintedText

    public init(lines: [PrintedText], date: PrintedText) {
        self.lines = lines
        self.date = date
    }

    /// The block as the report gives it under `source` (`signature`): `signature.lines[1]` …,
    /// `signature.date`.
    public init(lines: [String], date: String, source: FieldPath = .root.key("signature")) {
        self.init(lines: lines.enumerated().map { PrintedText($1, source: source.key("lines").index($0 + 1)) },
                  date: PrintedText(date, source: source.key("date")))
    }
}
