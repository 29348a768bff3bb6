import Foundation

/// A ZIP's local file headers read as they lie in the file, in order: what a byte-for-byte
/// reproducibility claim is about (the entry order and the DOS date and time of each).
enum ZipEntries {
    struct Header: Equatable {
        var path: String
        /// DOS date (bits: year − 1980, month, day) and time fields as stored.
        var date: UInt16
        var time: UInt16
    }

    static func headers(_ bytes: [UInt8]) -> [Header] {
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        var headers: [Header] = []
        var offset = 0
        while offset + 30 <= bytes.count, bytes[offset..<offset + 4].elementsEqual([0x50, 0x4B, 0x03, 0x04]) {
            let nameLength = u16(offset + 26), extraLength = u16(offset + 28), compressed = u32(offset + 18)
            let name = String(decoding: bytes[(offset + 30)..<(offset + 30 + nameLength)], as: UTF8.self)
            headers.append(Header(path: name, date: UInt16(u16(offset + 12)), time: UInt16(u16(offset + 10))))
            offset += 30 + nameLength + extraLength + compressed
        }
        return headers
    }

    /// 1980-01-01 as a DOS date: day 1, month 1 (× 32), year 0 (× 512).
    static let january1980: UInt16 = 1 + 1 * 32
}
