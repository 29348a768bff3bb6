/// Decides whether a file's bytes are UTF-8 text, and if not, says what they are.
///
/// Finance staff save reports from Notepad, WPS or Excel, which write UTF-16 or GBK as often
/// as UTF-8; a parser error about "invalid byte 0xB5" helps nobody. This check names the
/// encoding it found and how to re-save the file. A UTF-8 byte-order mark is accepted and
/// dropped.
public enum EncodingSniffer {
    private static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The bytes as UTF-8 text without BOM; J002/J003 when they are not.
    public static func utf8Text(_ bytes: [UInt8], file: String) throws(Diagnostics) -> [UInt8] {
        let start = FieldPath.root
        guard !bytes.isEmpty else {
            throw Diagnostics(.error(.emptyFile, Message("文件是空的", "the file is empty"), field: start,
                                     location: SourceLocation(file: file, line: 1, column: 1),
                                     hints: [Message("请按 docs/input-format.md 填写报告内容",
                                                     "fill in the report as docs/input-format.md shows")]))
        }
        if let foreign = foreignEncoding(of: bytes) {
            throw Diagnostics(badEncoding(foreign, file: file, location: SourceLocation(file: file, line: 1, column: 1)))
        }
        let body = bytes.starts(with: utf8BOM) ? Array(bytes.dropFirst(utf8BOM.count)) : bytes
        if String(validating: body, as: UTF8.self) != nil { return body }
        let offset = firstInvalidUTF8Offset(body) ?? 0
        let location = LineIndex(bytes: body).location(ofByte: offset, file: file)
        let found = looksLikeGB18030(body) ? FoundEncoding.gbk : FoundEncoding.unknown
        throw Diagnostics(badEncoding(found, file: file, location: location))
    }

    /// What the bytes turned out to be, for the message.
    enum FoundEncoding: Equatable {
        case utf16LittleEndian, utf16BigEndian, utf32LittleEndian, utf32BigEndian, gbk, unknown
        case binary(kind: String)

        var name: Message {
            switch self {
            case .utf16LittleEndian: return Message("UTF-16 LE（小端）", "UTF-16 LE")
            case .utf16BigEndian: return Message("UTF-16 BE（大端）", "UTF-16 BE")
            case .utf32LittleEndian: return Message("UTF-32 LE", "UTF-32 LE")
            case .utf32BigEndian: return Message("UTF-32 BE", "UTF-32 BE")
            case .gbk: return Message("GBK/GB18030", "GBK/GB18030")
            case .unknown: return Message("未知编码", "an unknown encoding")
            case .binary(let kind): return Message("二进制文件（\(kind)）", "a binary file (\(kind))")
            }
        }
    }

    /// A BOM, a NUL pattern or a known file signature that rules out UTF-8 text.
    static func foreignEncoding(of bytes: [UInt8]) -> FoundEncoding? {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return .utf32LittleEndian }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return .utf32BigEndian }
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LittleEndian }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BigEndian }
        for (signature, kind) in signatures where bytes.starts(with: signature) { return .binary(kind: kind) }
        return nulPattern(of: bytes)
    }

    private static let signatures: [([UInt8], String)] = [
        (Array("%PDF-".utf8), "PDF"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG"),
        ([0xFF, 0xD8, 0xFF], "JPEG"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP，例如 .xlsx/.docx / ZIP, e.g. .xlsx/.docx"),
        ([0xD0, 0xCF, 0x11, 0xE0], "旧版 Office，例如 .xls/.doc / old Office, e.g. .xls/.doc"),
    ]

    /// A file with NUL bytes is UTF-16 or UTF-32 without BOM when it reads as text in one of
    /// them, and binary otherwise (as git decides). Chinese text puts NULs on both sides of
    /// its code units (一 is U+4E00), so the test is by code unit, not by NUL position.
    private static func nulPattern(of bytes: [UInt8]) -> FoundEncoding? {
        let sample = Array(bytes.prefix(8192))
        guard sample.contains(0) else { return nil }
        let candidates: [(encoding: FoundEncoding, width: Int, bigEndian: Bool)] = [
            (.utf32LittleEndian, 4, false), (.utf32BigEndian, 4, true), (.utf16LittleEndian, 2, false), (.utf16BigEndian, 2, true),
        ]
        let readable = candidates.compactMap { candidate in
            asciiUnits(in: sample, width: candidate.width, bigEndian: candidate.bigEndian).map { (candidate.encoding, $0) }
        }
        return readable.max { $0.1 < $1.1 }?.0 ?? .binary(kind: "含 NUL 字节 / contains NUL bytes")
    }

    /// How many code units of `sample`, read as `width`-byte units, are ASCII text (tab, line
    /// breaks, printable), or nil when it does not read as text: a NUL or other control unit,
    /// a unit beyond U+10FFFF, or fewer than one unit in ten ASCII (a report's keys, colons
    /// and line breaks are ASCII).
    private static func asciiUnits(in sample: [UInt8], width: Int, bigEndian: Bool) -> Int? {
        let count = sample.count / width
        guard count > 0 else { return nil }
        var ascii = 0
        for index in 0..<count {
            var unit: UInt32 = 0
            for byte in 0..<width {
                unit = unit << 8 | UInt32(sample[index * width + (bigEndian ? byte : width - 1 - byte)])
            }
            switch unit {
            case 0x09, 0x0A, 0x0D, 0x20...0x7E: ascii += 1
            case 0x00...0x1F, 0x7F, 0x11_0000...: return nil
            default: break
            }
        }
        return ascii * 10 >= count ? ascii : nil
    }

    /// Offset of the first byte that breaks UTF-8 (bad lead, missing continuation, overlong,
    /// surrogate or beyond U+10FFFF).
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var offset = 0
        while offset < bytes.count {
            let lead = bytes[offset]
            let (width, low, high): (Int, UInt8, UInt8)
            switch lead {
            case 0x00...0x7F: offset += 1; continue
            case 0xC2...0xDF: (width, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (width, low, high) = (3, 0xA0, 0xBF)
            case 0xED: (width, low, high) = (3, 0x80, 0x9F)
            case 0xE1...0xEF: (width, low, high) = (3, 0x80, 0xBF)
            case 0xF0: (width, low, high) = (4, 0x90, 0xBF)
            case 0xF4: (width, low, high) = (4, 0x80, 0x8F)
            case 0xF1...0xF3: (width, low, high) = (4, 0x80, 0xBF)
            default: return offset
            }
            guard offset + width <= bytes.count, (low...high).contains(bytes[offset + 1]) else { return offset }
            for next in (offset + 2)..<(offset + width) where bytes[next] & 0xC0 != 0x80 { return offset }
            offset += width
        }
        return nil
    }

    /// Whether every byte sequence is ASCII or a GBK/GB18030 two- or four-byte character.
    static func looksLikeGB18030(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        var sawMultiByte = false
        while offset < bytes.count {
            let lead = bytes[offset]
            if lead < 0x80 { offset += 1; continue }
            guard (0x81...0xFE).contains(lead), offset + 1 < bytes.count else { return false }
            let second = bytes[offset + 1]
            if (0x40...0xFE).contains(second), second != 0x7F {
                offset += 2
            } else if (0x30...0x39).contains(second), offset + 3 < bytes.count,
                      (0x81...0xFE).contains(bytes[offset + 2]), (0x30...0x39).contains(bytes[offset + 3]) {
                offset += 4
            } else {
                return false
            }
            sawMultiByte = true
        }
        return sawMultiByte
    }

    private static func badEncoding(_ found: FoundEncoding, file: String, location: SourceLocation) -> Diagnostic {
        let fix: Message
        switch found {
        case .binary:
            fix = Message("请提供 YAML 或 JSON 文本文件（可用文本编辑器打开的 .yaml/.json），不要直接使用 Excel、Word 或 PDF 文件",
                          "give a YAML or JSON text file (.yaml/.json that opens in a text editor), not an Excel, Word or PDF file")
        case .gbk:
            fix = Message("请在编辑器中“另存为”UTF-8 编码，或运行 iconv -f GB18030 -t UTF-8 原文件 > 新文件",
                          "re-save the file as UTF-8 in your editor, or run iconv -f GB18030 -t UTF-8 old > new")
        default:
            fix = Message("请在编辑器中“另存为”UTF-8 编码（记事本：编码选 UTF-8；VS Code：右下角编码 → 通过编码保存 → UTF-8）",
                          "re-save the file as UTF-8 (Notepad: Encoding UTF-8; VS Code: status bar encoding → Save with Encoding → UTF-8)")
        }
        let name = found.name
        let message: Message
        if case .binary = found {
            message = Message("这是\(name.chinese)，不是 UTF-8 文本", "this is \(name.english), not UTF-8 text")
        } else {
            message = Message("文件编码是\(name.chinese)，但报告文件必须是 UTF-8 编码",
                              "the file is encoded as \(name.english), but report files must be UTF-8")
        }
        return .error(.badEncoding, message, field: .root, location: location, hints: [fix])
    }
}
