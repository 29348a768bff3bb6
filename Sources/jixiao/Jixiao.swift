import ArgumentParser
import JixiaoCore

/// `jixiao`: score 项目支出绩效自评报告 files and render them as official-style PDFs.
@main
struct Jixiao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jixiao",
        abstract: "项目支出绩效自评报告：评分、检查、排版 (score, check and typeset performance self-evaluation reports).",
        version: JixiaoVersion.current,
        subcommands: []
    )
}
