/// Converts between byte offsets in UTF-8 text and the line:column pairs users see.
///
/// Lines and columns follow libyaml, so a position computed here names the same place as a
/// `Yams.Mark`: lines end at LF, CR, CRLF, NEL, LS or PS; columns count Unicode scalars;
/// both start at 1.
struct LineIndex {
    /// The UTF-8 bytes the offsets refer to.
    let bytes: [UInt8]
    /// Byte offset where each line starts; `lineStarts[0] == 0`.
    private let lineStarts: [Int]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var offset = 0
        while offset < bytes.count {
            let width = LineIndex.lineBreakWidth(in: bytes, at: offset)
            if width > 0 {
                offset += width
                starts.append(offset)
            } else {
                offset += 1
            }
        }
        lineStarts = starts
    }

    /// The number of bytes of the line break starting at `offset`, or 0 when none starts there.
    static func lineBreakWidth(in bytes: [UInt8], at offset: Int) -> Int {
        switch bytes[offset] {
        case 0x0A: return 1
        case 0x0D: return offset + 1 < bytes.count && bytes[offset + 1] == 0x0A ? 2 : 1
        case 0xC2: return offset + 1 < bytes.count && bytes[offset + 1] == 0x85 ? 2 : 0
        case 0xE2:
            guard offset + 2 < bytes.count, bytes[offset + 1] == 0x80 else { return 0 }
            return bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9 ? 3 : 0
        default: return 0
        }
    }

    /// Whether `byte` begins a Unicode scalar (is not a UTF-8 continuation byte).
    static func startsScalar(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }

    /// Line and column (from 1) of the byte at `offset`; an offset past the end names the end.
    func position(ofByte offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var cursor = lineStarts[low]
        while cursor < clamped {
            if LineIndex.startsScalar(bytes[cursor]) { column += 1 }
            cursor += 1
        }
        return (low + 1, column)
    }

    /// Byte offset of the scalar at `line`:`column`, or nil when the text has no such place.
    func byteOffset(line: Int, column: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count, column >= 1 else { return nil }
        var cursor = lineStarts[line - 1]
        var remaining = column - 1
        while remaining > 0 {
            guard cursor < bytes.count else { return nil }
            cursor += 1
            while cursor < bytes.count, !LineIndex.startsScalar(bytes[cursor]) { cursor += 1 }
            remaining -= 1
        }
        return cursor < bytes.count ? cursor : nil
    }

    /// Byte offset of the `count`-th Unicode scalar (from 0), as Yams' reader errors count.
    func byteOffset(ofScalar count: Int) -> Int {
        var seen = 0
        var cursor = 0
        while cursor < bytes.count {
            if LineIndex.startsScalar(bytes[cursor]) {
                if seen == count { return cursor }
                seen += 1
            }
            cursor += 1
        }
        return bytes.count
    }

    /// The offset of the line break (or the text's end) at or after `offset`.
    func lineEnd(from offset: Int) -> Int {
        var cursor = offset
        while cursor < bytes.count, LineIndex.lineBreakWidth(in: bytes, at: cursor) == 0 { cursor += 1 }
        return cursor
    }

    /// Where the line after the break at `lineEnd` starts; nil at the text's end.
    func nextLineStart(after lineEnd: Int) -> Int? {
        guard lineEnd < bytes.count else { return nil }
        return lineEnd + LineIndex.lineBreakWidth(in: bytes, at: lineEnd)
    }

    /// The location of the byte at `offset` in `file`.
    func location(ofByte offset: Int, file: String) -> SourceLocation {
        let (line, column) = position(ofByte: offset)
        return SourceLocation(file: file, line: line, column: column)
    }
}
