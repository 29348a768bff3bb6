import Foundation

/// RFC 4180 CSV as Excel and WPS open it: UTF-8 with a byte-order mark, CRLF line ends,
/// fields quoted when they hold a comma, quote or line break.
public enum CSVWriter {
    public static func data(header: [String], rows: [[String]]) -> Data {
        var text = "\u{FEFF}"
        for row in [header] + rows {
            text += row.map(quoted).joined(separator: ",") + "\r\n"
        }
        return Data(text.utf8)
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
