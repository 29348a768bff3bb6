import Foundation
import JixiaoCore
@testable import JixiaoRender

/// Shared pieces for render tests: the repository's font configuration, one session per test
/// process, and small documents built from values.
enum RenderFixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var fontsConf: String { repository.appendingPathComponent("fonts/fonts.conf").path }

    static func session() throws -> RenderSession {
        try RenderSession(configurationPath: fontsConf)
    }

    static let metadata = DocumentMetadata(
        title: "测试项目绩效自评报告", author: "测试单位", subject: "项目支出绩效自评报告",
        keywords: ["绩效自评"], creator: "jixiao test", creationDate: ReportDate(year: 2025, month: 5, day: 12))

    static let paragraph = "为进一步做好对广大职工的送温暖工作，充分体现党和政府对广大职工的关心关怀，展现工会组织的责任和担当，2024年林芝市总工会申请100万元用于广大职工送温暖。"

    /// A document of `sections` level-1 headings, each with two level-2 headings and paragraphs.
    static func narrative(sections: Int, paragraphsEach: Int = 2) -> [Block] {
        var blocks: [Block] = []
        let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        for section in 0..<sections {
            blocks.append(.heading(Heading(level: 1, number: numerals[section % 10] + "、", text: "第\(section + 1)部分")))
            for sub in 0..<2 {
                blocks.append(.heading(Heading(level: 2, number: "（\(numerals[sub])）", text: "小节\(sub + 1)")))
                for _ in 0..<paragraphsEach { blocks.append(.paragraph(Paragraph(paragraph))) }
            }
        }
        return blocks
    }

    /// An indicator table of `rows` rows with long reasons, 一级/二级 merged in runs of 8 and 4.
    static func indicatorTable(rows: Int) -> Table {
        let head = TableRow(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
            .map { TableCell($0, style: .head) })
        var body: [TableRow] = []
        for index in 0..<rows {
            var cells: [TableCell] = []
            if index % 8 == 0 { cells.append(TableCell("产出指标", rowSpan: min(8, rows - index))) }
            if index % 4 == 0 { cells.append(TableCell("数量指标", rowSpan: min(4, rows - index))) }
            cells += [TableCell("指标行\(index + 1)号"), TableCell("≥20个"), TableCell("125个"), TableCell("5"), TableCell("5"),
                      TableCell(index % 2 == 0 ? longReason(row: index + 1) : "",
                                alignment: .leading)]
            body.append(TableRow(cells))
        }
        let columns = [11, 11, 17, 13.5, 13.5, 6.5, 6.5, 21].map { TableColumn(width: $0) }
        return Table(columns: columns, header: [head], rows: body)
    }

    /// The reason of every other row of `indicatorTable`: several lines in its cell, and
    /// unique, so a test can tell whether all of it is on one page.
    static func longReason(row: Int) -> String {
        "第\(row)行原因：六一慰问活动由本单位其他部室开展，为避免重复慰问，故帮扶中心未开展；改进措施：加强部室之间的沟通与协作"
    }

    static func document(cover: CoverPage? = nil, body: [Block]) -> Document {
        Document(metadata: metadata, cover: cover, body: body)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs a tool (pdftotext, pdffonts, qpdf) and returns its standard output.
    static func run(_ tool: String, _ arguments: [String]) throws -> (output: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), process.terminationStatus)
    }
}

extension PageLayout {
    /// Every glyph run with its absolute baseline origin.
    var runs: [(origin: Point, run: GlyphRun)] {
        items.compactMap { item in
            if case .glyphs(let run) = item.item { return (item.origin, run) }
            return nil
        }
    }
}
