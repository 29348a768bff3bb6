/// The fields of a date format (`yyyy"年"m"月"d"日"`), and the text a serial number shows in it.
enum DateToken: Hashable, Sendable {
    case year(Int), month(Int), day(Int), hour(Int), minute(Int), second(Int)
    /// 上午/下午 or AM/PM: the hour is then counted 1–12.
    case halfDay
    case literal(String)

    var isField: Bool {
        switch self {
        case .year, .month, .day, .hour, .second: return true
        case .minute, .halfDay, .literal: return false
        }
    }

    /// Runs of the same letter become one field; `m` is minutes after an hour or before seconds.
    /// Empty when the section has number placeholders too (it is then not a date).
    static func read(_ tokens: [FormatToken]) -> [DateToken] {
        enum Item { case run(Character, Int), token(DateToken) }
        var items: [Item] = []
        for token in tokens {
            switch token {
            case .placeholder(let letter) where "ymdhs".contains(letter):
                if case .run(let previous, let count)? = items.last, previous == letter {
                    items[items.count - 1] = .run(letter, count + 1)
                } else {
                    items.append(.run(letter, 1))
                }
            case .placeholder("a"): items.append(.token(.halfDay))
            case .placeholder(let character) where "/:".contains(character): items.append(.token(.literal(String(character))))
            case .placeholder("."): items.append(.token(.literal(".")))
            case .literal(let text): items.append(.token(.literal(text)))
            default: return []
            }
        }
        let letters = items.compactMap { if case .run(let letter, _) = $0 { return letter } else { return nil } }
        var letterIndex = 0
        return items.map { item in
            guard case let .run(letter, count) = item else {
                if case .token(let token) = item { return token }
                return .literal("")
            }
            let previous = letterIndex > 0 ? letters[letterIndex - 1] : nil
            let next = letterIndex + 1 < letters.count ? letters[letterIndex + 1] : nil
            letterIndex += 1
            switch letter {
            case "y": return .year(count)
            case "m": return (previous == "h" || next == "s") && count <= 2 ? .minute(count) : .month(count)
            case "d": return .day(count)
            case "h": return .hour(count)
            default: return .second(count)
            }
        }
    }

    /// The text of `serial` (days since 1899-12-30, or since 1904-01-01), or nil when out of
    /// the range a report can mean (before 1900 or after 9999).
    static func render(_ tokens: [DateToken], serial: Double, date1904: Bool) -> String? {
        guard serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        let seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if date1904 { days += 1_462 }
        // Serial 60 is Excel's 1900-02-29, a day that never was; days before it count one more.
        let civil = CivilDate(daysSince18991230: days < 61 && !date1904 ? days + 1 : days)
        let hour24 = seconds / 3_600 % 24, minute = seconds / 60 % 60, second = seconds % 60
        let twelveHour = tokens.contains(.halfDay)
        var text = ""
        for token in tokens {
            switch token {
            case .year(let width): text += width <= 2 ? padded(civil.year % 100, 2) : String(civil.year)
            case .month(let width):
                if width >= 3 { text += monthNames[civil.month - 1] } else { text += padded(civil.month, width) }
            case .day(let width): text += padded(civil.day, min(width, 2))
            case .hour(let width): text += padded(twelveHour ? (hour24 + 11) % 12 + 1 : hour24, width)
            case .minute(let width): text += padded(minute, width)
            case .second(let width): text += padded(second, width)
            case .halfDay: text += hour24 < 12 ? "上午" : "下午"
            case .literal(let literal): text += literal
            }
        }
        return text
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// A proleptic Gregorian date from a day count (Howard Hinnant's days-to-civil).
struct CivilDate: Hashable, Sendable {
    var year: Int, month: Int, day: Int

    init(daysSince18991230 serial: Int) {
        let z = serial - 25_569 + 719_468  // 1899-12-30 is 25,569 days before 1970-01-01
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }
}
