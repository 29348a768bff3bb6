/// Adjusts user text before Pango sets it, without changing what it says.
///
/// Pango justifies a line by widening its spaces when it has any, and between characters
/// only when it has none; a single space typed between two Chinese phrases
/// (“情系守边人 关怀暖人心”) would swallow a whole line's slack. Such a space becomes an
/// en space (U+2002), which Pango does not stretch, so the line is justified between
/// characters like its neighbours. Spaces between Latin words stay ordinary spaces.
enum TextPreparation {
    static let enSpace: Character = "\u{2002}"

    static func prepared(_ text: String) -> String {
        guard text.contains(" ") || text.contains("\t") else { return text }
        let characters = Array(text)
        var out = String()
        out.reserveCapacity(text.utf8.count)
        for (index, character) in characters.enumerated() {
            guard character == " " || character == "\t" else {
                out.append(character)
                continue
            }
            let before = index > 0 ? characters[index - 1] : nil
            let after = index + 1 < characters.count ? characters[index + 1] : nil
            let nearCJK = [before, after].contains { $0.map(isWide) ?? false }
            out.append(nearCJK ? enSpace : " ")
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
