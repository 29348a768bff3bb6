
/// `budget:` → `Budget`: amounts read exactly, never negative.
enum BudgetDecoder {
    static let keys = ["unit", "initial", "adjusted", "executed", "sources", "printed_score", "printed_rate",
                       "printed_weight"]
    static let sourceKeys = ["name", "initial", "adjusted", "executed"]

    static func decode(_ node: InputNode, at path: FieldPath, context: inout DecodeContext) -> Budget? {
        guard let map = MappingReader(node, at: path, what: Message("预算", "the budget"), known: keys, context: &context) else {
            return nil
        }
        let unit = context.text("unit", in: map) ?? Budget.defaultUnit
        let initial = context.decimal("initial", in: map, rule: .nonNegative)
        var adjusted = map.value("adjusted") == nil && initial != nil ? nil
            : context.requiredDecimal("adjusted", in: map, rule: .nonNegative)
        if adjusted == nil, let initial, map.value("adjusted") == nil {
            // A table that prints one budget figure (年初预算数 only): it stands for the year's.
            context.warning(.budgetRowsDisagree,
                            Message("只有年初预算数\(ScoreFormat.amount(initial))，没有全年预算数：执行率按年初预算数计算",
                                    "only the initial budget \(ScoreFormat.amount(initial)) is given: the rate is computed against it"),
                            at: path.key("adjusted"), node: map.value("initial"),
                            hints: [Message("如有调整后的全年预算数，请写在 budget.adjusted", "give the adjusted budget in budget.adjusted if there is one")])
            adjusted = initial
        }
        let executed = context.requiredDecimal("executed", in: map, rule: .nonNegative)
        let printedScore = context.decimal("printed_score", in: map, rule: .nonNegative)
        let printedRate = context.text("printed_rate", in: map)
        let printedWeight = context.decimal("printed_weight", in: map, rule: .weight)
        let sourcesPath = path.key("sources")
        let items = map.value("sources").flatMap {
            context.list($0, at: sourcesPath, what: Message("资金来源", "funding sources"))
        } ?? []
        let sources = items.enumerated().compactMap { offset, item in
            fundingSource(item, at: sourcesPath.index(offset + 1), context: &context)
        }
        guard let adjusted, let executed else { return nil }
        var budget = Budget(unit: unit, initial: initial, adjusted: adjusted, executed: executed, sources: sources,
                            printedScore: printedScore)
        budget.printedRate = printedRate
        budget.printedWeight = printedWeight
        return budget
    }

    private static func fundingSource(_ node: InputNode, at path: FieldPath, context: inout DecodeContext) -> FundingSource? {
        guard let map = MappingReader(node, at: path, what: Message("资金来源", "a funding source"), known: sourceKeys,
                                      context: &context) else { return nil }
        let name = context.requiredText("name", in: map)
        let initial = context.decimal("initial", in: map, rule: .nonNegative)
        let adjusted = context.decimal("adjusted", in: map, rule: .nonNegative)
        let executed = context.decimal("executed", in: map, rule: .nonNegative)
        guard let name else { return nil }
        return FundingSource(name: name, initial: initial, adjusted: adjusted, executed: executed)
    }
}
