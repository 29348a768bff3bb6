import Foundation

/// The tree written back out as JSON that `TextDocumentReader` reads into the same tree: how
/// the web editor hands a report to the page and saves a .json file (a .yaml file is written
/// by JixiaoImport's `ReportYAMLWriter`, which `jixiao import` uses too).
///
/// Keys keep their order; every scalar is text, so nothing is turned into a number or a
/// boolean on the way (`100` stays the text `100`, `yes` stays `yes`). A plain empty value
/// (`~`, `null`) is written as null.
extension InputNode {
    /// JSON: objects for mappings (keys in order), arrays, strings, and null for an empty value.
    public func jsonText() -> String {
        var out = ""
        writeJSON(into: &out, indent: 0)
        return out + "\n"
    }

    // MARK: JSON

    private func writeJSON(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent + 1), close = String(repeating: "  ", count: indent)
        switch content {
        case .scalar(let text, _):
            out += isNull ? "null" : Self.jsonString(text)
        case .sequence(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += pad
                item.writeJSON(into: &out, indent: indent + 1)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += close + "]"
        case .mapping(let pairs):
            guard !pairs.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, pair) in pairs.enumerated() {
                out += pad + Self.jsonString(pair.key.scalarText ?? "") + ": "
                pair.value.writeJSON(into: &out, indent: indent + 1)
                out += index == pairs.count - 1 ? "\n" : ",\n"
            }
            out += close + "}"
        }
    }

    /// A JSON string literal, which is also a YAML double-quoted scalar (`ReportYAMLWriter`
    /// quotes with it): quotes and backslashes escaped, and as `\uXXXX` every character a
    /// reader could drop or read as a break (controls, DEL, C1, U+2028/2029, the BOM).
    public static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF:
                out += String(format: "\\u%04X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
