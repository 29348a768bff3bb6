/// Terminal display width: East Asian wide and full-width characters take two columns.
///
/// Needed so that a table of Chinese indicator names lines up in a terminal.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x0000..<0x0020, 0x0300...0x036F, 0x200B...0x200F: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD, 0x2014, 0x2026, 0x201C, 0x201D, 0x2265, 0x2264:
            return 2
        default: return 1
        }
    }

    /// What marks a cut; two columns wide, like the other East Asian ambiguous marks above.
    static let ellipsis = "…"

    /// `text` cut to at most `columns` (ending in "…") and padded with spaces to exactly `columns`.
    static func fit(_ text: String, to columns: Int, alignRight: Bool = false) -> String {
        var out = ""
        var used = 0
        if of(text) <= columns {
            out = text
            used = of(text)
        } else {
            let room = columns - of(ellipsis)
            for character in text {
                let w = of(String(character))
                if used + w > room { break }
                out.append(character)
                used += w
            }
            out += ellipsis
            used += of(ellipsis)
        }
        let pad = String(repeating: " ", count: max(0, columns - used))
        return alignRight ? pad + out : out + pad
    }
}
