import Foundation
import JixiaoCore

/// Writes a report tree as a YAML report file that `check` reads back to the same `ReportInput`.
///
/// User text is text: a value is written plain only when YAML cannot take it for anything
/// else (no indicator first, no `: ` or ` #`, no null or boolean word, no number YAML would
/// reformat), as a literal block (`|-`) when it has line breaks, and double-quoted with escapes
/// otherwise. Keys are quoted by the same rule. The same tree always gives the same bytes.
///
/// ```swift
/// ReportYAMLWriter.write(imported.tree, comment: "由 jixiao import 从 自评表.xlsx 生成")
/// ReportYAMLWriter.write(starter, notes: { $0 == FieldPath.root.key("scheme") ? "评分方案 scheme" : nil })
/// ```
public enum ReportYAMLWriter {
    /// A comment to write above a field, asked for by its path (`project.name`,
    /// `indicators[1].groups[2].rows[1].target`: keys and 1-based positions); nil for none.
    /// `jixiao new` explains every field this way; `import` writes none.
    public typealias Notes = (FieldPath) -> String?

    public static func write(_ root: InputNode, comment: String? = nil, notes: Notes = { _ in nil }) -> String {
        var out = ""
        if let comment { out += commentLines(comment, pad: "") }
        if case .mapping(let pairs) = root.content {
            writePairs(pairs, indent: 0, path: .root, notes: notes, into: &out, blankBetweenTop: true)
        } else {
            out += inline(root) + "\n"
        }
        return out
    }

    /// `text` as `# ` lines at `pad`.
    static func commentLines(_ text: String, pad: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { pad + "# " + $0 + "\n" }.joined()
    }

    /// `skipFirstNote`: the first key's note was written above the `- ` its line shares.
    static func writePairs(_ pairs: [InputPair], indent: Int, path: FieldPath, notes: Notes, into out: inout String,
                           blankBetweenTop: Bool = false, skipFirstNote: Bool = false) {
        let pad = String(repeating: " ", count: indent)
        for (index, pair) in pairs.enumerated() {
            if blankBetweenTop && index > 0 { out += "\n" }
            let key = pair.key.scalarText ?? ""
            if !(skipFirstNote && index == 0), let note = notes(path.key(key)) { out += commentLines(note, pad: pad) }
            out += pad + scalar(key) + ":"
            writeValue(pair.value, indent: indent, path: path.key(key), notes: notes, into: &out)
        }
    }

    /// The value after `key:` (or after `- `): inline, a block below, or a literal block.
    static func writeValue(_ node: InputNode, indent: Int, path: FieldPath, notes: Notes, into out: inout String) {
        switch node.content {
        case .scalar(let text, _):
            if node.isNull {
                out += " ~\n"  // an empty value stays empty
            } else if isBlock(text) {
                out += " |-\n" + text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.isEmpty ? "" : String(repeating: " ", count: indent + 2) + $0 }.joined(separator: "\n") + "\n"
            } else {
                out += " " + scalar(text) + "\n"
            }
        case .sequence(let items):
            if items.isEmpty { out += " []\n"; return }
            out += "\n"
            for (index, item) in items.enumerated() {
                writeItem(item, indent: indent + 2, path: path.index(index + 1), notes: notes, into: &out)
            }
        case .mapping(let pairs):
            if pairs.isEmpty { out += " {}\n"; return }
            out += "\n"
            writePairs(pairs, indent: indent + 2, path: path, notes: notes, into: &out)
        }
    }

    /// One `- item` of a list at `indent`; a mapping's first key shares the dash's line, so
    /// its note goes above the dash, after the item's own.
    static func writeItem(_ node: InputNode, indent: Int, path: FieldPath, notes: Notes, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        if let note = notes(path) { out += commentLines(note, pad: pad) }
        switch node.content {
        case .mapping(let pairs) where !pairs.isEmpty:
            if let note = notes(path.key(pairs[0].key.scalarText ?? "")) { out += commentLines(note, pad: pad) }
            var block = ""
            writePairs(pairs, indent: indent + 2, path: path, notes: notes, into: &block, skipFirstNote: true)
            out += pad + "- " + block.dropFirst(indent + 2)
        case .sequence(let items) where !items.isEmpty:
            out += pad + "-\n"
            for (index, item) in items.enumerated() {
                writeItem(item, indent: indent + 2, path: path.index(index + 1), notes: notes, into: &out)
            }
        default:
            out += pad + "-"
            writeValue(node, indent: indent, path: path, notes: notes, into: &out)
        }
    }

    static func inline(_ node: InputNode) -> String {
        if let text = node.scalarText { return node.isNull ? "~" : scalar(text) }
        var out = ""
        writeValue(node, indent: 0, path: .root, notes: { _ in nil }, into: &out)
        return String(out.dropFirst())
    }

    /// A multi-line text that a literal block keeps exactly: no leading space on its first
    /// line, no trailing newline or space at line ends, no tab or control character.
    static func isBlock(_ text: String) -> Bool {
        guard text.contains("\n"), !text.hasSuffix("\n"), let first = text.first, first != " " else { return false }
        return !text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F || (0x80...0x9F).contains($0.value)
            || $0.value == 0x2028 || $0.value == 0x2029 || $0.value == 0xFEFF }
            && !text.split(separator: "\n").contains { $0.hasSuffix(" ") }
    }

    /// `text` plain when that is safe, else double-quoted.
    static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    static let reservedWords: Set<String> = ["", "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE",
                                             "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
                                             "y", "Y", "n", "N", ".nan", ".NaN", ".inf", ".Inf", "-.inf", "<<", "="]

    static func isPlainSafe(_ text: String) -> Bool {
        guard !reservedWords.contains(text), let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) || first == " " || last == " " || last == ":" { return false }
        if text.contains(": ") || text.contains(" #") || text.contains("\t") { return false }
        // Full-width colon after an ASCII letter reads as J015's `key：` pattern; keep it quoted.
        if text.range(of: #"[A-Za-z0-9_]："#, options: .regularExpression) != nil { return false }
        return !text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value)
            || $0.value == 0x2028 || $0.value == 0x2029 || $0.value == 0xFEFF || $0.value == 0x85 || $0 == "\u{3000}" && text.first == "\u{3000}" }
    }

    /// A double-quoted YAML string: the JSON string the editor also writes, which YAML reads
    /// the same (quotes, backslashes, controls and line separators escaped).
    static func quoted(_ text: String) -> String {
        InputNode.jsonString(text)
    }
}
