import Foundation
import Testing

/// The acceptance tests of the PDF on the rendered seed example, checked with poppler and qpdf
/// the way a reviewer at the finance bureau would.
@Suite(.serialized) struct RenderCommandTests {
    static let folder = (try? CLI.temporaryFolder()) ?? FileManager.default.temporaryDirectory
    static let seedPDF = folder.appendingPathComponent("seed.pdf").path

    /// Renders the seed once for the suite.
    static func renderedSeed() throws -> String {
        if !FileManager.default.fileExists(atPath: seedPDF) {
            let result = try CLI.run(["render", CLI.seedExample, "-o", seedPDF])
            #expect(result.status == 0, "render failed: \(result.stderr)")
        }
        return seedPDF
    }

    /// The text without white space and without folios ("— 3 —"), which pdftotext puts
    /// in the middle of a paragraph that runs across pages.
    static func squeezed(_ text: String) -> String {
        text.filter { !$0.isWhitespace }.replacingOccurrences(of: "—[0-9]+—", with: "", options: .regularExpression)
    }

    /// The PDF's text in drawing order (`pdftotext -raw`): table cells come row by row.
    static func drawnText(_ pdf: String) throws -> String {
        squeezed(try CLI.tool("pdftotext", ["-raw", "-enc", "UTF-8", pdf, "-"]).output)
    }

    /// The seed's paragraphs and headings after the example's fixes: headings renumbered
    /// (二、 not 2、), the Word bookmark artefact dropped, trailing 。 after headings removed.
    static func seedTexts() throws -> (paragraphs: [String], headings: [String]) {
        // The seed report as received (a copy of shared/seed/000_f42eab3d3970501c.txt).
        let seed = try String(contentsOf: CLI.repository.appendingPathComponent("Tests/Fixtures/seed/000_f42eab3d3970501c.txt"),
                              encoding: .utf8)
        let lines = seed.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let start = lines.firstIndex(where: { $0.hasPrefix("一、项目基本情况") }) else { return ([], []) }
        var paragraphs: [String] = []
        var headings: [String] = []
        let numerals = ["2": "二", "3": "三"]
        for line in lines[start...] where !line.isEmpty {
            let cleaned = line.replacingOccurrences(of: "[bookmark: _GoBack]", with: "")
            if let match = cleaned.range(of: "^([一二三四五六七八九十]|[23])、\\s*", options: .regularExpression) {
                let number = String(cleaned[match].prefix(1))
                let title = String(cleaned[match.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: "。"))
                headings.append((numerals[number] ?? number) + "、" + title)
            } else if cleaned.range(of: "^（[一二三四五六七八九十]）", options: .regularExpression) != nil {
                headings.append(cleaned.trimmingCharacters(in: CharacterSet(charactersIn: "。")))
            } else {
                paragraphs.append(cleaned)
            }
        }
        return (paragraphs, headings)
    }

    @Test func everySeedParagraphAndHeadingIsInThePDF() throws {
        let pdf = try Self.renderedSeed()
        let text = Self.squeezed(try CLI.tool("pdftotext", ["-enc", "UTF-8", pdf, "-"]).output)
        let (paragraphs, headings) = try Self.seedTexts()
        #expect(paragraphs.count == 15)
        #expect(headings.count == 17)
        for paragraph in paragraphs {
            let found = text.contains(Self.squeezed(paragraph))
            #expect(found, "missing paragraph: \(paragraph.prefix(30))…")
        }
        for heading in headings {
            let found = text.contains(Self.squeezed(heading))
            #expect(found, "missing heading: \(heading)")
        }
        #expect(!text.contains("2、绩效自评"))
        #expect(!text.contains("bookmark"))
    }

    @Test func everyIndicatorRowIsInTheTable() throws {
        let pdf = try Self.renderedSeed()
        let text = try Self.drawnText(pdf)
        let rows: [(name: String, target: String, actual: String, weight: String, score: String)] = [
            ("资金支出率", "100%", "100%", "8", "8"),
            ("项目监管", "按规定对项目方案及实施过程进行有效监督", "进行了有效监督，未开展专项检查", "12", "10"),
            ("慰问市直单位驻村工作队", "≥20个", "125个", "5", "5"),
            ("开展边境一线基层工作人员慰问人数", "≥160人", "300人", "5", "5"),
            ("六一慰问", "≥45人", "0人", "5", "0"),
            ("“三大节日”送温暖慰问", "≥145人", "0人", "5", "0"),
            ("开展国际护士节慰问人数", "≥30人", "73人", "5", "5"),
            ("开展记者节慰问人数", "≥20人", "29人", "5", "5"),
            ("“三大节日”送温暖慰问完成", "上半年完成", "按期完成", "5", "5"),
            ("困难职工帮扶配套资金", "控制在100万元", "100万元", "5", "5"),
            ("受益职工数量", "—", "776人", "20", "20"),
            ("受益职工满意度", "满意", "满意", "20", "20"),
        ]
        // Cells are read left to right: name, target, actual, weight, score follow each other.
        for row in rows {
            let cells = Self.squeezed(row.name + row.target + row.actual + row.weight + row.score)
            let found = text.contains(cells)
            #expect(found, "row not found in table order: \(row.name)")
        }
        // The national form (linzhi-2024 writes form: national-2020): 总分 last, no 自评等级 row.
        let total = text.contains("总分10088")
        #expect(total)
        #expect(!text.contains("自评等级"))
    }

    @Test func fontsAreEmbeddedSubsetsWithFangSong() throws {
        let pdf = try Self.renderedSeed()
        let lines = try CLI.tool("pdffonts", [pdf]).output.split(separator: "\n").dropFirst(2)
        #expect(lines.count >= 4)
        for line in lines {
            #expect(line.range(of: "^[A-Z]{6}\\+", options: .regularExpression) != nil, "subset name: \(line)")
            #expect(line.contains(" yes yes "), "embedded and subset: \(line)")
        }
        #expect(lines.contains { $0.contains("FandolFang") })
    }

    @Test func infoShowsA4TitleAndAuthor() throws {
        let pdf = try Self.renderedSeed()
        var info: [String: String] = [:]
        for line in try CLI.tool("pdfinfo", [pdf]).output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            info[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        #expect(info["Page size"]?.hasSuffix("(A4)") == true)
        #expect(info["Title"] == "困难职工帮扶（1:1）配套资金绩效自评报告")
        #expect(info["Author"] == "林芝市总工会")
        #expect(info["Creator"]?.hasPrefix("jixiao ") == true)
        #expect(info["CreationDate"]?.contains("2025") == true)
        // The date is the report's 填报日期 (2025.5.12), never the clock, at midnight Beijing
        // time: finishing writes D:20250512000000+08'00' (Cairo alone wrote no time zone).
        let iso = try CLI.tool("pdfinfo", ["-isodates", pdf]).output
        #expect(iso.contains("CreationDate:    2025-05-12T00:00:00+08"))
        #expect(iso.contains("ModDate:         2025-05-12T00:00:00+08"))
    }

    /// The bookmarks a reader jumps with: every heading under its parent, then the table.
    @Test func outlineNestsEveryHeadingAndEndsWithTheTable() throws {
        let pdf = try Self.renderedSeed()
        let json = try CLI.tool("qpdf", ["--json", "--json-key=outlines", pdf]).output
        let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        func entries(_ list: Any?, depth: Int) -> [(depth: Int, title: String, page: Int)] {
            ((list as? [[String: Any]]) ?? []).flatMap { entry in
                [(depth, entry["title"] as? String ?? "", entry["destpageposfrom1"] as? Int ?? 0)] + entries(entry["kids"], depth: depth + 1)
            }
        }
        let outline = entries(root?["outlines"], depth: 0)
        let (_, headings) = try Self.seedTexts()
        #expect(outline.map(\.title) == headings + ["项目支出绩效自评表"])
        #expect(outline.map(\.depth) == headings.map { $0.hasPrefix("（") ? 1 : 0 } + [0])
        #expect(outline.map(\.page) == outline.map(\.page).sorted())
        #expect(outline.first?.page == 2, "the cover is page 1 of the file")
        #expect((outline.last?.page ?? 0) > (outline.dropLast().last?.page ?? 0))
    }

    @Test func qpdfCheckPasses() throws {
        let pdf = try Self.renderedSeed()
        #expect(try CLI.tool("qpdf", ["--check", pdf]).status == 0)
    }

    @Test func twoRendersAreByteIdentical() throws {
        let pdf = try Self.renderedSeed()
        let again = Self.folder.appendingPathComponent("again.pdf").path
        #expect(try CLI.run(["render", CLI.seedExample, "-o", again]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)) == Data(contentsOf: URL(fileURLWithPath: again)))
    }

    @Test func noLineStartsWithAClosingMarkOrEndsWithAnOpeningOne() throws {
        let pdf = try Self.renderedSeed()
        let layout = try CLI.tool("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"]).output
        let closing = Set("。，、；：？！）》」』”’…%")
        let opening = Set("（《「『“‘")
        var checked = 0
        for line in layout.split(separator: "\n") {
            // -layout keeps table cells side by side; each run of text separated by 2+ spaces is a line of its own.
            for segment in line.components(separatedBy: "  ").map({ $0.trimmingCharacters(in: .whitespaces) }) where !segment.isEmpty {
                checked += 1
                #expect(!closing.contains(segment.first ?? " "), "line starts with a closing mark: \(segment)")
                #expect(!opening.contains(segment.last ?? " "), "line ends with an opening mark: \(segment)")
            }
        }
        #expect(checked > 100)
    }

    @Test func pngPreviewsOneFilePerPage() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(["render", CLI.seedExample, "-o", folder.appendingPathComponent("r.pdf").path,
                                  "--png", folder.appendingPathComponent("png").path])
        #expect(result.status == 0)
        let pages = Int(try CLI.tool("pdfinfo", [folder.appendingPathComponent("r.pdf").path]).output
            .split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
        let pngs = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("png").path)
        #expect(pages >= 6)
        #expect(pngs.count == pages)
    }
}
