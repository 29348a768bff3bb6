import Foundation

/// A cell's number format, reduced to what decides the text a clerk sees: a percentage, a
/// number with decimals and thousands separators, a date, or General. The importer reads a
/// cell as it is shown, not as it is stored (0.85 in a `0.00%` cell is 85%, serial 45424 in a
/// `yyyy"年"m"月"d"日"` cell is 2024年5月12日), because that is what the clerk typed and checked.
struct NumberFormat: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case general
        case text
        /// Digits after the point, thousands separators, ×100 and `%`.
        case number(decimals: Int, grouped: Bool, percent: Bool)
        case date([DateToken])
    }

    var kind: Kind
    /// Literal text around the number (`0"人"` → suffix 人).
    var prefix = ""
    var suffix = ""

    /// The built-in formats by id (ECMA-376 §18.8.30), with the zh-CN ids 27–36 and 50–58,
    /// which Chinese Excel writes without a format code.
    static func builtIn(_ id: Int) -> String? {
        switch id {
        case 0: return "General"
        case 1: return "0"
        case 2: return "0.00"
        case 3: return "#,##0"
        case 4: return "#,##0.00"
        case 9: return "0%"
        case 10: return "0.00%"
        case 14: return "yyyy/m/d"
        case 15: return "d-mmm-yy"
        case 16: return "d-mmm"
        case 17: return "mmm-yy"
        case 18: return "h:mm AM/PM"
        case 19: return "h:mm:ss AM/PM"
        case 20: return "h:mm"
        case 21: return "h:mm:ss"
        case 22: return "yyyy/m/d h:mm"
        case 37, 38: return "#,##0"
        case 39, 40: return "#,##0.00"
        case 45: return "mm:ss"
        case 46: return "h:mm:ss"
        case 49: return "@"
        case 27, 36, 50, 52, 57: return #"yyyy"年"m"月""#
        case 28, 29, 51, 53, 54, 58: return #"m"月"d"日""#
        case 30: return "m-d-yy"
        case 31: return #"yyyy"年"m"月"d"日""#
        case 32: return #"h"时"mm"分""#
        case 33: return #"h"时"mm"分"ss"秒""#
        case 34, 55: return #"上午/下午h"时"mm"分""#
        case 35, 56: return #"上午/下午h"时"mm"分"ss"秒""#
        default: return nil
        }
    }

    /// The format of `code`, first section only (the positive numbers' one).
    init(code: String) {
        let section = Self.firstSection(code)
        let tokens = FormatToken.scan(section)
        if section.lowercased() == "general" || tokens.isEmpty { kind = .general; return }
        if tokens.contains(where: { if case .placeholder("@") = $0 { return true } else { return false } }) { kind = .text; return }
        let dateTokens = DateToken.read(tokens)
        if dateTokens.contains(where: \.isField) { kind = .date(dateTokens); return }
        var decimals = 0, grouped = false, percent = false, afterPoint = false, seenDigit = false, digitsDone = false
        for token in tokens {
            switch token {
            case .placeholder(let character) where "0#?".contains(character):
                seenDigit = true
                if afterPoint { decimals += 1 }
            case .placeholder("."): afterPoint = true
            case .placeholder(","): if seenDigit && !afterPoint { grouped = true }
            case .placeholder("%"): percent = true
            case .literal(let text):
                if seenDigit { digitsDone = true; suffix += text } else { prefix += text }
            default: if seenDigit { digitsDone = true }
            }
            _ = digitsDone
        }
        kind = seenDigit ? .number(decimals: decimals, grouped: grouped, percent: percent) : .general
    }

    static func firstSection(_ code: String) -> String {
        var inQuote = false
        var result = ""
        for character in code {
            if character == "\"" { inQuote.toggle() }
            if character == ";" && !inQuote { break }
            result.append(character)
        }
        return result
    }

    /// The text a stored number shows in this format; `date1904` for workbooks that count days
    /// from 1904.
    func display(_ raw: String, date1904: Bool) -> String {
        guard let value = Double(raw.trimmingCharacters(in: .whitespaces)), value.isFinite else { return raw }
        switch kind {
        case .text: return raw
        case .general: return prefix + Self.general(value) + suffix
        case let .number(decimals, grouped, percent):
            let shown = percent ? value * 100 : value
            var text = Self.fixed(shown, decimals: decimals)
            if grouped { text = Self.grouped(text) }
            return prefix + text + (percent ? "%" : "") + suffix
        case .date(let tokens):
            return DateToken.render(tokens, serial: value, date1904: date1904) ?? Self.general(value)
        }
    }

    /// General: up to 15 significant digits (Excel's precision), trailing zeros dropped, so
    /// 0.84999999999999998 reads 0.85.
    static func general(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return trimmed(String(format: "%.15g", value))
    }

    /// `value` rounded to `decimals` places, then trailing zeros after the point dropped: the
    /// format's precision decides the rounding, the zeros add nothing a report needs
    /// (`0.00%` of 0.85 is 85%, of 0.991 is 99.1%).
    static func fixed(_ value: Double, decimals: Int) -> String {
        let text = String(format: "%.\(min(decimals, 15))f", value)
        let cleaned = text == "-0" || text.hasPrefix("-0.") && Double(text) == 0 ? String(text.dropFirst()) : text
        return trimmed(cleaned)
    }

    static func trimmed(_ text: String) -> String {
        guard text.contains("."), !text.contains("e"), !text.contains("E") else { return text }
        var result = text
        while result.hasSuffix("0") { result.removeLast() }
        if result.hasSuffix(".") { result.removeLast() }
        return result
    }

    /// `1234567.5` → `1,234,567.5`.
    static func grouped(_ text: String) -> String {
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1)
        let integer = Array(parts.first.map(String.init) ?? "")
        var grouped = ""
        for (index, digit) in integer.enumerated() {
            if index > 0 && (integer.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (negative ? "-" : "") + grouped + fraction
    }
}

/// One piece of a format section: a placeholder or date letter, or literal text.
enum FormatToken: Hashable, Sendable {
    case placeholder(Character)
    case literal(String)

    /// Quoted text and `\x` are literal; `[Red]`, `[$-804]`, `_x` padding and `*x` fill are
    /// dropped; CJK and other characters with no meaning in a format are literal.
    static func scan(_ section: String) -> [FormatToken] {
        var tokens: [FormatToken] = []
        var characters = Array(section)[...]
        while let character = characters.popFirst() {
            let rest = String(character) + String(characters.prefix(4))
            if rest.uppercased().hasPrefix("AM/PM") || rest.hasPrefix("上午/下午") {
                characters = characters.dropFirst(4)
                tokens.append(.placeholder("a"))
                continue
            }
            switch character {
            case "\"":
                var text = ""
                while let next = characters.popFirst(), next != "\"" { text.append(next) }
                tokens.append(.literal(text))
            case "\\":
                if let next = characters.popFirst() { tokens.append(.literal(String(next))) }
            case "[":
                while let next = characters.popFirst(), next != "]" {}
            case "_", "*":
                _ = characters.popFirst()
            case "0", "#", "?", ".", ",", "%", "@", "E", "e", "+", "/", ":":
                tokens.append(.placeholder(character))
            case "y", "Y", "m", "M", "d", "D", "h", "H", "s", "S":
                tokens.append(.placeholder(Character(character.lowercased())))
            default:
                if case .literal(let previous)? = tokens.last {
                    tokens[tokens.count - 1] = .literal(previous + String(character))
                } else {
                    tokens.append(.literal(String(character)))
                }
            }
        }
        return tokens
    }
}
