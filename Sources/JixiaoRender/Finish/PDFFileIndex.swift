/// Where a PDF's objects are: its cross-reference tables (the last one and each `/Prev` before
/// it, as an incremental update leaves them) and its trailer.
///
/// Only classic `xref` tables are read: Cairo writes them, and so does finishing. A
/// cross-reference stream (PDF 1.5's compressed form, written by other tools) is refused with
/// a reason rather than guessed at.
struct PDFFileIndex {
    let bytes: [UInt8]
    /// Object number → byte offset of `N G obj`, the newest revision of each.
    let offsets: [Int: Int]
    /// The newest trailer's entries.
    let trailer: [(key: String, value: [UInt8])]
    /// The offset of the newest cross-reference table (the next update's `/Prev`).
    let startxref: Int

    /// Why a file could not be indexed, in English for the diagnostic's gloss.
    struct Failure: Error {
        let reason: String
    }

    init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        guard let start = Self.lastStartxref(in: bytes) else { throw Failure(reason: "no startxref at the end") }
        startxref = start
        var newest: [(key: String, value: [UInt8])]?
        var next: Int? = start
        var visited: Set<Int> = []
        var offsets: [Int: Int] = [:]
        while let section = next {
            guard visited.insert(section).inserted else { throw Failure(reason: "a /Prev loop at \(section)") }
            let trailer = try Self.readSection(at: section, of: bytes, into: &offsets)
            if newest == nil { newest = trailer }
            next = trailer.integer("Prev")
        }
        guard let newest else { throw Failure(reason: "no trailer") }
        trailer = newest
        self.offsets = offsets
    }

    /// The offset after the last `startxref`, searched in the file's last kilobyte.
    private static func lastStartxref(in bytes: [UInt8]) -> Int? {
        let keyword = Array("startxref".utf8)
        let floor = max(0, bytes.count - 1024)
        var index = bytes.count - keyword.count
        while index >= floor {
            if bytes[index..<index + keyword.count].elementsEqual(keyword) {
                var scanner = PDFScanner(bytes, at: index + keyword.count)
                return scanner.integer()
            }
            index -= 1
        }
        return nil
    }

    /// Reads one `xref` table into `offsets` (entries already known from a newer table win)
    /// and returns its trailer.
    private static func readSection(at offset: Int, of bytes: [UInt8],
                                    into offsets: inout [Int: Int]) throws(Failure) -> [(key: String, value: [UInt8])] {
        guard offset >= 0, offset < bytes.count else { throw Failure(reason: "startxref \(offset) is past the end") }
        var scanner = PDFScanner(bytes, at: offset)
        scanner.skipWhite()
        guard scanner.looks(at: "xref") else {
            throw Failure(reason: "no xref table at \(offset) (a cross-reference stream is not read)")
        }
        scanner.position += 4
        while true {
            scanner.skipWhite()
            if scanner.looks(at: "trailer") {
                scanner.position += 7
                guard let trailer = scanner.dictionary() else { throw Failure(reason: "the trailer is not a dictionary") }
                return trailer
            }
            guard let first = scanner.integer(), let count = scanner.integer() else {
                throw Failure(reason: "a damaged xref subsection at \(scanner.position)")
            }
            for number in first..<(first + count) {
                guard let entryOffset = scanner.integer(), scanner.integer() != nil else {
                    throw Failure(reason: "a damaged xref entry for object \(number)")
                }
                scanner.skipWhite()
                let inUse = scanner.looks(at: "n")
                scanner.position += 1
                if inUse, offsets[number] == nil { offsets[number] = entryOffset }
            }
        }
    }

    /// The object numbers in use, plus one: what the next object is numbered.
    var size: Int { max(trailer.integer("Size") ?? 0, (offsets.keys.max() ?? 0) + 1) }

    /// The dictionary of object `number` (the object itself, or a stream's dictionary) and the
    /// offset just after it.
    func dictionary(of number: Int) throws(Failure) -> (entries: [(key: String, value: [UInt8])], end: Int) {
        var scanner = try scannerAfterHeader(of: number)
        guard let entries = scanner.dictionary() else { throw Failure(reason: "object \(number) is not a dictionary") }
        return (entries, scanner.position)
    }

    /// A stream's dictionary and its raw (still filtered) data; `/Length` may be a reference.
    func stream(_ number: Int) throws(Failure) -> (entries: [(key: String, value: [UInt8])], data: [UInt8]) {
        let (entries, end) = try dictionary(of: number)
        var scanner = PDFScanner(bytes, at: end)
        scanner.skipWhite()
        guard scanner.looks(at: "stream") else { throw Failure(reason: "object \(number) is not a stream") }
        var start = scanner.position + 6
        if start < bytes.count, bytes[start] == 0x0D { start += 1 }
        if start < bytes.count, bytes[start] == 0x0A { start += 1 }
        let length: Int?
        if let direct = entries.integer("Length") {
            length = direct
        } else if let reference = entries.reference("Length") {
            var lengthScanner = try scannerAfterHeader(of: reference)
            length = lengthScanner.integer()
        } else {
            length = nil
        }
        guard let length, length >= 0, start + length <= bytes.count else {
            throw Failure(reason: "object \(number)'s /Length runs past the end")
        }
        return (entries, Array(bytes[start..<start + length]))
    }

    /// A scanner just after `number G obj`, checking that the offset names that object.
    private func scannerAfterHeader(of number: Int) throws(Failure) -> PDFScanner {
        guard let offset = offsets[number], offset < bytes.count else {
            throw Failure(reason: "object \(number) is not in the xref table")
        }
        var scanner = PDFScanner(bytes, at: offset)
        guard scanner.integer() == number, scanner.integer() != nil else {
            throw Failure(reason: "the xref offset of object \(number) points elsewhere")
        }
        scanner.skipWhite()
        guard scanner.looks(at: "obj") else { throw Failure(reason: "object \(number) has no obj keyword") }
        scanner.position += 3
        return scanner
    }
}
