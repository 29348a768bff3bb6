import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoPipeline

extension Jixiao {
    /// `jixiao verify OUTDIR [--manifest-sha256 HEX]`: re-hashes every file of a batch's output
    /// folder against its manifest.json and lists each changed, missing or unlisted file. With
    /// the SHA-256 printed on the signed 汇总表 it also proves the manifest itself: how an
    /// archivist shows, years later, that nothing changed.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "按清单校验输出目录 (re-hash a batch's output folder against its manifest).",
            discussion: """
            不加 --manifest-sha256 时只核对目录与清单是否一致：改动 PDF 的人也可以同时改写清单。加上签字版汇总表上印的 manifest.csv 校验码，清单被改写也能查出。
            Without --manifest-sha256 only the folder is checked against its manifest, which whoever changes a PDF can rewrite too; with the SHA-256 printed on the signed 汇总表, a rewritten manifest fails as well.

            退出码 Exit codes: 0 全部一致 everything matches; 1 有改动、缺失或未登记的文件，或清单校验码不符 a file changed, is missing or is not listed, or the manifest's SHA-256 differs (or no manifest); 2 用法错误 usage.
            """)

        @Argument(help: ArgumentHelp("批处理输出目录 (the batch's output folder).", valueName: "outdir"))
        var folder: String

        @Option(name: .customLong("manifest-sha256"),
                help: ArgumentHelp("汇总表上印的 manifest.csv 的 SHA-256 (the SHA-256 of manifest.csv printed on 汇总表.pdf).", valueName: "hex"))
        var manifestSHA256: String?

        func validate() throws {
            if let manifestSHA256, !Self.isDigest(manifestSHA256) {
                throw ValidationError("--manifest-sha256 须为 64 位十六进制数，现为“\(manifestSHA256)”（--manifest-sha256 must be 64 hexadecimal digits, not “\(manifestSHA256)”）")
            }
        }

        static func isDigest(_ text: String) -> Bool {
            text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0 | 0x20) }
        }

        func run() throws {
            let path = (folder as NSString).appendingPathComponent(Manifest.jsonName)
            guard let data = FileManager.default.contents(atPath: path), let manifest = try? Manifest.decode(data) else {
                ErrorPrinter.print([.error(.manifestMismatch, Message("无法读取清单 \(path)", "cannot read the manifest \(path)"),
                                           hints: [Message("确认目录是 jixiao batch 的输出目录", "check that the folder is the output of `jixiao batch`")])])
                throw ExitCode.reportError
            }
            let problems = ManifestVerifier.verify(folder: folder, manifest: manifest, manifestSHA256: manifestSHA256)
            for problem in problems { print(problem) }
            let listed = manifest.reports.filter { $0.outputSHA256 != nil }.count + manifest.artifacts.count
            if problems.isEmpty {
                if manifestSHA256 == nil {
                    print("校验通过：\(listed) 个文件与清单一致；仅核对了目录与清单，未核对清单本身（加 --manifest-sha256 汇总表上的校验码）"
                          + "（verified: \(listed) files match the manifest; the folder was checked against the manifest only — pass --manifest-sha256 with the figure on 汇总表.pdf to prove the manifest itself）")
                } else {
                    print("校验通过：清单校验码相符，\(listed) 个文件与清单一致（verified: the manifest's SHA-256 matches and \(listed) files match the manifest）")
                }
                return
            }
            print("校验未通过：\(problems.count) 处不一致，清单登记 \(listed) 个文件（verification failed: \(problems.count) problem\(problems.count == 1 ? "" : "s"), \(listed) files listed）")
            throw ExitCode.reportError
        }
    }
}
