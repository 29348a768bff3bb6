/// Reads just enough PDF syntax (ISO 32000-1 §7.2–7.3) to find a dictionary's entries: names,
/// numbers, references, strings, arrays and nested dictionaries are skipped as units, and
/// comments (Cairo writes `<< /Type /Page % 1`) as white space.
///
/// Finishing never rewrites what Cairo wrote; it copies a dictionary's entries verbatim into a
/// new revision of the object, so the scanner only has to know where each value ends.
struct PDFScanner {
    let bytes: [UInt8]
    var position: Int

    init(_ bytes: [UInt8], at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    static func isWhite(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        "()<>[]{}/%".utf8.contains(byte)
    }

    var atEnd: Bool { position >= bytes.count }

    /// Skips white space and comments.
    mutating func skipWhite() {
        while position < bytes.count {
            if Self.isWhite(bytes[position]) {
                position += 1
            } else if bytes[position] == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    /// Whether the bytes at the position are `literal` (the position does not move).
    func looks(at literal: String) -> Bool {
        let utf8 = Array(literal.utf8)
        guard position + utf8.count <= bytes.count else { return false }
        return bytes[position..<position + utf8.count].elementsEqual(utf8)
    }

    /// A regular token: a number, a keyword (`obj`, `R`, `true`) or, after its slash, a name.
    mutating func regularToken() -> String {
        let start = position
        while position < bytes.count, !Self.isWhite(bytes[position]), !Self.isDelimiter(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// A non-negative integer at the position (after white space), or nil.
    mutating func integer() -> Int? {
        skipWhite()
        let saved = position
        let token = regularToken()
        guard !token.isEmpty, token.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let value = Int(token) else {
            position = saved
            return nil
        }
        return value
    }

    /// The entries of the dictionary starting at the position (`<<`), each value as its raw
    /// bytes; the position ends after the closing `>>`. Nil when the syntax is not a dictionary.
    mutating func dictionary() -> [(key: String, value: [UInt8])]? {
        skipWhite()
        guard looks(at: "<<") else { return nil }
        position += 2
        var entries: [(key: String, value: [UInt8])] = []
        while true {
            skipWhite()
            if looks(at: ">>") {
                position += 2
                return entries
            }
            guard !atEnd, bytes[position] == UInt8(ascii: "/") else { return nil }
            position += 1
            let key = regularToken()
            skipWhite()
            let start = position
            guard skipValue() else { return nil }
            entries.append((key, Array(bytes[start..<position])))
        }
    }

    /// Moves past one value; a number followed by `G R` is taken as one reference.
    mutating func skipValue() -> Bool {
        skipWhite()
        guard !atEnd else { return false }
        switch bytes[position] {
        case UInt8(ascii: "/"):
            position += 1
            _ = regularToken()
            return true
        case UInt8(ascii: "("):
            return skipLiteralString()
        case UInt8(ascii: "<"):
            if looks(at: "<<") { return dictionary() != nil }
            guard let close = bytes[position...].firstIndex(of: UInt8(ascii: ">")) else { return false }
            position = close + 1
            return true
        case UInt8(ascii: "["):
            position += 1
            while true {
                skipWhite()
                guard !atEnd else { return false }
                if bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    return true
                }
                guard skipValue() else { return false }
            }
        default:
            let token = regularToken()
            guard !token.isEmpty else { return false }
            let afterFirst = position
            if integerToken(token), let _ = integer() {
                skipWhite()
                if looks(at: "R"), position + 1 >= bytes.count || Self.isWhite(bytes[position + 1])
                    || Self.isDelimiter(bytes[position + 1]) {
                    position += 1
                    return true
                }
            }
            position = afterFirst
            return true
        }
    }

    private func integerToken(_ token: String) -> Bool {
        token.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// `( … )` with balanced parentheses and backslash escapes.
    private mutating func skipLiteralString() -> Bool {
        var depth = 0
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\\"): position += 1
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 {
                    position += 1
                    return true
                }
            default: break
            }
            position += 1
        }
        return false
    }
}

extension [(key: String, value: [UInt8])] {
    /// The raw value of `key`, if the dictionary has it.
    func value(_ key: String) -> [UInt8]? { first { $0.key == key }?.value }

    /// The object number of a reference value `N G R`.
    func reference(_ key: String) -> Int? {
        guard let raw = value(key) else { return nil }
        var scanner = PDFScanner(raw)
        guard let number = scanner.integer(), scanner.integer() != nil else { return nil }
        scanner.skipWhite()
        return scanner.looks(at: "R") ? number : nil
    }

    /// A direct integer value.
    func integer(_ key: String) -> Int? {
        guard let raw = value(key) else { return nil }
        var scanner = PDFScanner(raw)
        guard let number = scanner.integer() else { return nil }
        scanner.skipWhite()
        return scanner.atEnd ? number : nil
    }
}
