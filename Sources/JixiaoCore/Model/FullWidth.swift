/// Full-width forms of ASCII (U+FF01–U+FF5E: ０–９, ％, ＞, ＝, ．, －) and the ideographic
/// space, read as the ASCII they stand for.
///
/// A Chinese keyboard types them as easily as ASCII, so `１０` as a weight and `５２０亩` as
/// an actual must read as 10 and 520亩, in every numeric field alike.
enum FullWidth {
    /// `scalar` as ASCII when it is a full-width form of it, else itself.
    static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
        case 0x3000: return " "
        default: return scalar
        }
    }

    /// `text` with every full-width ASCII form folded.
    static func folded(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(folded(scalar)) }
        return String(scalars)
    }

    /// Whether `text` has a full-width form that `folded` changes.
    static func hasFullWidthForms(_ text: String) -> Bool {
        text.unicodeScalars.contains { folded($0) != $0 }
    }
}
