/// Checks, before ZIPFoundation reads a ZIP held in memory, that every offset and size in its
/// directory points inside the bytes.
///
/// ZIPFoundation 0.9.20's in-memory archive lets a seek go past the end of its buffer and then
/// traps reading there (`Archive.MemoryFile.readData`: "Range requires lowerBound <=
/// upperBound"), so a workbook with one corrupt offset would crash the program instead of
/// being refused; the fuzz tests found it. This reads only the fixed-size records that locate
/// things (ZIP's end record, the central directory, each local header) — no inflating, which
/// stays ZIPFoundation's and zlib's. ZIP64 archives (over 4 GB or 65,535 entries, far past
/// any 自评表) are refused. It can go once ZIPFoundation bounds its seeks itself.
enum ZipBoundsCheck {
    /// Nil when the directory is sound, else what is wrong (for the message).
    static func problem(_ bytes: [UInt8], maxEntries: Int) -> String? {
        guard let end = endRecord(bytes) else { return "no end-of-directory record" }
        let entries = Int(u16(bytes, end + 10)), size = Int(u32(bytes, end + 12)), start = Int(u32(bytes, end + 16))
        if entries == 0xFFFF || size == 0xFFFF_FFFF || start == 0xFFFF_FFFF { return "ZIP64 is not supported" }
        if entries > maxEntries { return "more than \(maxEntries) entries" }
        guard start + size <= end else { return "the directory lies outside the file" }
        var position = start
        for _ in 0..<entries {
            guard position + 46 <= end, u32(bytes, position) == 0x0201_4B50 else { return "a directory entry is damaged" }
            let flags = u16(bytes, position + 8)
            let compressed = Int(u32(bytes, position + 20)), uncompressed = Int(u32(bytes, position + 24))
            let nameLength = Int(u16(bytes, position + 28)), extraLength = Int(u16(bytes, position + 30))
            let commentLength = Int(u16(bytes, position + 32)), local = Int(u32(bytes, position + 42))
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF { return "ZIP64 is not supported" }
            guard local + 30 <= bytes.count, u32(bytes, local) == 0x0403_4B50 else { return "an entry's local header is missing" }
            let localName = Int(u16(bytes, local + 26)), localExtra = Int(u16(bytes, local + 28))
            let descriptor = flags & 0x8 != 0 ? 16 : 0
            guard local + 30 + localName + localExtra + compressed + descriptor <= bytes.count else { return "an entry runs past the end of the file" }
            position += 46 + nameLength + extraLength + commentLength
        }
        return nil
    }

    /// The offset of the end-of-central-directory record: its signature within the last
    /// 65,557 bytes (22 of record and at most 65,535 of comment), searched from the end.
    static func endRecord(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 65_557)
        var position = bytes.count - 22
        while position >= lowest {
            if u32(bytes, position) == 0x0605_4B50 { return position }
            position -= 1
        }
        return nil
    }

    static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        guard at >= 0, at + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        guard at >= 0, at + 4 <= bytes.count else { return 0 }
        return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
