import ArgumentParser

/// The report file every single-report command takes.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("报告数据文件（YAML 或 JSON） (the report file, YAML or JSON).", valueName: "file"))
    var file: String
}
