import Foundation

/// A light pass over the raw text before the YAML parser sees it, for the two things the
/// parser cannot be trusted with: nesting depth and aliases.
///
/// Yams composes nodes recursively, so 10,000 nested `[` overflow the stack before any
/// node-tree check could run; and an alias used as a mapping key makes Yams hash the whole
/// expanded tree, so a "billion laughs" file hangs inside the parser. The scan estimates the
/// depth from indentation steps, list dashes and flow brackets (it may over-count a little,
/// never under-count), and finds anchors (`&name`) and aliases (`*name`) where a node starts.
/// It knows quotes, comments and block scalars well enough not to look inside them.
///
/// On the way it notes the traps YAML sets for Chinese text (`Trap`), which the parser
/// accepts but would read otherwise than the user meant, and refuses a value that starts
/// with a block-scalar indicator followed by text (`target: >=95%`), which the parser would
/// report as a confusing "block scalar" problem.
struct RawTextScanner {
    private let bytes: [UInt8]
    private let maxDepth: Int

    private var flowDepth = 0
    private var quote: Quote = .none
    private var blockScalarParent: Int?
    private var indentStack: [Int] = []
    private var blockDepth = 0
    private var lineNumber = 1
    private var lineStart = 0
    /// Where the value being scanned starts on this line (after `key: ` or `- `, or the line's
    /// first character for a continuation line), and whether it was quoted.
    private var valueStart = 0
    private var valueWasQuoted = false
    /// Whether this line has no `- `/`key: ` of its own: it goes on with a plain value begun
    /// on a line above, and `lineStart…` below is where its text starts.
    private var continuesAValue = false
    private var lineTextStart = 0
    private(set) var traps: [Trap] = []

    /// What the scan found that stops decoding, with 1-based line and column.
    enum Finding: Equatable {
        case tooDeep(line: Int, column: Int)
        case anchor(name: String, line: Int, column: Int)
        case alias(name: String, line: Int, column: Int)
        /// `>` or `|` (YAML's block-scalar indicators) starting a value that goes on with text
        /// on the same line: `>=95%`.
        case blockIndicatorBeforeText(written: String, line: Int, column: Int)
    }

    /// What the parser reads otherwise than a Chinese user meant; reported as warnings or
    /// repaired, never a reason to stop.
    enum Trap: Equatable {
        /// ` #` after a plain value with Chinese text: YAML drops everything from the `#` on.
        case commentAfterText(kept: String, dropped: String, line: Int, column: Int)
        /// An ASCII key followed by the full-width colon `：` (U+FF1A) instead of `: `, at `byte`.
        case fullWidthColon(key: String, byte: Int, line: Int, column: Int)
    }

    private enum Quote { case none, double, single }

    init(bytes: [UInt8], maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    /// The first finding, or nil when the text may be handed to the parser.
    static func scan(_ bytes: [UInt8], maxDepth: Int) -> Finding? {
        scanWithTraps(bytes, maxDepth: maxDepth).finding
    }

    /// The first finding (nil when the text may be handed to the parser), and every trap
    /// met before it.
    static func scanWithTraps(_ bytes: [UInt8], maxDepth: Int) -> (finding: Finding?, traps: [Trap]) {
        var scanner = RawTextScanner(bytes: bytes, maxDepth: maxDepth)
        let finding = scanner.run()
        return (finding, scanner.traps)
    }

    private mutating func run() -> Finding? {
        var offset = 0
        while offset <= bytes.count {
            var end = offset
            var breakWidth = 0
            while end < bytes.count {
                breakWidth = LineIndex.lineBreakWidth(in: bytes, at: end)
                if breakWidth > 0 { break }
                end += 1
            }
            lineStart = offset
            if let finding = scanLine(from: offset, to: end) { return finding }
            if end >= bytes.count { break }
            offset = end + breakWidth
            lineNumber += 1
        }
        return nil
    }

    private func isSpace(_ offset: Int, _ end: Int) -> Bool {
        offset >= end || bytes[offset] == 0x20 || bytes[offset] == 0x09
    }

    private mutating func scanLine(from start: Int, to end: Int) -> Finding? {
        var cursor = start
        while cursor < end, bytes[cursor] == 0x20 { cursor += 1 }
        let indent = cursor - start
        if (cursor..<end).allSatisfy({ bytes[$0] == 0x20 || bytes[$0] == 0x09 }) { return nil }
        if quote == .none, let parent = blockScalarParent {
            if indent > parent { return nil }
            blockScalarParent = nil
        }
        var atNodeStart = quote == .none
        var contentStart = cursor
        if quote == .none && flowDepth == 0 {
            if bytes[cursor] == UInt8(ascii: "#") { return nil }
            while let top = indentStack.last, top > indent { indentStack.removeLast() }
            if indentStack.last != indent { indentStack.append(indent) }
            var markers = 0
            while cursor < end, [UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":")].contains(bytes[cursor]),
                  isSpace(cursor + 1, end) {
                markers += 1
                contentStart = cursor
                cursor += 1
                while cursor < end, bytes[cursor] == 0x20 { cursor += 1 }
            }
            if markers == 0 { contentStart = cursor }
            continuesAValue = markers == 0
            blockDepth = indentStack.count + markers
            if blockDepth > maxDepth { return .tooDeep(line: lineNumber, column: column(of: cursor)) }
            if markers > 0, cursor < end, bytes[cursor] != UInt8(ascii: "|"), bytes[cursor] != UInt8(ascii: ">") {
                contentStart = cursor
            }
            noteFullWidthColon(from: cursor, to: end)
        }
        if quote == .none {
            valueStart = cursor
            lineTextStart = cursor
            valueWasQuoted = false
        }
        if quote != .none || flowDepth > 0 { continuesAValue = false }
        return scanCharacters(from: cursor, to: end, atNodeStart: &atNodeStart, parentColumn: contentStart - start)
    }

    private mutating func scanCharacters(from start: Int, to end: Int, atNodeStart: inout Bool,
                                         parentColumn: Int) -> Finding? {
        var cursor = start
        while cursor < end {
            let byte = bytes[cursor]
            switch quote {
            case .double:
                if byte == UInt8(ascii: "\\") { cursor += 2; continue }
                if byte == UInt8(ascii: "\"") { quote = .none; atNodeStart = false; valueWasQuoted = true }
                cursor += 1
                continue
            case .single:
                if byte == UInt8(ascii: "'") {
                    if cursor + 1 < end, bytes[cursor + 1] == UInt8(ascii: "'") { cursor += 2; continue }
                    quote = .none
                    atNodeStart = false
                    valueWasQuoted = true
                }
                cursor += 1
                continue
            case .none:
                break
            }
            let precededBySpace = cursor == lineStart || bytes[cursor - 1] == 0x20 || bytes[cursor - 1] == 0x09
            if byte == UInt8(ascii: "#"), atNodeStart || precededBySpace {
                if !atNodeStart, flowDepth == 0 { noteComment(at: cursor, end: end) }
                return nil
            }
            if atNodeStart {
                switch byte {
                case 0x20, 0x09:
                    cursor += 1
                    continue
                case UInt8(ascii: "&"), UInt8(ascii: "*"):
                    let name = token(after: cursor, to: end)
                    let (line, column) = (lineNumber, column(of: cursor))
                    return byte == UInt8(ascii: "&") ? .anchor(name: name, line: line, column: column)
                        : .alias(name: name, line: line, column: column)
                case UInt8(ascii: "!"):
                    while cursor < end, !isSpace(cursor, end) { cursor += 1 }
                    continue
                case UInt8(ascii: "\""):
                    quote = .double
                    cursor += 1
                    continue
                case UInt8(ascii: "'"):
                    quote = .single
                    cursor += 1
                    continue
                case UInt8(ascii: "|") where flowDepth == 0, UInt8(ascii: ">") where flowDepth == 0:
                    if let written = textAfterBlockIndicator(at: cursor, end: end) {
                        return .blockIndicatorBeforeText(written: written, line: lineNumber, column: column(of: cursor))
                    }
                    blockScalarParent = parentColumn
                    return nil
                default:
                    break
                }
            }
            switch byte {
            case UInt8(ascii: "[") where atNodeStart || flowDepth > 0, UInt8(ascii: "{") where atNodeStart || flowDepth > 0:
                flowDepth += 1
                atNodeStart = true
                if blockDepth + flowDepth > maxDepth { return .tooDeep(line: lineNumber, column: column(of: cursor)) }
            case UInt8(ascii: "]") where flowDepth > 0, UInt8(ascii: "}") where flowDepth > 0:
                flowDepth -= 1
                atNodeStart = false
            case UInt8(ascii: ",") where flowDepth > 0:
                atNodeStart = true
            case UInt8(ascii: ":") where flowDepth > 0 || isSpace(cursor + 1, end):
                atNodeStart = true
                if flowDepth == 0 {
                    valueStart = cursor + 1
                    valueWasQuoted = false
                }
            default:
                atNodeStart = false
            }
            cursor += 1
        }
        return nil
    }

    /// A ` #` that ends a value YAML keeps only in part: after a plain value with Chinese
    /// text, or anywhere on a line that goes on with a multi-line plain value.
    ///
    /// A comment written as one (`# note`, a blank after the `#`) is taken as meant; text
    /// glued to the `#` (`#1机井`, `#详见台账`) is what gets lost by accident.
    private mutating func noteComment(at hash: Int, end: Int) {
        guard !valueWasQuoted, valueStart < hash, hash + 1 < end, bytes[hash + 1] != 0x20, bytes[hash + 1] != 0x09 else { return }
        let kept = String(decoding: bytes[valueStart..<hash], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        let insideAValue = continuesAValue && valueStart == lineTextStart
        guard let first = kept.unicodeScalars.first, first != "[", first != "{",
              insideAValue || kept.unicodeScalars.contains(where: RawTextScanner.isChinese) else { return }
        let dropped = String(decoding: bytes[(hash + 1)..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        traps.append(.commentAfterText(kept: kept, dropped: dropped, line: lineNumber, column: column(of: hash)))
    }

    /// CJK ideographs, CJK punctuation, kana and full-width forms: text a `#` comment after it
    /// was almost certainly not meant to end.
    static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    /// `key：` at `start`: an ASCII key, optional blanks, then U+FF1A (EF BC 9A).
    private mutating func noteFullWidthColon(from start: Int, to end: Int) {
        var cursor = start
        func isKeyByte(_ byte: UInt8, first: Bool) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || (!first && byte >= 0x30 && byte <= 0x39)
        }
        guard cursor < end, isKeyByte(bytes[cursor], first: true) else { return }
        while cursor < end, isKeyByte(bytes[cursor], first: false) { cursor += 1 }
        let key = String(decoding: bytes[start..<cursor], as: UTF8.self)
        while cursor < end, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
        guard cursor + 3 <= end, bytes[cursor] == 0xEF, bytes[cursor + 1] == 0xBC, bytes[cursor + 2] == 0x9A else { return }
        traps.append(.fullWidthColon(key: key, byte: cursor, line: lineNumber, column: column(of: cursor)))
    }

    /// The indicator and what follows it when a block-scalar header at `offset` goes on with
    /// text (`>=95%`), or nil for a true header: `|`, `>-`, `|+2`, then blanks and a comment.
    private func textAfterBlockIndicator(at offset: Int, end: Int) -> String? {
        var cursor = offset + 1
        var indicators = 0
        while cursor < end, indicators < 2,
              bytes[cursor] == UInt8(ascii: "-") || bytes[cursor] == UInt8(ascii: "+") || (bytes[cursor] >= 0x31 && bytes[cursor] <= 0x39) {
            cursor += 1
            indicators += 1
        }
        if cursor >= end || bytes[cursor] == 0x20 || bytes[cursor] == 0x09 {
            while cursor < end, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
            if cursor >= end || bytes[cursor] == UInt8(ascii: "#") { return nil }
        }
        var stop = offset
        while stop < end, bytes[stop] != 0x20, bytes[stop] != 0x09 { stop += 1 }
        return String(decoding: bytes[offset..<stop], as: UTF8.self)
    }

    /// The anchor or alias name after the `&`/`*` at `offset`.
    private func token(after offset: Int, to end: Int) -> String {
        var cursor = offset + 1
        let stops: [UInt8] = [0x20, 0x09, UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
                              UInt8(ascii: "{"), UInt8(ascii: "}")]
        while cursor < end, !stops.contains(bytes[cursor]) { cursor += 1 }
        return String(decoding: bytes[(offset + 1)..<cursor], as: UTF8.self)
    }

    /// The 1-based column (in Unicode scalars) of the byte at `offset` on the current line.
    private func column(of offset: Int) -> Int {
        var column = 1
        for index in lineStart..<offset where LineIndex.startsScalar(bytes[index]) { column += 1 }
        return column
    }
}
