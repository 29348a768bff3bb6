import Foundation

/// RFC 4180 CSV as Excel and WPS open it: UTF-8 with a byte-order mark, CRLF line ends,
/// fields quoted when they hold a comma, quote or line break.
///
/// A field that Excel or WPS would run as a formula (one starting with `=`, `+`, `-`, `@`, a
/// tab or a carriage return: a project named `=HYPERLINK(…)`) gets a leading `'`, as OWASP
/// advises against CSV injection; the spreadsheet then shows the text as typed. A plain
/// number such as `-3` or `+2.5` is left as it is.
public enum CSVWriter {
    public static func data(header: [String], rows: [[String]]) -> Data {
        var text = "\u{FEFF}"
        for row in [header] + rows {
            text += row.map { quoted(neutralized($0)) }.joined(separator: ",") + "\r\n"
        }
        return Data(text.utf8)
    }

    /// `field` with a `'` before a leading formula character, unless it is a plain number.
    static func neutralized(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, formulaStarts.contains(first), !isPlainNumber(field) else { return field }
        return "'" + field
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    private static func isPlainNumber(_ field: String) -> Bool {
        var body = Substring(field)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
