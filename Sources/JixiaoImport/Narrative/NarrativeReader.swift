import Foundation
import JixiaoCore

/// Reads paragraphs in order into a cover and numbered sections. A heading is a paragraph in a
/// Word heading style, or one that starts with the official numbering (一、 （一） 1. （1））
/// and reads like a title, not a sentence. The numbering itself is dropped: Jixiao numbers
/// headings itself, so `2、绩效自评工作组织情况。` (the wrong numeral, a stray full stop) becomes
/// the heading 绩效自评工作组织情况 in its place as the second level-1 section.
enum NarrativeReader {
    static func read(_ paragraphs: [NarrativeParagraph]) -> NarrativeReading {
        var reading = NarrativeReading()
        var index = paragraphs.startIndex
        // The cover: everything before the first heading.
        while index < paragraphs.endIndex, heading(paragraphs[index], topLevelCount: 0) == nil {
            readCover(paragraphs[index], into: &reading)
            index += 1
        }
        // `path[n]` is the open section of level n + 1.
        var stack: [NarrativeReading.Section] = []
        var topLevelCount = 0
        func close(to depth: Int) {
            while stack.count > depth, let last = stack.popLast() {
                if stack.isEmpty { reading.sections.append(last) } else { stack[stack.count - 1].sections.append(last) }
            }
        }
        while index < paragraphs.endIndex {
            let paragraph = paragraphs[index]
            index += 1
            let text = Self.cleaned(paragraph.text)
            if let found = heading(paragraph, topLevelCount: topLevelCount) {
                let depth = min(found.level - 1, stack.count)
                close(to: depth)
                if depth == 0 { topLevelCount += 1 }
                stack.append(.init(title: Located(text: found.title, location: paragraph.location)))
            } else if !text.isEmpty, !stack.isEmpty {
                stack[stack.count - 1].paragraphs.append(Located(text: text, location: paragraph.location))
            }
        }
        close(to: 0)
        return reading
    }

    /// A cover line: the title, `标签：内容`, the issuer (`…财政局制`), the year (`2025年`).
    static func readCover(_ paragraph: NarrativeParagraph, into reading: inout NarrativeReading) {
        let text = cleaned(paragraph.text)
        guard !text.isEmpty else { return }
        if let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }), text.distance(from: text.startIndex, to: colon) <= 12,
           text.distance(from: text.startIndex, to: colon) > 0 {
            let label = String(text[..<colon]).trimmingCharacters(in: .whitespaces)
            let value = String(text[text.index(after: colon)...]).trimmingCharacters(in: .whitespaces.union(["_"]))
            reading.coverFields.append((Located(text: label, location: paragraph.location), Located(text: value, location: paragraph.location)))
        } else if text.wholeMatch(of: /\d{4}\s*年(度)?/) != nil {
            reading.year = Located(text: text, location: paragraph.location)
        } else if reading.title == nil, reading.coverFields.isEmpty {
            reading.title = Located(text: text, location: paragraph.location)
        } else if text.hasSuffix("制") && text.count <= 30 {
            reading.issuer = Located(text: text, location: paragraph.location)
        }
    }

    /// The level and title of a heading, or nil for body text.
    static func heading(_ paragraph: NarrativeParagraph, topLevelCount: Int) -> (level: Int, title: String)? {
        let text = cleaned(paragraph.text)
        guard !text.isEmpty else { return nil }
        if let number = numbering(text, topLevelCount: topLevelCount) {
            let title = titleText(String(text.dropFirst(number.length)))
            if let level = paragraph.styleLevel { return title.isEmpty ? nil : (level, title) }
            return looksLikeTitle(title) ? (number.level, title) : nil
        }
        if let level = paragraph.styleLevel { return (level, titleText(cleaned(String(paragraph.text.dropFirst(paragraph.label.count))))) }
        return nil
    }

    /// The official numbering at the start of `text`: its level and length. `N、` is level 1
    /// when it continues the level-1 count (a clerk's `2、` for 二、), level 3 otherwise.
    static func numbering(_ text: String, topLevelCount: Int) -> (level: Int, length: Int)? {
        // A Regex literal is compiled where it is evaluated: most paragraphs start otherwise.
        guard let first = text.first, "一二三四五六七八九十（(0123456789".contains(first) else { return nil }
        if let match = text.prefixMatch(of: /[一二三四五六七八九十]+\s*[、.．]\s*/) { return (1, match.0.count) }
        if let match = text.prefixMatch(of: /[（(]\s*[一二三四五六七八九十]+\s*[）)]\s*/) { return (2, match.0.count) }
        if let match = text.prefixMatch(of: /(\d{1,2})\s*、\s*/) {
            return (Int(match.1) == topLevelCount + 1 && topLevelCount > 0 ? 1 : 3, match.0.count)
        }
        if let match = text.prefixMatch(of: /\d{1,2}\s*[.．](?![0-9])\s*/) { return (3, match.0.count) }
        if let match = text.prefixMatch(of: /[（(]\s*\d{1,2}\s*[）)]\s*/) { return (4, match.0.count) }
        return nil
    }

    /// A title is short and not a sentence: no comma or full stop inside it.
    static func looksLikeTitle(_ title: String) -> Bool {
        !title.isEmpty && title.count <= 40 && !title.contains(where: { "，。；,;".contains($0) })
    }

    /// A heading without its closing full stop or colon.
    static func titleText(_ text: String) -> String {
        var title = text.trimmingCharacters(in: .whitespaces)
        while let last = title.last, "。.：:；;".contains(last) { title.removeLast() }
        return title.trimmingCharacters(in: .whitespaces)
    }

    /// A paragraph's text without what Word leaves in a saved text file: `[bookmark: _GoBack]`
    /// markers, and a space typed between a Chinese character and a digit (Word spaces them
    /// itself, so a typed one prints as a gap: `100 万元` → `100万元`). Ends trimmed, full-width
    /// spaces included.
    static func cleaned(_ text: String) -> String {
        var result = text
        if result.contains("[bookmark:") { result = result.replacing(/\[bookmark:[^\]]*\]/, with: "") }
        if result.contains(" ") {
            result = result.replacing(/(\p{Han}) +(\d)/) { "\($0.1)\($0.2)" }
            result = result.replacing(/(\d) +(\p{Han})/) { "\($0.1)\($0.2)" }
        }
        return result.trimmingCharacters(in: .whitespaces.union(["\u{3000}"]))
    }
}
