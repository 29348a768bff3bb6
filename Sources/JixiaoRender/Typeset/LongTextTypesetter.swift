/// Typesets text of any length by handing Pango pieces it can measure, and sets the line
/// breaks a user typed inside a paragraph as breaks, not as new indented paragraphs.
///
/// Pango sums glyph advances in 32-bit integers of 1/1024 pt: past about two million points
/// of text in one run (some 100,000 characters at 16 pt) the sum overflows, line breaking
/// fails, and whole pages of a long paragraph end up on a handful of lines running off the
/// page — text silently lost. So a long text is set in pieces of `pieceBytes`: every line of
/// a piece but its last is kept (greedy line breaking makes them the lines the whole text
/// would get), and the next piece starts where that last line started.
struct LongTextTypesetter {
    /// Bytes of UTF-8 per piece: 8,000 bytes are at most 8,000 characters, whose advances stay
    /// far below the overflow even at 36 pt in the widest glyphs.
    static let pieceBytes = 8_000

    /// Lays out `text` (already prepared) into `width` points with `layout`.
    static func typeset(_ text: String, style: TextStyle, width: Double, layout: PangoTextLayout,
                        fonts: FontTable) -> TypesetParagraph {
        let long = text.utf8.count > pieceBytes
        let indentedBreaks = style.firstLineIndent != 0 && text.contains(where: isParagraphSeparator)
        guard width >= 0, long || indentedBreaks else {
            if width > 0, style.letterSpacing != 0, style.alignment == .justified {
                return PunctuationCompression.typeset(text, style: style, width: width, layout: layout, fonts: fonts)
            }
            layout.set(text, style: style, width: width)
            return layout.lines(fonts: fonts)
        }
        // Pango would set each line break the user typed as a paragraph of its own, first line
        // indented. A line break is not a new paragraph (a blank line is): the text is cut at
        // each break, and only the first part gets the indent; the lines after a break start
        // flush. The pieces below then only ever continue one part.
        var result = TypesetParagraph(lines: [], missingCharacters: [])
        var partStyle = style
        for part in text.split(omittingEmptySubsequences: false, whereSeparator: isParagraphSeparator) {
            let typeset = typesetParagraph(part, style: partStyle, width: width, layout: layout, fonts: fonts)
            result.lines += typeset.lines
            result.missingCharacters += typeset.missingCharacters
            partStyle.firstLineIndent = 0
        }
        return result
    }

    /// What Pango takes as the end of a paragraph: LF, CR, CR LF and U+2029.
    static func isParagraphSeparator(_ character: Character) -> Bool {
        character == "\n" || character == "\r" || character == "\r\n" || character == "\u{2029}"
    }

    /// One paragraph (no separator inside) in pieces: the first piece's first line indented,
    /// the lines continuing it not.
    private static func typesetParagraph(_ text: Substring, style: TextStyle, width: Double, layout: PangoTextLayout,
                                         fonts: FontTable) -> TypesetParagraph {
        var result = TypesetParagraph(lines: [], missingCharacters: [])
        var rest = text
        var pieceStyle = style
        repeat {
            let piece = prefix(of: rest, bytes: pieceBytes)
            layout.set(String(piece), style: pieceStyle, width: width)
            let typeset = layout.lines(fonts: fonts)
            let starts = layout.lineStartOffsets
            // Characters of a dropped line are found again in the next piece; the renderer
            // reports each (character, field) once.
            result.missingCharacters += typeset.missingCharacters
            guard piece.endIndex < rest.endIndex, typeset.lines.count >= 2, starts.count == typeset.lines.count,
                  let lastStart = starts.last, lastStart > 0 else {
                result.lines += typeset.lines
                rest = rest[piece.endIndex...]
                pieceStyle.firstLineIndent = 0
                continue
            }
            result.lines += typeset.lines.dropLast()
            rest = rest[piece.utf8.index(piece.startIndex, offsetBy: lastStart)...]
            pieceStyle.firstLineIndent = 0
        } while !rest.isEmpty
        return result
    }

    /// The longest prefix of `text` of at most `bytes` UTF-8 bytes that ends between two
    /// characters (at least one character, so every piece makes progress).
    static func prefix(of text: Substring, bytes: Int) -> Substring {
        guard text.utf8.count > bytes else { return text }
        var end = text.startIndex
        var used = 0
        for index in text.indices {
            let size = text[index].utf8.count
            if used + size > bytes, end > text.startIndex { break }
            used += size
            end = text.index(after: index)
        }
        return text[..<end]
    }
}
