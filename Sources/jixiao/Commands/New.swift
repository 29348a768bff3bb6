import ArgumentParser
import JixiaoCore
import JixiaoImport

extension Jixiao {
    /// `jixiao new [-o report.yaml] [--scheme NAME] [--force]`: a report file to start from,
    /// every field explained in a comment, that `check` accepts as it is.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "新建报告文件：每个字段带中文注释，可直接 check (a starter report file, every field commented; check accepts it as is).",
            discussion: """
            把示例值换成本项目的内容后运行 jixiao check。不写 -o 时输出到屏幕。
            Replace the example values, then run jixiao check. Without -o it prints to standard output.
            """)

        @Option(name: .shortAndLong, help: ArgumentHelp("写出的报告文件，不写则输出到屏幕 (the report file to write; default: standard output).", valueName: "report.yaml"))
        var output: String?

        @OptionGroup var starter: StarterOptions

        func run() throws {
            let yaml = StarterReport.yaml(scheme: try starter.resolvedScheme())
            guard let output else {
                print(yaml, terminator: "")
                return
            }
            try starter.write(Array(yaml.utf8), to: output, what: Message("报告文件", "the report file"))
        }
    }
}
