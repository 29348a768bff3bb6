/// XML character data and attribute values, escaped once for every writer of XML in the
/// package: the PDF/A metadata packet (JixiaoRender) and the SpreadsheetML parts of the
/// workbooks `jixiao template` and `batch` write (JixiaoImport). It sits at the top of the
/// module, before every stage, because both of those modules use it and neither sees the other.
///
/// ```swift
/// XMLText.escape("A&B <1>")   // "A&amp;B &lt;1&gt;"
/// ```
public enum XMLText {
    /// The five markup characters escaped, and characters XML 1.0 forbids (C0 controls other
    /// than tab and line ends, U+FFFE, U+FFFF) left out, since no reader could parse them.
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20, scalar.value != 0xFFFE, scalar.value != 0xFFFF { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
