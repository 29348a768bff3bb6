import Foundation

/// Strict JSON validation for `.json` report files, before they are read as YAML.
///
/// JSON is read through the same YAML node tree (YAML is a superset of JSON), but YAML would
/// accept things JSON forbids (`tru` as text, comments, unquoted keys) and so hide a broken
/// export. `JSONSerialization` decides validity; its message and position are passed on.
enum JSONSyntaxCheck {
    /// J001 with the parser's message and, when it names one, the line:column; nil when valid.
    static func check(_ bytes: [UInt8], file: String) -> Diagnostic? {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            return trailingComma(in: bytes).map { offset in
                let place = LineIndex(bytes: bytes).position(ofByte: offset)
                return .error(.invalidSyntax, Message("JSON 语法错误：括号前多了一个逗号", "JSON syntax error: a comma before a closing bracket"),
                              location: SourceLocation(file: file, line: place.line, column: place.column),
                              hints: [Message("删去这个逗号；JSON 不允许末尾多余的逗号", "delete this comma; JSON allows no trailing commas")])
            }
        } catch {
            let detail = (error as NSError).userInfo["NSDebugDescription"] as? String ?? "\(error)"
            let location = position(in: detail, bytes: bytes)
                .map { SourceLocation(file: file, line: $0.line, column: $0.column) }
            return .error(.invalidSyntax, Message("JSON 语法错误：\(chineseDetail(detail))", "JSON syntax error: \(detail)"),
                          location: location,
                          hints: [Message("检查此处附近的引号、逗号和括号；JSON 不允许注释和末尾多余的逗号",
                                          "check quotes, commas and brackets near here; JSON allows no comments or trailing commas")])
        }
    }

    /// The byte offset of a comma followed (after whitespace) by `}` or `]`, outside strings:
    /// Foundation's parser on Linux lets it pass, other JSON readers do not.
    static func trailingComma(in bytes: [UInt8]) -> Int? {
        var inString = false
        var escaped = false
        var lastComma: Int?
        for (offset, byte) in bytes.enumerated() {
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22: inString = true; lastComma = nil
            case 0x2C: lastComma = offset
            case 0x7D, 0x5D: if let comma = lastComma { return comma }
            case 0x20, 0x09, 0x0A, 0x0D: break
            default: lastComma = nil
            }
        }
        return nil
    }

    /// The position named in Foundation's message: "line L, column C", or "character N"
    /// (a byte offset from 0); the end of the text for "Unexpected end of file".
    static func position(in detail: String, bytes: [UInt8]) -> (line: Int, column: Int)? {
        let index = LineIndex(bytes: bytes)
        if let line = number(after: "line ", in: detail), let column = number(after: "column ", in: detail) {
            return (line, column)
        }
        if let offset = number(after: "character ", in: detail) ?? number(after: "index ", in: detail) {
            return index.position(ofByte: offset)
        }
        if detail.contains("end of file") || detail.contains("end of data") {
            return index.position(ofByte: bytes.count)
        }
        return nil
    }

    private static func number(after label: String, in text: String) -> Int? {
        guard let range = text.range(of: label) else { return nil }
        let digits = text[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
        return Int(digits)
    }

    private static func chineseDetail(_ detail: String) -> String {
        if detail.contains("end of file") { return "文件意外结束（括号或引号没有闭合）" }
        if detail.contains("control character") { return "字符串中有未转义的控制字符" }
        if detail.contains("Invalid value") || detail.contains("Unexpected character") { return "此处的值无效" }
        if detail.contains("escape") { return "字符串中的转义符无效" }
        return "无法解析"
    }
}
