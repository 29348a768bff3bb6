import Yams

/// The node tree of a file, with the keys renamed to get past Yams' duplicate-key check.
struct ComposedText {
    var root: Node?
    /// Position of a renamed key → the key as written.
    var renamedKeys: [TextPosition: String]
    /// Duplicates that could not be renamed (reported, and decoding stops there).
    var unrepairedDuplicates: [Diagnostic]
}

/// Runs Yams' composer and turns its errors into J001 diagnostics with line:column.
///
/// Yams throws at the first mapping with a repeated key and names only that key, which
/// would hide every other problem in the file. So the first occurrence of the repeated key
/// is renamed in place (its first character swapped for a private-use character, which keeps
/// every column true) and the text composed again; `MappingReader` restores the name and
/// reports each repeat as J007 where it stands. After `maxDuplicateKeyReports` repairs the
/// rest is reported as one J007.
enum YAMLComposer {
    static func compose(_ bytes: [UInt8], file: String, limits: InputLimits) throws(Diagnostics) -> ComposedText {
        var text = bytes
        var renamed: [TextPosition: String] = [:]
        while true {
            do {
                let root = try Yams.compose(yaml: String(decoding: text, as: UTF8.self))
                return ComposedText(root: root, renamedKeys: renamed, unrepairedDuplicates: [])
            } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
                let position = TextPosition(context.mark)
                let key = duplicates.first ?? ""
                if renamed.count < limits.maxDuplicateKeyReports,
                   let repaired = renamingKey(at: position, in: text, serial: renamed.count) {
                    text = repaired
                    renamed[position] = key
                    continue
                }
                renamed[position] = key
                let all = renamed.sorted { ($0.key.line, $0.key.column) < ($1.key.line, $1.key.column) }
                    .map { duplicateKey($0.value, firstAt: $0.key, file: file) }
                return ComposedText(root: nil, renamedKeys: renamed, unrepairedDuplicates: all)
            } catch let error as YamlError {
                throw Diagnostics(syntaxError(error, text: text, file: file))
            } catch {
                throw Diagnostics(.error(.invalidSyntax, Message("无法解析文件", "cannot parse the file: \(error)"),
                                         location: SourceLocation(file: file, line: 1, column: 1)))
            }
        }
    }

    /// J007 at the first occurrence of a repeated key, when the repeats could not all be located.
    private static func duplicateKey(_ key: String, firstAt position: TextPosition, file: String) -> Diagnostic {
        .error(.duplicateKey,
               Message("同一层中键“\(key.excerpt)”出现了不止一次（此处为第一次）", "the key '\(key.excerpt)' appears more than once in one mapping (first here)"),
               location: SourceLocation(file: file, line: position.line, column: position.column),
               hints: [Message("删除或合并同一层中重复的键", "remove or merge the repeated keys of this mapping")])
    }

    /// `text` with the key at `position` made unique, or nil when its first character cannot
    /// be swapped safely (an escape, an empty quoted key, a complex key).
    private static func renamingKey(at position: TextPosition, in text: [UInt8], serial: Int) -> [UInt8]? {
        let index = LineIndex(bytes: text)
        guard var offset = index.byteOffset(line: position.line, column: position.column) else { return nil }
        if text[offset] == UInt8(ascii: "\"") || text[offset] == UInt8(ascii: "'") { offset += 1 }
        guard offset < text.count else { return nil }
        let forbidden = Array("\"'\\[]{}:,#&*!|>?-% \t\r\n".utf8)
        guard !forbidden.contains(text[offset]) else { return nil }
        var width = 1
        while offset + width < text.count, !LineIndex.startsScalar(text[offset + width]) { width += 1 }
        guard let marker = Unicode.Scalar(0xE000 + UInt32(serial % 0x1900)) else { return nil }
        var repaired = text
        repaired.replaceSubrange(offset..<(offset + width), with: Array(String(Character(marker)).utf8))
        return repaired
    }

    /// The text of line `number` (from 1), without its break.
    private static func lineText(_ number: Int, in text: [UInt8]) -> String? {
        let index = LineIndex(bytes: text)
        guard let start = index.byteOffset(line: number, column: 1) else { return nil }
        return String(decoding: text[start..<index.lineEnd(from: start)], as: UTF8.self)
    }

    /// J001 at the problem's place, with libyaml's problem explained.
    static func syntaxError(_ error: YamlError, text: [UInt8], file: String) -> Diagnostic {
        let problem: String
        var mark: TextPosition?
        var context: (text: String, mark: TextPosition)?
        switch error {
        case let .scanner(yamlContext, problemText, problemMark, _),
             let .parser(yamlContext, problemText, problemMark, _),
             let .composer(yamlContext, problemText, problemMark, _):
            problem = problemText
            mark = TextPosition(problemMark)
            context = yamlContext.map { ($0.text, TextPosition($0.mark)) }
        case let .reader(problemText, offset, _, _):
            problem = problemText
            if let offset {
                let index = LineIndex(bytes: text)
                let (line, column) = index.position(ofByte: index.byteOffset(ofScalar: offset))
                mark = TextPosition(line: line, column: column)
            }
        default:
            problem = String(describing: error)
        }
        let (chinese, hint) = YAMLSyntaxMessages.explain(problem)
        var hints = [hint]
        // libyaml finds a missing ':' only on the line after; the line that lacks it is where
        // the "simple key" it was scanning starts, so that is the place to report.
        if problem == "could not find expected ':'", let keyStart = context?.mark {
            mark = keyStart
            context = nil
            if let line = lineText(keyStart.line, in: text), line.contains("：") {
                hints.insert(Message("这一行用了全角冒号“：”（U+FF1A）：键后要用半角冒号加空格“: ”",
                                     "this line has the full-width colon '：' (U+FF1A): a key needs an ASCII colon and a space, ': '"), at: 0)
            }
        }
        if let context, context.mark != mark {
            hints.append(Message("相关位置：第 \(context.mark.line) 行第 \(context.mark.column) 列（\(context.text)）",
                                 "see also line \(context.mark.line), column \(context.mark.column) (\(context.text))"))
        }
        let location = mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
        return .error(.invalidSyntax, Message("YAML 语法错误：\(chinese)", "YAML syntax error: \(problem)"),
                      location: location, hints: hints)
    }
}
