import Foundation
import Testing
@testable import JixiaoCore

/// A scheme's layout choices: `form:` (the printed 自评表, J048 for a name with no layout) and
/// `grid:` (the body's characters per line and lines per page, J009 outside their ranges).
@Suite struct SchemeLayoutTests {
    static func inline(_ layout: String) -> String {
        minimalReport.replacingOccurrences(of: "scheme: national-2020", with: """
            scheme:
              budget_execution: {weight: 40}
              levels:
                - {name: 产出指标, weight: 30}
                - {name: 效益指标, weight: 30}
            \(layout)
            """)
    }

    @Test func theFormAndGridAreRead() throws {
        let text = Self.inline("  form: sichuan\n  grid: {characters_per_line: 30, lines_per_page: 24}")
        let scheme = try ReportDecoder.decode(bytes: Array(text.utf8), file: "r.yaml").scheme
        #expect(scheme.form == .sichuan)
        #expect(scheme.grid == TextGrid(charactersPerLine: 30, linesPerPage: 24))
    }

    @Test func withoutThemTheOfficialGridAndTheDefaultForm() throws {
        let scheme = try ReportDecoder.decode(bytes: Array(Self.inline("").utf8), file: "r.yaml").scheme
        #expect(scheme.form == .standard)
        #expect(scheme.grid == .official)
        #expect(TextGrid.official == TextGrid(charactersPerLine: 28, linesPerPage: 22))
        #expect(try #require(SchemeLibrary.preset(id: "national-2020")).form == .national2020)
    }

    @Test func anUnknownFormIsJ048NamingTheForms() throws {
        let all = reportDiagnostics(Self.inline("  form: sichuna"))
        #expect(all.map(\.code) == [.unknownTableForm])
        let diagnostic = try #require(all.first)
        #expect(diagnostic.code.description == "J048")
        #expect(diagnostic.field.description == "scheme.form")
        #expect(place(diagnostic) == "r.yaml:6:9")
        #expect(diagnostic.message.chinese == "没有名为“sichuna”的自评表样式")
        #expect(diagnostic.hints.first?.chinese == "你是不是想写“sichuan”？")
        #expect(diagnostic.hints.last?.english == "the forms there are: national-2020, standard, sichuan")
    }

    @Test(arguments: ["characters_per_line: 40", "characters_per_line: 28.5", "lines_per_page: 10"])
    func aGridOutsideItsRangeIsJ009(_ entry: String) throws {
        let all = reportDiagnostics(Self.inline("  grid: {\(entry)}"))
        #expect(all.map(\.code) == [.numberOutOfRange])
        let key = String(entry.prefix { $0 != ":" })
        #expect(all.first?.field.description == "scheme.grid.\(key)")
        #expect(all.first?.hints.first?.chinese == "公文标准为每行 28 字、每页 22 行")
    }
}
