import Foundation
import Testing

@Suite struct ScoreCommandTests {
    @Test func seedScoresAsItsAuthorsScoredIt() throws {
        let result = try CLI.run(["score", CLI.seedExample])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        func row(_ label: String) -> [String] {
            (lines.first { $0.contains(label) } ?? "").split(separator: " ").map(String.init)
        }
        #expect(row("过程合计").suffix(2) == ["20", "18"])
        #expect(row("资金管理小计").suffix(2) == ["8", "8"])
        // A budget-execution row left blank shows the rate it was scored on, as the PDF's table does.
        #expect(row("资金支出率").suffix(4) == ["100%", "100%", "8", "8"])
        #expect(row("事项管理小计").suffix(2) == ["12", "10"])
        #expect(row("产出合计").suffix(2) == ["40", "30"])
        #expect(row("效益合计").suffix(2) == ["40", "40"])
        #expect(row("总分").suffix(2) == ["100", "88"])
        #expect(result.stdout.contains("等级 grade: 良"))
        #expect(result.stderr.contains("J026"))
        #expect(result.stderr.contains("受益职工数量"))
        #expect(result.stderr.contains("125个"))
        #expect(result.stderr.contains("J027"))
    }

    @Test func jsonHasEveryFigure() throws {
        let result = try CLI.run(["score", "--json", CLI.seedExample])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?["total"] as? Double == 88)
        #expect(json?["grade"] as? String == "良")
        let levels = json?["levels"] as? [[String: Any]] ?? []
        #expect(levels.map { $0["score"] as? Double } == [18, 30, 40])
    }

    /// Scripts diff and hash this output: the same report must print the same bytes, keys in
    /// one order (it was the hash order of the process, different on every run).
    @Test func jsonIsTheSameBytesOnEveryRunWithSortedKeys() throws {
        let runs = try (0..<3).map { _ in try CLI.run(["score", "--json", CLI.seedExample]).stdout }
        #expect(Set(runs).count == 1)
        let topLevelKeys = runs[0].split(separator: "\n").filter { $0.hasPrefix("  \"") }
            .compactMap { $0.split(separator: "\"").dropFirst().first.map(String.init) }
        #expect(topLevelKeys.count > 3)
        #expect(topLevelKeys == topLevelKeys.sorted())
    }

    @Test func nationalExampleTotalComputedByHand() throws {
        let result = try CLI.run(["score", "--json", CLI.nationalExample])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        // 预算执行率 9.55 + 产出 48.12 + 效益 27.29 + 满意度 10 (see NationalExampleTests)
        #expect(json?["total"] as? Double == 94.96)
        #expect(json?["grade"] as? String == "优")
    }

    @Test func checkPassesWithWarningsAndExitsZero() throws {
        let result = try CLI.run(["check", CLI.seedExample])
        #expect(result.status == 0)
        #expect(result.stdout.contains("检查通过"))
        #expect(result.stderr.contains("警告 J027"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        #expect(try CLI.run(["score"]).status == 2)
        #expect(try CLI.run(["score", "--no-such-flag", CLI.seedExample]).status == 2)
        #expect(try CLI.run(["frobnicate"]).status == 2)
    }
}
