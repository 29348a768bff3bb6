/// PDF string and name syntax for what finishing writes (ISO 32000-1 §7.3.4–7.3.5, §7.9.2).
enum PDFText {
    /// A text string: printable ASCII as a literal `(…)`, anything else as UTF-16BE with a byte
    /// order mark in hex, `<FEFF…>`, the form Cairo uses for Chinese titles.
    static func string(_ text: String) -> String {
        if isPrintableASCII(text) {
            var escaped = ""
            for character in text {
                if character == "(" || character == ")" || character == "\\" { escaped.append("\\") }
                escaped.append(character)
            }
            return "(\(escaped))"
        }
        return "<" + hex(stringBytes(text)) + ">"
    }

    /// The bytes `string(_:)` stands for (ASCII, or FEFF and UTF-16BE): what a name tree's
    /// keys are sorted by.
    static func stringBytes(_ text: String) -> [UInt8] {
        if isPrintableASCII(text) { return Array(text.utf8) }
        return [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    private static func isPrintableASCII(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) }
    }

    /// A byte string in hex, `<…>`.
    static func hexString(_ bytes: [UInt8]) -> String { "<" + hex(bytes) + ">" }

    /// A name, `/text#2Fyaml`: bytes outside `!`…`~` and the delimiters written as `#xx`.
    static func name(_ text: String) -> String {
        var out = "/"
        for byte in text.utf8 {
            if (0x21...0x7E).contains(byte), !PDFScanner.isDelimiter(byte), byte != UInt8(ascii: "#") {
                out.append(Character(Unicode.Scalar(byte)))
            } else {
                out += "#" + hex([byte])
            }
        }
        return out
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789ABCDEF")
        var out = ""
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return out
    }

    /// The text of a string value as written by `string(_:)` or Cairo: a literal with the
    /// usual escapes, or hex (UTF-16BE after `FEFF`, else PDFDocEncoding read as Latin-1).
    static func decode(_ raw: [UInt8]) -> String? {
        guard let first = raw.first else { return nil }
        let bytes: [UInt8]
        if first == UInt8(ascii: "<") {
            let digits = raw.dropFirst().prefix { $0 != UInt8(ascii: ">") }.filter { !PDFScanner.isWhite($0) }
            var parsed: [UInt8] = []
            var index = digits.startIndex
            while index < digits.endIndex {
                let high = digits[index]
                let next = digits.index(after: index)
                let low = next < digits.endIndex ? digits[next] : UInt8(ascii: "0")
                guard let h = nibble(high), let l = nibble(low) else { return nil }
                parsed.append(h << 4 | l)
                index = next < digits.endIndex ? digits.index(after: next) : next
            }
            bytes = parsed
        } else if first == UInt8(ascii: "(") {
            bytes = unescapeLiteral(raw)
        } else {
            return nil
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            var units: [UInt16] = []
            var index = 2
            while index + 1 < bytes.count {
                units.append(UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
                index += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return digit - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return digit - UInt8(ascii: "a") + 10
        default: return nil
        }
    }

    /// The bytes of a literal `( … )`: `\n \r \t \b \f \( \) \\`, octal `\ddd`, and a backslash
    /// before a line end as a continuation.
    private static func unescapeLiteral(_ raw: [UInt8]) -> [UInt8] {
        let body = Array(raw.dropFirst().dropLast())
        var out: [UInt8] = []
        var index = 0
        while index < body.count {
            let byte = body[index]
            index += 1
            guard byte == UInt8(ascii: "\\"), index < body.count else {
                out.append(byte)
                continue
            }
            let escape = body[index]
            index += 1
            switch escape {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case 0x0A: break
            case 0x0D: if index < body.count, body[index] == 0x0A { index += 1 }
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = Int(escape - UInt8(ascii: "0"))
                var digits = 1
                while digits < 3, index < body.count, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(body[index]) {
                    value = value * 8 + Int(body[index] - UInt8(ascii: "0"))
                    index += 1
                    digits += 1
                }
                out.append(UInt8(value & 0xFF))
            default: out.append(escape)
            }
        }
        return out
    }
}
