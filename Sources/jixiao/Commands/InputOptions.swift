import ArgumentParser
import JixiaoCore
import JixiaoImport
import JixiaoPipeline

/// The report file every single-report command takes: YAML or JSON, or an Excel 自评表 with
/// its Word report beside it or named by `--narrative`.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("报告数据文件（YAML、JSON，或 Excel 自评表 .xlsx、Word 报告 .docx） (the report file: YAML, JSON, an .xlsx 自评表 or a .docx report).",
                                 valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("报告正文（Word .docx 或另存的 .txt），默认取与 .xlsx 同名的 .docx (the report text for an .xlsx: a .docx or a text saved from Word; default: the .docx of the same name beside it).",
                               valueName: "report.docx"))
    var narrative: String?

    @Option(help: ArgumentHelp("导入 .xlsx/.docx 时所用的评分方案 (the scheme an imported workbook is scored by).", valueName: "name"))
    var scheme: String = ReportImporter.defaultScheme

    /// The report decoded and scored.
    func score() throws(Diagnostics) -> ScoredReport {
        try ReportFile.score(file, narrative: narrative, scheme: scheme)
    }
}
