import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoPipeline

extension Jixiao {
    /// `jixiao verify OUTDIR`: re-hashes every file of a batch's output folder against its
    /// manifest.json and lists each changed, missing or unlisted file. How an archivist proves,
    /// years later, that nothing changed.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "按清单校验输出目录 (re-hash a batch's output folder against its manifest).",
            discussion: "退出码 Exit codes: 0 全部一致 everything matches; 1 有改动、缺失或未登记的文件 a file changed, is missing or is not listed (or no manifest); 2 用法错误 usage.")

        @Argument(help: ArgumentHelp("批处理输出目录 (the batch's output folder).", valueName: "outdir"))
        var folder: String

        func run() throws {
            let path = (folder as NSString).appendingPathComponent(Manifest.jsonName)
            guard let data = FileManager.default.contents(atPath: path), let manifest = try? Manifest.decode(data) else {
                ErrorPrinter.print([.error(.manifestMismatch, Message("无法读取清单 \(path)", "cannot read the manifest \(path)"),
                                           hints: [Message("确认目录是 jixiao batch 的输出目录", "check that the folder is the output of `jixiao batch`")])])
                throw ExitCode.reportError
            }
            let problems = ManifestVerifier.verify(folder: folder, manifest: manifest)
            for problem in problems { print(problem) }
            let listed = manifest.reports.filter { $0.outputSHA256 != nil }.count + manifest.artifacts.count
            if problems.isEmpty {
                print("校验通过：\(listed) 个文件与清单一致（verified: \(listed) files match the manifest）")
                return
            }
            print("校验未通过：\(problems.count) 处不一致，清单登记 \(listed) 个文件（verification failed: \(problems.count) problem\(problems.count == 1 ? "" : "s"), \(listed) files listed）")
            throw ExitCode.reportError
        }
    }
}
