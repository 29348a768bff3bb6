import Yams

/// Line folding for Chinese text in plain YAML scalars.
///
/// YAML joins the lines of a plain multi-line value with a space — right for English, wrong
/// for Chinese: a paragraph pasted over two lines without `|` reads "到位。 资金到位后". CSS has
/// the same problem and the same answer (CSS Text 3, segment-break transformation): a break
/// between two East Asian wide characters disappears. So the scalar's lines are taken from
/// the text again, YAML's folding is redone to prove they are exactly the lines libyaml
/// folded (anything else — escapes, comments, odd spacing — leaves YAML's value untouched),
/// and each fold between two CJK characters is joined without the space. Other folds stay
/// YAML's.
enum CJKFolding {
    /// `value` refolded, or nil when it has no fold to change or its lines cannot be matched.
    static func refold(_ value: String, plainScalarAt mark: Mark, in lines: LineIndex) -> String? {
        guard value.utf8.contains(0x20), let start = lines.byteOffset(line: mark.line, column: mark.column) else { return nil }
        let target = Array(value.utf8)
        let firstEnd = lines.lineEnd(from: start)
        let first = trimmed(lines.bytes[start..<firstEnd])
        guard target.starts(with: first) else { return nil }
        var matched = first.count
        var pieces: [(joiner: [UInt8], text: [UInt8])] = [([], first)]
        var blankLines = 0
        var cursor = lines.nextLineStart(after: firstEnd)
        while matched < target.count {
            guard let lineStart = cursor else { return nil }
            let end = lines.lineEnd(from: lineStart)
            let text = trimmed(lines.bytes[lineStart..<end])
            cursor = lines.nextLineStart(after: end)
            if text.isEmpty {
                blankLines += 1
                continue
            }
            let joiner: [UInt8] = blankLines == 0 ? [0x20] : Array(repeating: 0x0A, count: blankLines)
            blankLines = 0
            guard target[matched...].starts(with: joiner + text) else { return nil }
            matched += joiner.count + text.count
            pieces.append((joiner, text))
        }
        guard pieces.count > 1 else { return nil }
        var result: [UInt8] = []
        var changed = false
        for piece in pieces {
            if piece.joiner == [0x20], let before = lastScalar(of: result), let after = firstScalar(of: piece.text),
               joinsWithoutSpace(before, after) {
                changed = true
            } else {
                result += piece.joiner
            }
            result += piece.text
        }
        return changed ? String(decoding: result, as: UTF8.self) : nil
    }

    /// Whether a line break between `before` and `after` is dropped: both East Asian wide
    /// (ideographs, CJK punctuation, full-width forms), or one of them wide and the other a
    /// quotation mark, dash or ellipsis as Chinese text uses them.
    static func joinsWithoutSpace(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        let left = kind(before), right = kind(after)
        return left != .other && right != .other && (left == .wide || right == .wide)
    }

    private enum Kind { case wide, punctuation, other }

    private static func kind(_ scalar: Unicode.Scalar) -> Kind {
        switch scalar.value {
        case 0x2E80...0x303F, 0x3400...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x20000...0x3FFFF:
            return .wide
        case 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026:
            return .punctuation
        default:
            return .other
        }
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var slice = bytes
        while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 { slice = slice.dropLast() }
        return Array(slice)
    }

    private static func firstScalar(of bytes: [UInt8]) -> Unicode.Scalar? {
        String(decoding: bytes.prefix(4), as: UTF8.self).unicodeScalars.first
    }

    private static func lastScalar(of bytes: [UInt8]) -> Unicode.Scalar? {
        var start = max(0, bytes.count - 1)
        while start > 0, !LineIndex.startsScalar(bytes[start]) { start -= 1 }
        return String(decoding: bytes[start...], as: UTF8.self).unicodeScalars.first
    }
}
