import Foundation
import JixiaoCore

/// Writes `WorkbookSheet`s as an .xlsx: the SpreadsheetML parts (content types, relationships,
/// workbook, styles, shared strings, one part per sheet) in a fixed order, zipped by
/// `OfficePackageWriter` with fixed dates. Nothing here reads a clock or a locale, so the same
/// sheets give the same bytes on every run; the result reads back through `WorkbookReader`
/// like any workbook Excel saved.
///
/// ```swift
/// var sheet = WorkbookSheet(name: "汇总表")
/// sheet.set(1, 1, "序号")
/// let xlsx = try WorkbookWriter.xlsx([sheet])
/// ```
enum WorkbookWriter {
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    static func xlsx(_ sheets: [WorkbookSheet]) throws(PackageWriteError) -> [UInt8] {
        var strings = SharedStrings()
        var styles = StyleTable()
        let sheetParts = sheets.map { sheetXML($0, strings: &strings, styles: &styles) }
        var parts: [(path: String, data: Data)] = [
            ("[Content_Types].xml", contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", packageRelationships()),
            ("xl/workbook.xml", workbookXML(sheets)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", styles.xml()),
            ("xl/sharedStrings.xml", strings.xml()),
        ]
        for (index, part) in sheetParts.enumerated() { parts.append(("xl/worksheets/sheet\(index + 1).xml", part)) }
        return try OfficePackageWriter.zip(parts)
    }

    static func attribute(_ text: String) -> String { "\"" + XMLText.escape(text) + "\"" }

    static func contentTypes(sheetCount: Int) -> Data {
        var xml = declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for index in 0..<sheetCount {
            xml += #"<Override PartName="/xl/worksheets/sheet\#(index + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        xml += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        xml += #"<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#
        return Data((xml + "</Types>").utf8)
    }

    static func packageRelationships() -> Data {
        Data((declaration + #"<Relationships xmlns="\#(packageRelationshipNamespace)">"#
            + #"<Relationship Id="rId1" Type="\#(relationshipNamespace)/officeDocument" Target="xl/workbook.xml"/>"#
            + "</Relationships>").utf8)
    }

    static func workbookXML(_ sheets: [WorkbookSheet]) -> Data {
        var xml = declaration + #"<workbook xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)"><sheets>"#
        for (index, sheet) in sheets.enumerated() {
            xml += "<sheet name=\(attribute(sheet.name)) sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        return Data((xml + "</sheets></workbook>").utf8)
    }

    /// The sheets first (rId1…), then styles and shared strings.
    static func workbookRelationships(sheetCount: Int) -> Data {
        var xml = declaration + #"<Relationships xmlns="\#(packageRelationshipNamespace)">"#
        for index in 0..<sheetCount {
            xml += #"<Relationship Id="rId\#(index + 1)" Type="\#(relationshipNamespace)/worksheet" Target="worksheets/sheet\#(index + 1).xml"/>"#
        }
        xml += #"<Relationship Id="rId\#(sheetCount + 1)" Type="\#(relationshipNamespace)/styles" Target="styles.xml"/>"#
        xml += #"<Relationship Id="rId\#(sheetCount + 2)" Type="\#(relationshipNamespace)/sharedStrings" Target="sharedStrings.xml"/>"#
        return Data((xml + "</Relationships>").utf8)
    }

    /// One sheet part, its elements in the order the schema requires (cols, sheetData,
    /// mergeCells, dataValidations).
    static func sheetXML(_ sheet: WorkbookSheet, strings: inout SharedStrings, styles: inout StyleTable) -> Data {
        var xml = declaration + #"<worksheet xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)">"#
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>"
            for (index, width) in sheet.columnWidths.enumerated() {
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (row, cells) in sheet.rows {
            xml += "<row r=\"\(row)\">"
            for (column, cell) in cells {
                let reference = Grid.reference(row: row, column: column)
                let style = styles.index(of: cell.style)
                let s = style == 0 ? "" : " s=\"\(style)\""
                switch cell.value {
                case nil: xml += "<c r=\"\(reference)\"\(s)/>"
                case .text(let text): xml += "<c r=\"\(reference)\"\(s) t=\"s\"><v>\(strings.index(of: text))</v></c>"
                case .number(let number): xml += "<c r=\"\(reference)\"\(s)><v>\(number)</v></c>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if !sheet.merges.isEmpty {
            xml += "<mergeCells count=\"\(sheet.merges.count)\">"
            for merge in sheet.merges { xml += "<mergeCell ref=\"\(reference(merge))\"/>" }
            xml += "</mergeCells>"
        }
        if !sheet.validations.isEmpty {
            xml += "<dataValidations count=\"\(sheet.validations.count)\">"
            for validation in sheet.validations {
                xml += "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"\(validation.strict ? 1 : 0)\""
                if let title = validation.promptTitle, let prompt = validation.prompt {
                    // Excel limits a prompt's title to 32 characters and its text to 255.
                    xml += " promptTitle=\(attribute(String(title.prefix(32)))) prompt=\(attribute(String(prompt.prefix(255))))"
                }
                xml += " sqref=\"\(reference(validation.range))\">"
                xml += "<formula1>" + XMLText.escape("\"" + validation.items.joined(separator: ",") + "\"") + "</formula1>"
                xml += "</dataValidation>"
            }
            xml += "</dataValidations>"
        }
        xml += #"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#
        return Data((xml + "</worksheet>").utf8)
    }

    static func reference(_ range: Grid.Range) -> String {
        Grid.reference(row: range.first.row, column: range.first.column) + ":"
            + Grid.reference(row: range.last.row, column: range.last.column)
    }
}

/// The shared-string table in first-use order, so the same sheets number their strings alike.
struct SharedStrings {
    private var indices: [String: Int] = [:]
    private var strings: [String] = []
    private var uses = 0

    mutating func index(of text: String) -> Int {
        uses += 1
        if let index = indices[text] { return index }
        indices[text] = strings.count
        strings.append(text)
        return strings.count - 1
    }

    func xml() -> Data {
        var xml = WorkbookWriter.declaration
            + "<sst xmlns=\"\(WorkbookWriter.mainNamespace)\" count=\"\(uses)\" uniqueCount=\"\(strings.count)\">"
        for text in strings {
            // Leading or trailing spaces and line breaks survive only with xml:space.
            let keep = text.first?.isWhitespace == true || text.last?.isWhitespace == true || text.contains("\n")
            xml += keep ? "<si><t xml:space=\"preserve\">\(XMLText.escape(text))</t></si>" : "<si><t>\(XMLText.escape(text))</t></si>"
        }
        return Data((xml + "</sst>").utf8)
    }
}

/// The styles part: one `cellXfs` entry per distinct `Style` in first-use order (entry 0 is
/// the plain style), with its number format, font and border.
struct StyleTable {
    private var styles: [WorkbookSheet.Style] = [.plain]
    private var indices: [WorkbookSheet.Style: Int] = [.plain: 0]

    /// Format codes Excel knows by id (ECMA-376 §18.8.30): written by id, as Excel itself does.
    static let builtInFormats: [String: Int] = ["General": 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4,
                                                "0%": 9, "0.00%": 10, "@": 49]

    mutating func index(of style: WorkbookSheet.Style) -> Int {
        if let index = indices[style] { return index }
        indices[style] = styles.count
        styles.append(style)
        return styles.count - 1
    }

    func xml() -> Data {
        var customFormats: [String] = []
        var fonts: [FontKey] = [FontKey(bold: false, size: 11)]
        func formatID(_ code: String) -> Int {
            if let id = Self.builtInFormats[code] { return id }
            if let index = customFormats.firstIndex(of: code) { return 164 + index }
            customFormats.append(code)
            return 163 + customFormats.count
        }
        func fontID(_ style: WorkbookSheet.Style) -> Int {
            let key = FontKey(bold: style.bold, size: style.fontSize)
            if let index = fonts.firstIndex(of: key) { return index }
            fonts.append(key)
            return fonts.count - 1
        }
        var xfs = ""
        for style in styles {
            let format = formatID(style.numberFormat)
            xfs += "<xf numFmtId=\"\(format)\" fontId=\"\(fontID(style))\" fillId=\"0\" borderId=\"\(style.bordered ? 1 : 0)\" xfId=\"0\""
            xfs += format == 0 ? "" : " applyNumberFormat=\"1\""
            xfs += style.bordered ? " applyBorder=\"1\"" : ""
            if style.alignment != .general || style.wrap {
                xfs += " applyAlignment=\"1\"><alignment"
                if style.alignment != .general { xfs += " horizontal=\"\(style.alignment.rawValue)\"" }
                xfs += " vertical=\"center\"" + (style.wrap ? " wrapText=\"1\"" : "") + "/></xf>"
            } else {
                xfs += "/>"
            }
        }
        var xml = WorkbookWriter.declaration + "<styleSheet xmlns=\"\(WorkbookWriter.mainNamespace)\">"
        if !customFormats.isEmpty {
            xml += "<numFmts count=\"\(customFormats.count)\">"
            for (index, code) in customFormats.enumerated() {
                xml += "<numFmt numFmtId=\"\(164 + index)\" formatCode=\(WorkbookWriter.attribute(code))/>"
            }
            xml += "</numFmts>"
        }
        xml += "<fonts count=\"\(fonts.count)\">"
        for font in fonts {
            xml += "<font>" + (font.bold ? "<b/>" : "") + "<sz val=\"\(font.size)\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>"
        }
        xml += "</fonts>"
        xml += #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        xml += #"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>"#
        xml += #"<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>"#
        xml += #"<top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>"#
        xml += #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        xml += "<cellXfs count=\"\(styles.count)\">" + xfs + "</cellXfs>"
        xml += #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        return Data((xml + "</styleSheet>").utf8)
    }

    private struct FontKey: Equatable {
        var bold: Bool
        var size: Double
    }
}
