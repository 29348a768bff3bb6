import Foundation
import Testing
@testable import JixiaoImport
import JixiaoCore

/// The report's text, from a file saved from Word or from a .docx: the cover, and every section
/// numbered by the program.
@Suite struct NarrativeImportTests {
    /// Titles and texts, depth-first: what a comparison "word for word" compares.
    static func outline(_ sections: [NarrativeSection], depth: Int = 0) -> [String] {
        sections.flatMap { section in
            ["\(depth)|\(section.title)|\(section.paragraphs.joined(separator: "¶"))"] + outline(section.subsections, depth: depth + 1)
        }
    }

    @Test func theSeedImportsToTheLinzhiExamplesSectionsWordForWord() throws {
        // The seed has no 自评表; a workbook beside it supplies one, as `--narrative` does.
        let report = try ReportImporter.decode(try Office.source("national-zhongjiang.xlsx"), narrative: try Office.seed())
        let linzhi = try Office.linzhi()
        #expect(Self.outline(linzhi.sections).count == 17)
        #expect(Self.outline(report.sections) == Self.outline(linzhi.sections))
        #expect(report.cover.title == linzhi.cover.title)
        #expect(report.cover.fields == linzhi.cover.fields)
        #expect(report.cover.issuer == linzhi.cover.issuer)
        #expect(report.cover.year == linzhi.cover.year)
        #expect(report.project.date == linzhi.project.date)
        #expect(report.sourceMap.location(of: FieldPath.root.key("sections").index(2).key("title"))?.description == "seed.txt:39:1")
    }

    @Test func theSeedAloneGivesItsCoverAndSections() throws {
        let imported = try ReportImporter.importReport(try Office.seed())
        #expect(imported.origin == "seed.txt")
        // Without a table the decoder asks for what is missing, at the top of the file.
        let error = try #require(throws: Diagnostics.self) { try ReportDecoder.decode(tree: imported.tree, origin: imported.origin) }
        #expect(Set(error.errors.map(\.code)) == [.missingField])
    }
}

/// Word files: heading styles or typed numbering, Word's artefacts gone, a table inside.
@Suite struct WordImportTests {
    static func sections(_ name: String) throws -> [NarrativeSection] {
        try ReportImporter.decode(try Office.source("national-zhongjiang.xlsx"), narrative: try Office.source(name)).sections
    }

    @Test func headingStylesAndTypedNumberingGiveTheSameSections() throws {
        let linzhi = NarrativeImportTests.outline(try Office.linzhi().sections)
        #expect(NarrativeImportTests.outline(try Self.sections("report-numbered.docx")) == linzhi)
        let styled = NarrativeImportTests.outline(try Self.sections("report-headings.docx"))
        #expect(styled.map { $0.split(separator: "|").prefix(2).joined(separator: "|") }
                == linzhi.map { $0.split(separator: "|").prefix(2).joined(separator: "|") })
    }

    @Test func wordsArtefactsAreLeftOut() throws {
        let funds = try #require(try Self.sections("report-headings.docx").first?.subsections[2])
        // A bookmark, a deleted "90", an inserted "100", a comment and a field (= 50*2, shown 100).
        #expect(funds.paragraphs == ["本项目预算计划安排资金100万元，实际分配下达资金100万元，实际支出金额为100万元，资金使用情况良好，全部用于项目既定内容，未出现超支或挪用情况。"])
    }

    @Test func aTableInsideTheDocumentIsReadLikeTheWorkbook() throws {
        let document = try ReportImporter.decode(try Office.source("report-with-table.docx"))
        let workbook = try ReportImporter.decode(try Office.source("national-zhongjiang.xlsx"))
        #expect(document.rows.map(\.name) == workbook.rows.map(\.name))
        #expect(document.rows.map(\.weight) == workbook.rows.map(\.weight))
        #expect(document.budget.executed == workbook.budget.executed)
        #expect(document.sections.count == 5)
        let place = try #require(document.sourceMap.location(of: FieldPath.root.key("budget").key("executed")))
        #expect(place.description.hasPrefix("report-with-table.docx:¶"))
    }
}
