import ArgumentParser
import Foundation
import JixiaoCore

extension Jixiao {
    /// `jixiao score FILE [--json]`: the points table with subtotals, total and grade.
    struct Score: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "计算得分：指标表、小计、总分与等级 (score a report: rows, subtotals, total and grade).")

        @OptionGroup var input: InputOptions

        @Flag(help: "输出整份评分结果的 JSON (print the whole scored report as JSON).")
        var json = false

        func run() throws {
            let report = try scoreOrExit(input.file)
            ErrorPrinter.print(report.warnings)
            if json {
                let data = try ScoreJSON.encode(report)
                print(String(decoding: data, as: UTF8.self))
            } else {
                print(ScoreTable.render(report))
            }
        }
    }
}
