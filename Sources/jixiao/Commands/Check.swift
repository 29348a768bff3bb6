import ArgumentParser
import JixiaoCore
import JixiaoPipeline

extension Jixiao {
    /// `jixiao check FILE [--strict]`: diagnostics only. Exit 0 when clean or only warnings,
    /// 1 on errors; with `--strict` warnings fail too, for scripts that re-check filed tables.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "检查报告数据：错误与警告 (check a report file: errors and warnings).")

        @OptionGroup var input: InputOptions

        @Flag(help: "有警告也以状态 1 退出，供脚本使用 (exit with status 1 on warnings too, for scripts).")
        var strict = false

        func run() throws {
            let report = try scoreOrExit(input)
            ErrorPrinter.print(report.warnings)
            if strict, !report.warnings.isEmpty {
                ErrorPrinter.write("未通过（--strict）：\(ErrorPrinter.summary(report.warnings))（failed under --strict: warnings count）\n")
                throw ExitCode.reportError
            }
            print("检查通过：\(input.file)，\(ErrorPrinter.summary(report.warnings))（check passed）")
        }
    }
}

/// Runs the shared pipeline; on errors prints every diagnostic and exits 1.
func scoreOrExit(_ input: InputOptions) throws -> ScoredReport {
    do {
        return try input.score()
    } catch {
        ErrorPrinter.print(error.all)
        ErrorPrinter.write(ErrorPrinter.summary(error.all) + "\n")
        throw ExitCode.reportError
    }
}
