import Foundation
import Testing
import JixiaoCore
@testable import JixiaoRender

/// The report as the official forms print it (issue 12): the 自评表's foot with its rows, the
/// national form's parts in both examples' PDF text, Sichuan's own columns, the document title,
/// opening and 落款 on their pages, and the body on the 28-character grid.
@Suite struct OfficialFormTests {
    static let examples = ["assets/examples/linzhi-2024-kunnan-zhigong.yaml", "assets/examples/national-2020-example.yaml"]

    /// Both examples and every real table of `Tests/Fixtures/real` (not its drafts).
    static var fixtures: [String] {
        let real = RenderFixtures.repository.appendingPathComponent("Tests/Fixtures/real")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: real.path)) ?? []
        return examples + names.filter { $0.hasSuffix(".yaml") }.sorted().map { "Tests/Fixtures/real/" + $0 }
    }

    static func bytes(_ file: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: RenderFixtures.repository.appendingPathComponent(file)))
    }

    static func score(_ bytes: [UInt8], _ name: String) throws -> ScoredReport {
        try ReportPipeline.score(bytes: bytes, origin: .file(name))
    }

    /// The PDF's text page by page (pdftotext -raw, form feeds between pages), each page's
    /// whitespace removed so that a cell's wrapped text reads as one string.
    static func pdfPages(_ report: ScoredReport) throws -> [String] {
        let folder = try RenderFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.pdf").path
        _ = try ReportExporter(session: try RenderFixtures.session()).export(Composer.compose(report), to: path)
        let raw = try RenderFixtures.run("pdftotext", ["-raw", "-enc", "UTF-8", path, "-"])
        try #require(raw.status == 0)
        return raw.output.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { $0.filter { !$0.isWhitespace } }
    }

    @Test func theFixturesAreThere() {
        #expect(Self.fixtures.count >= 4)
    }

    /// The total is on the page of the last indicator row, and no page of the table holds its
    /// foot under a repeated header without a single indicator row.
    @Test(arguments: fixtures)
    func theTotalStaysWithTheLastIndicatorRow(_ file: String) throws {
        let report = try Self.score(try Self.bytes(file), file)
        let pages = ReportRenderer(session: try RenderFixtures.session()).layout(Composer.compose(report)).pages
        let form = TableForm.form(for: report.scheme.form)
        let rows = report.levels.flatMap(\.groups).flatMap(\.rows).map(\.name)
        let last = try #require(rows.last)
        let head = try #require(form.indicatorHeads.first)
        let table = try #require(pages.indices.first { pages[$0].text.contains(head) && pages[$0].text.contains(form.indicatorHeads[1]) })
        let total = try #require(pages.indices.first { $0 >= table && pages[$0].text.contains(form.totalLabel) }, "\(file): no \(form.totalLabel)")
        #expect(pages[total].text.contains(last), "\(file): \(form.totalLabel) on page \(total + 1) without the last row “\(last)”")
        for index in table..<pages.count where pages[index].text.contains(form.totalLabel) {
            #expect(rows.contains { pages[index].text.contains($0) }, "\(file): page \(index + 1) holds the header and the foot only")
        }
    }

    /// The national form in both examples: the year under the title, the three 其中 rows, the
    /// 年度总体目标 block with its two cells, and 总分.
    @Test(arguments: examples)
    func theExamplesPrintTheNationalForm(_ file: String) throws {
        let report = try Self.score(try Self.bytes(file), file)
        let year = try #require(report.input.project.year)
        let goals = try #require(report.input.goals)
        let text = try Self.pdfPages(report).joined()
        for part in ["项目支出绩效自评表", "（\(year)年度）", "年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金",
                     "年度总体目标", "预期目标", "实际完成情况", "绩效指标", "一级指标", "总分"] {
            #expect(text.contains(part), "\(file): no \(part)")
        }
        #expect(text.contains(String(goals.expected.filter { !$0.isWhitespace }.prefix(20))))
        #expect(text.contains(String(goals.achieved.filter { !$0.isWhitespace }.prefix(20))))
    }

    /// 绩效指标 runs down the first column beside the indicator table's header and rows on every
    /// page the table reaches, one cell per page: its text is left of the header's and lower
    /// (centred on the header and the rows together), and the rule right of it runs from the
    /// header's top to below the header. 总分 starts under it, in the first column.
    @Test(arguments: examples)
    func theIndicatorRowsAreLabelledOnEveryPageTheyReach(_ file: String) throws {
        let report = try Self.score(try Self.bytes(file), file)
        let pages = ReportRenderer(session: try RenderFixtures.session()).layout(Composer.compose(report)).pages
        func runs(_ text: String, on page: PageLayout) -> [Point] {
            page.items.compactMap { placed in
                if case .glyphs(let run) = placed.item, run.text == text { return placed.origin }
                return nil
            }
        }
        let tablePages = pages.filter { !runs("三级指标", on: $0).isEmpty }
        #expect(tablePages.count >= 2, "\(file): the table should run over two pages")
        for page in tablePages {
            let head = try #require(runs("三级指标", on: page).first)
            let labels = runs("绩效指标", on: page)
            try #require(labels.count == 1, "\(file): \(labels.count) labels on a page of the table")
            #expect(labels[0].x < head.x && labels[0].y > head.y + TableLayout.linePitch,
                    "\(file): the label at \(labels[0]) is not beside the header at \(head) and the rows below it")
            let verticals = page.items.compactMap { placed -> (x: Double, top: Double, bottom: Double)? in
                guard case .rule(let to, _) = placed.item, to.x == placed.origin.x else { return nil }
                return (to.x, min(placed.origin.y, to.y), max(placed.origin.y, to.y))
            }
            let labelRight = verticals.filter { $0.x > labels[0].x && $0.x < head.x }
            #expect(labelRight.contains { $0.top < head.y && $0.bottom > labels[0].y },
                    "\(file): no rule down the label's right side")
        }
        let layouts = try SelfEvaluationTableLayoutTests.measuredTables(URL(fileURLWithPath: file).lastPathComponent).layouts
        let indicators = try #require(layouts.first { $0.sideLabel != nil })
        #expect(indicators.body.cells.allSatisfy { $0.column > 0 || $0.row >= indicators.sideLabelRows })
        let foot = try #require(indicators.body.cells.first { $0.row == indicators.sideLabelRows })
        #expect(foot.column == 0 && foot.lines.map { $0.runs.map(\.text).joined() } == ["总分"])
    }

    /// The document title and the opening paragraph open the first body page; the 落款 follows
    /// the last section on its page, before the attachment.
    @Test func theTitleOpeningAndClosingAreOnTheirPages() throws {
        let file = "assets/examples/national-2020-example.yaml"
        let pages = try Self.pdfPages(try Self.score(try Self.bytes(file), file))
        let first = try #require(pages.dropFirst().first)
        #expect(first.hasPrefix("2023年农村饮水安全工程维修养护项目支出绩效自评报告现将2023年农村饮水安全工程维修养护项目绩效自评情况报告如下："))
        let last = try #require(pages.firstIndex { $0.contains("五、其他需要说明的情况") })
        let closing = try #require(pages[last].range(of: "示例县水利局2024年3月20日"))
        #expect(pages[last][closing.upperBound...].hasPrefix("—"), "the 落款 is not the page's last text before its folio")
        #expect(pages[last + 1].hasPrefix("附件"))
    }

    /// What the report writes under `opening:` and `closing:` is printed instead.
    @Test func theReportsOwnOpeningAndClosingArePrinted() throws {
        var text = String(decoding: try Self.bytes("assets/examples/national-2020-example.yaml"), as: UTF8.self)
        text += """

        opening:
          title: 示例县水利局关于2023年农村饮水安全工程维修养护项目绩效自评情况的报告
          text: 根据《示例县财政局关于开展2023年度项目支出绩效自评工作的通知》要求，现将自评情况报告如下：
        closing:
          unit: 示例县水利局（盖章）
          date: 2024年3月28日

        """
        let pages = try Self.pdfPages(try Self.score(Array(text.utf8), "opening.yaml"))
        #expect(pages[1].hasPrefix("示例县水利局关于2023年农村饮水安全工程维修养护项目绩效自评情况的报告根据《示例县财政局"))
        #expect(pages.contains { $0.contains("示例县水利局（盖章）2024年3月28日") })
    }

    /// Sichuan's form, chosen by the sichuan-2023 scheme: its own title and columns.
    @Test func theSichuanSchemePrintsItsOwnColumns() throws {
        let national = String(decoding: try Self.bytes("assets/examples/national-2020-example.yaml"), as: UTF8.self)
        let text = national.replacingOccurrences(of: "scheme: national-2020", with: "scheme: sichuan-2023")
        try #require(text != national)
        let report = try Self.score(Array(text.utf8), "sichuan.yaml")
        #expect(report.scheme.form == .sichuan)
        let pdf = try Self.pdfPages(report).joined()
        for part in ["部门预算项目支出绩效自评表", "指标性质", "指标值", "度量单位", "完成值", "权重", "未完成原因分析", "其中：财政资金",
                     "财政专户管理资金", "单位资金", "合计"] {
            #expect(pdf.contains(part), "no \(part)")
        }
        #expect(!pdf.contains("偏差原因分析及改进措施"))
        #expect(!pdf.contains("年度指标值"))
    }

    /// A paragraph of ideographs sets 28 to a full line (26 after the two-character indent),
    /// and the grid's count is data: 30 gives 30.
    @Test(arguments: [28, 30])
    func bodyLinesHoldTheGridsCharacters(_ characters: Int) throws {
        let geometry = PageGeometry.a4.applying(TextGrid(charactersPerLine: characters, linesPerPage: 22))
        let text = String(repeating: "为进一步做好对广大职工的送温暖工作", count: 12)
        let lines = try RenderFixtures.session().typeset(text, style: BlockStyles.paragraph(.body, geometry: geometry),
                                                         width: geometry.textArea.size.width).lines
        try #require(lines.count > 3)
        #expect(lines[0].text.count == characters - 2)
        for line in lines.dropFirst().dropLast() {
            #expect(line.text.count == characters)
            // Flush right but for the spacing Pango leaves off after a line's last character.
            #expect(abs(line.maxX - geometry.textArea.size.width) <= abs(geometry.letterSpacing) + 0.1)
        }
    }

    /// The pitch is data: 156 mm over 28 gives −0.21 pt of spacing at 16 pt; the landscape 汇总表
    /// has no character grid (28 over 225 mm would spread its text by 6.8 pt a character).
    @Test func theSpacingIsDerivedFromTheGrid() {
        #expect(abs(PageGeometry.a4.letterSpacing - (156 * PageGeometry.millimetre / 28 - 16)) < 1e-9)
        #expect(abs(PageGeometry.a4.letterSpacing + 0.207) < 0.001)
        #expect(PageGeometry.a4Landscape.letterSpacing == 0)
        #expect(PageGeometry.a4Landscape.gridCharacter == PageGeometry.a4Landscape.bodySize)
    }

    /// 标点挤压: a line one figure into its last cell takes the next ideograph up by setting its
    /// comma half-width, instead of stretching half a character of slack.
    @Test func aCommaGivesUpItsBlankHalfToBringTheNextIdeographUp() throws {
        let geometry = PageGeometry.a4
        let ideographs = Array("为进一步做好对广大职工的送温暖工作充分体现党和政府对广大职工的关心关怀")
        let line = String(ideographs[0..<5]) + "，" + String(ideographs[5..<26]) + "5"   // 27 cells and a half
        let text = line + "甲乙丙丁戊己庚辛壬癸" + String(ideographs)
        let style = BlockStyles.paragraph(.flush, geometry: geometry)
        let lines = try RenderFixtures.session().typeset(text, style: style, width: geometry.textArea.size.width).lines
        try #require(lines.count >= 2)
        #expect(lines[0].text == line + "甲")
        #expect(abs(lines[0].maxX - geometry.textArea.size.width) < 0.5)
        let plain = try RenderFixtures.session().typeset(String(ideographs[0..<28]) + String(ideographs), style: style,
                                                         width: geometry.textArea.size.width).lines
        #expect(plain[0].text == String(ideographs[0..<28]), "a line with no slack to spare compresses nothing")
    }
}
