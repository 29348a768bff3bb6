import JixiaoCore

/// A report saved from Word as plain text (文件 → 另存为 → 纯文本): one paragraph a line. Each
/// line's place is its line number, so a problem in a section names `报告.txt:12:1`.
enum PlainTextReader {
    static func paragraphs(_ bytes: [UInt8], file: String, limits: ImportLimits) throws(Diagnostics) -> [NarrativeParagraph] {
        let body = try EncodingSniffer.utf8Text(bytes, file: file)
        let text = String(decoding: body, as: UTF8.self)
        var paragraphs: [NarrativeParagraph] = []
        // `isNewline`: CR LF is one Character in Swift, so splitting on "\n" alone would miss it.
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if paragraphs.count >= limits.maxParagraphs {
                throw Diagnostics(ImportDiagnostics.tooLarge(file, Message("超过 \(limits.maxParagraphs) 行", "more than \(limits.maxParagraphs) lines")))
            }
            paragraphs.append(NarrativeParagraph(text: String(line), styleLevel: nil,
                                                 location: SourceLocation(file: file, line: index + 1, column: 1)))
        }
        return paragraphs
    }
}
