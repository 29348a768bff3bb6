/// Text of a target or actual value brought to one spelling before it is read, so that
/// "＞＝２０个", ">= 20个" and "≥20个" are the same value.
enum ValueText {
    /// Full-width ASCII (０–９, ％, ＞, ＝, ．, ，) to half-width, ≧/≦ and >=/<= to ≥/≤, the
    /// look-alikes ═ ﹦ ﹤ ﹥ to = < >,
    /// whitespace removed, and a trailing full stop dropped.
    static func normalized(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for original in text.unicodeScalars {
            let scalar = FullWidth.folded(original)
            switch scalar.value {
            // Box-drawing ═ and the small ﹦﹤﹥ stand for = < > in tables set in Word or WPS.
            case 0x2550, 0xFE66: scalars.append("=")
            case 0xFE64: scalars.append("<")
            case 0xFE65: scalars.append(">")
            case 0x2267: scalars.append("≥")
            case 0x2266: scalars.append("≤")
            case 0x2A7E: scalars.append("≥")
            case 0x2A7D: scalars.append("≤")
            default:
                if !scalar.properties.isWhitespace { scalars.append(scalar) }
            }
        }
        var result = String(scalars)
        result = result.replacingAll(">=", with: "≥").replacingAll("<=", with: "≤")
            .replacingAll("=>", with: "≥").replacingAll("=<", with: "≤")
            .replacingAll("≥=", with: "≥").replacingAll("≤=", with: "≤")
        while let last = result.last, "。.;；,，".contains(last) { result.removeLast() }
        return result
    }
}

extension ValueText {
    /// The character standing where a comparator belongs that is none of the known ones
    /// (`≈95%`, `〓100%`): a symbol first, and a number readable after it. Named with its code
    /// point, since it often looks like a known sign.
    static func unknownComparator(in text: String) -> Unicode.Scalar? {
        let normalized = normalized(text)
        guard let first = normalized.unicodeScalars.first, !"≥≤=<>".unicodeScalars.contains(first),
              [.mathSymbol, .otherSymbol, .otherPunctuation, .dashPunctuation].contains(first.properties.generalCategory),
              first != "%" else { return nil }
        let rest = String(normalized.unicodeScalars.dropFirst())
        return ValueParser.quantity(rest) == nil ? nil : first
    }

    /// `“≈”（U+2248）` for the unknown comparator of `text`, as messages name it; nil when none.
    static func unknownComparatorName(in text: String) -> String? {
        unknownComparator(in: text).map { "“\($0)”（\(CodePoint.name($0))）" }
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation's bridging.
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            result += rest[rest.startIndex..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
