import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoPipeline
import JixiaoRender

extension Jixiao {
    /// `jixiao batch INPUT... -o OUTDIR`: every report rendered as `render` renders it alone,
    /// in parallel, with a hash manifest and a 汇总表. The work is the library's
    /// (`BatchRunner`, `BatchArchive`); this command reads the arguments, prints and exits.
    struct Batch: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "batch",
            abstract: "批量排版：并行、可续做，附哈希清单与汇总表 (render many reports in parallel, with a hash manifest and a summary table).",
            discussion: """
            输入为报告文件或目录（递归查找 .yaml/.yml/.json，按路径排序）；a/b/x.yaml 输出为 OUTDIR/a/b/x.pdf。
            Inputs are report files or folders (searched recursively, sorted); a/b/x.yaml becomes OUTDIR/a/b/x.pdf.

            单个报告出错不会中断批处理：它在清单中记为 failed，错误与 check 相同。
            One bad report never stops the batch: it is listed as failed with the message `check` gives.

            已存在的 PDF 不会被覆盖：该报告记为失败（J042），其余照常；加 --force 覆盖。
            输出目录已有上次的清单时，须加 --resume（续做）或 --force（重做）。
            An existing PDF is never overwritten: that report fails (J042) and the others go on; --force overwrites. An output folder holding a previous batch needs --resume or --force.

            --resume 跳过输出仍在、且输入 SHA-256 与上次清单相同的报告（清单中记为 skipped）；同时加 --force 时，其余报告覆盖旧 PDF 重新生成。
            --resume keeps reports whose PDF is still the one the previous manifest hashed and whose input is unchanged; with --force as well, the others are rendered over whatever PDF is there.

            结束时打印 manifest.csv 的 SHA-256，并印在汇总表.pdf 上供签字；日后用 jixiao verify OUTDIR --manifest-sha256 HEX 核对。
            At the end the SHA-256 of manifest.csv is printed, and printed on 汇总表.pdf to be signed; check it later with jixiao verify OUTDIR --manifest-sha256 HEX.

            Ctrl-C（或 SIGTERM）：不再开始新报告，等待进行中的报告写完，写出清单（未开始的记为 skipped “interrupted”），退出码 130（SIGTERM 为 143）。
            Ctrl-C (or SIGTERM) stops taking reports, lets those in progress finish, writes the manifest, and exits with 130 (143 for SIGTERM).

            退出码 Exit codes: 0 全部成功 all ok; 1 有失败 some failed (or nothing could start); 2 用法错误 usage; 130/143 中断 interrupted.
            """)

        @Argument(help: ArgumentHelp("报告文件或目录 (report files or folders).", valueName: "input"))
        var inputs: [String] = []

        @Option(name: .shortAndLong, help: ArgumentHelp("输出目录 (the output folder).", valueName: "outdir"))
        var output: String

        @Option(help: ArgumentHelp("并行任务数，默认为 CPU 核数 (worker threads; default: all cores).", valueName: "n"))
        var jobs: Int?

        @Flag(help: "覆盖已存在的 PDF 与上次的清单 (overwrite existing PDFs and a previous batch's records).")
        var force = false

        @OptionGroup var archive: ArchiveOptions

        @Flag(help: "续做：跳过上次已完成且输入未变的报告 (resume: keep reports already done whose input is unchanged).")
        var resume = false

        func validate() throws {
            guard !inputs.isEmpty else {
                throw ValidationError("缺少输入：请给出报告文件或目录（no input: name report files or folders）")
            }
            if let jobs, jobs < 1 {
                throw ValidationError("--jobs 须为正整数，现为 \(jobs)（--jobs must be a positive whole number, not \(jobs)）")
            }
        }

        func run() throws {
            let found = try discoverOrExit()
            let plan = try resumePlanOrExit()
            try createOutputFolderOrExit()
            let stop = StopRequest()
            let printer = BatchProgressPrinter(terminal: isatty(STDERR_FILENO) != 0)
            let interrupts = InterruptHandler(stop: stop) { printer.note(BatchMessages.interruptReceived) }
            defer { interrupts.cancel() }
            let options = BatchOptions(outputFolder: output, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                       overwrite: force, resume: plan, pdfa: archive.pdfa, attachData: archive.attachData)
            let run: BatchRun
            let record: BatchArchive.Record
            do throws(RenderError) {
                let sessions = BatchRunner.pool(for: options)
                run = try BatchRunner(inputs: found, options: options, sessions: sessions).run(stop: stop) { printer.report($0) }
                printer.finish()
                // The 汇总表 in a session the workers opened: fonts loaded once per process.
                record = try sessions.withRenderSession { session throws(RenderError) in
                    try BatchArchive.write(run.outcomes, to: output, session: session)
                }
            } catch {
                printer.finish()
                ErrorPrinter.print(error.diagnostics(in: nil))
                throw ExitCode.reportError
            }
            print(BatchMessages.summary(run, outputFolder: output))
            print(BatchMessages.manifestDigest(record.manifestSHA256, outputFolder: output))
            if run.interrupted { throw ExitCode(interrupts.exitStatus ?? ExitCode.interrupted.rawValue) }
            if run.count(.failed) > 0 { throw ExitCode.reportError }
        }

        /// The inputs, or every problem with them (missing paths, two inputs for one PDF)
        /// printed before anything is written.
        private func discoverOrExit() throws -> [BatchInput] {
            do {
                let found = try BatchInputs.discover(inputs, excluding: output)
                guard !found.isEmpty else {
                    ErrorPrinter.print([BatchMessages.noReports(inputs)])
                    throw ExitCode.reportError
                }
                return found
            } catch let diagnostics as Diagnostics {
                ErrorPrinter.print(diagnostics.all)
                throw ExitCode.reportError
            }
        }

        /// A previous batch's records are replaced only with --force or --resume; --resume reads
        /// its manifest.
        private func resumePlanOrExit() throws -> ResumePlan {
            let existing = BatchArchive.existingRecords(in: output)
            if !existing.isEmpty, !force, !resume {
                ErrorPrinter.print([BatchMessages.previousBatch(output, files: existing)])
                throw ExitCode.reportError
            }
            guard resume else { return .none }
            do {
                return ResumePlan(previous: try ResumePlan.previousManifest(in: output))
            } catch {
                ErrorPrinter.print(error.all)
                throw ExitCode.reportError
            }
        }

        private func createOutputFolderOrExit() throws {
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            } catch {
                ErrorPrinter.print(RenderError.output(path: output, reason: "无法创建输出目录 cannot create the output folder").diagnostics)
                throw ExitCode.reportError
            }
        }
    }
}
