import JixiaoCore

/// One file handed to an importer: its bytes and the name its places print with. The importer
/// never opens a file; `ReportFile` (JixiaoPipeline) reads it.
public struct ImportSource: Hashable, Sendable {
    public var bytes: [UInt8]
    public var name: String

    public init(bytes: [UInt8], name: String) {
        self.bytes = bytes
        self.name = name
    }
}

/// A report tree an importer built, with the importer's own warnings (a formula target, a row
/// left out), which come before the decoder's.
public struct ImportedReport: Hashable, Sendable {
    public var tree: InputNode
    public var warnings: [Diagnostic]
    /// The name the tree's places print with (the workbook, or the narrative without one).
    public var origin: String
}

/// Reads what clerks have into a report: the 自评表 from an .xlsx (or a table in a .docx), the
/// narrative from a .docx or a text saved from Word. The result goes through
/// `ReportDecoder.decode(tree:origin:)`, so every field rule and message is the one a YAML file
/// gets, at the cell or paragraph it came from.
///
/// ```swift
/// let report = try ReportImporter.decode(ImportSource(bytes: xlsx, name: "自评表.xlsx"),
///                                        narrative: ImportSource(bytes: docx, name: "报告.docx"))
/// report.sourceMap.location(of: FieldPath.root.key("budget").key("executed"))  // 自评表.xlsx!Sheet1!E6
/// ```
public enum ReportImporter {
    /// The kinds of file an importer reads.
    public enum Kind: Hashable, Sendable {
        case workbook, wordDocument, plainText
    }

    /// The importer for a file named `name`, or nil for YAML and JSON (the decoder's own).
    public static func kind(forName name: String) -> Kind? {
        let lower = name.lowercased()
        if lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") || lower.hasSuffix(".xls") { return .workbook }
        if lower.hasSuffix(".docx") || lower.hasSuffix(".doc") { return .wordDocument }
        if lower.hasSuffix(".txt") { return .plainText }
        return nil
    }

    /// The scheme an imported report is scored by unless told otherwise.
    public static let defaultScheme = "national-2020"

    /// The tree of `main` (a workbook, Word file or text) and, for a workbook, the narrative
    /// beside it. `scheme` is a preset id (a workbook does not say which scheme it follows).
    public static func importReport(_ main: ImportSource, narrative: ImportSource? = nil, scheme: String = defaultScheme,
                                    limits: ImportLimits = .default) throws(Diagnostics) -> ImportedReport {
        var table: SelfEvaluationTableReading?
        var story: NarrativeReading?
        var warnings: [Diagnostic] = []
        switch kind(forName: main.name) ?? .plainText {
        case .workbook:
            table = try readWorkbook(main, limits: limits)
        case .wordDocument:
            let document = try readWord(main, limits: limits)
            story = document.narrative
            table = document.table
        case .plainText:
            story = NarrativeReader.read(try PlainTextReader.paragraphs(main.bytes, file: main.name, limits: limits))
        }
        if let narrative {
            switch kind(forName: narrative.name) {
            case .wordDocument:
                let document = try readWord(narrative, limits: limits)
                story = document.narrative
                if table == nil { table = document.table }
            case .workbook:
                throw Diagnostics(.error(.narrativeNotRead, Message("--narrative 应是 Word 报告（.docx）或文本（.txt），\(narrative.name) 是工作簿",
                                                                    "--narrative takes a Word report (.docx) or text (.txt); \(narrative.name) is a workbook")))
            case .plainText, nil:
                story = NarrativeReader.read(try PlainTextReader.paragraphs(narrative.bytes, file: narrative.name, limits: limits))
            }
        }
        warnings += table?.warnings ?? []
        warnings += story?.warnings ?? []
        let root = table?.at ?? story?.title?.location ?? SourceLocation(file: main.name, line: 1, column: 1)
        if let story, story.sections.isEmpty, table == nil {
            warnings.append(.warning(.narrativeNotRead, Message("\(main.name) 中没有找到编号的章节标题（一、（一）1. 或 Word 标题样式）",
                                                                "no numbered headings (一、（一）1. or Word heading styles) found in \(main.name)"),
                                     location: root))
        }
        let tree = ReportTree.build(table: table, narrative: story, scheme: Located(text: scheme, location: root), at: root)
        return ImportedReport(tree: tree, warnings: warnings, origin: table == nil ? main.name : root.file)
    }

    /// Imports and decodes: the report a YAML file with the same content gives, with the
    /// importer's warnings first among its warnings (or among the thrown diagnostics).
    public static func decode(_ main: ImportSource, narrative: ImportSource? = nil, scheme: String = defaultScheme,
                              limits: ImportLimits = .default) throws(Diagnostics) -> ReportInput {
        let imported = try importReport(main, narrative: narrative, scheme: scheme, limits: limits)
        do {
            var report = try ReportDecoder.decode(tree: imported.tree, origin: imported.origin)
            report.warnings = imported.warnings + report.warnings
            return report
        } catch {
            throw Diagnostics(imported.warnings + error.all)
        }
    }

    /// The 自评表 of a workbook: the first sheet (those named …自评… first) with the indicator header.
    static func readWorkbook(_ source: ImportSource, limits: ImportLimits) throws(Diagnostics) -> SelfEvaluationTableReading {
        let package = try OfficePackage(bytes: source.bytes, file: source.name, limits: limits)
        let workbook = try WorkbookReader(package)
        let ordered = workbook.sheets.filter { $0.name.contains("自评") } + workbook.sheets.filter { !$0.name.contains("自评") }
        for sheet in ordered {
            if let reading = SelfEvaluationTableReader(grid: try workbook.grid(sheet)).read() { return reading }
        }
        let names = workbook.sheets.map(\.name).joined(separator: "、")
        throw Diagnostics(.error(.noSelfEvaluationTable,
                                 Message("\(source.name) 中没有找到自评表：没有哪个工作表有“三级指标”和“分值”（或“权重”）表头（工作表：\(names.isEmpty ? "无" : names)）",
                                         "no 自评表 in \(source.name): no sheet has the 三级指标 and 分值 (or 权重) headers (sheets: \(names.isEmpty ? "none" : names))"),
                                 hints: [Message("自评表需有表头行：一级指标、二级指标、三级指标、年度指标值、实际完成值、分值、得分",
                                                 "the table needs a header row: 一级指标, 二级指标, 三级指标, 年度指标值, 实际完成值, 分值, 得分")]))
    }

    /// A Word file's narrative and the first 自评表 among its tables.
    static func readWord(_ source: ImportSource, limits: ImportLimits) throws(Diagnostics) -> (narrative: NarrativeReading, table: SelfEvaluationTableReading?) {
        let package = try OfficePackage(bytes: source.bytes, file: source.name, limits: limits)
        let content = try WordDocumentReader.read(package)
        let table = content.tables.lazy.compactMap { SelfEvaluationTableReader(grid: $0).read() }.first
        return (NarrativeReader.read(content.paragraphs), table)
    }
}
