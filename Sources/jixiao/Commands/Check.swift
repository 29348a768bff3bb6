import ArgumentParser
import JixiaoCore
import JixiaoPipeline

extension Jixiao {
    /// `jixiao check FILE`: diagnostics only. Exit 0 when clean or only warnings, 1 on errors.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "检查报告数据：错误与警告 (check a report file: errors and warnings).")

        @OptionGroup var input: InputOptions

        func run() throws {
            let report = try scoreOrExit(input.file)
            ErrorPrinter.print(report.warnings)
            print("检查通过：\(input.file)，\(ErrorPrinter.summary(report.warnings))（check passed）")
        }
    }
}

/// Runs the shared pipeline; on errors prints every diagnostic and exits 1.
func scoreOrExit(_ file: String) throws -> ScoredReport {
    do {
        return try ReportFile.score(file)
    } catch {
        ErrorPrinter.print(error.all)
        ErrorPrinter.write(ErrorPrinter.summary(error.all) + "\n")
        throw ExitCode.reportError
    }
}
