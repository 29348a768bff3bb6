/// Adjusts user text before Pango sets it, without changing what it says.
///
/// - Pango justifies a line by widening its spaces when it has any, and between characters
///   only when it has none; a single space typed between two Chinese phrases
///   (“情系守边人 关怀暖人心”) would swallow a whole line's slack. Such a space becomes an
///   en quad (U+2000, half an em like the en space), which Pango does not stretch, so the line
///   is justified between characters like its neighbours. `PangoTextLayout` maps it back to the
///   U+0020 that was typed in the text it copies, so the PDF's text (its ToUnicode table, what
///   MuPDF and pdftotext extract) says “情系守边人 关怀暖人心” and “1. 过程”, not U+2002. A
///   typed en quad becomes the en space it is canonically equivalent to, so the stand-in means
///   only that. Spaces between Latin words stay ordinary spaces.
/// - Pango breaks lines by UAX #14, which allows no break on either side of a quotation mark
///   (class QU): in Chinese text “…” glues its neighbours into one chain, and
///   “送温暖、“8.19”医师节” moved whole to the next line, leaving the line before it six
///   characters short and stretched. Chinese typesetting may break before an opening quote
///   and after a closing one; a zero-width space (U+200B, after which UAX #14 always allows a
///   break) says so to Pango there. `PangoTextLayout` leaves it out of the text it copies, so
///   it reaches neither the PDF nor its extracted text.
enum TextPreparation {
    /// What a typed space (or tab) next to Chinese text is set as; copied out as U+0020.
    static let spaceStandIn: Unicode.Scalar = "\u{2000}"
    /// A typed U+2000 is set as this, its canonical equivalent.
    static let enSpace: Unicode.Scalar = "\u{2002}"
    static let breakHint: Unicode.Scalar = "\u{200B}"

    private static let openingQuotes: Set<Character> = ["“", "‘"]
    private static let closingQuotes: Set<Character> = ["”", "’"]
    /// Marks that may not start a line (and so may not follow a break hint).
    private static let noLineStart: Set<Character> = Set("。，、；：？！）》」』”’…%")
    /// Marks that may not end a line (and so may not precede a break hint).
    private static let noLineEnd: Set<Character> = Set("（《「『“‘")

    static func prepared(_ text: String) -> String {
        guard text.contains(where: { $0 == " " || $0 == "\t" || openingQuotes.contains($0) || closingQuotes.contains($0) })
                || text.unicodeScalars.contains(spaceStandIn) else {
            return text
        }
        let characters = Array(text)
        var out = String()
        out.reserveCapacity(text.utf8.count + 16)
        for (index, character) in characters.enumerated() {
            let before = index > 0 ? characters[index - 1] : nil
            let after = index + 1 < characters.count ? characters[index + 1] : nil
            switch character {
            case " ", "\t":
                let nearCJK = [before, after].contains { $0.map(isWide) ?? false }
                if nearCJK { out.unicodeScalars.append(spaceStandIn) } else { out.append(" ") }
            case _ where character.unicodeScalars.contains(spaceStandIn):
                // Character equality is canonical (U+2000 == U+2002): compare scalars.
                out.unicodeScalars.append(contentsOf: character.unicodeScalars.map { $0 == spaceStandIn ? enSpace : $0 })
            case _ where openingQuotes.contains(character):
                if let before, isWide(before), !noLineEnd.contains(before) { out.unicodeScalars.append(breakHint) }
                out.append(character)
            case _ where closingQuotes.contains(character):
                out.append(character)
                if let after, isWide(after), !noLineStart.contains(after) { out.unicodeScalars.append(breakHint) }
            default:
                out.append(character)
            }
        }
        return out
    }

    /// Han, kana, hangul, CJK punctuation and full-width forms, Tibetan.
    static func isWide(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x0F00...0x0FFF, 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFFEF, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }
}
