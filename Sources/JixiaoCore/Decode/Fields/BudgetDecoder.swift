import Foundation

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
        let sourcesPath = path.key("sources")
        let items = map.value("sources").flatMap {
            context.list($0, at: sourcesPath, what: Message("资金来源", "funding sources"))
        } ?? []
        let sources = items.enumerated().compactMap { offset, item in
            fundingSource(item, at: sourcesPath.index(offset + 1), context: &context)
        }
        var adjusted: Decimal?
        if map.value("adjusted") != nil {
            adjusted = context.requiredDecimal("adjusted", in: map, rule: .nonNegative)
        } else if let initial {
            // A table that prints one budget figure (年初预算数 only): it stands for the year's.
            context.warning(.budgetRowsDisagree,
                            Message("只有年初预算数\(ScoreFormat.amount(initial))，没有全年预算数：执行率按年初预算数计算",
                                    "only the initial budget \(ScoreFormat.amount(initial)) is given: the rate is computed against it"),
                            at: path.key("adjusted"), node: map.value("initial"),
                            hints: [Message("如有调整后的全年预算数，请写在 budget.adjusted", "give the adjusted budget in budget.adjusted if there is one")])
            adjusted = initial
        } else {
            adjusted = fromSources(sources, \.adjusted, label: ("全年预算数", "adjusted"), at: path, node: map.node, context: &context)
                ?? context.requiredDecimal("adjusted", in: map, rule: .nonNegative)
        }
        let executed = map.value("executed") == nil
            ? fromSources(sources, \.executed, label: ("全年执行数", "executed"), at: path, node: map.node, context: &context)
                ?? context.requiredDecimal("executed", in: map, rule: .nonNegative)
            : context.requiredDecimal("executed", in: map, rule: .nonNegative)
        let printedScore = context.decimal("printed_score", in: map, rule: .nonNegative)
        let printedRate = context.text("printed_rate", in: map)
        let printedWeight = context.decimal("printed_weight", in: map, rule: .weight)
        guard let adjusted, let executed else { return nil }
        var budget = Budget(unit: unit, initial: initial, adjusted: adjusted, executed: executed, sources: sources,
                            printedScore: printedScore)
        budget.printedRate = printedRate
        budget.printedWeight = printedWeight
        return budget
    }

    /// A summary row (年度资金总额) that leaves a figure empty while its 其中 rows print it, as
    /// a published table may: the rows' sum stands for it, with J038 naming them, instead of
    /// refusing the table for a missing field.
    private static func fromSources(_ sources: [FundingSource], _ figure: KeyPath<FundingSource, Decimal?>,
                                    label: (String, String), at path: FieldPath, node: InputNode,
                                    context: inout DecodeContext) -> Decimal? {
        let given = sources.filter { $0[keyPath: figure] != nil }
        guard !given.isEmpty else { return nil }
        let sum = given.reduce(Decimal(0)) { $0 + ($1[keyPath: figure] ?? 0) }
        let names = given.map { "“\($0.name.excerpt)”" }.joined(separator: "、")
        context.warning(.budgetRowsDisagree,
                        Message("年度资金总额没有\(label.0)，按其中\(names)计为\(ScoreFormat.amount(sum))",
                                "the summary row gives no \(label.1) figure: the 其中 rows \(names) make \(ScoreFormat.amount(sum))"),
                        at: path.key(label.1), node: node,
                        hints: [Message("核对年度资金总额一行；照录时空格不写 budget.\(label.1)",
                                        "check the summary row; copy a blank cell by leaving budget.\(label.1) out")])
        return sum
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
