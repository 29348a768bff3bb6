import JixiaoCore
import JixiaoPipeline
import JixiaoRender

/// The batch command's own words: refusals before the start, the interrupt notice and the
/// closing line.
enum BatchMessages {
    static let interruptReceived = "已收到中断：不再开始新报告，等待进行中的报告完成…（interrupt received: finishing the reports in progress）"

    static func noReports(_ inputs: [String]) -> Diagnostic {
        .error(.unreadableFile, Message("在 \(inputs.joined(separator: "、")) 中没有找到报告文件（.yaml/.yml/.json）",
                                        "no report files (.yaml/.yml/.json) found in \(inputs.joined(separator: ", "))"))
    }

    static func previousBatch(_ folder: String, files: [String]) -> Diagnostic {
        .error(.outputExists, Message("输出目录 \(folder) 已有上次批处理的结果（\(files.joined(separator: "、"))），未改动任何文件",
                                      "the output folder \(folder) holds a previous batch (\(files.joined(separator: ", "))); nothing was written"),
               hints: [Message("加 --resume 续做上次的批处理，或加 --force 全部重做，或换一个输出目录",
                               "pass --resume to finish the previous batch, --force to redo it, or choose another folder")])
    }

    /// 批处理完成：23 份报告，20 份已生成，3 份失败，0 份跳过 → out/
    static func summary(_ run: BatchRun, outputFolder: String) -> String {
        let unstarted = run.outcomes.filter { $0.entry.status == .skipped && $0.summary == nil }.count
        let kept = run.count(.skipped) - unstarted
        let ok = run.count(.ok)
        let failed = run.count(.failed)
        var zh = "\(run.outcomes.count) 份报告，\(ok) 份已生成，\(failed) 份失败，\(kept) 份沿用"
        var en = "\(run.outcomes.count) reports: \(ok) rendered, \(failed) failed, \(kept) kept"
        if run.interrupted {
            zh += "，\(unstarted) 份未处理；用 --resume 续做"
            en += ", \(unstarted) not started; run again with --resume"
        }
        let head = run.interrupted ? "批处理已中断" : "批处理完成"
        return "\(head)：\(zh)；清单与汇总表见 \(outputFolder)（\(en); manifest and summary in \(outputFolder)）"
    }

    /// The SHA-256 of manifest.csv, as 汇总表.pdf prints it, and the command that checks it.
    static func manifestDigest(_ sha256: String, outputFolder: String) -> String {
        "清单 manifest.csv 的 SHA-256：\(sha256)（已印在汇总表上；核对 check with: jixiao verify \(outputFolder) --manifest-sha256 \(sha256)）"
    }
}
