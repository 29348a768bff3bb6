import Foundation

/// Mutations of a report file, at the level of bytes, lines, YAML blocks and characters: the
/// damage spreadsheets, editors, copy-paste and careless hands do to real files.
struct Mutator {
    var random: SplitMix64

    enum Kind: String, CaseIterable {
        case flipByte, setByte, truncate, deleteLine, duplicateLine, swapLines, deleteBlock, duplicateBlock,
             insertUnicode, insertSnippet, replaceValue, reindent, longRun, yamlTrap
    }

    /// The kinds, repeated by how often they are drawn: edits that keep the file readable YAML
    /// come more often, so that most cases get past the decoder into scoring and layout.
    static let weighted: [Kind] = [
        .flipByte, .setByte, .truncate, .deleteLine, .deleteLine, .duplicateLine, .swapLines, .deleteBlock, .deleteBlock,
        .duplicateBlock, .insertUnicode, .insertUnicode, .insertUnicode, .insertUnicode, .insertSnippet, .replaceValue,
        .replaceValue, .replaceValue, .replaceValue, .reindent, .longRun, .longRun, .yamlTrap, .yamlTrap, .yamlTrap,
    ]

    /// `bytes` with `count` random mutations, and their names (for the report of a failure).
    mutating func mutate(_ bytes: [UInt8], count: Int) -> (bytes: [UInt8], applied: [String]) {
        var bytes = bytes
        var applied: [String] = []
        for _ in 0..<count {
            let kind = random.pick(Self.weighted)
            bytes = apply(kind, to: bytes)
            applied.append(kind.rawValue)
        }
        return (bytes, applied)
    }

    mutating func apply(_ kind: Kind, to bytes: [UInt8]) -> [UInt8] {
        guard !bytes.isEmpty else { return Array(random.pick(Self.snippets).utf8) }
        var bytes = bytes
        switch kind {
        case .flipByte:
            let index = random.below(bytes.count)
            bytes[index] ^= UInt8(1 << random.below(8))
        case .setByte:
            bytes[random.below(bytes.count)] = random.pick([0x00, 0x09, 0x0A, 0x0D, 0x22, 0x27, 0x3A, 0x2D, 0x5B, 0x7B, 0x26, 0x2A,
                                                           0x7F, 0x80, 0xC0, 0xE6, 0xFE, 0xFF, UInt8(random.below(256))])
        case .truncate:
            bytes = Array(bytes.prefix(random.below(bytes.count)))
        case .deleteLine, .duplicateLine, .swapLines, .reindent:
            var lines = Self.lines(bytes)
            let index = random.below(lines.count)
            switch kind {
            case .deleteLine: lines.remove(at: index)
            case .duplicateLine: lines.insert(lines[index], at: index)
            case .swapLines: lines.swapAt(index, random.below(lines.count))
            default:
                let line = lines[index]
                if random.chance(50) {
                    lines[index] = Array(repeating: 0x20, count: 1 + random.below(4)) + line
                } else {
                    lines[index] = Array(line.drop { $0 == 0x20 }.prefix(line.count))
                }
            }
            bytes = Self.joined(lines)
        case .deleteBlock, .duplicateBlock:
            var lines = Self.lines(bytes)
            let start = random.below(lines.count)
            let end = Self.blockEnd(lines, from: start)
            if kind == .deleteBlock {
                lines.removeSubrange(start..<end)
            } else {
                lines.insert(contentsOf: lines[start..<end], at: end)
            }
            bytes = Self.joined(lines)
        case .insertUnicode:
            let text = random.pick(Self.characters)
            bytes.insert(contentsOf: Array(text.utf8), at: random.chance(75) ? valuePoint(in: bytes) : insertionPoint(in: bytes))
        case .insertSnippet:
            bytes.insert(contentsOf: Array(random.pick(Self.snippets).utf8), at: insertionPoint(in: bytes))
        case .replaceValue:
            var lines = Self.lines(bytes)
            let index = random.below(lines.count)
            if let colon = lines[index].firstIndex(of: 0x3A) {
                lines[index] = Array(lines[index][...colon]) + Array((" " + random.pick(Self.values)).utf8)
            }
            bytes = Self.joined(lines)
        case .yamlTrap:
            bytes = yamlTrap(in: bytes)
        case .longRun:
            let unit = random.pick(["字", "W", "﷽", "𠮷", " ", "བཀྲ་", "\\n", "-", "😀"])
            let run = String(repeating: unit, count: 200 + random.below(20_000))
            bytes.insert(contentsOf: Array(run.utf8), at: random.chance(75) ? valuePoint(in: bytes) : insertionPoint(in: bytes))
        }
        return bytes
    }

    /// One of YAML's traps for Chinese text, typed into a `key: value` line as a hurried clerk
    /// would: a ` #` comment after the value, the full-width colon, `>=`/`<=`/`>` before the
    /// value, a colon left out, full-width digits, the value folded over two lines, an empty
    /// title, a value that would start a spreadsheet formula.
    private mutating func yamlTrap(in bytes: [UInt8]) -> [UInt8] {
        var lines = Self.lines(bytes)
        let candidates = lines.indices.filter { lines[$0].firstIndex(of: 0x3A) != nil }
        guard !candidates.isEmpty else { return bytes }
        let index = random.pick(candidates)
        var line = String(decoding: lines[index], as: UTF8.self)
        guard let colon = line.range(of: ": ") ?? line.range(of: ":") else { return bytes }
        let key = String(line[..<colon.lowerBound])
        let value = String(line[colon.upperBound...])
        let indent = String(key.prefix { $0 == " " || $0 == "-" })
        switch random.below(9) {
        case 0: line += " #" + random.pick(["1机井", "详见台账，并接受审计。", "注", ""])
        case 1: line = key + "：" + value
        case 2: line = key + ": " + random.pick([">=", "<=", ">", "|", "> ", "|-x"]) + value
        case 3: line = key + " " + value
        case 4:
            let digits = value.unicodeScalars.map { ("0"..."9").contains($0) ? Unicode.Scalar($0.value + 0xFEE0).map(Character.init) ?? Character($0) : Character($0) }
            line = key + ": " + String(digits)
        case 5:
            let cut = value.index(value.startIndex, offsetBy: value.count / 2)
            line = key + ": " + value[..<cut] + "\n" + indent + "    " + value[cut...]
        case 6: line = key + ": \"\""
        case 7: line = key + ": " + random.pick(["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "=1"]) + value
        default: line = key + ":" + value.replacingOccurrences(of: " ", with: "\u{3000}")
        }
        lines[index] = Array(line.utf8)
        return Self.joined(lines)
    }

    /// Mostly at a character boundary (so the insertion lands in text), sometimes anywhere.
    private mutating func insertionPoint(in bytes: [UInt8]) -> Int {
        var index = random.below(bytes.count + 1)
        if random.chance(85) {
            while index < bytes.count, (0x80...0xBF).contains(bytes[index]) { index += 1 }
        }
        return index
    }

    /// Inside the text of a `key: value` line, after the first character of the value, where an
    /// insertion changes what is printed rather than the file's structure.
    private mutating func valuePoint(in bytes: [UInt8]) -> Int {
        var starts: [Int] = []
        var lineStart = 0
        for index in 0..<bytes.count where bytes[index] == 0x0A || index == bytes.count - 1 {
            let line = bytes[lineStart...index]
            if let colon = line.firstIndex(of: 0x3A), colon + 2 < index, bytes[colon + 1] == 0x20, bytes[colon + 2] != 0x7C {
                starts.append(colon + 3)
            }
            lineStart = index + 1
        }
        guard !starts.isEmpty else { return insertionPoint(in: bytes) }
        var index = random.pick(starts)
        while index < bytes.count, (0x80...0xBF).contains(bytes[index]) { index += 1 }
        return index
    }

    static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    }

    static func joined(_ lines: [[UInt8]]) -> [UInt8] {
        Array(lines.joined(separator: [0x0A]))
    }

    /// The line after the block starting at `start`: the line and those indented deeper.
    static func blockEnd(_ lines: [[UInt8]], from start: Int) -> Int {
        let indent = lines[start].prefix { $0 == 0x20 || $0 == 0x2D }.count
        var end = start + 1
        while end < lines.count {
            let line = lines[end]
            let depth = line.prefix { $0 == 0x20 }.count
            if depth <= indent && line.contains(where: { $0 != 0x20 }) { break }
            end += 1
        }
        return end
    }

    /// Characters that break naive text handling: controls, marks, surrogate escapes written as
    /// text, characters no font has, emoji sequences, the decoder's own marker scalars.
    static let characters: [String] = [
        "\u{00}", "\u{01}", "\u{07}", "\u{08}", "\u{0B}", "\u{0C}", "\u{1B}", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}",
        "\u{9F}", "\t", "\r", "\r\n", "\u{2028}", "\u{2029}", "\u{200B}", "\u{200D}", "\u{200E}", "\u{200F}",
        "\u{202E}", "\u{2066}", "\u{2069}", "\u{FEFF}", "\u{FFFD}", "\u{E000}", "\\uD800", "\\uDC00", "\\uD83D\\uDE00", "\\x00", "\\u0000", "\\U0010FFFF",
        "𠀀", "𠮷", "堃", "旻", "😀", "👨‍👩‍👧‍👦", "🇨🇳", "🏳️‍🌈", "e\u{301}\u{301}\u{301}\u{301}", "ཀྵྐྵ", "བཀྲ་ཤིས་",
        "مرحبا", "שלום", "\u{1100}\u{1161}\u{11A8}", "Ｗ", "＜ｂ＞", "<b>", "&amp;", "<span foreground=\"red\">", "<", "&",
        "%", "\\", "\"", "'", "`", "：", "，", "\u{3000}",
    ] + noncharacters

    /// Noncharacters (Swift literals refuse them), among them the decoder's own marker scalars.
    static let noncharacters: [String] = [0xFFFE, 0xFFFF, 0xFDD0, 0xFDEF, 0x1FFFE, 0x2FFFF, 0x10FFFE, 0x10FFFF].compactMap {
        Unicode.Scalar(UInt32($0)).map { String(Character($0)) }
    }

    /// YAML fragments: syntax, tags, anchors, directives and document markers.
    static let snippets: [String] = [
        ": ", "- ", "#", " #", "&a ", "*a", "<<: *a", "!!binary ", "!!str ", "!!int ", "!!float ", "!!map ", "!!seq ",
        "!custom ", "%YAML 1.2\n", "%TAG ! tag:x:\n", "---\n", "\n---\n", "\n...\n", "{", "}", "[", "]", "{}", "[]",
        "? ", "|", ">", "|-\n", ">+\n", "\"", "'", "\\", "\t", "\n  ", "\n- ", "\nscheme: national-2020\n", "~", "null",
        "{a: {b: {c: [[[", "\n" + String(repeating: " ", count: 200) + "x: 1\n", "key: value\n",
    ]

    /// Values put after a key's colon: numbers at every edge, dates, words of the format, text.
    static let values: [String] = [
        "0", "-0", "-1", "1e999", "-1e999", "1e-999", "0x10", "0o17", "1_000", "+5", ".5", "5.", "1,000,000", ".nan",
        ".inf", "-.inf", "NaN", "Infinity", "١٢٣", "５", String(repeating: "9", count: 60), "0." + String(repeating: "0", count: 50) + "1",
        "2025-02-30", "2025-13-01", "0000-00-00", "9999-12-31", "2025年5月12日", "yes", "no", "true", "false", "on", "~", "null",
        "\"\"", "''", "[]", "{}", "[a, b]", "{a: 1}", "measured", "qualitative", "budget-execution", "reverse", "exact",
        "funds", "score", "analysis", "达成", "部分达成", "未达成", "national-2020", "linzhi-2024", "national-2021",
        "≥0个", "=0起", "≤0元", "≥20个", "按期完成", "满意", "约20个", "100%", "0%", "≥100%", "上半年完成", "未完成",
        "\"\\u0007\"", "\"\\uD800\"", "\"\\x00\"", "|", ">", "!!binary aGVsbG8=", "*a", "&a x",
    ]
}
