import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoPipeline
import JixiaoRender

extension Jixiao {
    /// `jixiao render FILE [-o OUT.pdf] [--png DIR]`: the official-style PDF.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "render",
            abstract: "排版输出公文格式 PDF (render the official-style PDF).")

        @OptionGroup var input: InputOptions

        @Option(name: .shortAndLong, help: ArgumentHelp("输出 PDF 路径，默认与输入同名 (output PDF; default: the input's name with .pdf).", valueName: "out.pdf"))
        var output: String?

        @Option(help: ArgumentHelp("同时把每页写成 PNG 预览到此目录 (also write a PNG preview of each page into this folder).", valueName: "dir"))
        var png: String?

        @Flag(help: "覆盖已存在的输出文件 (overwrite an existing output file).")
        var force = false

        @Flag(help: "字体缺字时只警告不报错 (warn instead of failing on characters no font has).")
        var allowMissingGlyphs = false

        @OptionGroup var archive: ArchiveOptions

        @Flag(help: "附上评分核算表：每行的算式、规则得分与表中得分 (append the audit table: each row's arithmetic, rule and printed scores).")
        var audit = false

        func run() throws {
            let report = try scoreOrExit(input)
            ErrorPrinter.print(report.warnings)
            let path = output ?? Render.defaultOutput(for: input.file)
            var options = ExportOptions(overwrite: force, allowMissingGlyphs: allowMissingGlyphs, previewFolder: png,
                                        pdfa: archive.pdfa)
            if archive.attachData {
                do {
                    options.attachments = try ArchivedReport.attachments(for: report, inputPath: input.file)
                } catch {
                    ErrorPrinter.print(error.all)
                    throw ExitCode.reportError
                }
            }
            do {
                let session = try RenderSession()
                let result = try ReportExporter(session: session).export(Composer.compose(report, audit: audit), to: path, options: options)
                for warning in result.warnings {
                    ErrorPrinter.print(warning.diagnostics(in: report.input.sourceMap, severity: .warning))
                }
                print("已生成 written: \(result.path)（\(result.pages) 页 pages, \(result.bytes) 字节 bytes）")
                if !result.previews.isEmpty, let folder = png { print("预览 previews: \(folder)（\(result.previews.count) PNG）") }
            } catch {
                ErrorPrinter.print(error.diagnostics(in: report.input.sourceMap))
                throw ExitCode.reportError
            }
        }

        /// `a/b/report.yaml` → `a/b/report.pdf`.
        static func defaultOutput(for input: String) -> String {
            URL(fileURLWithPath: input).deletingPathExtension().appendingPathExtension("pdf").relativePath
        }
    }
}
