import Foundation

/// Reads targets (年度指标值) and actuals (实际完成值) the way people write them.
///
/// Returns nil for what it cannot read, so the scorer can report the row instead of
/// scoring a silent zero. The comparator of a bare number ("100%") stays nil here: whether
/// it means ≥ or ≤ depends on the row (成本指标, `direction`), which the scorer knows.
public enum ValueParser {
    /// A target: a deadline (tried first, so 12月底前完成 is not the number 12), a quantity, or a rating.
    public static func target(_ text: String) -> MeasuredValue? {
        let normalized = ValueText.normalized(text)
        if isDeadline(normalized) { return .deadline(text: text, met: nil) }
        // A bare date ("2023年12月", 第三季度) as a target is a deadline: done by then.
        if DeadlineDate.day(text) != nil { return .deadline(text: text, met: nil) }
        if let quantity = quantity(text) { return .quantity(quantity) }
        if let rank = ratingRank(normalized) { return .rating(text: text, rank: rank) }
        return nil
    }

    /// An actual: a quantity, a completion word (met or not), a rating, or a deadline phrase.
    public static func actual(_ text: String) -> MeasuredValue? {
        let normalized = ValueText.normalized(text)
        if let met = completion(normalized) { return .deadline(text: text, met: met) }
        if isDeadline(normalized) { return .deadline(text: text, met: nil) }
        // A completion date ("2023年10月") before the number it also looks like.
        if DeadlineDate.day(text) != nil { return .deadline(text: text, met: nil) }
        if let quantity = quantity(text) { return .quantity(quantity) }
        if let rank = ratingRank(normalized) { return .rating(text: text, rank: rank) }
        return nil
    }

    /// A number with an optional comparator (sign or word) and unit: ≥20个, 不超过100万元, 1,000人.
    public static func quantity(_ text: String) -> Quantity? {
        var rest = Substring(ValueText.normalized(text))
        var comparator: Quantity.Comparator?
        if let prefix = ValueVocabulary.prefixes.first(where: { rest.hasPrefix($0.word) }) {
            comparator = prefix.comparator
            rest = rest.dropFirst(prefix.word.count)
            if comparator == nil, let sign = ValueVocabulary.prefixes.first(where: {
                $0.word.count == 1 && rest.hasPrefix($0.word)
            }) {
                comparator = sign.comparator
                rest = rest.dropFirst()
            }
        }
        if let suffix = ValueVocabulary.suffixes.first(where: { rest.hasSuffix($0.word) }) {
            comparator = comparator ?? suffix.comparator
            rest = rest.dropLast(suffix.word.count)
        }
        guard let (value, unit) = number(in: rest) else { return nil }
        return Quantity(comparator: comparator, value: value, unit: unit, text: text)
    }

    /// Whether a target names a deadline: a fixed phrase, or a time expression followed by
    /// 完成 and/or 前 (上半年完成, 年底前完成, 12月底前完成, 2024年6月30日前).
    static func isDeadline(_ text: String) -> Bool {
        if ValueVocabulary.deadlinePhrases.contains(text) { return true }
        var rest = Substring(text)
        var marked = false
        for ending in ["完成", "之前", "前", "内"] where rest.hasSuffix(ending) {
            rest = rest.dropLast(ending.count)
            marked = true
        }
        return marked && !rest.isEmpty && rest.allSatisfy { ValueVocabulary.timeCharacters.contains($0) }
    }

    /// true for 按期完成 and its kin, false for 未完成 and its kin, nil for anything else.
    static func completion(_ text: String) -> Bool? {
        if ValueVocabulary.notCompletedInTime.contains(text) { return false }
        if ValueVocabulary.completedInTime.contains(text) { return true }
        return nil
    }

    /// The rank of a rating, with 及以上/以上 allowed after it (基本满意及以上).
    static func ratingRank(_ text: String) -> Int? {
        var word = Substring(text)
        for suffix in ["及以上", "以上"] where word.hasSuffix(suffix) { word = word.dropLast(suffix.count) }
        return ValueVocabulary.ratings.first { $0.word == word }?.rank
    }

    /// The leading number (digits, commas between digit groups, one decimal point) and the
    /// unit after it; nil when there is no number first or the unit holds more digits.
    static func number(in text: Substring) -> (Decimal, String)? {
        var digits = ""
        var index = text.startIndex
        var seenPoint = false
        while index < text.endIndex {
            let character = text[index]
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else if character == ".", !seenPoint, !digits.isEmpty, isDigit(after: index, in: text) {
                digits.append(character)
                seenPoint = true
            } else if character == ",", !seenPoint, !digits.isEmpty, isDigit(after: index, in: text) {
                // thousands separator: dropped
            } else {
                break
            }
            index = text.index(after: index)
        }
        let unit = String(text[index...])
        guard !digits.isEmpty, !unit.contains(where: { $0.isASCII && $0.isNumber }), let value = Decimal(string: digits) else {
            return nil
        }
        return (value, unit)
    }

    private static func isDigit(after index: Substring.Index, in text: Substring) -> Bool {
        let next = text.index(after: index)
        return next < text.endIndex && text[next].isASCII && text[next].isNumber
    }
}
