/// How Word writes one level's counter (`w:numFmt`): 一 for `chineseCounting`, 1 for
/// `decimal`, ① for `decimalEnclosedCircle`, and so on. A clerk's 一、（一）1.（1） headings
/// are often Word's automatic numbering, whose text is not in the paragraph at all: the
/// importer renders it as Word shows it, so the heading reads the same as a typed one.
///
/// ```swift
/// ListNumberFormat("chineseCounting").text(12)   // 十二
/// ListNumberFormat("decimalEnclosedCircle").text(3)  // ③
/// ```
enum ListNumberFormat: Hashable, Sendable {
    case decimal, decimalZero, decimalFullWidth
    case upperRoman, lowerRoman, upperLetter, lowerLetter
    /// 一 二 … 十 十一 … 一百零一: Word's chineseCounting, chineseCountingThousand,
    /// taiwaneseCounting(Thousand) and japaneseCounting, which agree for a report's numbers.
    case chineseCounting
    /// 壹 贰 叁 … 拾 (chineseLegalSimplified).
    case chineseLegal
    /// 〇 一 二 digit by digit (ideographDigital, taiwaneseDigital).
    case ideographDigital
    /// 甲 乙 丙 … (ideographTraditional) and 子 丑 寅 … (ideographZodiac), cycling.
    case heavenlyStems, earthlyBranches
    /// ① … ⑳, then the number in digits.
    case enclosedCircle
    /// (1) and 1. written by the format rather than by the level text.
    case enclosedParenthesis, enclosedFullStop
    /// A bullet: no counter to show (its symbol is usually a private-use glyph of a symbol font).
    case bullet
    /// No counter, only the level text's literal characters.
    case none

    /// The format named by `w:numFmt`'s value; one Jixiao does not know reads as decimal, which
    /// is what Word itself falls back to.
    init(_ name: String?) {
        switch name ?? "decimal" {
        case "decimalZero": self = .decimalZero
        case "decimalFullWidth", "decimalFullWidth2": self = .decimalFullWidth
        case "upperRoman": self = .upperRoman
        case "lowerRoman": self = .lowerRoman
        case "upperLetter": self = .upperLetter
        case "lowerLetter": self = .lowerLetter
        case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
             "japaneseCounting", "ideographLegalTraditional": self = .chineseCounting
        case "chineseLegalSimplified", "japaneseLegal": self = .chineseLegal
        case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand": self = .ideographDigital
        case "ideographTraditional": self = .heavenlyStems
        case "ideographZodiac": self = .earthlyBranches
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle": self = .enclosedCircle
        case "decimalEnclosedParen": self = .enclosedParenthesis
        case "decimalEnclosedFullstop": self = .enclosedFullStop
        case "bullet": self = .bullet
        case "none": self = .none
        default: self = .decimal
        }
    }

    /// The counter `value` (1-based) as this format shows it.
    func text(_ value: Int) -> String {
        switch self {
        case .decimal: return String(value)
        case .decimalZero: return value < 10 && value >= 0 ? "0\(value)" : String(value)
        case .decimalFullWidth:
            return String(String(value).unicodeScalars.map { scalar in
                guard ("0"..."9").contains(scalar), let wide = Unicode.Scalar(scalar.value + 0xFEE0) else { return Character(scalar) }
                return Character(wide)
            })
        case .upperRoman: return Self.roman(value)
        case .lowerRoman: return Self.roman(value).lowercased()
        case .upperLetter: return Self.letters(value)
        case .lowerLetter: return Self.letters(value).lowercased()
        case .chineseCounting: return Self.chinese(value, digits: Array("零一二三四五六七八九"), units: ["", "十", "百", "千"], dropLeadingOne: true)
        case .chineseLegal: return Self.chinese(value, digits: Array("零壹贰叁肆伍陆柒捌玖"), units: ["", "拾", "佰", "仟"], dropLeadingOne: false)
        case .ideographDigital: return String(String(value).compactMap { $0.wholeNumberValue.map { Array("〇一二三四五六七八九")[$0] } })
        case .heavenlyStems: return value > 0 ? String(Array("甲乙丙丁戊己庚辛壬癸")[(value - 1) % 10]) : String(value)
        case .earthlyBranches: return value > 0 ? String(Array("子丑寅卯辰巳午未申酉戌亥")[(value - 1) % 12]) : String(value)
        case .enclosedCircle:
            guard (1...20).contains(value), let circled = Unicode.Scalar(0x2460 + UInt32(value - 1)) else { return String(value) }
            return String(Character(circled))
        case .enclosedParenthesis: return "(\(value))"
        case .enclosedFullStop: return "\(value)."
        case .bullet, .none: return ""
        }
    }

    /// Roman numerals up to 3999; past that (no report gets there) the digits.
    static func roman(_ value: Int) -> String {
        guard (1...3999).contains(value) else { return String(value) }
        let symbols: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value, text = ""
        for (amount, symbol) in symbols {
            while rest >= amount { text += symbol; rest -= amount }
        }
        return text
    }

    /// A B … Z, then AA BB … as Word counts letters (the letter repeated, not base 26).
    static func letters(_ value: Int) -> String {
        guard value > 0, let letter = Unicode.Scalar(65 + UInt32((value - 1) % 26)) else { return String(value) }
        return String(repeating: Character(letter), count: min((value - 1) / 26 + 1, 10))
    }

    /// A number read out in Chinese, below 10⁸: 十一, 一百零一, 一千零二十, 一万零五百.
    /// `dropLeadingOne`: 十一 rather than 一十一 (counting; the legal 壹拾壹 keeps it).
    static func chinese(_ value: Int, digits: [Character], units: [String], dropLeadingOne: Bool) -> String {
        guard value > 0, value < 100_000_000 else { return value == 0 ? String(digits[0]) : String(value) }
        func below10000(_ number: Int) -> String {
            var text = "", zero = false
            for position in stride(from: 3, through: 0, by: -1) {
                let divisor = [1, 10, 100, 1000][position]
                let digit = number / divisor % 10
                if digit == 0 {
                    zero = !text.isEmpty
                } else {
                    if zero { text.append(digits[0]); zero = false }
                    text += String(digits[digit]) + units[position]
                }
            }
            return text
        }
        let high = value / 10_000, low = value % 10_000
        var text = high > 0 ? below10000(high) + "万" : ""
        if low > 0 {
            if high > 0 && low < 1000 { text.append(digits[0]) }
            text += below10000(low)
        }
        let one = String(digits[1]) + units[1]
        if dropLeadingOne, text.hasPrefix(one) { text.removeFirst() }
        return text
    }
}
