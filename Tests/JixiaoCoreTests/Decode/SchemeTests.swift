import Foundation
import Testing
@testable import JixiaoCore

/// Presets, scheme files, inline schemes and resolution.
@Suite struct SchemeTests {
    @Test func presetIDs() {
        #expect(SchemeLibrary.presetIDs == ["linzhi-2024", "national-2020", "sichuan-2023"])
    }

    @Test func national2020Weights() throws {
        let scheme = try #require(SchemeLibrary.preset(id: "national-2020"))
        #expect(scheme.name == "财政部项目支出绩效评价（财预〔2020〕10号）")
        #expect(scheme.budgetExecution == BudgetExecutionItem(name: "预算执行率", weight: 10))
        #expect(scheme.levels.map(\.name) == ["产出指标", "效益指标", "满意度指标"])
        #expect(scheme.levels.map(\.weight) == [50, 30, 10])
        #expect(scheme.overAchievementRatio == Decimal(string: "1.5"))
        #expect(scheme.level(named: "服务对象满意度")?.name == "满意度指标")
        #expect(scheme.level(named: "产出")?.weight == 50)
    }

    @Test func linzhi2024Groups() throws {
        let scheme = try #require(SchemeLibrary.preset(id: "linzhi-2024"))
        #expect(scheme.budgetExecution == nil)
        #expect(scheme.levels.map(\.weight) == [20, 40, 40])
        #expect(scheme.levels[0].groups.map(\.name) == ["资金管理", "事项管理"])
        #expect(scheme.levels[0].groups.map(\.weight) == [8, 12])
        #expect(scheme.levels[2].groups[1].aliases == ["满意度", "服务对象满意度指标"])
        #expect(scheme.levels[1].groups.isEmpty)
    }

    @Test func embeddedPresetsEqualTheAssetFilesByteForByte() throws {
        let folder = Repo.url("assets/schemes")
        let assets = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(SchemePresets.files.map(\.name) == assets, "run assets/schemes/generate-presets.sh")
        for file in SchemePresets.files {
            let onDisk = try Data(contentsOf: folder.appendingPathComponent(file.name))
            #expect(Array(file.text.utf8) == [UInt8](onDisk), "\(file.name) differs: run assets/schemes/generate-presets.sh")
            let scheme = try SchemeDecoder.decode(text: file.text, file: file.name)
            #expect(scheme.id + ".yaml" == file.name)
        }
    }

    @Test func aPresetIsResolvedWhileDecoding() throws {
        let report = try ReportDecoder.decode(bytes: Array(minimalReport.utf8), file: "r.yaml")
        #expect(report.scheme == SchemeLibrary.preset(id: "national-2020"))
        #expect(report.scheme.id == "national-2020")
    }

    @Test func anUnknownPresetIsReportedOnceNamingTheOthers() throws {
        let text = minimalReport.replacingOccurrences(of: "scheme: national-2020", with: "scheme: national2020")
        let error = try #require(throws: Diagnostics.self) {
            try ReportDecoder.decode(bytes: Array(text.utf8), file: "r.yaml")
        }
        #expect(error.all.filter { $0.code == .unknownScheme }.count == 1)
        let diagnostic = try #require(error.all.first)
        #expect(diagnostic.code == .unknownScheme)
        #expect(diagnostic.field.description == "scheme")
        #expect(place(diagnostic) == "r.yaml:1:9")
        #expect(diagnostic.message.chinese == "没有名为“national2020”的评分方案")
        #expect(diagnostic.hints.first?.chinese == "你是不是想写“national-2020”？")
    }

    @Test func inlineSchemeInAReport() throws {
        let text = minimalReport.replacingOccurrences(of: "scheme: national-2020", with: """
            scheme:
              name: 某区方案
              budget_execution: {weight: 20}
              levels:
                - {name: 产出指标, weight: 50}
                - {name: 效益指标, weight: 30, aliases: [效益]}
            """)
        let report = try ReportDecoder.decode(bytes: Array(text.utf8), file: "r.yaml")
        let scheme = report.scheme
        #expect(scheme.id == "inline")
        #expect(scheme.name == "某区方案")
        #expect(scheme.budgetExecution == BudgetExecutionItem(name: "预算执行率", weight: 20))
        #expect(scheme.levels.map(\.weight) == [50, 30])
    }

    @Test func inlineSchemeThatDoesNotAddUpTo100() throws {
        let text = minimalReport.replacingOccurrences(of: "scheme: national-2020", with: """
            scheme:
              levels:
                - {name: 产出指标, weight: 50}
                - {name: 效益指标, weight: 30}
            """)
        let all = reportDiagnostics(text)
        #expect(all.map(\.code) == [.invalidScheme])
        #expect(all.first?.field.description == "scheme.levels")
        #expect(all.first.map(place) == "r.yaml:3:5")
        #expect(all.first?.message.chinese == "评分方案的权重合计为 80，应为 100（产出指标 50 + 效益指标 30）")
    }

    @Test func schemeFileProblems() throws {
        let text = """
            id: county
            name: 县级方案
            levels:
              - name: 过程
                weight: 20
                groups:
                  - {name: 资金管理, weight: 10}
                  - {name: 事项管理, weight: 12}
              - name: 产出
                wieght: 40
              - name: 效益指标
                weight: 40
                aliases: [产出]
            """
        let error = try #require(throws: Diagnostics.self) { try SchemeDecoder.decode(text: text, file: "s.yaml") }
        #expect(error.all.map(\.code) == [.missingField, .unknownField])
        #expect(error.all.map(\.field.description) == ["levels[2].weight", "levels[2].wieght"])
        #expect(error.all.map(place) == ["s.yaml:9:5", "s.yaml:10:5"])

        let fixed = text.replacingOccurrences(of: "wieght", with: "weight")
        let second = try #require(throws: Diagnostics.self) { try SchemeDecoder.decode(text: fixed, file: "s.yaml") }
        #expect(second.all.map(\.code) == [.invalidScheme, .duplicateName])
        #expect(second.all.map(\.field.description) == ["levels[1].groups", "levels[3].name"])
        #expect(second.all.first?.message.chinese == "“过程”的二级指标权重合计为 22，应等于其权重 20")
        #expect(second.all.last?.message.chinese == "“效益指标”与前面的“产出”同名（含别名）")
    }

    @Test func schemeFileNeedsIdAndName() throws {
        let error = try #require(throws: Diagnostics.self) {
            try SchemeDecoder.decode(text: "levels:\n  - {name: 产出, weight: 100}\n", file: "s.yaml")
        }
        #expect(error.all.map(\.field.description) == ["id", "name"])
        #expect(error.all.map(\.code) == [.missingField, .missingField])
    }

    @Test func overAchievementRatioBelowOne() throws {
        let text = "id: x\nname: x\nover_achievement_ratio: 0.8\nlevels:\n  - {name: 产出, weight: 100}\n"
        let error = try #require(throws: Diagnostics.self) { try SchemeDecoder.decode(text: text, file: "s.yaml") }
        #expect(error.all.map(\.code) == [.numberOutOfRange])
        #expect(error.all.map(place) == ["s.yaml:3:25"])
    }
}
