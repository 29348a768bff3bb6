import Foundation

/// Reads a number exactly as written into a `Decimal`, never through `Double`.
///
/// Accepted: `100`, `-3`, `12.5`, `.5`, `1,234.56` (thousands commas), `1e3`, and the same
/// in full-width forms (`１０`, `１２．５`). Refused with a
/// reason: NaN and infinities (`.nan`, `.inf`), more significant digits than the limit, and
/// exponents beyond ±30; anything else is not a number.
enum NumberText {
    enum Problem: Error, Equatable {
        case notANumber
        case notFinite
        case tooManyDigits(Int)
        case outOfRange
    }

    private static let nonFinite: Set<String> = [
        ".nan", "nan", ".inf", "+.inf", "-.inf", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity",
    ]
    private static let posix = Locale(identifier: "en_US_POSIX")

    static func parse(_ written: String, maxSignificantDigits: Int) -> Result<Decimal, Problem> {
        // Full-width digits, point and signs (１０, ２．５) are the same number (FullWidth).
        let text = FullWidth.folded(written).trimmingCharacters(in: .whitespaces)
        if nonFinite.contains(text.lowercased()) { return .failure(.notFinite) }
        var scalars = Substring(text).unicodeScalars[...]
        var normalized = ""
        if let sign = scalars.first, sign == "-" || sign == "+" {
            if sign == "-" { normalized.append("-") }
            scalars = scalars.dropFirst()
        }
        guard let integer = integerDigits(&scalars) else { return .failure(.notANumber) }
        var fraction = ""
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            fraction = String(String.UnicodeScalarView(scalars.prefix { isDigit($0) }))
            scalars = scalars.dropFirst(fraction.unicodeScalars.count)
        }
        guard !integer.isEmpty || !fraction.isEmpty else { return .failure(.notANumber) }
        var exponent = 0
        if let marker = scalars.first, marker == "e" || marker == "E" {
            scalars = scalars.dropFirst()
            var negative = false
            if let sign = scalars.first, sign == "-" || sign == "+" {
                negative = sign == "-"
                scalars = scalars.dropFirst()
            }
            let digits = String(String.UnicodeScalarView(scalars.prefix { isDigit($0) }))
            scalars = scalars.dropFirst(digits.unicodeScalars.count)
            guard !digits.isEmpty else { return .failure(.notANumber) }
            guard digits.count <= 3, let value = Int(digits), value <= 30 else { return .failure(.outOfRange) }
            exponent = negative ? -value : value
        }
        guard scalars.isEmpty else { return .failure(.notANumber) }
        let significant = String((integer + fraction).drop { $0 == "0" })
        if significant.count > maxSignificantDigits { return .failure(.tooManyDigits(significant.count)) }
        normalized += (integer.isEmpty ? "0" : integer) + (fraction.isEmpty ? "" : "." + fraction)
        if exponent != 0 { normalized += "e\(exponent)" }
        guard let value = Decimal(string: normalized, locale: posix) else { return .failure(.notANumber) }
        return .success(value)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// The integer digits, thousands commas removed; nil when commas are misplaced.
    private static func integerDigits(_ scalars: inout Substring.UnicodeScalarView.SubSequence) -> String? {
        var digits = ""
        var groupLength = 0
        var sawComma = false
        while let scalar = scalars.first, isDigit(scalar) || scalar == "," {
            if scalar == "," {
                guard !digits.isEmpty, !sawComma || groupLength == 3, sawComma || groupLength <= 3 else { return nil }
                sawComma = true
                groupLength = 0
            } else {
                digits.unicodeScalars.append(scalar)
                groupLength += 1
            }
            scalars = scalars.dropFirst()
        }
        if sawComma && groupLength != 3 { return nil }
        return digits
    }
}
