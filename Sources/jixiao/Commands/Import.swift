import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoImport
import JixiaoPipeline
import JixiaoRender

extension Jixiao {
    /// `jixiao import FILE.xlsx [--narrative 报告.docx] [-o report.yaml]`: the report file a clerk
    /// would otherwise type, from the 自评表 in Excel and the report in Word (or saved as text).
    /// What `check` would say about it is printed after, so the clerk sees what to fill in.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "导入 Excel 自评表和 Word 报告，写出报告文件 (import an .xlsx 自评表 and a .docx or .txt report into a report file).")

        @Argument(help: ArgumentHelp("Excel 自评表（.xlsx）、Word 报告（.docx）或另存的文本（.txt） (the .xlsx, .docx or .txt to import).", valueName: "file"))
        var file: String

        @Option(help: ArgumentHelp("报告正文（.docx 或 .txt），默认取与 .xlsx 同名的 .docx (the report text; default: the .docx of the same name).", valueName: "report.docx"))
        var narrative: String?

        @Option(name: .shortAndLong, help: ArgumentHelp("写出的报告文件，不写则输出到屏幕 (the report file to write; default: standard output).", valueName: "report.yaml"))
        var output: String?

        @Option(help: ArgumentHelp("评分方案 (the scheme the report is scored by).", valueName: "name"))
        var scheme: String = ReportImporter.defaultScheme

        @Flag(help: "覆盖已存在的输出文件 (overwrite an existing output file).")
        var force = false

        func validate() throws {
            if ReportImporter.kind(forName: file) == nil {
                throw ValidationError("import 读取 .xlsx、.docx 或 .txt；\(file) 已是报告文件，可直接 check (import reads .xlsx, .docx or .txt; \(file) is already a report file)")
            }
        }

        func run() throws {
            let imported: ImportedReport
            let from: String
            do {
                let sources = try ReportFile.importSources(file, narrative: narrative)
                imported = try ReportImporter.importReport(sources.main, narrative: sources.narrative, scheme: scheme)
                from = ([sources.main.name] + (sources.narrative.map { [$0.name] } ?? [])).joined(separator: " + ")
            } catch {
                ErrorPrinter.print(error.all)
                throw ExitCode.reportError
            }
            let yaml = ReportYAMLWriter.write(imported.tree, comment: "由 jixiao import 从 \(from) 生成 (imported by jixiao import)")
            if let output {
                do {
                    try AtomicOutput.write(Array(yaml.utf8), to: output, overwrite: force)
                } catch {
                    ErrorPrinter.print(error.diagnostics(in: nil))
                    throw ExitCode.reportError
                }
            } else {
                print(yaml, terminator: "")
            }
            // What check will say: the importer's warnings, then the decoder's and the scorer's.
            do {
                let report = try ReportPipeline.score(ReportDecoder.decode(tree: imported.tree, origin: imported.origin))
                ErrorPrinter.print(imported.warnings + report.warnings)
                if let output { ErrorPrinter.write("已写出 written: \(output)（check 通过，\(ErrorPrinter.summary(imported.warnings + report.warnings))）\n") }
            } catch {
                ErrorPrinter.print(imported.warnings + error.all)
                if let output {
                    ErrorPrinter.write("已写出 written: \(output)；请补全上面的错误后再 check（fill in what the errors above name, then run check）\n")
                }
            }
        }
    }
}
