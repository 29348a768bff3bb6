import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoPipeline
import JixiaoRender

extension Jixiao {
    /// `jixiao extract FILE.pdf [-o DIR]`: writes back the files `--attach-data` embedded (the
    /// report file as given and its score JSON), byte for byte.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract: "取出 PDF 内嵌的报告数据与评分 JSON (write out the report file and score JSON embedded in a PDF).",
            discussion: """
            只适用于 --attach-data 生成的 PDF；文件名取内嵌时的名称，已存在的文件不覆盖（加 --force 覆盖）。
            For PDFs made with --attach-data; files keep their embedded names, and an existing file is not overwritten without --force.
            """)

        @Argument(help: ArgumentHelp("归档的 PDF (the archived PDF).", valueName: "file.pdf"))
        var file: String

        @Option(name: .shortAndLong, help: ArgumentHelp("输出目录，默认为 PDF 所在目录 (output folder; default: the PDF's folder).", valueName: "dir"))
        var output: String?

        @Flag(help: "覆盖已存在的文件 (overwrite existing files).")
        var force = false

        func run() throws {
            let files: [PDFAttachment]
            do {
                files = try ArchivedReport.attachments(inPDF: file)
            } catch {
                ErrorPrinter.print(error.all)
                throw ExitCode.reportError
            }
            let folder = output ?? (file as NSString).deletingLastPathComponent
            var failed = false
            for attachment in files {
                // Only the bare name: an embedded "../x" must not write outside the folder.
                let name = (attachment.name as NSString).lastPathComponent
                let safe = name.isEmpty || name == "." || name == ".." ? "attachment" : name
                let path = folder.isEmpty ? safe : (folder as NSString).appendingPathComponent(safe)
                do throws(RenderError) {
                    try FileManager.default.createDirectoryIfNeeded(folder)
                    try AtomicOutput.write(attachment.bytes, to: path, overwrite: force)
                    print("已写出 written: \(path)（\(attachment.bytes.count) 字节 bytes, \(attachment.relationship.rawValue)）")
                } catch {
                    ErrorPrinter.print(error.diagnostics)
                    failed = true
                }
            }
            if failed { throw ExitCode.reportError }
        }
    }
}

extension FileManager {
    /// Creates `folder` (and its parents) unless it is empty (the current folder) or exists.
    fileprivate func createDirectoryIfNeeded(_ folder: String) throws(RenderError) {
        guard !folder.isEmpty else { return }
        do {
            try createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .output(path: folder, reason: "无法创建目录 cannot create the folder")
        }
    }
}
