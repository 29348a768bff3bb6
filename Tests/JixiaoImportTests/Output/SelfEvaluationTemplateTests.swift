import Foundation
import Testing
@testable import JixiaoImport
import JixiaoCore

/// `jixiao template` → filled in → `jixiao import`, for each printed form: what the clerk
/// types comes back at its cell, and a blank form says what is missing.
@Suite struct SelfEvaluationTemplateTests {
    /// A scheme per form: national-2020 and sichuan-2023 name theirs; linzhi-2024 on the standard form.
    static func scheme(_ form: TableFormID) throws -> Scheme {
        switch form {
        case .national2020: return try #require(SchemeLibrary.preset(id: "national-2020"))
        case .sichuan: return try #require(SchemeLibrary.preset(id: "sichuan-2023"))
        case .standard:
            var scheme = try #require(SchemeLibrary.preset(id: "linzhi-2024"))
            scheme.form = .standard
            return scheme
        }
    }

    static func fill(_ sheet: inout WorkbookSheet, _ row: Int, _ column: Int, _ value: WorkbookSheet.Value) {
        sheet.set(row, column, value, sheet.cells[Grid.Position(row: row, column: column)]?.style ?? .plain)
    }

    /// The template of `form` with the project, the funds, the goals and one row per group
    /// typed in: the starter rows, cut into sign, value and unit where the form splits them.
    static func filled(_ form: TableFormID) throws -> (xlsx: [UInt8], layout: SelfEvaluationTemplate.Layout, scheme: Scheme) {
        let scheme = try Self.scheme(form)
        var (sheet, layout) = SelfEvaluationTemplate.sheet(scheme: scheme, form: TableForm.form(for: scheme.form))
        fill(&sheet, layout.projectName.row, layout.projectName.column, .text("2024年农村饮水安全维修养护"))
        fill(&sheet, layout.department.row, layout.department.column, .text("示例县水利局"))
        fill(&sheet, layout.implementer.row, layout.implementer.column, .text("示例县供水站"))
        fill(&sheet, layout.fundsRow, 4, .number(100))
        fill(&sheet, layout.fundsRow, 5, .number(Decimal(string: "95.5") ?? 0))
        fill(&sheet, layout.expectedGoal.row, layout.expectedGoal.column, .text("完成40处工程维修"))
        fill(&sheet, layout.achievedGoal.row, layout.achievedGoal.column, .text("完成36处工程维修"))
        let starter = StarterIndicators(scheme: scheme)
        var seen = Set<String>()
        for place in layout.rows where seen.insert(place.level + "/" + place.group).inserted {
            let example = try #require(starter.levels.first { $0.name == place.level }?.groups.first { $0.name == place.group }?.row)
            let columns = layout.columns
            fill(&sheet, place.row, try #require(columns[.name]), .text(example.name))
            fill(&sheet, place.row, try #require(columns[.weight]), .number(example.weight))
            if let target = columns[.target], let actual = columns[.actual] {
                fill(&sheet, place.row, target, .text(example.target))
                fill(&sheet, place.row, actual, .text(example.actual))
            } else {
                fill(&sheet, place.row, try #require(columns[.comparator]), .text("≥"))
                fill(&sheet, place.row, try #require(columns[.targetValue]), .number(100))
                fill(&sheet, place.row, try #require(columns[.unit]), .text("人"))
                fill(&sheet, place.row, try #require(columns[.actual]), .number(120))
            }
        }
        return (try WorkbookWriter.xlsx([sheet]), layout, scheme)
    }

    @Test(arguments: TableFormID.allCases)
    func aFilledTemplateImportsToTheReportTyped(_ form: TableFormID) throws {
        let (xlsx, layout, scheme) = try Self.filled(form)
        let report = try ReportImporter.decode(ImportSource(bytes: xlsx, name: "自评表.xlsx"), scheme: scheme.id)
        #expect(report.project.name == "2024年农村饮水安全维修养护")
        #expect(report.project.department == "示例县水利局")
        #expect(report.project.implementer == "示例县供水站")
        #expect(report.budget.unit == "万元")
        #expect(report.budget.adjusted == 100)
        #expect(report.budget.executed == Decimal(string: "95.5"))
        #expect(report.goals?.expected == "完成40处工程维修")
        let starter = StarterIndicators(scheme: scheme)
        #expect(report.indicators.map(\.name) == scheme.levels.map(\.name))
        #expect(report.indicators.map { $0.groups.map(\.name) } == starter.levels.map { $0.groups.map(\.name) })
        if form == .sichuan {
            #expect(report.rows.allSatisfy { $0.target == "≥100人" && $0.actual == "120人" })
        } else {
            #expect(report.rows.map(\.target) == starter.levels.flatMap { $0.groups.map(\.row.target) })
        }
        let sheet = TableForm.form(for: scheme.form).title
        #expect(report.sourceMap.location(of: FieldPath.root.key("budget").key("executed"))?.description
                == "自评表.xlsx!\(sheet)!E\(layout.fundsRow)")
        let scored = try ReportPipeline.score(report)
        #expect(!scored.warnings.contains { $0.severity == .error })
        #expect(scored.total > 90)
    }

    /// Nothing typed: the importer reads the form and the decoder names what is missing, at
    /// the cells where it goes; no row is made up from the pre-filled level names.
    @Test(arguments: TableFormID.allCases)
    func aBlankTemplateSaysWhatIsMissing(_ form: TableFormID) throws {
        let scheme = try Self.scheme(form)
        let xlsx = try SelfEvaluationTemplate.xlsx(scheme: scheme)
        let imported = try ReportImporter.importReport(ImportSource(bytes: xlsx, name: "空白.xlsx"), scheme: scheme.id)
        #expect(imported.warnings.isEmpty)
        let error = #expect(throws: Diagnostics.self) {
            try ReportImporter.decode(ImportSource(bytes: xlsx, name: "空白.xlsx"), scheme: scheme.id)
        }
        let messages = (error?.all ?? []).map { "\($0.field) \($0.message.chinese)" }
        #expect(messages.contains { $0.hasPrefix("project") && $0.contains("name") }, "\(messages)")
        // The blank 主管部门 is not read as the 实施单位 label beside it.
        #expect(messages.contains { $0.hasPrefix("project.department") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("budget") && $0.contains("adjusted") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("indicators") }, "\(messages)")
    }

    @Test func levelsAndGroupsArePrefilledAndMergedOverTheirRows() throws {
        let scheme = try Self.scheme(.national2020)
        let (_, layout) = SelfEvaluationTemplate.sheet(scheme: scheme, form: .national2020)
        let xlsx = try SelfEvaluationTemplate.xlsx(scheme: scheme)
        let reader = try WorkbookReader(OfficePackage(bytes: xlsx, file: "t.xlsx", limits: .default))
        #expect(reader.sheets.map(\.name) == ["项目支出绩效自评表"])
        let grid = try reader.grid(reader.sheets[0])
        #expect(grid.text(1, 1) == "项目支出绩效自评表")
        #expect((1...8).map { grid.text(layout.headerRow, $0) } == TableForm.national2020.indicatorHeads)
        let first = try #require(layout.rows.first)
        #expect(grid.text(first.row, 1) == "产出指标（50分）")
        #expect(grid.text(first.row, 2) == "数量指标")
        #expect(grid.isContinuation(first.row + 1, 1) && grid.isContinuation(first.row + 1, 2))
        #expect(Set(layout.rows.map(\.group)) == ["数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标",
                                                   "生态效益指标", "可持续影响指标", "服务对象满意度指标"])
        #expect(grid.text(layout.totalRow, 1) == "总分")
        #expect(grid.text(layout.totalRow, 6) == "100")
        #expect(grid.text(layout.fundsRow, 6) == "10")
        #expect(try SelfEvaluationTemplate.xlsx(scheme: scheme) == xlsx, "the same scheme gives the same bytes")
    }

    /// 0.00% for 执行率, 0.00 for 分值 and 得分, text for targets, and the drop-down of signs.
    @Test func formatsAndTheListOfSigns() throws {
        let scheme = try Self.scheme(.national2020)
        let (_, layout) = SelfEvaluationTemplate.sheet(scheme: scheme, form: .national2020)
        let package = try OfficePackage(bytes: try SelfEvaluationTemplate.xlsx(scheme: scheme), file: "t.xlsx", limits: .default)
        let sheet = try #require(try package.xml("xl/worksheets/sheet1.xml"))
        let formats = WorkbookReader.formats(try package.xml("xl/styles.xml"))
        let cells = Dictionary(uniqueKeysWithValues: (sheet.first("sheetData")?.elements("row") ?? [])
            .flatMap { $0.elements("c") }.compactMap { cell in cell["r"].map { ($0, cell) } })
        func kind(_ row: Int, _ column: Int) -> NumberFormat.Kind? {
            cells[Grid.reference(row: row, column: column)]?["s"].flatMap { Int($0) }.map { formats[$0].kind }
        }
        let row = try #require(layout.rows.first?.row)
        #expect(kind(layout.fundsRow, 7) == .number(decimals: 2, grouped: false, percent: true))
        #expect(kind(layout.fundsRow, 4) == .number(decimals: 2, grouped: true, percent: false))
        #expect(kind(row, 6) == .number(decimals: 2, grouped: false, percent: false))
        #expect(kind(row, 7) == .number(decimals: 2, grouped: false, percent: false))
        #expect(kind(row, 4) == .text)
        let validation = try #require(sheet.first("dataValidations")?.elements("dataValidation").first)
        #expect(validation["type"] == "list")
        #expect(validation["sqref"] == "D\(row):D\(try #require(layout.rows.last?.row))")
        #expect(validation.first("formula1")?.text == "\"≥,≤,=,>,<\"")
        let sichuan = try Self.scheme(.sichuan)
        let (_, provincial) = SelfEvaluationTemplate.sheet(scheme: sichuan, form: .sichuan)
        let strict = try #require(try OfficePackage(bytes: try SelfEvaluationTemplate.xlsx(scheme: sichuan), file: "s.xlsx", limits: .default)
            .xml("xl/worksheets/sheet1.xml")?.first("dataValidations")?.elements("dataValidation").first)
        #expect(strict["sqref"]?.hasPrefix("D\(try #require(provincial.rows.first?.row)):") == true)
        #expect(strict["showErrorMessage"] == "1")
        #expect(strict.first("formula1")?.text == "\"≥,≤,=,>,<,定性\"")
    }
}
