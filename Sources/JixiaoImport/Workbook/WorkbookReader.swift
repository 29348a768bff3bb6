import Foundation
import JixiaoCore

/// Reads an .xlsx package into `Grid`s: the sheet list from `xl/workbook.xml`, shared strings,
/// number formats from `styles.xml`, and each sheet's cells and merged ranges. A cell is read
/// as it shows: shared or inline string, a formula by its saved result, a number in its format.
struct WorkbookReader {
    struct SheetEntry: Hashable, Sendable {
        var name: String
        var part: String
    }

    let package: OfficePackage
    let sheets: [SheetEntry]
    private let sharedStrings: [String]
    private let formats: [NumberFormat]
    private let date1904: Bool

    init(_ package: OfficePackage) throws(Diagnostics) {
        self.package = package
        let workbookPart = try package.mainPart() ?? "xl/workbook.xml"
        guard let workbook = try package.xml(workbookPart), workbook.name == "workbook" else {
            throw Diagnostics(ImportDiagnostics.notAPackage(package.file, reason: Message("没有工作簿部分（xl/workbook.xml）；是否是改了扩展名的 Word 文件？",
                                                                                           "it has no workbook part (xl/workbook.xml); a Word file renamed?")))
        }
        let relations = try package.relationships(of: workbookPart)
        sheets = workbook.first("sheets")?.elements("sheet").compactMap { sheet in
            guard let name = sheet["name"], let id = sheet["id"], let part = relations[id] else { return nil }
            return SheetEntry(name: name, part: part)
        } ?? []
        date1904 = ["1", "true"].contains(workbook.first("workbookPr")?["date1904"] ?? "")
        let folder = workbookPart.split(separator: "/").dropLast().joined(separator: "/")
        let stringsPart = relations.values.first { $0.hasSuffix("sharedStrings.xml") } ?? folder + "/sharedStrings.xml"
        sharedStrings = try package.xml(stringsPart)?.elements("si").map(Self.richText) ?? []
        let stylesPart = relations.values.first { $0.hasSuffix("styles.xml") } ?? folder + "/styles.xml"
        formats = try Self.formats(package.xml(stylesPart))
    }

    /// The text of a shared or inline string: its `<t>`, or its runs' `<t>` joined; phonetic
    /// guides (`<rPh>`) are not text.
    static func richText(_ item: MarkupElement) -> String {
        if let plain = item.first("t") { return plain.text }
        return item.elements("r").compactMap { $0.first("t")?.text }.joined()
    }

    /// The number format of each cell style (`cellXfs` order), built-in ids resolved.
    static func formats(_ styles: MarkupElement?) -> [NumberFormat] {
        guard let styles else { return [] }
        var codes: [Int: String] = [:]
        for format in styles.first("numFmts")?.elements("numFmt") ?? [] {
            if let id = format["numFmtId"].flatMap({ Int($0) }), let code = format["formatCode"] { codes[id] = code }
        }
        return styles.first("cellXfs")?.elements("xf").map { xf in
            let id = xf["numFmtId"].flatMap { Int($0) } ?? 0
            return NumberFormat(code: codes[id] ?? NumberFormat.builtIn(id) ?? "General")
        } ?? []
    }

    /// The sheet as a grid.
    func grid(_ sheet: SheetEntry) throws(Diagnostics) -> Grid {
        var grid = Grid(origin: .sheet(file: package.file, name: sheet.name))
        guard let root = try package.xml(sheet.part, counted: ("row", package.limits.maxRows)) else {
            throw Diagnostics(ImportDiagnostics.notAPackage(package.file, reason: Message("缺少工作表 \(sheet.name) 的内容（\(sheet.part)）",
                                                                                           "the sheet \(sheet.name) has no part (\(sheet.part))")))
        }
        var rowNumber = 0
        for row in root.first("sheetData")?.elements("row") ?? [] {
            rowNumber = row["r"].flatMap { Int($0) } ?? rowNumber + 1
            var columnNumber = 0
            for cell in row.elements("c") {
                let reference = cell["r"].flatMap(CellReference.init)
                columnNumber = reference?.column ?? columnNumber + 1
                let position = Grid.Position(row: reference?.row ?? rowNumber, column: columnNumber)
                // A reference past the limits (`A99999999`) would make the grid that large: such a
                // cell is no part of a 自评表.
                guard (1...package.limits.maxColumns).contains(position.column), (1...package.limits.maxRows).contains(position.row) else { continue }
                let location = SourceLocation(file: package.file, sheet: sheet.name,
                                              cell: Grid.reference(row: position.row, column: position.column))
                if let value = read(cell, at: location) { grid.set(value, at: position) }
            }
        }
        grid.merge(root.first("mergeCells")?.elements("mergeCell").compactMap { merge in
            let ends = (merge["ref"] ?? "").split(separator: ":").compactMap { CellReference(String($0)) }
            guard let first = ends.first else { return nil }
            let last = ends.last ?? first
            return Grid.Range(first: Grid.Position(row: first.row, column: first.column),
                              last: Grid.Position(row: last.row, column: last.column))
        } ?? [])
        return grid
    }

    /// One `<c>`: its shown text, or nil when it has no value and no formula.
    func read(_ cell: MarkupElement, at location: SourceLocation) -> Grid.Cell? {
        let formula = cell.first("f").map(\.text)
        let value = cell.first("v")?.text
        let style = cell["s"].flatMap { Int($0) } ?? 0
        let text: String
        var isError = false
        switch cell["t"] ?? "n" {
        case "s": text = value.flatMap { Int($0) }.flatMap { sharedStrings.indices.contains($0) ? sharedStrings[$0] : nil } ?? ""
        case "inlineStr": text = cell.first("is").map(Self.richText) ?? ""
        case "str": text = value ?? ""
        case "b": text = value == "1" ? "TRUE" : "FALSE"
        case "e": text = value ?? ""; isError = true
        case "d": text = value ?? ""
        default:
            guard let value else { text = ""; break }
            let format = formats.indices.contains(style) ? formats[style] : NumberFormat(code: "General")
            text = format.display(value, date1904: date1904)
        }
        if text.isEmpty && formula == nil { return nil }
        return Grid.Cell(text: text, location: location, formula: formula, isError: isError)
    }
}
