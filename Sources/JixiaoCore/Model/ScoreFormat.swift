import Foundation

/// The one place numbers become text, so the narrative, the table and the CLI print the
/// same figure the same way: no trailing zeros (88, not 88.00), at most two decimals for
/// scores and rates.
public enum ScoreFormat {
    /// A score or weight: rounded half-up to 2 places, trailing zeros dropped (88, 7.5, 9.62).
    public static func number(_ value: Decimal) -> String {
        plain(value.roundedHalfUp(places: 2))
    }

    /// A figure with every decimal it has: a sum of weights typed to three places (2.667 × 3)
    /// that misses its target by 0.001 must not print as the target ("之和为8，规定为8").
    public static func exact(_ value: Decimal) -> String {
        plain(value)
    }

    /// A money amount: up to 4 decimals (万元 to the 元), trailing zeros dropped.
    public static func amount(_ value: Decimal) -> String {
        plain(value.roundedHalfUp(places: 4))
    }

    /// A difference with its sign: +1.2, −1.87, 0.
    public static func signed(_ value: Decimal) -> String {
        value > 0 ? "+" + number(value) : (value < 0 ? "−" + number(-value) : "0")
    }

    /// A rate given as a fraction (0.955) printed as a percentage (95.5%).
    public static func percent(_ rate: Decimal) -> String {
        number(rate * 100) + "%"
    }

    /// A weight printed as the share of 100 it is (20 → 20%), as reports write 权重为20%.
    public static func weightPercent(_ weight: Decimal) -> String {
        number(weight) + "%"
    }

    /// The decimal's digits without trailing fractional zeros and without exponent notation.
    static func plain(_ value: Decimal) -> String {
        var text = value.description
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
