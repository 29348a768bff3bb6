import Foundation

/// The tree written back out as text that `TextDocumentReader` reads into the same tree:
/// how the web editor hands a report to the page (JSON) and saves it (YAML or JSON).
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

    /// Block-style YAML: a scalar plain only where YAML would read back exactly that text,
    /// double-quoted otherwise; multi-line text quoted with `\n`.
    public func yamlText() -> String {
        var out = ""
        switch content {
        case .mapping(let pairs) where !pairs.isEmpty:
            Self.writeYAML(pairs: pairs, into: &out, indent: 0)
        case .sequence(let items) where !items.isEmpty:
            Self.writeYAML(items: items, into: &out, indent: 0)
        default:
            out = inlineYAML() + "\n"
        }
        return out
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

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    public static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                out += String(format: "\\u%04X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    // MARK: YAML

    private static func writeYAML(pairs: [InputPair], into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent)
        for pair in pairs {
            out += pad + yamlScalar(pair.key.scalarText ?? "", isKey: true) + ":"
            pair.value.writeYAMLValue(into: &out, indent: indent)
        }
    }

    private static func writeYAML(items: [InputNode], into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent)
        for item in items {
            out += pad + "-"
            switch item.content {
            case .mapping(let pairs) where !pairs.isEmpty:
                // `- key: value` with the mapping's other keys under the first.
                var nested = ""
                writeYAML(pairs: pairs, into: &nested, indent: indent + 1)
                out += " " + nested.dropFirst(pad.count + 2)
            case .sequence(let inner) where !inner.isEmpty:
                out += "\n"
                writeYAML(items: inner, into: &out, indent: indent + 1)
            default:
                out += " " + item.inlineYAML() + "\n"
            }
        }
    }

    /// After `key:`: an inline value, or a nested block on the next lines.
    private func writeYAMLValue(into out: inout String, indent: Int) {
        switch content {
        case .mapping(let pairs) where !pairs.isEmpty:
            out += "\n"
            Self.writeYAML(pairs: pairs, into: &out, indent: indent + 1)
        case .sequence(let items) where !items.isEmpty:
            out += "\n"
            Self.writeYAML(items: items, into: &out, indent: indent + 1)
        default:
            out += " " + inlineYAML() + "\n"
        }
    }

    /// A scalar, `[]`, `{}` or `~` on one line.
    private func inlineYAML() -> String {
        switch content {
        case .scalar(let text, _): return isNull ? "~" : Self.yamlScalar(text, isKey: false)
        case .sequence: return "[]"
        case .mapping: return "{}"
        }
    }

    /// Words YAML 1.1 or 1.2 reads as something other than text, or as null.
    static let specialWords: Set<String> = ["", "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE",
                                             "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
                                             "y", "Y", "n", "N", ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF",
                                             "-.inf", "-.Inf", "-.INF", "+.inf", "<<", "="]

    /// `text` plain when that is safe, else double-quoted. Plain needs: no special word, no
    /// leading indicator or space, no `: `, ` #` or full-width colon (J015 watches for it), no
    /// trailing colon or space, no line break,
    /// no character that ends a flow collection or starts a comment, and printable characters.
    static func yamlScalar(_ text: String, isKey: Bool) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return "\"\"" }
        let indicators: Set<Unicode.Scalar> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"",
                                               "%", "@", "`", " ", "\t"]
        let plain = !specialWords.contains(text)
            && !indicators.contains(first) && last != " " && last != ":" && last != "\t"
            && !text.contains(": ") && !text.contains(" #") && !text.contains("\t") && !text.contains("：")
            && !(isKey && text.contains { "[]{},".contains($0) })
            && text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value)
                && $0.value != 0xFEFF && $0.value != 0x2028 && $0.value != 0x2029 && $0.value != 0x85 }
        return plain ? text : jsonString(text)
    }
}
