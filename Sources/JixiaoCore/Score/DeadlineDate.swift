/// Deadlines and completion dates read as days of the year, so that a target of
/// "2023年12月前完成" is met by an actual of "2023年10月" and missed by "2024年1月".
///
/// A deadline is the last day it allows: 12月前完成 and 12月底前 → 31 December; 上半年 → 30 June;
/// 第三季度 → 30 September; 年底前 → 31 December. An actual date is the last day it can mean
/// ("2023年10月" → 31 October), so a month-level actual never passes for earlier than it was.
/// Years are compared only when both sides give one.
struct CalendarDay: Hashable, Sendable {
    var year: Int?
    var month: Int
    var day: Int

    /// Whether `self` is on or before `bound`.
    func isOnOrBefore(_ bound: CalendarDay) -> Bool {
        if let year, let boundYear = bound.year, year != boundYear { return year < boundYear }
        return (month, day) <= (bound.month, bound.day)
    }
}

enum DeadlineDate {
    /// The last day the deadline `text` allows, or nil when it names no day.
    static func bound(_ text: String) -> CalendarDay? {
        var rest = Substring(ValueText.normalized(text))
        for ending in ["完成", "之前", "以前", "前", "内"] where rest.hasSuffix(ending) { rest = rest.dropLast(ending.count) }
        return lastDay(of: rest)
    }

    /// The last day an actual date names ("2023年10月", "2023.10.15", "10月底"), or nil.
    static func day(_ text: String) -> CalendarDay? {
        var rest = Substring(ValueText.normalized(text))
        for ending in ["完成", "已完成", "前", "止"] where rest.hasSuffix(ending) { rest = rest.dropLast(ending.count) }
        return lastDay(of: rest)
    }

    private static let periods: [(words: [String], month: Int)] = [
        (["上半年", "年中"], 6), (["下半年", "年底", "年末", "全年", "年内", "本年", "当年"], 12),
        (["第一季度", "一季度", "第1季度", "1季度"], 3), (["第二季度", "二季度", "第2季度", "2季度"], 6),
        (["第三季度", "三季度", "第3季度", "3季度"], 9), (["第四季度", "四季度", "第4季度", "4季度"], 12),
    ]

    /// `[YYYY年|YYYY.]` then a period word, or `M月[D日]`, `M.D`, with 底/末/份 after the month.
    private static func lastDay(of text: Substring) -> CalendarDay? {
        var rest = text
        var year: Int?
        let leading = rest.prefix { $0.isASCII && $0.isNumber }
        if leading.count == 4, let value = Int(leading) {
            rest = rest.dropFirst(4)
            guard let separator = rest.first, "年.-/".contains(separator) else { return nil }
            year = value
            rest = rest.dropFirst()
        }
        if let period = periods.first(where: { $0.words.contains(String(rest)) }) {
            return CalendarDay(year: year, month: period.month, day: daysIn(period.month))
        }
        guard let monthText = leadingNumber(&rest), let month = Int(monthText), (1...12).contains(month) else { return nil }
        // "2023.10.15" needs its year: a bare "10.5" is a number, not 5 October.
        if rest.first == "月" { rest = rest.dropFirst() } else if year != nil, let separator = rest.first, ".-/".contains(separator) {
            rest = rest.dropFirst()
        } else {
            return nil  // a bare number ("1", "12") is a quantity, not a month
        }
        for word in ["底", "末", "份"] where rest.hasPrefix(word) { rest = rest.dropFirst(word.count) }
        if rest.isEmpty { return CalendarDay(year: year, month: month, day: daysIn(month)) }
        guard let dayText = leadingNumber(&rest), let day = Int(dayText), (1...daysIn(month)).contains(day),
              rest.isEmpty || rest == "日" || rest == "号" else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    private static func leadingNumber(_ text: inout Substring) -> String? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return nil }
        text = text.dropFirst(digits.count)
        return String(digits)
    }

    /// Days in `month`; February as 29, so that a leap day is never refused.
    private static func daysIn(_ month: Int) -> Int {
        switch month {
        case 2: return 29
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
