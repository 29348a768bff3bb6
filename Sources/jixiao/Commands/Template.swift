import ArgumentParser
import JixiaoCore
import JixiaoImport

extension Jixiao {
    /// `jixiao template -o 自评表.xlsx [--scheme NAME] [--force]`: the blank 自评表 of the
    /// scheme's printed form, which `jixiao import` reads back once filled in.
    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "template",
            abstract: "生成空白自评表（.xlsx），填好后用 jixiao import 导入 (a blank 自评表 workbook in the scheme's form, for jixiao import).",
            discussion: """
            表样随评分方案（national-2020、sichuan-2023 各有其表）；一级、二级指标已按方案填好，年度指标值一列可从下拉列表选比较符号。
            The form follows the scheme; the levels and groups are filled in, and the target column offers the signs ≥ ≤ = > < in a drop-down.
            """)

        @Option(name: .shortAndLong, help: ArgumentHelp("写出的工作簿 (the workbook to write).", valueName: "自评表.xlsx"))
        var output: String

        @OptionGroup var starter: StarterOptions

        func validate() throws {
            guard output.lowercased().hasSuffix(".xlsx") else {
                throw ValidationError("-o 应以 .xlsx 结尾：\(output)（-o must name an .xlsx file）")
            }
        }

        func run() throws {
            let bytes: [UInt8]
            do {
                bytes = try SelfEvaluationTemplate.xlsx(scheme: try starter.resolvedScheme())
            } catch let error as PackageWriteError {
                ErrorPrinter.write("无法生成 \(output)：\(error.reason)（cannot make \(output)）\n")
                throw ExitCode.reportError
            }
            try starter.write(bytes, to: output, what: Message("空白自评表", "the blank 自评表"))
        }
    }
}
