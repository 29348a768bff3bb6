/// Reads back the associated files `PDFFinisher` embedded (`--attach-data`): the catalog's /AF
/// array, or failing that its flat /EmbeddedFiles name tree, each file specification's name,
/// relationship and description, and its stream inflated.
///
/// It reads what Jixiao writes (classic xref tables, Flate or unfiltered streams, a flat name
/// tree); a PDF another program rewrote with object streams is refused with the reason.
public enum PDFAttachments {
    /// Why the files could not be read back.
    public enum Failure: Error, Hashable, Sendable {
        /// Not a PDF whose structure this reader follows.
        case unreadable(reason: String)
        /// A PDF without embedded files.
        case none
        /// An embedded file that does not inflate or whose size differs from its /Params.
        case damaged(name: String, reason: String)
    }

    /// The largest embedded file read back: the report file limit, with room to spare.
    static let maxFileBytes = 64 * 1024 * 1024

    /// The embedded files of `pdf`, in the order the PDF lists them.
    public static func read(_ pdf: [UInt8]) throws(Failure) -> [PDFAttachment] {
        guard pdf.starts(with: Array("%PDF-".utf8)) else { throw .unreadable(reason: "the file does not start with %PDF-") }
        do {
            let index = try PDFFileIndex(pdf)
            guard let root = index.trailer.reference("Root") else { throw PDFFileIndex.Failure(reason: "the trailer has no /Root") }
            let catalog = try index.dictionary(of: root).entries
            let specs = try fileSpecifications(catalog, index: index)
            guard !specs.isEmpty else { throw Failure.none }
            return try specs.map { number throws in try attachment(number, index: index) }
        } catch let failure as Failure {
            throw failure
        } catch let failure as PDFFileIndex.Failure {
            throw .unreadable(reason: failure.reason)
        } catch {
            throw .unreadable(reason: "\(error)")
        }
    }

    /// The object numbers of the file specifications: /AF's, else the name tree's.
    private static func fileSpecifications(_ catalog: [(key: String, value: [UInt8])],
                                           index: PDFFileIndex) throws -> [Int] {
        if let raw = catalog.value("AF") {
            return references(in: try resolved(raw, index: index))
        }
        guard let rawNames = catalog.value("Names") else { return [] }
        var scanner = PDFScanner(try resolved(rawNames, index: index))
        guard let names = scanner.dictionary(), let rawTree = names.value("EmbeddedFiles") else { return [] }
        var treeScanner = PDFScanner(try resolved(rawTree, index: index))
        guard let tree = treeScanner.dictionary(), let array = tree.value("Names") else { return [] }
        // [(key) N 0 R (key) N 0 R …]: every reference in the array is a file specification.
        return references(in: array)
    }

    /// The raw value, or, for a reference, the referenced object's dictionary bytes.
    private static func resolved(_ raw: [UInt8], index: PDFFileIndex) throws -> [UInt8] {
        var scanner = PDFScanner(raw)
        guard let number = scanner.integer(), scanner.integer() != nil else { return raw }
        scanner.skipWhite()
        guard scanner.looks(at: "R") else { return raw }
        let (entries, _) = try index.dictionary(of: number)
        return Array(("<< " + entries.map { "/\($0.key) " + String(decoding: $0.value, as: UTF8.self) }.joined(separator: " ") + " >>").utf8)
    }

    /// Every `N G R` in an array's bytes.
    private static func references(in raw: [UInt8]) -> [Int] {
        var scanner = PDFScanner(raw)
        scanner.skipWhite()
        guard scanner.looks(at: "[") else { return [] }
        scanner.position += 1
        var found: [Int] = []
        while true {
            scanner.skipWhite()
            guard !scanner.atEnd, !scanner.looks(at: "]") else { return found }
            let start = scanner.position
            guard scanner.skipValue() else { return found }
            let value = Array(raw[start..<scanner.position])
            if let number = [(key: "v", value: value)].reference("v") { found.append(number) }
        }
    }

    private static func attachment(_ number: Int, index: PDFFileIndex) throws -> PDFAttachment {
        let spec = try index.dictionary(of: number).entries
        let name = (spec.value("UF") ?? spec.value("F")).flatMap(PDFText.decode) ?? "attachment-\(number)"
        guard let rawEF = spec.value("EF") else { throw Failure.damaged(name: name, reason: "no /EF") }
        var scanner = PDFScanner(try resolved(rawEF, index: index))
        guard let ef = scanner.dictionary(), let streamNumber = ef.reference("UF") ?? ef.reference("F") else {
            throw Failure.damaged(name: name, reason: "/EF names no stream")
        }
        let (entries, data) = try index.stream(streamNumber)
        let bytes: [UInt8]
        switch entries.value("Filter").map({ String(decoding: $0, as: UTF8.self) }) {
        case nil:
            bytes = data
        case "/FlateDecode":
            guard let inflated = Flate.inflate(data, limit: maxFileBytes) else {
                throw Failure.damaged(name: name, reason: "the stream does not inflate")
            }
            bytes = inflated
        case let other?:
            throw Failure.damaged(name: name, reason: "filter \(other) is not read")
        }
        if let rawParams = entries.value("Params") {
            var paramScanner = PDFScanner(try resolved(rawParams, index: index))
            if let size = paramScanner.dictionary()?.integer("Size"), size != bytes.count {
                throw Failure.damaged(name: name, reason: "\(bytes.count) bytes, but /Params /Size says \(size)")
            }
        }
        let mime = entries.value("Subtype").map { decodeName(String(decoding: $0, as: UTF8.self)) } ?? "application/octet-stream"
        let relationship = spec.value("AFRelationship").flatMap {
            PDFAttachment.Relationship(rawValue: String(String(decoding: $0, as: UTF8.self).dropFirst()))
        } ?? .data
        let description = spec.value("Desc").flatMap(PDFText.decode) ?? ""
        return PDFAttachment(name: name, mimeType: mime, relationship: relationship, description: description, bytes: bytes)
    }

    /// `/application#2Fyaml` → `application/yaml`.
    private static func decodeName(_ raw: String) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(raw.utf8.dropFirst())[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "#"), utf8.count >= 2,
               let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
