import Foundation

/// The scheme's ceiling on the total for a low 预算执行率 (预算管理一体化 rules: below 80% the
/// total is at most 89, and so on down): said with both figures whenever the sum passes it.
enum TotalCapCheck {
    /// J066: the sum of the items is above the ceiling. A clerk's own total is then the
    /// ceiling; a table under review keeps its printed figures and is told what the rule allows.
    static func report(sum: Decimal, cap: TotalCap, rate: Decimal, scheme: Scheme, underReview: Bool,
                       into diagnostics: inout ScoringDiagnostics) {
        let rateText = ScoreFormat.percent(rate), below = ScoreFormat.percent(cap.rateBelow)
        let ceiling = ScoreFormat.number(cap.maxTotal), summed = ScoreFormat.number(sum)
        let rule = Message("预算执行率\(rateText)低于\(below)，按评分方案“\(scheme.id.excerpt)”总分不得高于\(ceiling)分",
                           "the execution rate \(rateText) is below \(below): scheme “\(scheme.id.excerpt)” caps the total at \(ceiling)")
        let outcome = underReview
            ? Message("表中各项得分合计\(summed)", "the table's items add up to \(summed)")
            : Message("各项得分合计\(summed)，总分计为\(ceiling)", "the items add up to \(summed); the total counts as \(ceiling)")
        diagnostics.warning(
            .totalCapped,
            Message("\(rule.chinese)：\(outcome.chinese)", "\(rule.english); \(outcome.english)"),
            at: FieldPath.root.key("budget").key("executed"),
            hint: Message("在报告中说明预算执行率偏低的原因；执行率达到\(below)以上才不受此限",
                          "explain the low execution rate in the report; at \(below) or more the cap no longer applies"))
    }
}
