/// Splits a section's text into paragraphs the way the format defines them.
///
/// A blank line (empty or only spaces) ends a paragraph; a single newline inside one is kept
/// as `\n`, a line break the user meant. Each paragraph is trimmed of surrounding whitespace,
/// including the full-width spaces (U+3000) people type to indent, since the composer indents
/// first lines itself. Works on UTF-8 bytes, so a 5 MB paragraph splits in linear time.
enum ParagraphText {
    static func split(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if isBlank(line) {
                flush(&current, into: &paragraphs)
            } else {
                current.append(line)
            }
        }
        flush(&current, into: &paragraphs)
        return paragraphs
    }

    private static func flush(_ lines: inout [Substring], into paragraphs: inout [String]) {
        guard !lines.isEmpty else { return }
        let joined = lines.count == 1 ? String(lines[0]) : lines.joined(separator: "\n")
        let trimmed = trim(joined)
        if !trimmed.isEmpty { paragraphs.append(trimmed) }
        lines.removeAll()
    }

    private static func isBlank(_ line: Substring) -> Bool {
        line.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    /// `text` without leading and trailing whitespace (Unicode's, so U+3000 too).
    static func trim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }
}
