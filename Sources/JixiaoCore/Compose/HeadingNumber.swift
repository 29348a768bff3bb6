/// The numbers of official documents (GB/T 9704): 一、 for level 1, （一） for level 2,
/// 1. for level 3, （1） for level 4 and below. The user never types them.
public enum HeadingNumber {
    /// The number of the `index`-th (1-based) heading at `level` (1-based).
    public static func number(level: Int, index: Int) -> String {
        switch level {
        case ...1: return ChineseNumeral.string(index) + "、"
        case 2: return "（" + ChineseNumeral.string(index) + "）"
        case 3: return "\(index)."
        default: return "（\(index)）"
        }
    }
}

/// Small counting numbers in Chinese: 一 … 十, 十一, 二十, 二十一 … 九十九.
public enum ChineseNumeral {
    static let digits: [String] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// 1–99 in Chinese; other numbers in Arabic digits (no report has a hundred sections).
    public static func string(_ number: Int) -> String {
        guard (1...99).contains(number) else { return String(number) }
        let tens = number / 10, ones = number % 10
        let tensPart = tens == 0 ? "" : (tens == 1 ? "十" : digits[tens] + "十")
        return tensPart + (ones == 0 ? "" : digits[ones])
    }
}
