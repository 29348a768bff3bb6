import Foundation
import Testing
@testable import JixiaoImport
import JixiaoCore

/// A workbook or Word file is a ZIP of XML from anyone: each hostile shape ends in one clear
/// message naming the file, within the fixed limits, and never crashes or hangs.
@Suite struct UntrustedFileTests {
    static let header = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值"]]

    static func problem(_ bytes: [UInt8], name: String = "自评表.xlsx", limits: ImportLimits = .default) throws -> Diagnostic {
        let error = try #require(throws: Diagnostics.self) {
            try ReportImporter.importReport(ImportSource(bytes: bytes, name: name), limits: limits)
        }
        #expect(error.all.count == 1)
        let first = try #require(error.all.first)
        #expect(first.description.contains(name))
        return first
    }

    @Test func anOldBinaryWorkbookNamesTheConversion() throws {
        let ole2: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        let found = try Self.problem(ole2, name: "旧表.xls")
        #expect(found.code == .legacyOfficeFile)
        #expect(found.hints.first?.chinese.contains("soffice --headless --convert-to xlsx 旧表.xls") == true)
    }

    @Test func notAZipTruncatedOrEmpty() throws {
        #expect(try Self.problem(Array("scheme: x".utf8)).code == .unreadableOfficeFile)
        let whole = try ZipBuilder.workbook(sheet: ZipBuilder.sheet(Self.header))
        #expect(try Self.problem(Array(whole.prefix(whole.count / 2))).code == .unreadableOfficeFile)
        #expect(try Self.problem([]).code == .unreadableOfficeFile)
    }

    @Test func aWordFileRenamedAsAWorkbookIsNamed() throws {
        let docx = try Office.source("report-numbered.docx")
        let found = try Self.problem(docx.bytes, name: "自评表.xlsx")
        #expect(found.code == .unreadableOfficeFile)
        #expect(found.message.chinese.contains("Word"))
    }

    @Test func aZipBombStopsAtThePartLimit() throws {
        // 64 MiB of zeros deflates to about 64 KiB; with an 8 MiB limit it stops at 8.
        let zeros = Data(count: 64 << 20)
        let bytes = try ZipBuilder.workbook(sheet: ZipBuilder.sheet(Self.header), extra: [("xl/sharedStrings.xml", zeros)])
        #expect(bytes.count < 1 << 20)
        var limits = ImportLimits()
        limits.maxPartBytes = 8 << 20
        let start = ContinuousClock.now
        #expect(try Self.problem(bytes, limits: limits).code == .inputTooLarge)
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func anEntryThatClimbsOutIsRefused() throws {
        let bytes = try ZipBuilder.zip([("../../etc/evil.xml", Data("<a/>".utf8)), ("xl/workbook.xml", Data("<workbook/>".utf8))])
        let found = try Self.problem(bytes)
        #expect(found.code == .unreadableOfficeFile)
        #expect(found.message.chinese.contains("../../etc/evil.xml"))
    }

    @Test func entitiesAndDoctypesAreNeverParsed() throws {
        let laughs = #"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><worksheet><sheetData><row><c t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>"#
        #expect(try Self.problem(ZipBuilder.workbook(sheet: laughs)).code == .unreadableOfficeFile)
        let external = #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><worksheet>&e;</worksheet>"#
        let found = try Self.problem(ZipBuilder.workbook(sheet: external))
        #expect(found.message.chinese.contains("DTD"))
    }

    @Test func aSheetOfTooManyRowsStopsAtTheRowLimit() throws {
        var limits = ImportLimits()
        limits.maxRows = 1_000
        let rows = String(repeating: "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>", count: 1_001)
        let sheet = #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"# + rows + "</sheetData></worksheet>"
        let found = try Self.problem(ZipBuilder.workbook(sheet: sheet), limits: limits)
        #expect(found.code == .inputTooLarge)
        #expect(found.message.english.contains("more than 1000 rows"))
    }

    @Test func aWorkbookWithoutTheTableSaysWhichSheetsItSearched() throws {
        let found = try Self.problem(ZipBuilder.workbook(sheet: ZipBuilder.sheet([["项目名称", "测试"]])))
        #expect(found.code == .noSelfEvaluationTable)
        #expect(found.message.chinese.contains("Sheet1"))
    }

    @Test func malformedXMLIsNamedByItsPart() throws {
        let found = try Self.problem(ZipBuilder.workbook(sheet: "<worksheet><sheetData><row>"))
        #expect(found.code == .unreadableOfficeFile)
        #expect(found.message.chinese.contains("xl/worksheets/sheet1.xml"))
    }
}
