/// A character named by its code point, `U+2248`, zero-padded to four digits as Unicode
/// writes it: the one spelling every message uses for a character the user may not be able
/// to see or tell from another (a control character, a look-alike sign, a missing glyph).
public enum CodePoint {
    public static func name(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    public static func name(_ scalar: Unicode.Scalar) -> String { name(scalar.value) }
}
