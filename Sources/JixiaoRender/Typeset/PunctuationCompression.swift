/// 标点挤压 (clreq §3.1.6, JIS X 4051 §3.8): on the character grid, a line whose figures or
/// Latin letters leave it half a character short of the next ideograph gives one of its
/// full-width commas, stops or closing brackets the half width the font's `halt` form has, and
/// the ideograph comes up onto the line.
///
/// Without it a justified line with an odd number of half-width characters (95.5%, 1.2万) is
/// stretched over half a character's slack, and on a page of figures most lines set 27½ grid
/// characters instead of 28. Only justified body text on the grid is compressed; each line at
/// most once, the first line first, so the result depends only on the text.
enum PunctuationCompression {
    /// Marks whose right half is blank in 仿宋 and that the font sets half-width under `halt`.
    static let compressible: Set<Unicode.Scalar> = ["，", "。", "、", "；", "：", "）", "》", "」", "』"]

    /// Typesets `text` (one paragraph, no separators) as `layout.set` would, with marks
    /// compressed where that brings the next line's first ideograph up.
    ///
    /// The text is set once to find its lines; a line that qualifies is tried on a window of
    /// about three lines' text starting where it starts (greedy breaking gives a window's first
    /// line exactly as the whole text would), and after a change the following lines come from
    /// windows until a line starts where one of the first setting did, from where that setting
    /// holds again. So the work grows with the text, not with its square: re-setting a paragraph
    /// of 100 lines once per line took seconds.
    static func typeset(_ text: String, style: TextStyle, width: Double, layout: PangoTextLayout,
                        fonts: FontTable) -> TypesetParagraph {
        let bytes = Array(text.utf8)
        let advance = style.size + style.letterSpacing
        let window = Int(3 * width / max(advance, 1)) + 8
        var analysis = style
        analysis.alignment = .left
        layout.set(text, style: analysis, width: width)
        let fullStarts = layout.lineStartOffsets
        let fullEnds = layout.lineEnds
        var lineAt: [Int: Int] = [:]
        if fullStarts.count == fullEnds.count {
            for (index, offset) in fullStarts.enumerated() { lineAt[offset] = index }
        }
        /// The window at `start` in `analysis` (no indent past the first line), with `marks`.
        func setWindow(at start: Int, marks: [Int]) {
            var lineStyle = analysis
            if start > 0 { lineStyle.firstLineIndent = 0 }
            let piece = String(decoding: bytes[start..<offset(after: window, characters: start, in: bytes)], as: UTF8.self)
            layout.set(piece, style: lineStyle, width: width, halfWidthMarks: marks.map { $0 - start })
        }
        var marks: [Int] = []
        var start = 0
        while start < bytes.count {
            var next: Int
            var end: Double
            if let index = lineAt[start] {
                guard index + 1 < fullStarts.count else { break }
                next = fullStarts[index + 1]
                end = fullEnds[index]
            } else {
                setWindow(at: start, marks: [])
                let starts = layout.lineStartOffsets
                let ends = layout.lineEnds
                guard starts.count >= 2, ends.count == starts.count, starts[1] > 0 else { break }
                next = start + starts[1]
                end = ends[0]
            }
            let slack = width - end
            if slack + style.size / 2 >= advance - 0.01, slack < advance, isIdeograph(at: next, in: bytes),
               let mark = lastCompressibleMark(from: start, to: next, in: bytes) {
                setWindow(at: start, marks: [mark])
                let tried = layout.lineStartOffsets
                if tried.count >= 2, start + tried[1] > next {
                    marks.append(mark)
                    next = start + tried[1]
                }
            }
            start = next
        }
        layout.set(text, style: style, width: width, halfWidthMarks: marks)
        return layout.lines(fonts: fonts)
    }

    /// The offset `count` characters (scalars) after `start`, or the end of `bytes`.
    private static func offset(after count: Int, characters start: Int, in bytes: [UInt8]) -> Int {
        var offset = start
        var seen = 0
        while offset < bytes.count, seen < count {
            offset += max(1, decode(at: offset, in: bytes).length)
            seen += 1
        }
        return min(offset, bytes.count)
    }

    /// The UTF-8 offset of the last compressible mark in `bytes[from..<to]`.
    private static func lastCompressibleMark(from: Int, to: Int, in bytes: [UInt8]) -> Int? {
        var offset = from
        var found: Int?
        while offset < to, offset < bytes.count {
            let (scalar, length) = decode(at: offset, in: bytes)
            if let scalar, compressible.contains(scalar) { found = offset }
            offset += max(1, length)
        }
        return found
    }

    /// Whether the character at `offset` is a CJK ideograph (a full grid cell that may start a line).
    private static func isIdeograph(at offset: Int, in bytes: [UInt8]) -> Bool {
        guard let scalar = decode(at: offset, in: bytes).scalar else { return false }
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    /// The scalar starting at `offset` and its length in bytes.
    private static func decode(at offset: Int, in bytes: [UInt8]) -> (scalar: Unicode.Scalar?, length: Int) {
        guard offset < bytes.count else { return (nil, 1) }
        let lead = bytes[offset]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard offset + length <= bytes.count else { return (nil, 1) }
        let scalar = String(decoding: bytes[offset..<(offset + length)], as: UTF8.self).unicodeScalars.first
        return (scalar, length)
    }
}
