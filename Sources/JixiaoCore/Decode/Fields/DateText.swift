/// Reads 填报日期 as a calendar date: `2025-05-12`, also `2025/5/12`, `2025.5.12` and
/// `2025年5月12日`, since that is how dates are written on the cover.
enum DateText {
    static func parse(_ written: String) -> ReportDate? {
        var text = written.filter { !$0.isWhitespace }
        if text.hasSuffix("日") { text.removeLast() }
        let parts = text.split(omittingEmptySubsequences: false) { "-/.年月".contains($0) }
        guard parts.count == 3, let year = number(parts[0], digits: 4...4), let month = number(parts[1], digits: 1...2),
              let day = number(parts[2], digits: 1...2), (1...12).contains(month),
              day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        return ReportDate(year: year, month: month, day: day)
    }

    private static func number(_ part: Substring, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(part.count), part.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(part)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
