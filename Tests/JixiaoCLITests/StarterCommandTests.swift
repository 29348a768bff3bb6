import Foundation
import Testing

/// `jixiao new` and `jixiao template` as a new clerk runs them: a file to start from, which
/// `check` or `import` takes straight back; nothing overwritten without --force.
@Suite struct StarterCommandTests {
    @Test func aNewReportPassesCheckAndRendersAsItIs() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try CLI.run(["new", "-o", "report.yaml", "--scheme", "sichuan-2023"], in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("已写出报告文件 written the report file: report.yaml"))
        let check = try CLI.run(["check", "report.yaml"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("0 个错误，0 个警告"))
        let text = try String(contentsOf: folder.appendingPathComponent("report.yaml"), encoding: .utf8)
        #expect(text.contains("scheme: sichuan-2023\n"))
        #expect(text.contains("  # 全年预算数（调整后），必填，执行率的分母 (adjusted budget; required; the rate's denominator)\n  adjusted: 100\n"))
        let render = try CLI.run(["render", "report.yaml"], in: folder)
        #expect(render.status == 0, "\(render.stderr)")
        // Without -o the file goes to standard output, for `jixiao new > x.yaml`.
        let printed = try CLI.run(["new"], in: folder)
        #expect(printed.status == 0)
        #expect(printed.stdout.contains("scheme: national-2020\n"))
    }

    @Test(arguments: [["new", "-o", "out.yaml"], ["template", "-o", "out.xlsx"]])
    func anExistingFileIsKeptWithoutForce(_ command: [String]) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent(command[2])
        try Data("keep".utf8).write(to: target)
        let refused = try CLI.run(command, in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("错误 J042 输出文件已存在：\(command[2])，未覆盖（output file exists: \(command[2]); not overwritten）"))
        #expect(try Data(contentsOf: target) == Data("keep".utf8))
        let forced = try CLI.run(command + ["--force"], in: folder)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try Data(contentsOf: target) != Data("keep".utf8))
        // Written whole through a temporary beside it: nothing else is left in the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [command[2]])
    }

    @Test(arguments: ["new", "template"])
    func anUnknownSchemeIsAUsageErrorNamingTheClosest(_ command: String) throws {
        let result = try CLI.run([command, "-o", "/tmp/never-written.x", "--scheme", "sichuan-2032"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("没有名为“sichuan-2032”的评分方案（there is no scheme named 'sichuan-2032'）"))
        #expect(result.stderr.contains("你是不是想写“sichuan-2023”？"))
    }

    /// The blank 自评表 imported as it is: each missing value named at its cell; filled in
    /// by nothing else, so no row is invented from the pre-filled level names.
    @Test(arguments: ["national-2020", "linzhi-2024", "sichuan-2023"])
    func aBlankTemplateImportsAndNamesWhatIsMissing(_ scheme: String) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try CLI.run(["template", "-o", "自评表.xlsx", "--scheme", scheme], in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("已写出空白自评表 written the blank 自评表: 自评表.xlsx"))
        let imported = try CLI.run(["import", "自评表.xlsx", "--scheme", scheme, "-o", "report.yaml"], in: folder)
        #expect(imported.status == 0)
        let sheet = scheme == "sichuan-2023" ? "部门预算项目支出绩效自评表" : "项目支出绩效自评表"
        #expect(imported.stderr.contains("自评表.xlsx!\(sheet)!B"), "\(imported.stderr)")
        #expect(imported.stderr.contains("错误 J005 [budget.adjusted] 缺少必填字段“adjusted”"))
        #expect(imported.stderr.contains("错误 J005 [project.name]"))
        #expect(imported.stderr.contains("已写出 written: report.yaml；请补全上面的错误后再 check"))
        #expect(try CLI.run(["template", "-o", "x.xls"], in: folder).status == 2)
    }
}
