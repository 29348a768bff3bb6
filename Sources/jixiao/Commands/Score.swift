import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoPipeline

extension Jixiao {
    /// `jixiao score FILE [--json]`: the points table with subtotals, total and grade.
    struct Score: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "score",
            abstract: "计算得分：指标表、小计、总分与等级 (score a report: rows, subtotals, total and grade).")

        @OptionGroup var input: InputOptions

        @Flag(help: "输出整份评分结果的 JSON (print the whole scored report as JSON).")
        var json = false

        func run() throws {
            if json {
                do {
                    let report = try input.score()
                    ErrorPrinter.print(report.warnings)
                    print(String(decoding: try ScoreJSON.encode(report), as: UTF8.self))
                } catch let failure as Diagnostics {
                    // The diagnostics go to stdout as JSON too, and to stderr as always; exit 1.
                    ErrorPrinter.print(failure.all)
                    print(String(decoding: try ScoreJSON.encode(failure: failure), as: UTF8.self))
                    throw ExitCode.reportError
                }
                return
            }
            let report = try scoreOrExit(input)
            ErrorPrinter.print(report.warnings)
            print(ScoreTable.render(report))
        }
    }
}
