import Foundation
import Testing

/// `jixiao import`, and the other commands taking a workbook directly: the acceptance tests
/// of issue 14 on the office fixtures (Tests/Fixtures/office).
@Suite(.serialized) struct ImportCommandTests {
    static let office = CLI.repository.appendingPathComponent("Tests/Fixtures/office")
    static let seed = CLI.repository.appendingPathComponent("Tests/Fixtures/seed/000_f42eab3d3970501c.txt").path

    /// A folder holding 自评表.xlsx and, beside it, 自评表.docx (the Word report).
    static func clerkFolder() throws -> URL {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.copyItem(at: office.appendingPathComponent("provincial-yongde.xlsx"), to: folder.appendingPathComponent("自评表.xlsx"))
        try FileManager.default.copyItem(at: office.appendingPathComponent("report-headings.docx"), to: folder.appendingPathComponent("报告.docx"))
        return folder
    }

    @Test func renderingTheWorkbookGivesTheBytesOfRenderingTheImportedYAML() throws {
        let folder = try Self.clerkFolder()
        let imported = try CLI.run(["import", "自评表.xlsx", "--narrative", "报告.docx", "-o", "report.yaml"], in: folder)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("已写出 written: report.yaml"))
        let check = try CLI.run(["check", "report.yaml"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
        let direct = try CLI.run(["render", "自评表.xlsx", "--narrative", "报告.docx", "-o", "direct.pdf"], in: folder)
        #expect(direct.status == 0, "\(direct.stderr)")
        let viaYAML = try CLI.run(["render", "report.yaml", "-o", "yaml.pdf"], in: folder)
        #expect(viaYAML.status == 0, "\(viaYAML.stderr)")
        let one = try Data(contentsOf: folder.appendingPathComponent("direct.pdf"))
        let two = try Data(contentsOf: folder.appendingPathComponent("yaml.pdf"))
        #expect(one.count > 10_000)
        #expect(one == two)
    }

    @Test func theDocxOfTheSameNameIsTheNarrative() throws {
        let folder = try Self.clerkFolder()
        try FileManager.default.moveItem(at: folder.appendingPathComponent("报告.docx"), to: folder.appendingPathComponent("自评表.docx"))
        let imported = try CLI.run(["import", "自评表.xlsx"], in: folder)
        #expect(imported.stdout.contains("  - title: 绩效自评工作组织情况\n"))
        #expect(imported.stdout.hasPrefix("# 由 jixiao import 从 自评表.xlsx + 自评表.docx 生成"))
        let score = try CLI.run(["score", "自评表.xlsx"], in: folder)
        #expect(score.status == 0, "\(score.stderr)")
        // The importer's warnings print with their cells, like any other.
        let check = try CLI.run(["check", "自评表.xlsx"], in: folder)
        #expect(check.status == 0)
        #expect(check.stdout.contains("检查通过：自评表.xlsx"))
    }

    @Test func theSeedTextImportsItsCoverAndSections() throws {
        let result = try CLI.run(["import", Self.seed])
        #expect(result.stdout.contains("  fields:\n    - 项目名称: 困难职工帮扶（1:1）配套资金\n"))
        #expect(result.stdout.contains("  - title: 绩效自评工作组织情况\n"))
        #expect(!result.stdout.contains("[bookmark"))
        // Without a 自评表 the report still needs its budget and indicators: check says so.
        #expect(result.stderr.contains("J005"))
        #expect(result.status == 0)
    }

    @Test func anOldWorkbookNamesTheConversionAndExitsOne() throws {
        let folder = try CLI.temporaryFolder()
        let old = folder.appendingPathComponent("旧表.xls")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(to: old)
        for command in [["import", "旧表.xls"], ["check", "旧表.xls"]] {
            let result = try CLI.run(command, in: folder)
            #expect(result.status == 1)
            #expect(result.stderr.contains("J081"))
            #expect(result.stderr.contains("soffice --headless --convert-to xlsx 旧表.xls"))
        }
    }

    @Test func aReportFileIsNotImportedAgain() throws {
        let result = try CLI.run(["import", CLI.seedExample])
        #expect(result.status == 2)
        #expect(result.stderr.contains("import 读取 .xlsx、.docx 或 .txt"))
    }

    @Test func importRefusesToOverwriteWithoutForce() throws {
        let folder = try Self.clerkFolder()
        try Data("x".utf8).write(to: folder.appendingPathComponent("report.yaml"))
        let result = try CLI.run(["import", "自评表.xlsx", "-o", "report.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("J042"))
        #expect(try String(contentsOf: folder.appendingPathComponent("report.yaml"), encoding: .utf8) == "x")
    }

    @Test func batchTakesWorkbooks() throws {
        let folder = try Self.clerkFolder()
        let result = try CLI.run(["batch", ".", "-o", "out"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/自评表.pdf").path))
    }
}
