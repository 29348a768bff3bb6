import Foundation

extension Decimal {
    /// Rounded half-up (half away from zero) to `places` decimals: the rounding of the
    /// national rules, where 9.615 becomes 9.62 and every printed sum adds up.
    public func roundedHalfUp(places: Int = 2) -> Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, places, .plain)
        return result
    }
}
