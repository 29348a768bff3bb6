import Foundation
import Testing

/// Text is text: markup prints literally in every field, control characters are removed and
/// reported, a blank line starts a paragraph and a single newline breaks the line.
@Suite struct BadInputTextTests {
    /// The markup every field carries, behind a tag naming the field.
    static func markup(_ tag: String) -> String { "\(tag)<b>&amp;<span foreground=\"red\">1 < 2 & 3" }

    /// YAML double-quoted (JSON) form of `text`.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The national example with markup in every text field that is printed.
    static func markupReport() -> (text: String, tags: [String: String]) {
        let fields: [(old: String, tag: String, new: (String) -> String)] = [
            ("  title: 项目支出绩效自评报告\n", "F01", { "  title: \($0)\n" }),
            ("    - 项目名称: 2023年农村饮水安全工程维修养护项目\n", "F02", { "    - 项目名称: \($0)\n" }),
            ("    - 项目主管部门（单位）: 示例县水利局\n    - 填报人姓名: 王晓梅\n    - 联系电话: \"0000-1234567\"\n", "F03",
             { "    - \($0): 示例县水利局\n" }),
            ("  issuer: 示例县财政局制", "F04", { "  issuer: \($0)" }),
            ("  year: 2024年", "F05", { "  year: \($0)" }),
            ("  name: 2023年农村饮水安全工程维修养护项目\n", "F06", { "  name: \($0)\n" }),
            ("  department: 示例县水利局\n", "F07", { "  department: \($0)\n" }),
            ("  implementer: 示例县农村供水管理站", "F08", { "  implementer: \($0)" }),
            ("  unit: 万元", "F09", { "  unit: \($0)\n  sources: [{name: \(quoted(markup("F10"))), adjusted: 100, executed: 95.5}]" }),
            ("goals:\n  expected: 完成40处供水工程维修养护，更换改造供水管网12公里，保障1.2万农村人口饮水安全。\n", "F11",
             { "goals:\n  expected: \($0)\n" }),
            // The declared total goes too: F19 gives a row a manual score of its own.
            ("  achieved: 完成36处供水工程维修养护（4处因用地协调结转2024年上半年完成），更换改造供水管网12.6公里，受益人口1.25万人。\n\nself_score: 94.96\n",
             "F12", { _ in "  achieved: \(quoted(markup("F12")))\n\n" }),
            ("      - title: 项目背景\n        text: 为巩固", "F13", { "      - title: \($0)\n        text: 为巩固" }),
            ("text: 项目对全县农村集中供水工程进行维修养护，", "F14", { "text: \($0)\n        # " }),
            ("          - name: 更换改造供水管网\n", "F15", { "          - name: \($0)\n" }),
            ("            target: ≥12公里\n            actual: 12.6公里\n", "F16",
             { _ in "            target: \"≥12<b>&amp;<\"\n            actual: \"12.6<b>&amp;<\"\n" }),
            ("            target: 有效提升\n", "F17", { "            target: \($0)\n" }),
            ("            actual: 供水保障水平有所提升，仍有2个村存在季节性缺水\n", "F18", { "            actual: \($0)\n" }),
            ("            actual: 92%\n            weight: 10\n", "F19",
             { "            actual: 92%\n            weight: 10\n            score: 9.5\n            reason: \($0)\n" }),
            ("            deviation: 4处工程因用地协调未完成，未能在年内开工\n", "F20", { "            deviation: \($0)\n" }),
            ("            measures: 提前开展用地协调，结转工程2024年上半年完成\n", "F21", { "            measures: \($0)\n" }),
            ("signature:\n  date: 2024年3月20日", "F22",
             { "signature:\n  lines: [\($0), 单位负责人（签字）：]\n  date: \(quoted(markup("F23")))" }),
        ]
        var text = Reports.national
        var tags: [String: String] = [:]
        for field in fields {
            text = Reports.replacing(field.old, with: field.new(quoted(markup(field.tag))), in: text)
            tags[field.tag] = markup(field.tag)
        }
        for extra in ["F10", "F12", "F23"] { tags[extra] = markup(extra) }
        tags["F16"] = "≥12<b>&amp;<"
        return (text, tags)
    }

    /// What pdftotext reads in content order, without any whitespace (Pango turns a space
    /// next to Chinese into an en space; tables wrap).
    static func printedText(_ pdf: URL) throws -> String {
        let raw = try CLI.tool("pdftotext", ["-raw", pdf.path, "-"]).output
        return String(raw.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    @Test func markupInEveryTextFieldPrintsLiterally() throws {
        let (text, tags) = Self.markupReport()
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent("markup.yaml"))
        let check = try CLI.run(["check", "markup.yaml"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
        let render = try CLI.run(["render", "markup.yaml"], in: folder)
        #expect(render.status == 0, "\(render.stderr)")
        let printed = try Self.printedText(folder.appendingPathComponent("markup.pdf"))
        for (tag, payload) in tags.sorted(by: { $0.key < $1.key }) {
            #expect(printed.contains(Self.squeezed(payload)), "\(tag) is not printed literally")
        }
        for piece in ["<b>", "&amp;", "<spanforeground=\"red\">", "1<2&3"] { #expect(printed.contains(piece)) }
        // The PDF's own metadata carries the project name as text, too.
        let info = try CLI.tool("pdfinfo", [folder.appendingPathComponent("markup.pdf").path]).output
        #expect(info.contains("F06<b>&amp;<span"))
    }

    @Test func controlCharactersAreRemovedAndReported() throws {
        let paragraph = "第一句\u{0B}第二句\u{07}第三句\u{1B}[31m第四句\u{7F}完"
        let text = Reports.replacing("    text: 无", with: "    text: \(paragraph)")
        let line = "    text: 县水利局成立由分管领导任组长，计划财务股、农村供水管理站负责人为成员的绩效自评工作小组，对照年初绩效目标逐项收集数据、核实完成情况并评分。"
        let escaped = Reports.replacing(line, with: "    text: \"\\u0001\\b" + line.dropFirst("    text: ".count) + "\"",
                                        in: Reports.national)
        for (name, report, location, field) in [("raw", text, "report.yaml:73:11", "sections[5].text"),
                                                ("escaped", escaped, "report.yaml:50:11", "sections[2].text")] {
            let folder = try CLI.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            try Data(report.utf8).write(to: folder.appendingPathComponent("report.yaml"))
            for command in ["check", "score", "render"] {
                let result = try CLI.run([command, "report.yaml"], in: folder)
                #expect(result.status == 0, "\(name) \(command): \(result.stderr)")
                Refusal.expectDiagnostic(result.stderr, severity: "警告", code: "J013", at: location, field: field,
                                         saying: ["已删除", "removed"], command: "\(name) \(command)")
            }
            let printed = try CLI.tool("pdftotext", [folder.appendingPathComponent("report.pdf").path, "-"]).output
            #expect(!printed.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\u{0C}") || (0x7F...0x9F).contains($0.value) },
                    "\(name): a control character was drawn")
            if name == "raw" { #expect(Self.squeezed(printed).contains("第一句第二句第三句[31m第四句完")) }
        }
    }

    @Test func aBlankLineStartsAParagraphAndANewlineBreaksTheLine() throws {
        let text = Reports.replacing("  - title: 其他需要说明的情况\n    text: 无",
                                     with: "  - title: 其他需要说明的情况\n    text: |\n      甲段第一行\n      甲段第二行\n\n      乙段只有一行")
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent("report.yaml"))
        #expect(try CLI.run(["render", "report.yaml"], in: folder).status == 0)
        let bbox = try CLI.tool("pdftotext", ["-bbox", folder.appendingPathComponent("report.pdf").path, "-"]).output
        func box(_ word: String) -> (x: Double, y: Double)? {
            guard let line = bbox.split(separator: "\n").first(where: { $0.contains(">\(word)</word>") }) else { return nil }
            func number(_ name: String) -> Double? {
                guard let range = line.range(of: "\(name)=\"") else { return nil }
                return Double(line[range.upperBound...].prefix { $0 != "\"" })
            }
            guard let x = number("xMin"), let y = number("yMin") else { return nil }
            return (x, y)
        }
        let first = try #require(box("甲段第一行"))
        let second = try #require(box("甲段第二行"))
        let next = try #require(box("乙段只有一行"))
        // The text area starts 28 mm from the left; a paragraph's first line is indented 2 × 16 pt.
        let margin = 28 * 72 / 25.4
        #expect(abs(first.x - (margin + 32)) < 1, "a paragraph starts indented")
        #expect(abs(second.x - margin) < 1, "after a single newline the line continues flush")
        #expect(abs(next.x - (margin + 32)) < 1, "after a blank line a new paragraph starts indented")
        let pitch = 225 * 72 / 25.4 / 22
        #expect(abs(second.y - first.y - pitch) < 1 && abs(next.y - second.y - pitch) < 1, "consecutive grid lines")
    }

    @Test func aCharacterNoFontHasStopsTheRender() throws {
        let text = Reports.replacing("    - 填报人姓名: 仁青卓玛", with: "    - 填报人姓名: 仁青𠀀卓玛")
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent("report.yaml"))
        let refused = try CLI.run(["render", "report.yaml"], in: folder)
        #expect(refused.status == 1)
        Refusal.expectDiagnostic(refused.stderr, code: "J040", at: "report.yaml:10:14", field: "cover.fields[3]",
                                 saying: ["U+20000 𠀀", "--allow-missing-glyphs"])
        Refusal.expectNoCrash(refused)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.yaml"])
        let allowed = try CLI.run(["render", "report.yaml", "--allow-missing-glyphs"], in: folder)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        Refusal.expectDiagnostic(allowed.stderr, severity: "警告", code: "J040", at: "report.yaml:10:14",
                                 field: "cover.fields[3]", saying: ["U+20000"])
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.pdf").path))
    }

    @Test func rareCharactersAndTibetanRenderOnTheCoverAndInAParagraph() throws {
        let tibetan = "བཀྲ་ཤིས་བདེ་ལེགས།"
        var text = Reports.replacing("    - 填报人姓名: 仁青卓玛", with: "    - 填报人姓名: 王𠮷堃旻 \(tibetan)")
        text = Reports.replacing("text: 无", with: "text: 吉𠮷、堃、旻。\(tibetan)", in: text)
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent("report.yaml"))
        let render = try CLI.run(["render", "report.yaml"], in: folder)
        #expect(render.status == 0, "\(render.stderr)")
        #expect(!render.stderr.contains("J040"))
        let pdf = folder.appendingPathComponent("report.pdf").path
        let cover = try CLI.tool("pdftotext", ["-f", "1", "-l", "1", pdf, "-"]).output
        #expect(cover.contains("王𠮷堃旻"))
        #expect(cover.contains("བཀྲ་ཤིས"))
        let body = Self.squeezed(try CLI.tool("pdftotext", ["-f", "2", pdf, "-"]).output)
        #expect(body.contains("吉𠮷、堃、旻。"))
        #expect(body.contains("བཀྲ་ཤིས"))
    }
}
