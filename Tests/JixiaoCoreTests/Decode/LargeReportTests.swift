import Foundation
import Testing
@testable import JixiaoCore

/// Large but legitimate reports decode completely and in bounded time.
@Suite struct LargeReportTests {
    /// `minimalReport` with `count` rows in one group instead of two.
    static func report(rows count: Int) -> String {
        let rows = (1...count).map { index in
            """
                      - name: 指标\(index)
                        target: ≥\(index)人
                        actual: \(index + 1)人
                        weight: 0.01
            """
        }.joined(separator: "\n")
        return minimalReport.replacingOccurrences(of: """
                      - name: 培训人数
                        target: ≥20人
                        actual: 25人
                        weight: 30
                      - name: 覆盖率
                        weight: 5
            """, with: rows)
    }

    @Test func fiveThousandRowsDecode() throws {
        let text = Self.report(rows: 5000)
        let clock = ContinuousClock()
        var decoded: ReportInput?
        let elapsed = try clock.measure {
            decoded = try ReportDecoder.decode(bytes: Array(text.utf8), file: "big.yaml")
        }
        let report = try #require(decoded)
        let rows = report.indicators[0].groups[0].rows
        #expect(rows.count == 5000)
        #expect(rows[4999].name == "指标5000")
        #expect(rows[4999].target == "≥5000人")
        let last = FieldPath.root.key("indicators").name("产出指标").name("数量指标").index(5000).key("weight")
        #expect(report.sourceMap.location(of: last)?.line == 18 + 4 * 5000)
        print("5,000 rows (\(text.utf8.count) bytes) decoded in \(elapsed)")
        #expect(elapsed < .seconds(30))
    }

    @Test func fiveMegabyteParagraphDecodes() throws {
        let sentence = "本项目预算安排资金100万元，实际支出100万元，资金使用情况良好。"
        let repeats = 5 * 1024 * 1024 / sentence.utf8.count + 1
        let paragraph = String(repeating: sentence, count: repeats)
        let text = replacingLine("text: 说明", with: ["text: |", "  第一段", "", "  " + paragraph])
        let clock = ContinuousClock()
        var decoded: ReportInput?
        let elapsed = try clock.measure {
            decoded = try ReportDecoder.decode(bytes: Array(text.utf8), file: "long.yaml")
        }
        let report = try #require(decoded)
        #expect(report.sections[0].paragraphs.count == 2)
        #expect(report.sections[0].paragraphs[1].utf8.count == paragraph.utf8.count)
        #expect(report.sections[0].paragraphs[1] == paragraph)
        print("a \(paragraph.utf8.count)-byte paragraph decoded in \(elapsed)")
        #expect(elapsed < .seconds(30))
    }
}
