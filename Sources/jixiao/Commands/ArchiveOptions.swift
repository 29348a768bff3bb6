import ArgumentParser

/// How `render` and `batch` finish their PDFs: PDF/A-2u by default, without finishing on
/// `--no-pdfa`, PDF/A-3u with the report and its score inside on `--attach-data`.
struct ArchiveOptions: ParsableArguments {
    @Flag(name: .customLong("no-pdfa"),
          help: "不做 PDF/A 定稿，输出 Cairo 原样的 PDF (skip PDF/A finishing: write the PDF as Cairo painted it).")
    var noPDFA = false

    @Flag(help: "把报告数据文件与评分 JSON 嵌入 PDF（PDF/A-3u），日后可用 jixiao extract/check/score 读回 (embed the report file and the score JSON: PDF/A-3u, read back with extract, check and score).")
    var attachData = false

    var pdfa: Bool { !noPDFA }

    func validate() throws {
        if noPDFA, attachData {
            throw ValidationError("--attach-data 需要 PDF/A 定稿，不能与 --no-pdfa 同用（--attach-data needs PDF/A finishing: not with --no-pdfa）")
        }
    }
}
