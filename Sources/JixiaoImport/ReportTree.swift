import JixiaoCore

/// Turns what the readers found into the report tree `ReportDecoder.decode(tree:origin:)` reads:
/// the same keys as a YAML file (docs/input-format.md), each value at its cell or paragraph.
/// Nothing is checked here; a missing 主管部门 or a weight that is not a number is the
/// decoder's to report, with the same message as for YAML.
enum ReportTree {
    static func build(table: SelfEvaluationTableReading?, narrative: NarrativeReading?, scheme: Located,
                      at root: SourceLocation) -> InputNode {
        var pairs = [InputPair("scheme", scheme.node)]
        pairs.append(InputPair("cover", cover(table: table, narrative: narrative, at: root)))
        pairs.append(InputPair("project", project(table: table, narrative: narrative, at: root)))
        if let table {
            pairs.append(InputPair("budget", budget(table.funds, underReview: table.isUnderReview, at: table.at)))
            if table.expectedGoal != nil || table.achievedGoal != nil {
                pairs.append(InputPair("goals", mapping([("expected", table.expectedGoal), ("achieved", table.achievedGoal)],
                                                        at: table.expectedGoal?.location ?? table.at)))
            }
            if table.isUnderReview, let total = table.total { pairs.append(InputPair("self_score", total.node)) }
        }
        pairs.append(InputPair("sections", .sequence((narrative?.sections ?? []).map(section), at: narrative?.sections.first?.title.location ?? root)))
        if let table {
            pairs.append(InputPair("indicators", .sequence(table.levels.map(indicators), at: table.at)))
        }
        return .mapping(pairs, at: root)
    }

    /// A mapping of the values present, in the given order.
    static func mapping(_ values: [(String, Located?)], at location: SourceLocation) -> InputNode {
        .mapping(values.compactMap { key, value in value.map { InputPair(key, $0.node) } }, at: location)
    }

    /// The narrative's cover lines as written; without a narrative, the table's project facts
    /// under the form's labels.
    static func cover(table: SelfEvaluationTableReading?, narrative: NarrativeReading?, at root: SourceLocation) -> InputNode {
        var pairs: [InputPair] = []
        if let title = narrative?.title { pairs.append(InputPair("title", title.node)) }
        let fields: [(label: Located, value: Located)]
        if let narrative, !narrative.coverFields.isEmpty {
            fields = narrative.coverFields
        } else {
            fields = [("项目名称", table?.projectName), ("主管部门", table?.department), ("实施单位", table?.implementer)]
                .compactMap { label, value in value.map { (Located(text: label, location: $0.location), $0) } }
        }
        let items = fields.map { field in
            InputNode.mapping([InputPair(key: field.label.node, value: field.value.node)], at: field.label.location)
        }
        pairs.append(InputPair("fields", .sequence(items, at: fields.first?.label.location ?? root)))
        if let issuer = narrative?.issuer { pairs.append(InputPair("issuer", issuer.node)) }
        if let year = narrative?.year { pairs.append(InputPair("year", year.node)) }
        return .mapping(pairs, at: fields.first?.label.location ?? root)
    }

    static func project(table: SelfEvaluationTableReading?, narrative: NarrativeReading?, at root: SourceLocation) -> InputNode {
        let name = table?.projectName ?? narrative?.cover("项目名称")
        return mapping([("name", name),
                        ("department", table?.department ?? narrative?.cover("主管部门")),
                        ("implementer", table?.implementer ?? narrative?.cover("实施单位")),
                        ("date", narrative?.cover("填报日期")),
                        ("year", table?.year)],
                       at: name?.location ?? table?.at ?? root)
    }

    static func budget(_ funds: SelfEvaluationTableReading.Funds?, underReview: Bool, at location: SourceLocation) -> InputNode {
        guard let funds else { return .mapping([], at: location) }
        var pairs: [InputPair] = []
        if let unit = funds.unit { pairs.append(InputPair("unit", .text(unit, at: funds.at))) }
        for (key, value) in [("initial", funds.initial), ("adjusted", funds.adjusted), ("executed", funds.executed)] {
            if let value { pairs.append(InputPair(key, value.node)) }
        }
        if underReview {
            for (key, value) in [("printed_score", funds.score), ("printed_rate", funds.rate), ("printed_weight", funds.weight)] {
                if let value { pairs.append(InputPair(key, value.node)) }
            }
        }
        if !funds.sources.isEmpty {
            let sources = funds.sources.map { source in
                mapping([("name", source.name), ("initial", source.initial), ("adjusted", source.adjusted), ("executed", source.executed)],
                        at: source.name.location)
            }
            pairs.append(InputPair("sources", .sequence(sources, at: funds.sources[0].name.location)))
        }
        return .mapping(pairs, at: funds.at)
    }

    static func indicators(_ level: SelfEvaluationTableReading.Level) -> InputNode {
        let groups = level.groups.map { group in
            let rows = group.rows.map { row in
                mapping([("name", row.name), ("target", row.target), ("actual", row.actual), ("weight", row.weight),
                         ("printed_score", row.score),
                         ("deviation", row.deviation), ("measures", row.measures)],
                        at: row.name.location)
            }
            return InputNode.mapping([InputPair("name", group.name.node), InputPair("rows", .sequence(rows, at: group.name.location))],
                                     at: group.name.location)
        }
        return .mapping([InputPair("name", level.name.node), InputPair("groups", .sequence(groups, at: level.name.location))],
                        at: level.name.location)
    }

    static func section(_ section: NarrativeReading.Section) -> InputNode {
        var pairs = [InputPair("title", section.title.node)]
        if let first = section.paragraphs.first {
            pairs.append(InputPair("text", .text(section.paragraphs.map(\.text).joined(separator: "\n\n"), at: first.location)))
        }
        if !section.sections.isEmpty {
            pairs.append(InputPair("sections", .sequence(section.sections.map(Self.section), at: section.sections[0].title.location)))
        }
        return .mapping(pairs, at: section.title.location)
    }
}
