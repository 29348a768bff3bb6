import Foundation

/// Reads a scheme file (`assets/schemes/*.yaml`) or a scheme written inline under a
/// report's `scheme:` into a `Scheme`, then checks it adds up (J035).
///
/// ```yaml
/// id: national-2020
/// name: 财政部项目支出绩效评价（财预〔2020〕10号）
/// over_achievement_ratio: 1.5
/// budget_execution: {name: 预算执行率, weight: 10}
/// levels:
///   - {name: 产出指标, weight: 50}
/// form: national-2020                                   # the printed 自评表 (optional)
/// grid: {characters_per_line: 28, lines_per_page: 22}   # the body's grid (optional)
/// deviation: {over_target_percent: 30, deduction: 2}    # optional: 指标偏离
/// total_caps:                                            # optional: ceilings by 执行率
///   - {rate_below_percent: 80, max_total: 89}
/// ```
public enum SchemeDecoder {
    public static let keys = ["id", "name", "over_achievement_ratio", "budget_execution", "levels", "form", "grid",
                              "deviation", "total_caps"]
    static let gridKeys = ["characters_per_line", "lines_per_page"]
    static let budgetExecutionKeys = ["name", "weight"]
    static let deviationKeys = ["over_target_percent", "deduction"]
    static let totalCapKeys = ["rate_below_percent", "max_total"]
    static let levelKeys = ["name", "weight", "aliases", "groups"]
    static let groupKeys = ["name", "weight", "aliases"]
    /// The id of a scheme written inside a report.
    public static let inlineID = "inline"
    /// The name of an inline scheme that gives none.
    public static let inlineName = "报告自带评分方案"

    public static func decode(text: String, file: String, limits: InputLimits = .default) throws(Diagnostics) -> Scheme {
        try decode(bytes: Array(text.utf8), file: file, limits: limits)
    }

    public static func decode(bytes: [UInt8], file: String, limits: InputLimits = .default) throws(Diagnostics) -> Scheme {
        let root = try TextDocumentReader.read(bytes, file: file, format: TextFormat(forName: file), limits: limits).root
        var context = DecodeContext(file: file, limits: limits)
        let scheme = decode(root, at: .root, inline: false, context: &context)
        guard let scheme, !context.hasErrors else {
            throw Diagnostics(context.sortedDiagnostics)
        }
        return scheme
    }

    /// The scheme at `node`; `inline` makes `id` and `name` optional.
    static func decode(_ node: InputNode, at path: FieldPath, inline: Bool, context: inout DecodeContext) -> Scheme? {
        let errorsBefore = context.errorCount
        guard let map = MappingReader(node, at: path, what: Message("评分方案", "a scheme"), known: keys, context: &context) else {
            return nil
        }
        let id = inline ? context.text("id", in: map) ?? inlineID : context.requiredText("id", in: map)
        let name = inline ? context.text("name", in: map) ?? inlineName : context.requiredText("name", in: map)
        let ratio = overAchievementRatio(in: map, context: &context)
        let budgetExecution = map.value("budget_execution").flatMap {
            budgetExecutionItem($0, at: path.key("budget_execution"), context: &context)
        }
        var levels: [SchemeLevel] = []
        if let node = map.required("levels", context: &context),
           let items = context.list(node, at: path.key("levels"), what: Message("一级指标", "levels")) {
            levels = items.enumerated().compactMap { offset, item in
                level(item, at: path.key("levels").index(offset + 1), context: &context)
            }
        }
        let form = map.value("form").flatMap { tableForm($0, at: path.key("form"), context: &context) }
        let grid = map.value("grid").flatMap { textGrid($0, at: path.key("grid"), context: &context) } ?? .official
        let deviation = map.value("deviation").flatMap { deviationRule($0, at: path.key("deviation"), context: &context) }
        var totalCaps: [TotalCap] = []
        if let node = map.value("total_caps"),
           let items = context.list(node, at: path.key("total_caps"), what: Message("总分上限", "total caps")) {
            totalCaps = items.enumerated().compactMap { offset, item in
                totalCap(item, at: path.key("total_caps").index(offset + 1), context: &context)
            }
        }
        guard let id, let name, context.errorCount == errorsBefore else { return nil }
        let scheme = Scheme(id: id, name: name, overAchievementRatio: ratio, budgetExecution: budgetExecution, levels: levels,
                            form: form, grid: grid, deviation: deviation, totalCaps: totalCaps)
        SchemeValidator.problems(in: scheme, at: path, sourceMap: context.sourceMap).forEach { context.emit($0) }
        return scheme
    }

    private static func overAchievementRatio(in map: MappingReader, context: inout DecodeContext) -> Decimal {
        guard let node = map.value("over_achievement_ratio") else { return Scheme.defaultOverAchievementRatio }
        let path = map.path.key("over_achievement_ratio")
        guard let ratio = context.decimal(node, at: path, rule: .positive) else { return Scheme.defaultOverAchievementRatio }
        if ratio < 1 {
            context.error(.numberOutOfRange,
                          Message("\(path) 不能小于 1（实际值达到目标值的多少倍才提示偏高）", "\(path) must be at least 1 (the multiple of the target that flags over-achievement)"),
                          at: path, node: node)
        }
        return ratio
    }

    /// `form:` → the printed form it names; J048 naming the forms there are.
    private static func tableForm(_ node: InputNode, at path: FieldPath, context: inout DecodeContext) -> TableFormID? {
        guard let text = context.text(node, at: path) else { return nil }
        let name = text.trimmingCharacters(in: .whitespaces)
        if let form = TableFormID(rawValue: name) { return form }
        let names = TableFormID.allCases.map(\.rawValue)
        var hints: [Message] = []
        if let guess = Suggestion.closest(to: name, among: names) {
            hints.append(Message("你是不是想写“\(guess)”？", "did you mean '\(guess)'?"))
        }
        hints.append(Message("可用的自评表样式：\(names.joined(separator: "、"))", "the forms there are: \(names.joined(separator: ", "))"))
        context.error(.unknownTableForm, Message("没有名为“\(name.excerpt)”的自评表样式", "there is no table form named '\(name.excerpt)'"),
                      at: path, node: node, hints: hints)
        return nil
    }

    /// `grid:` → the body's grid; each number a whole count within `TextGrid`'s ranges (J009).
    private static func textGrid(_ node: InputNode, at path: FieldPath, context: inout DecodeContext) -> TextGrid? {
        guard let map = MappingReader(node, at: path, what: Message("文档网格", "the text grid"), known: gridKeys,
                                      context: &context) else { return nil }
        func count(_ key: String, range: ClosedRange<Int>, default value: Int, what: Message) -> Int? {
            guard let node = map.value(key) else { return value }
            let keyPath = path.key(key)
            guard let number = context.decimal(node, at: keyPath, rule: .positive) else { return nil }
            let whole = NSDecimalNumber(decimal: number).intValue
            guard Decimal(whole) == number, range.contains(whole) else {
                context.error(.numberOutOfRange,
                              Message("\(keyPath) 应是 \(range.lowerBound)–\(range.upperBound) 之间的整数（\(what.chinese)）",
                                      "\(keyPath) must be a whole number from \(range.lowerBound) to \(range.upperBound) (\(what.english))"),
                              at: keyPath, node: node,
                              hints: [Message("公文标准为每行 28 字、每页 22 行", "GB/T 9704 gives 28 characters a line, 22 lines a page")])
                return nil
            }
            return whole
        }
        let characters = count("characters_per_line", range: TextGrid.charactersRange,
                               default: TextGrid.official.charactersPerLine, what: Message("每行字数", "characters per line"))
        let lines = count("lines_per_page", range: TextGrid.linesRange,
                          default: TextGrid.official.linesPerPage, what: Message("每页行数", "lines per page"))
        guard let characters, let lines else { return nil }
        return TextGrid(charactersPerLine: characters, linesPerPage: lines)
    }

    private static func budgetExecutionItem(_ node: InputNode, at path: FieldPath, context: inout DecodeContext) -> BudgetExecutionItem? {
        guard let map = MappingReader(node, at: path, what: Message("预算执行率项", "the budget-execution item"),
                                      known: budgetExecutionKeys, context: &context) else { return nil }
        let name = context.text("name", in: map)
        guard let weight = context.requiredDecimal("weight", in: map, rule: .weight) else { return nil }
        return name.map { BudgetExecutionItem(name: $0, weight: weight) } ?? BudgetExecutionItem(weight: weight)
    }

    /// `deviation`: the percentage over the target that is a deviation, and the points it costs.
    private static func deviationRule(_ node: InputNode, at path: FieldPath, context: inout DecodeContext) -> DeviationRule? {
        guard let map = MappingReader(node, at: path, what: Message("指标偏离规则", "the deviation rule"),
                                      known: deviationKeys, context: &context) else { return nil }
        let over = context.requiredDecimal("over_target_percent", in: map, rule: .positive)
        let deduction = context.requiredDecimal("deduction", in: map, rule: .weight)
        guard let over, let deduction else { return nil }
        return DeviationRule(overTarget: over / 100, deduction: deduction)
    }

    /// One of `total_caps`: below this execution rate (in percent), the total is at most this.
    private static func totalCap(_ node: InputNode, at path: FieldPath, context: inout DecodeContext) -> TotalCap? {
        guard let map = MappingReader(node, at: path, what: Message("总分上限", "a total cap"), known: totalCapKeys,
                                      context: &context) else { return nil }
        let rate = context.requiredDecimal("rate_below_percent", in: map, rule: .positive)
        let maxTotal = context.requiredDecimal("max_total", in: map, rule: .nonNegative)
        guard let rate, let maxTotal else { return nil }
        for (key, value) in [("rate_below_percent", rate), ("max_total", maxTotal)] where value > 100 {
            let field = path.key(key)
            context.error(.numberOutOfRange,
                          Message("\(field) 不能大于 100，现为 \(ScoreFormat.number(value))", "\(field) cannot exceed 100, not \(ScoreFormat.number(value))"),
                          at: field, node: map.value(key) ?? node)
        }
        return TotalCap(rateBelow: rate / 100, maxTotal: maxTotal)
    }

    private static func level(_ node: InputNode, at path: FieldPath, context: inout DecodeContext) -> SchemeLevel? {
        guard let map = MappingReader(node, at: path, what: Message("一级指标", "a level"), known: levelKeys, context: &context) else {
            return nil
        }
        let name = context.requiredText("name", in: map)
        let weight = context.requiredDecimal("weight", in: map, rule: .weight)
        let aliases = map.value("aliases").flatMap { context.textList($0, at: path.key("aliases")) } ?? []
        var groups: [SchemeGroup] = []
        if let node = map.value("groups"), let items = context.list(node, at: path.key("groups"), what: Message("二级指标", "groups")) {
            groups = items.enumerated().compactMap { offset, item in
                group(item, at: path.key("groups").index(offset + 1), context: &context)
            }
        }
        guard let name, let weight else { return nil }
        return SchemeLevel(name: name, weight: weight, aliases: aliases, groups: groups)
    }

    private static func group(_ node: InputNode, at path: FieldPath, context: inout DecodeContext) -> SchemeGroup? {
        guard let map = MappingReader(node, at: path, what: Message("二级指标", "a group"), known: groupKeys, context: &context) else {
            return nil
        }
        let name = context.requiredText("name", in: map)
        let weight = context.requiredDecimal("weight", in: map, rule: .weight)
        let aliases = map.value("aliases").flatMap { context.textList($0, at: path.key("aliases")) } ?? []
        guard let name, let weight else { return nil }
        return SchemeGroup(name: name, weight: weight, aliases: aliases)
    }
}
