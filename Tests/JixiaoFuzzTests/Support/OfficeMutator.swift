import Foundation
import ZIPFoundation

/// Mutations of a workbook or Word file that know its structure: the ZIP directory (bytes near
/// the end, truncation), the parts (one dropped, one emptied), the XML (a span cut or repeated,
/// a tag left open) and the cells (a value, a shared-string index, a reference, a merge, a
/// number format replaced by a hostile one) and Word's lists (a level, list id, start value or
/// level text replaced by a hostile one, in a paragraph or numbering.xml). The package is rebuilt after an XML mutation, so
/// most cases reach the table reader and the decoder.
struct OfficeMutator {
    var random: SplitMix64

    enum Kind: String, CaseIterable {
        case directoryByte, truncate, dropPart, emptyPart, cutSpan, repeatSpan, openTag, cellValue, stringIndex,
             cellReference, mergeRange, numberFormat, cellText, listNumbering
    }

    static let values = ["1e400", "-0", "NaN", "#REF!", "99999999999999999999999", "0.5", "", "-45473", "2958466", "1E-300",
                         "abc", "&amp;", "0x10", "∞", "12,5"]
    static let formats = ["[h]:mm", "\"\"\"", "0.0.0%", "yyyy\"年", "\\", ";;;", "@@", "0%%%", "mmmmmmmm", "[$-804]aaaa", "#,##0.00_);[Red](#,##0.00)",
                          "yyyy-mm-dd hh:mm:ss AM/PM", "上午/下午", "0" + String(repeating: "0", count: 400)]
    static let references = ["ZZZZ99999999", "A0", "", "A1048577", "XFD1", "a1", "1A", "A-1", "AAAA1"]
    static let listFields = ["ilvl", "numId", "abstractNumId", "start", "startOverride", "lvlRestart", "numFmt", "lvlText", "suff"]
    static let listValues = ["-1", "9", "4294967296", "9223372036854775807", "-9223372036854775808", "0", "%9%1%%0%", "%", "bullet",
                             "chineseLegalSimplified", "", "x"]
    static let texts = ["三级指标", "分值", "年度资金总额", "总分", "其中：", "一级指标", "𠀀", "\u{7}", String(repeating: "长", count: 5_000), "=", "≥"]

    /// `bytes` (a package) with one mutation, and its name.
    mutating func mutate(_ bytes: [UInt8]) -> (bytes: [UInt8], applied: String) {
        let kind = random.pick(Kind.allCases)
        switch kind {
        case .directoryByte:
            var copy = bytes
            let position = max(0, copy.count - 1 - random.below(min(copy.count, 200)))
            if !copy.isEmpty { copy[position] = UInt8(truncatingIfNeeded: random.next()) }
            return (copy, kind.rawValue)
        case .truncate:
            return (Array(bytes.prefix(random.below(max(bytes.count, 1)))), kind.rawValue)
        default:
            guard var parts = Self.parts(bytes), !parts.isEmpty else { return (bytes, kind.rawValue + " (unreadable)") }
            let index = random.below(parts.count)
            switch kind {
            case .dropPart: parts.remove(at: index)
            case .emptyPart: parts[index].1 = Data()
            default:
                let xml = parts.indices.filter { parts[$0].0.hasSuffix(".xml") && parts[$0].0.contains("/") }
                guard let chosen = xml.isEmpty ? nil : random.pick(xml) else { break }
                parts[chosen].1 = Data(mutateXML(String(decoding: parts[chosen].1, as: UTF8.self), kind).utf8)
            }
            return ((try? Self.zip(parts)) ?? bytes, "\(kind.rawValue) \(parts.isEmpty ? "" : parts[min(index, parts.count - 1)].0)")
        }
    }

    mutating func mutateXML(_ xml: String, _ kind: Kind) -> String {
        var text = Array(xml)
        let opens = text.indices.filter { text[$0] == "<" }
        guard opens.count > 2 else { return xml }
        switch kind {
        case .cutSpan, .repeatSpan:
            let start = random.pick(opens)
            let end = min(text.count, start + 1 + random.below(400))
            if kind == .cutSpan { text.removeSubrange(start..<end) } else { text.insert(contentsOf: text[start..<end], at: start) }
            return String(text)
        case .openTag:
            return String(text[..<random.pick(opens)]) + "<c r=\"A1\"><v>"
        case .cellValue: return replace(in: xml, pattern: #"<v>[^<]*</v>"#, with: "<v>\(random.pick(Self.values))</v>")
        case .stringIndex: return replace(in: xml, pattern: #"t="s"><v>[0-9]+</v>"#, with: "t=\"s\"><v>\(random.below(100_000))</v>")
        case .cellReference: return replace(in: xml, pattern: #"r="[A-Z]+[0-9]+""#, with: "r=\"\(random.pick(Self.references))\"")
        case .mergeRange: return replace(in: xml, pattern: #"ref="[A-Z0-9:]+""#, with: "ref=\"\(random.pick(Self.references)):\(random.pick(Self.references))\"")
        case .numberFormat:
            return replace(in: xml, pattern: #"numFmtId="[0-9]+""#, with: "numFmtId=\"\(random.below(200))\"")
                .replacingOccurrences(of: "formatCode=\"", with: "formatCode=\"" + random.pick(Self.formats).replacingOccurrences(of: "\"", with: "&quot;"))
        case .listNumbering:
            let field = random.pick(Self.listFields)
            return replace(in: xml, pattern: #"<w:\#(field) w:val="[^"]*""#, with: "<w:\(field) w:val=\"\(random.pick(Self.listValues))\"")
        case .cellText:
            return replace(in: xml, pattern: #"<t>[^<]*</t>"#, with: "<t>\(random.pick(Self.texts))</t>")
        default: return xml
        }
    }

    /// One occurrence of `pattern`, picked at random, replaced.
    mutating func replace(in xml: String, pattern: String, with replacement: String) -> String {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return xml }
        let matches = regex.matches(in: xml, range: NSRange(xml.startIndex..., in: xml))
        guard !matches.isEmpty, let range = Range(random.pick(matches).range, in: xml) else { return xml }
        return xml.replacingCharacters(in: range, with: replacement)
    }

    static func parts(_ bytes: [UInt8]) -> [(String, Data)]? {
        guard let archive = try? Archive(data: Data(bytes), accessMode: .read) else { return nil }
        var parts: [(String, Data)] = []
        for entry in archive {
            var data = Data()
            guard (try? archive.extract(entry, consumer: { data.append($0) })) != nil else { return nil }
            parts.append((entry.path, data))
        }
        return parts
    }

    static func zip(_ parts: [(String, Data)]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: Date(timeIntervalSince1970: 1_700_000_000), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data ?? Data())
    }
}
