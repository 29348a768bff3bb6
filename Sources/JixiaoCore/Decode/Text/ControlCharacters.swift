/// Control characters in report text: found, marked and removed.
///
/// Text pasted from Word brings vertical tabs (U+000B) and cell marks (U+0007) that the
/// YAML parser refuses outright. Rather than fail the whole file, each such raw character is
/// replaced by a marker scalar (a Unicode noncharacter no editor writes), so line:column
/// positions stay true; the field reader then removes the marker and warns J013 with the
/// field's path. Controls written as escapes (`"\u0007"`) are removed the same way.
enum ControlCharacters {
    /// Raw C0 control `c` becomes U+FDD0 + c (the 32 noncharacters U+FDD0…U+FDEF).
    private static let c0MarkerBase: UInt32 = 0xFDD0
    /// Raw DEL and C1 controls become U+10FFFE.
    private static let c1Marker: UInt32 = 0x10FFFE

    /// Whether `scalar` is removed from text: C0 controls except tab and line feed, DEL, C1
    /// controls, the noncharacters (the markers among them), and the zero-width space.
    /// Noncharacters such as U+10FFFF are no text at all, and Cairo refuses a page that holds
    /// one (the fuzzer found a whole render failing with J045 for one such character in a
    /// cover field). U+200B prints nothing and is pasted in from web pages; the renderer uses
    /// it itself as a line-break hint beside quotation marks (see `TextPreparation`), which
    /// it leaves out of the PDF's text.
    static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF, 0x200B: return true
        default: return scalar.value & 0xFFFE == 0xFFFE
        }
    }

    /// `bytes` with every raw control character the parser would refuse replaced by a marker.
    /// Tab, LF, CR and NEL stay: they are whitespace and line breaks to YAML.
    static func markingRaw(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case 0x09, 0x0A, 0x0D:
                out.append(byte)
            case 0x00...0x1F:
                out.append(contentsOf: utf8(c0MarkerBase + UInt32(byte)))
            case 0x7F:
                out.append(contentsOf: utf8(c1Marker))
            case 0xC2 where offset + 1 < bytes.count && (0x80...0x9F).contains(bytes[offset + 1])
                && bytes[offset + 1] != 0x85:
                out.append(contentsOf: utf8(c1Marker))
                offset += 1
            default:
                out.append(byte)
            }
            offset += 1
        }
        return out
    }

    private static func utf8(_ value: UInt32) -> [UInt8] {
        guard let scalar = Unicode.Scalar(value) else { return [] }
        return Array(String(Character(scalar)).utf8)
    }

    /// `text` without removed characters, and which ones were removed (for the warning).
    static func removing(from text: String) -> (text: String, removed: [Unicode.Scalar]) {
        guard mayContainRemoved(text.utf8) else { return (text, []) }
        var kept = String.UnicodeScalarView()
        var removed: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if isRemoved(scalar) { removed.append(scalar) } else { kept.append(scalar) }
        }
        return removed.isEmpty ? (text, []) : (String(kept), removed)
    }

    /// A fast byte test that rules out most text: no C0/DEL byte, no C1, no marker lead and no
    /// zero-width space.
    private static func mayContainRemoved(_ utf8: String.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for byte in utf8 {
            switch byte {
            case 0x09, 0x0A: break
            case 0x00...0x1F, 0x7F: return true
            case 0x80...0x9F where previous == 0xC2: return true
            case 0x90...0xAF where previous == 0xB7: return true
            case 0xBE...0xBF where previous == 0xBF: return true
            case 0x8B where previous == 0x80: return true
            default: break
            }
            previous = byte
        }
        return false
    }

    /// `U+000B、U+0007` — the removed characters as the user would look them up.
    static func names(_ scalars: [Unicode.Scalar]) -> String {
        var seen: [String] = []
        for scalar in scalars {
            let name: String
            switch scalar.value {
            case c0MarkerBase...(c0MarkerBase + 0x1F): name = CodePoint.name(scalar.value - c0MarkerBase)
            case c1Marker: name = "U+007F…U+009F"
            default: name = CodePoint.name(scalar.value)
            }
            if !seen.contains(name) { seen.append(name) }
        }
        return seen.joined(separator: "、")
    }
}
