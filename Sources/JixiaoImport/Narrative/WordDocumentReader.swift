import JixiaoCore

/// Reads a .docx: the body's paragraphs and tables in order. A paragraph's text is its runs'
/// text as printed — inserted revisions kept; deleted revisions, field codes (the code, not
/// its shown result), comments and bookmarks left out. Its heading level comes from its style
/// (标题 1 / Heading 1, or an outline level). A paragraph Word numbers automatically gets its
/// label in front (`二、`, `（一）`, `1. `, from `WordNumbering`), as it prints, so a heading
/// numbered by Word reads like a typed one. Every paragraph, in a table or not, is numbered
/// from 1 in reading order: that number is its place (`报告.docx:¶12`).
struct WordDocumentReader {
    struct Content: Sendable {
        var paragraphs: [NarrativeParagraph] = []
        var tables: [Grid] = []
    }

    let package: OfficePackage
    private var styleLevels: [String: Int] = [:]
    private var counters = ListCounters(WordNumbering())
    private var count = 0
    private var content = Content()

    init(_ package: OfficePackage) { self.package = package }

    static func read(_ package: OfficePackage) throws(Diagnostics) -> Content {
        let part = try package.mainPart() ?? "word/document.xml"
        guard let document = try package.xml(part, counted: ("p", package.limits.maxParagraphs)), document.name == "document",
              let body = document.first("body") else {
            throw Diagnostics(ImportDiagnostics.notAPackage(package.file, reason: Message("没有 Word 正文部分（word/document.xml）；是否是改了扩展名的 Excel 文件？",
                                                                                           "it has no Word body (word/document.xml); an Excel file renamed?")))
        }
        var reader = WordDocumentReader(package)
        let relations = try package.relationships(of: part)
        let styles = try relations.values.first(where: { $0.hasSuffix("styles.xml") }).flatMap { part throws(Diagnostics) in try package.xml(part) }
        reader.styleLevels = Self.headingStyles(styles)
        let numbering = try relations.values.first(where: { $0.hasSuffix("numbering.xml") }).flatMap { part throws(Diagnostics) in try package.xml(part) }
        reader.counters = ListCounters(WordNumbering(numbering: numbering, styles: styles))
        reader.readBlocks(body)
        return reader.content
    }

    /// Style id → heading level, from the style's name (`heading 2`, `标题 2`) or its outline level.
    static func headingStyles(_ styles: MarkupElement?) -> [String: Int] {
        var levels: [String: Int] = [:]
        for style in styles?.elements("style") ?? [] where style["type"] == "paragraph" {
            guard let id = style["styleId"] else { continue }
            let name = (style.first("name")?["val"] ?? "").lowercased()
            if let match = name.wholeMatch(of: /(heading|标题)\s*(\d)/), let level = Int(match.2) {
                levels[id] = level
            } else if let outline = style.first("pPr")?.first("outlineLvl")?["val"].flatMap({ Int($0) }), outline < 9 {
                levels[id] = outline + 1
            }
        }
        return levels
    }

    /// Paragraphs and tables of a container (the body, a cell, a content control), in order.
    mutating func readBlocks(_ container: MarkupElement) {
        for element in container.elements {
            switch element.name {
            case "p": content.paragraphs.append(paragraph(element))
            case "tbl": content.tables.append(table(element))
            case "sdt": if let inner = element.first("sdtContent") { readBlocks(inner) }
            default: continue
            }
        }
    }

    mutating func paragraph(_ element: MarkupElement) -> NarrativeParagraph {
        count += 1
        let properties = element.first("pPr")
        var level = properties?.first("pStyle")?["val"].flatMap { styleLevels[$0] }
        if let outline = properties?.first("outlineLvl")?["val"].flatMap({ Int($0) }) { level = outline < 9 ? outline + 1 : nil }
        var inField = false
        let label = counters.numbering.reference(properties).map { counters.label(for: $0) } ?? ""
        return NarrativeParagraph(text: label + Self.text(of: element, inField: &inField), styleLevel: level,
                                  location: SourceLocation(file: package.file, paragraph: count), label: label)
    }

    /// The printed text of a paragraph's runs. `inField` is true between a complex field's
    /// `begin` and `separate`: that stretch is the field's code (`PAGE`, `HYPERLINK …`).
    static func text(of element: MarkupElement, inField: inout Bool) -> String {
        var text = ""
        for child in element.elements {
            switch child.name {
            case "r":
                for part in child.elements {
                    switch part.name {
                    case "fldChar":
                        let kind = part["fldCharType"]
                        if kind == "begin" { inField = true } else if kind == "separate" || kind == "end" { inField = false }
                    case "t" where !inField: text += part.text
                    case "tab" where !inField: text += "\t"
                    case "br", "cr": if !inField { text += "\n" }
                    case "noBreakHyphen": text += "-"
                    default: continue
                    }
                }
            case "ins", "hyperlink", "smartTag", "fldSimple", "customXml":
                text += Self.text(of: child, inField: &inField)
            case "sdt":
                if let inner = child.first("sdtContent") { text += Self.text(of: inner, inField: &inField) }
            default: continue  // del, bookmarks, comment marks, proofing marks, drawings
            }
        }
        return text
    }

    /// A table as a grid: `gridSpan` widens a cell, `vMerge` continues the one above. A cell's
    /// place is its first paragraph.
    mutating func table(_ element: MarkupElement) -> Grid {
        var grid = Grid(origin: .document(file: package.file, paragraph: count + 1))
        var openVertical: [Int: Grid.Position] = [:]  // column → first cell of a vertical merge
        var ranges: [Grid.Position: Grid.Range] = [:]
        // Rows and columns past the sheet limits are no part of a 自评表 (and would make the grid that large).
        for (rowIndex, row) in element.elements("tr").prefix(package.limits.maxRows).enumerated() {
            var column = 1
            for cell in row.elements("tc") where column <= package.limits.maxColumns {
                let properties = cell.first("tcPr")
                let span = min(max(1, properties?.first("gridSpan")?["val"].flatMap { Int($0) } ?? 1), package.limits.maxColumns)
                let merge = properties?.first("vMerge")
                let first = count + 1
                var paragraphs: [String] = []
                for block in cell.elements where block.name == "p" || block.name == "tbl" {
                    if block.name == "p" { paragraphs.append(NarrativeReader.cleaned(paragraph(block).text)) } else { _ = table(block) }
                }
                let position = Grid.Position(row: rowIndex + 1, column: column)
                let last = Grid.Position(row: position.row, column: min(column + span - 1, package.limits.maxColumns))
                if let merge, merge["val"] != "restart", let start = openVertical[column] {
                    ranges[start, default: Grid.Range(first: start, last: last)].last = last
                } else {
                    openVertical[column] = merge != nil ? position : nil
                    let text = paragraphs.filter { !$0.isEmpty }.joined(separator: "\n")
                    grid.set(Grid.Cell(text: text, location: SourceLocation(file: package.file, paragraph: first)), at: position)
                    if span > 1 { ranges[position] = Grid.Range(first: position, last: last) }
                }
                grid.columnCount = max(grid.columnCount, last.column)
                column += span
            }
            grid.rowCount = max(grid.rowCount, rowIndex + 1)
        }
        grid.merge(ranges.values.sorted { $0.first < $1.first })
        return grid
    }
}
