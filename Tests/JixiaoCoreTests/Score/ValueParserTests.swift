import Foundation
import Testing
@testable import JixiaoCore

/// Every form of target and actual the brief lists, read as a user means it.
@Suite struct ValueParserTests {
    typealias Comparator = Quantity.Comparator

    static let quantities: [(text: String, comparator: Comparator?, value: Decimal, unit: String)] = [
        ("≥20个", .atLeast, 20, "个"),
        ("≤100万元", .atMost, 100, "万元"),
        ("=100%", .equal, 100, "%"),
        ("100%", nil, 100, "%"),
        ("≥95%", .atLeast, 95, "%"),
        (">=20", .atLeast, 20, ""),
        ("<=3.5天", .atMost, ScoreFixtures.decimal("3.5"), "天"),
        ("＞＝２０个", .atLeast, 20, "个"),
        ("≥９５％", .atLeast, 95, "%"),
        ("＜5次", .less, 5, "次"),
        ("> 3 人", .greater, 3, "人"),
        ("1,000人", nil, 1000, "人"),
        ("≥1,234.5万元", .atLeast, ScoreFixtures.decimal("1234.5"), "万元"),
        ("不低于95%", .atLeast, 95, "%"),
        ("不少于95%", .atLeast, 95, "%"),
        ("大于等于95%", .atLeast, 95, "%"),
        ("至少95%", .atLeast, 95, "%"),
        ("不超过100万元", .atMost, 100, "万元"),
        ("不高于100万元", .atMost, 100, "万元"),
        ("不多于100万元", .atMost, 100, "万元"),
        ("小于等于100万元", .atMost, 100, "万元"),
        ("控制在100万元", .atMost, 100, "万元"),
        ("100万元以内", .atMost, 100, "万元"),
        ("控制在100万元以内", .atMost, 100, "万元"),
        ("20人以上", .atLeast, 20, "人"),
        ("等于100%", .equal, 100, "%"),
        ("大于90%", .greater, 90, "%"),
        ("2.5万元/处", nil, ScoreFixtures.decimal("2.5"), "万元/处"),
        ("125个", nil, 125, "个"),
        ("0人", nil, 0, "人"),
    ]

    @Test(arguments: quantities)
    func quantity(_ example: (text: String, comparator: Comparator?, value: Decimal, unit: String)) throws {
        let parsed = try #require(ValueParser.quantity(example.text))
        #expect(parsed.comparator == example.comparator)
        #expect(parsed.value == example.value)
        #expect(parsed.unit == example.unit)
        #expect(parsed.text == example.text)
        #expect(ValueParser.target(example.text) == .quantity(parsed))
    }

    @Test(arguments: ["上半年完成", "年底前完成", "12月底前完成", "按期完成", "按时完成", "及时", "第三季度完成",
                      "2024年6月30日前", "１２月底前完成"])
    func deadlineTarget(_ text: String) {
        #expect(ValueParser.target(text) == .deadline(text: text, met: nil))
    }

    @Test(arguments: ["按期完成", "按时完成", "已完成", "提前完成", "如期完成"])
    func actualCompletedInTime(_ text: String) {
        #expect(ValueParser.actual(text) == .deadline(text: text, met: true))
    }

    @Test(arguments: ["未完成", "延期完成", "逾期完成", "未按期", "未按期完成"])
    func actualNotCompletedInTime(_ text: String) {
        #expect(ValueParser.actual(text) == .deadline(text: text, met: false))
    }

    @Test func ratingsAreOrdered() throws {
        let words = ["非常满意", "满意", "较满意", "基本满意", "不满意"]
        let ranks = try words.map { word -> Int in
            guard case .rating(_, let rank) = try #require(ValueParser.target(word)) else {
                Issue.record("\(word) is not a rating")
                return -1
            }
            return rank
        }
        #expect(ranks == ranks.sorted(by: >))
        #expect(Set(ranks).count == words.count)
    }

    @Test(arguments: ["有效提升", "完成率100%", "20-30个", "约二十个", "", "≥"])
    func unreadableValues(_ text: String) {
        #expect(ValueParser.target(text) == nil)
        #expect(ValueParser.actual(text) == nil)
    }

    @Test func deadlineIsNotReadAsANumber() {
        #expect(ValueParser.quantity("12月底前完成") != nil)  // the number reader alone would take it…
        #expect(ValueParser.target("12月底前完成") == .deadline(text: "12月底前完成", met: nil))  // …the target reader does not
    }
}
