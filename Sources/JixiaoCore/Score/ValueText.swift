/// Text of a target or actual value brought to one spelling before it is read, so that
/// "＞＝２０个", ">= 20个" and "≥20个" are the same value.
enum ValueText {
    /// Full-width ASCII (０–９, ％, ＞, ＝, ．, ，) to half-width, ≧/≦ and >=/<= to ≥/≤,
    /// whitespace removed, and a trailing full stop dropped.
    static func normalized(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for original in text.unicodeScalars {
            let scalar = FullWidth.folded(original)
            switch scalar.value {
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
