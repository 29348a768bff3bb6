import Foundation
import JixiaoCore

/// Finishing, the stage after painting: Cairo's PDF bytes and the document's metadata in, an
/// archive-grade PDF out (PDF/A-2u, or PDF/A-3u with attachments).
///
/// Cairo 1.16 cannot write an XMP packet, an OutputIntent, /Lang, /PageMode or a trailer /ID,
/// and writes Info dates without `D:` or a time zone. So finishing appends an *incremental
/// update* after Cairo's `%%EOF` (ISO 32000-1 §7.5.6): Cairo's bytes stay exactly as they were
/// (the text `pdftotext` extracts cannot change), and new revisions of the Catalog, the Info
/// dictionary and the outline root, plus the new objects, follow with their own xref table and
/// a trailer whose /Prev points at Cairo's. It is pure Swift over bytes (zlib through `C/` for
/// the compressed streams) and reads only what Cairo writes: a classic xref table and a
/// trailer naming /Root and /Info.
///
/// The trailer's /ID is the first 16 bytes of the SHA-256 of everything before it, so the same
/// input gives the same bytes and a different file gets a different identifier.
///
/// ```swift
/// let cairo = try PDFWriter.data(rendered, session: session)
/// let pdf = try PDFFinisher.finish(cairo, metadata: ArchiveMetadata(rendered.metadata))
/// ```
public enum PDFFinisher {
    /// The conformance level claimed: U (Unicode text), not A, because Cairo 1.16 cannot mark
    /// folios and rules as artifacts, so not every piece of content is tagged (docs/archiving.md).
    static let conformance = "U"

    /// `pdf` finished as PDF/A-2u, or PDF/A-3u when `attachments` are embedded.
    public static func finish(_ pdf: [UInt8], metadata: ArchiveMetadata,
                              attachments: [PDFAttachment] = []) throws(RenderError) -> [UInt8] {
        let index: PDFFileIndex
        do {
            index = try PDFFileIndex(pdf)
        } catch {
            throw .finishing(reason: error.reason)
        }
        do {
            return try finish(index, metadata: metadata, attachments: attachments)
        } catch let failure as PDFFileIndex.Failure {
            throw .finishing(reason: failure.reason)
        } catch let error as RenderError {
            throw error
        } catch {
            throw .finishing(reason: "\(error)")
        }
    }

    private static func finish(_ index: PDFFileIndex, metadata: ArchiveMetadata,
                               attachments: [PDFAttachment]) throws -> [UInt8] {
        guard let root = index.trailer.reference("Root") else { throw PDFFileIndex.Failure(reason: "the trailer has no /Root") }
        let catalog = try index.dictionary(of: root).entries
        var update = IncrementalUpdate(original: index.bytes, firstFreeNumber: index.size)

        let metadataNumber = update.allocate()
        update.stream(metadataNumber, dictionary: "/Type /Metadata /Subtype /XML",
                      data: XMPPacket.packet(metadata, part: attachments.isEmpty ? 2 : 3, conformance: conformance))

        let profileNumber = update.allocate()
        update.stream(profileNumber, dictionary: "/N \(SRGBProfile.components) /Filter /FlateDecode",
                      data: try SRGBProfile.compressed.get())
        let intentNumber = update.allocate()
        update.object(intentNumber, """
            << /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) \
            /Info (sRGB IEC61966-2.1) /RegistryName (http://www.color.org) /DestOutputProfile \(profileNumber) 0 R >>
            """)

        let fileSpecs = try attachments.map { attachment throws(RenderError) in
            try embed(attachment, date: metadata.pdfDate, in: &update)
        }

        var entries = catalog.filter { !replacedCatalogKeys.contains($0.key) }.map { "/\($0.key) " + String(decoding: $0.value, as: UTF8.self) }
        entries.append("/Metadata \(metadataNumber) 0 R")
        entries.append("/OutputIntents [\(intentNumber) 0 R]")
        entries.append("/Lang \(PDFText.string(metadata.language))")
        entries.append("/MarkInfo << /Marked \(catalog.value("StructTreeRoot") == nil ? "false" : "true") >>")
        entries.append("/ViewerPreferences << /DisplayDocTitle true >>")
        if let outlines = catalog.reference("Outlines") {
            entries.append("/PageMode /UseOutlines")
            try openOutline(outlines, index: index, in: &update)
        }
        if let names = try names(catalog, index: index, embedding: fileSpecs) { entries.append("/Names " + names) }
        if !fileSpecs.isEmpty { entries.append("/AF [" + fileSpecs.map { "\($0.number) 0 R" }.joined(separator: " ") + "]") }
        update.object(root, "<< " + entries.joined(separator: "\n   ") + " >>")

        let info = index.trailer.reference("Info") ?? update.allocate()
        update.object(info, infoDictionary(metadata))

        return update.finish(root: root, info: info, previous: index.startxref)
    }

    /// Catalog keys finishing writes itself (a value Cairo wrote is replaced, never doubled).
    private static let replacedCatalogKeys: Set<String> = [
        "Metadata", "OutputIntents", "Lang", "MarkInfo", "ViewerPreferences", "PageMode", "Names", "AF",
    ]

    /// The Info dictionary: every field XMP repeats, and the dates in PDF's own form.
    static func infoDictionary(_ metadata: ArchiveMetadata) -> String {
        let date = PDFText.string(metadata.pdfDate)
        return """
            << /Title \(PDFText.string(metadata.title))
               /Author \(PDFText.string(metadata.author))
               /Subject \(PDFText.string(metadata.subject))
               /Keywords \(PDFText.string(metadata.keywordText))
               /Creator \(PDFText.string(metadata.creator))
               /Producer \(PDFText.string(metadata.producer))
               /CreationDate \(date)
               /ModDate \(date) >>
            """
    }

    /// Cairo writes the outline root's /Count negative (closed) even though every entry is
    /// opened; a new revision with the count positive makes a viewer show the headings at once.
    private static func openOutline(_ number: Int, index: PDFFileIndex, in update: inout IncrementalUpdate) throws {
        let outline = try index.dictionary(of: number).entries
        guard let raw = outline.value("Count"), let count = Int(String(decoding: raw, as: UTF8.self)), count < 0 else { return }
        let entries = outline.map { entry in
            "/\(entry.key) " + (entry.key == "Count" ? String(-count) : String(decoding: entry.value, as: UTF8.self))
        }
        update.object(number, "<< " + entries.joined(separator: "\n   ") + " >>")
    }

    /// A file specification: the embedded stream, then the dictionary naming it.
    private static func embed(_ attachment: PDFAttachment, date: String,
                              in update: inout IncrementalUpdate) throws(RenderError) -> (name: String, number: Int) {
        let streamNumber = update.allocate()
        update.stream(streamNumber, dictionary: """
            /Type /EmbeddedFile /Subtype \(PDFText.name(attachment.mimeType)) \
            /Params << /Size \(attachment.bytes.count) /CreationDate \(PDFText.string(date)) /ModDate \(PDFText.string(date)) >> \
            /Filter /FlateDecode
            """, data: try Flate.deflate(attachment.bytes))
        let specNumber = update.allocate()
        let name = PDFText.string(attachment.name)
        update.object(specNumber, """
            << /Type /Filespec /F \(name) /UF \(name) /Desc \(PDFText.string(attachment.description)) \
            /AFRelationship /\(attachment.relationship.rawValue) /EF << /F \(streamNumber) 0 R /UF \(streamNumber) 0 R >> >>
            """)
        return (attachment.name, specNumber)
    }

    /// The catalog's /Names with the EmbeddedFiles tree added (keys in byte order, as a name
    /// tree requires); Cairo's own name trees (/Dests) are kept. Nil when there is nothing.
    private static func names(_ catalog: [(key: String, value: [UInt8])], index: PDFFileIndex,
                              embedding files: [(name: String, number: Int)]) throws -> String? {
        var existing: [(key: String, value: [UInt8])] = []
        if let number = catalog.reference("Names") {
            existing = try index.dictionary(of: number).entries
        } else if let raw = catalog.value("Names") {
            var scanner = PDFScanner(raw)
            existing = scanner.dictionary() ?? []
        }
        var entries = existing.filter { $0.key != "EmbeddedFiles" }.map { "/\($0.key) " + String(decoding: $0.value, as: UTF8.self) }
        if !files.isEmpty {
            let sorted = files.sorted { PDFText.stringBytes($0.name).lexicographicallyPrecedes(PDFText.stringBytes($1.name)) }
            entries.append("/EmbeddedFiles << /Names [" + sorted.map { "\(PDFText.string($0.name)) \($0.number) 0 R" }
                .joined(separator: " ") + "] >>")
        }
        return entries.isEmpty ? nil : "<< " + entries.joined(separator: " ") + " >>"
    }
}

/// The objects an incremental update appends, with their offsets, then its xref table and
/// trailer.
struct IncrementalUpdate {
    private(set) var bytes: [UInt8]
    private var offsets: [Int: Int] = [:]
    private var nextNumber: Int

    init(original: [UInt8], firstFreeNumber: Int) {
        bytes = original
        bytes.reserveCapacity(original.count + 16 * 1024)
        if bytes.last != 0x0A { bytes.append(0x0A) }
        nextNumber = firstFreeNumber
    }

    /// A new object number.
    mutating func allocate() -> Int {
        defer { nextNumber += 1 }
        return nextNumber
    }

    /// `number 0 obj body endobj`: a new object, or the new revision of an old one.
    mutating func object(_ number: Int, _ body: String) {
        offsets[number] = bytes.count
        bytes += Array("\(number) 0 obj\n\(body)\nendobj\n".utf8)
    }

    /// A stream with a direct /Length, an end-of-line before `endstream` (PDF/A requires it).
    mutating func stream(_ number: Int, dictionary: String, data: [UInt8]) {
        offsets[number] = bytes.count
        bytes += Array("\(number) 0 obj\n<< \(dictionary) /Length \(data.count) >>\nstream\n".utf8)
        bytes += data
        bytes += Array("\nendstream\nendobj\n".utf8)
    }

    /// The xref table of the new objects, the trailer (with /Prev and the content-derived
    /// /ID) and `%%EOF`.
    consuming func finish(root: Int, info: Int, previous: Int) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(bytes)
        let id = PDFText.hexString(Array(hasher.finalize().prefix(16)))
        let start = bytes.count
        let size = max(nextNumber, (offsets.keys.max() ?? 0) + 1)
        var table = "xref\n"
        let numbers = offsets.keys.sorted()
        var run: [Int] = []
        func flush() {
            guard let first = run.first else { return }
            table += "\(first) \(run.count)\n"
            for number in run { table += Self.entry(offsets[number] ?? 0) }
            run.removeAll()
        }
        for number in numbers {
            if let last = run.last, number != last + 1 { flush() }
            run.append(number)
        }
        flush()
        table += """
            trailer
            << /Size \(size) /Root \(root) 0 R /Info \(info) 0 R /ID [\(id) \(id)] /Prev \(previous) >>
            startxref
            \(start)
            %%EOF

            """
        bytes += Array(table.utf8)
        return bytes
    }

    /// One 20-byte xref entry: `0000012345 00000 n` and a two-byte end of line.
    private static func entry(_ offset: Int) -> String {
        let digits = String(offset)
        return String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n"
    }
}
