import Foundation
import Testing
@testable import JixiaoImport
import JixiaoCore

/// `jixiao import` writes YAML that decodes to the report the import gave: user text stays text.
@Suite struct ReportYAMLWriterTests {
    /// The report without what differs by nature between the two (the places, and warnings
    /// about the workbook's cells).
    static func content(_ report: ReportInput) -> ReportInput {
        var copy = report
        copy.sourceMap = SourceMap(file: "")
        copy.warnings = []
        return copy
    }

    static func roundTrip(_ main: ImportSource, narrative: ImportSource? = nil) throws {
        let imported = try ReportImporter.importReport(main, narrative: narrative)
        let direct = try ReportDecoder.decode(tree: imported.tree, origin: imported.origin)
        let yaml = ReportYAMLWriter.write(imported.tree, comment: "由 jixiao import 生成")
        let reread = try ReportDecoder.decode(bytes: Array(yaml.utf8), file: "report.yaml")
        #expect(content(reread) == content(direct))
        // No warning about the YAML itself (J013–J016: controls, comments, colons, indicators).
        #expect(!reread.warnings.contains { (13...16).contains($0.code.number) })
        #expect(ReportYAMLWriter.write(imported.tree, comment: "由 jixiao import 生成") == yaml)
    }

    @Test func eachFixtureRoundTrips() throws {
        try Self.roundTrip(try Office.source("national-zhongjiang.xlsx"), narrative: try Office.seed())
        try Self.roundTrip(try Office.source("provincial-yongde.xlsx"), narrative: try Office.source("report-headings.docx"))
        try Self.roundTrip(try Office.source("report-with-table.docx"))
    }

    /// `tree` with `text` as project.name and as the first row's deviation.
    static func replacing(_ tree: InputNode, _ text: String) -> InputNode {
        func walk(_ node: InputNode, key: String?) -> InputNode {
            switch node.content {
            case .mapping(let pairs):
                return .mapping(pairs.map { pair in
                    let name = pair.key.scalarText ?? ""
                    if key == "project" && name == "name" { return InputPair(key: pair.key, value: InputNode(.scalar(text, plain: false), at: pair.value.location)) }
                    return InputPair(key: pair.key, value: walk(pair.value, key: name))
                }, at: node.location)
            case .sequence(let items):
                var copy = items.map { walk($0, key: nil) }
                if key == "rows", case .mapping(var pairs) = copy.first?.content, let location = copy.first?.location {
                    pairs.removeAll { $0.key.scalarText == "deviation" }
                    pairs.append(InputPair("deviation", InputNode(.scalar(text, plain: false), at: location)))
                    copy[0] = .mapping(pairs, at: location)
                }
                return .sequence(copy, at: node.location)
            case .scalar:
                return node
            }
        }
        return walk(tree, key: nil)
    }

    @Test func textThatLooksLikeYAMLStaysText() throws {
        let awkward = ["yes", "~", "null", "- 项", "#1机井", "1座 #1机井", "a: b", ">=95%", "|x", "'单'", "\"双\"", "@x", "%x", "[1]", "{a}",
                       " 前空格", "后空格 ", "制表\t符", "行\n换", "尾换行\n", "\u{2028}", "U+0007\u{7}", "0.50", "1e3", "15959271976",
                       "2025.5.12", "actual：520亩", "&a", "*a", "!tag", "?", ":", "a:", "=", "反\\斜"]
        let base = try ReportImporter.importReport(try Office.source("national-zhongjiang.xlsx"))
        for text in awkward {
            // The text as the project's name and as the first row's deviation.
            let tree = Self.replacing(base.tree, text)
            let direct = try ReportDecoder.decode(tree: tree, origin: base.origin)
            let reread = try ReportDecoder.decode(bytes: Array(ReportYAMLWriter.write(tree).utf8), file: "r.yaml")
            #expect(reread.project.name == direct.project.name, "\(text.debugDescription)")
            #expect(reread.rows.first?.deviation == direct.rows.first?.deviation, "\(text.debugDescription)")
        }
        #expect(ReportYAMLWriter.write(.mapping([InputPair("v", .text("a\u{7}b", at: nil))], at: nil)) == "v: \"a\\u0007b\"\n")
        #expect(ReportYAMLWriter.write(.mapping([InputPair("v", .text("一\n\n二", at: nil))], at: nil)) == "v: |-\n  一\n\n  二\n")
        #expect(ReportYAMLWriter.write(.mapping([InputPair("v", .text("1座 #1机井", at: nil))], at: nil)) == "v: \"1座 #1机井\"\n")
    }
}
