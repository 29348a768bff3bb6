import Foundation
import Testing
import JixiaoCore
@testable import JixiaoRender

/// Finishing alone: Cairo's bytes in, PDF/A out, every point of PDF/A-2u checked on the bytes
/// with this module's own reader and, independently, with qpdf and poppler.
@Suite struct PDFFinisherTests {
    private static func painted() throws -> (cairo: [UInt8], metadata: DocumentMetadata) {
        let session = try RenderFixtures.session()
        let document = RenderFixtures.document(body: RenderFixtures.narrative(sections: 2) + [.table(RenderFixtures.indicatorTable(rows: 6))])
        let rendered = ReportRenderer(session: session).layout(document)
        return (try PDFWriter.data(rendered, session: session), document.metadata)
    }

    private static func finished() throws -> (cairo: [UInt8], pdf: [UInt8], index: PDFFileIndex) {
        let (cairo, metadata) = try painted()
        let pdf = try PDFFinisher.finish(cairo, metadata: ArchiveMetadata(metadata))
        return (cairo, pdf, try PDFFileIndex(pdf))
    }

    private static func write(_ bytes: [UInt8]) throws -> String {
        let path = try RenderFixtures.temporaryFolder().appendingPathComponent("f.pdf").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private static func catalog(_ index: PDFFileIndex) throws -> [(key: String, value: [UInt8])] {
        let root = try #require(index.trailer.reference("Root"))
        return try index.dictionary(of: root).entries
    }

    private static func text(_ raw: [UInt8]?) -> String { raw.map { String(decoding: $0, as: UTF8.self) } ?? "" }

    @Test func cairosBytesStayAsTheyWereAndTheUpdateFollowsThem() throws {
        let (cairo, pdf, index) = try Self.finished()
        #expect(Array(pdf.prefix(cairo.count)) == cairo)
        #expect(pdf.count > cairo.count)
        #expect(String(decoding: pdf.suffix(6), as: UTF8.self) == "%%EOF\n")
        #expect(index.trailer.integer("Prev") == (try PDFFileIndex(cairo)).startxref)
        #expect(try RenderFixtures.run("qpdf", ["--check", Self.write(pdf)]).status == 0)
    }

    @Test func theCatalogCarriesMetadataOutputIntentLanguageAndOpensTheOutline() throws {
        let (_, pdf, index) = try Self.finished()
        let catalog = try Self.catalog(index)
        #expect(Self.text(catalog.value("Lang")) == "(zh-CN)")
        #expect(Self.text(catalog.value("PageMode")) == "/UseOutlines")
        #expect(Self.text(catalog.value("MarkInfo")).contains("/Marked true"))
        #expect(catalog.value("StructTreeRoot") != nil)
        #expect(Self.text(catalog.value("ViewerPreferences")).contains("/DisplayDocTitle true"))
        // Every key once: a value Cairo wrote is replaced, not doubled.
        #expect(Set(catalog.map(\.key)).count == catalog.count)
        let outlines = try #require(catalog.reference("Outlines"))
        let count = try #require(Int(Self.text(try index.dictionary(of: outlines).entries.value("Count"))))
        #expect(count > 0, "the outline root must be open")
        let info = try RenderFixtures.run("pdfinfo", [try Self.write(pdf)]).output
        #expect(info.contains("Metadata Stream: yes"))
        #expect(info.contains("Tagged:          yes"))
    }

    @Test func theOutputIntentIsTheCompressedSRGBProfile() throws {
        let (_, _, index) = try Self.finished()
        let raw = try #require(try Self.catalog(index).value("OutputIntents"))
        var scanner = PDFScanner(raw)
        scanner.position = 1
        let number = scanner.integer()
        let intentNumber = try #require(number)
        let intent = try index.dictionary(of: intentNumber).entries
        #expect(Self.text(intent.value("S")) == "/GTS_PDFA1")
        #expect(Self.text(intent.value("OutputConditionIdentifier")) == "(sRGB IEC61966-2.1)")
        let profile = try index.stream(try #require(intent.reference("DestOutputProfile")))
        #expect(Self.text(profile.entries.value("Filter")) == "/FlateDecode")
        #expect(profile.entries.integer("N") == 3)
        #expect(profile.data.count < SRGBProfile.bytes.count)
        #expect(Flate.inflate(profile.data, limit: 1 << 20) == SRGBProfile.bytes)
    }

    @Test func theSRGBProfileIsDebiansFile() {
        #expect(SRGBProfile.bytes.count == 6922)
        #expect(SHA256.hex(of: Data(SRGBProfile.bytes)) == "2a92d4bae450b76d8b0aa42193df974d75f62738ecebf74f01c5e75b12a95796")
        // An ICC v2 RGB display profile with the PCS in XYZ.
        #expect(Array(SRGBProfile.bytes[8..<10]) == [0x02, 0x30])
        #expect(String(decoding: SRGBProfile.bytes[12..<24], as: UTF8.self) == "mntrRGB XYZ ")
    }

    @Test func infoAndXMPAgreeAndTheDatesCarryTheTimeZone() throws {
        let (_, pdf, index) = try Self.finished()
        let infoNumber = try #require(index.trailer.reference("Info"))
        let info = try index.dictionary(of: infoNumber).entries
        let metadata = ArchiveMetadata(RenderFixtures.metadata)
        #expect(Self.text(info.value("CreationDate")) == "(D:20250512000000+08'00')")
        #expect(Self.text(info.value("ModDate")) == "(D:20250512000000+08'00')")
        #expect(info.value("Title").flatMap(PDFText.decode) == "测试项目绩效自评报告")
        #expect(info.value("Producer").flatMap(PDFText.decode) == metadata.producer)
        let xmp = try RenderFixtures.run("pdfinfo", ["-meta", try Self.write(pdf)]).output
        #expect(xmp.contains("<pdfaid:part>2</pdfaid:part>"))
        #expect(xmp.contains("<pdfaid:conformance>U</pdfaid:conformance>"))
        #expect(xmp.contains("<rdf:li xml:lang=\"x-default\">测试项目绩效自评报告</rdf:li>"))
        #expect(xmp.contains("<rdf:li>测试单位</rdf:li>"))
        #expect(xmp.contains("<rdf:li xml:lang=\"x-default\">项目支出绩效自评报告</rdf:li>"))
        #expect(xmp.contains("<xmp:CreateDate>2025-05-12T00:00:00+08:00</xmp:CreateDate>"))
        #expect(xmp.contains("<xmp:ModifyDate>2025-05-12T00:00:00+08:00</xmp:ModifyDate>"))
        #expect(xmp.contains("<pdf:Producer>\(metadata.producer)</pdf:Producer>"))
        #expect(xmp.contains("<xmp:CreatorTool>jixiao test</xmp:CreatorTool>"))
        // UTF-8 without a byte order mark before the packet; U+FEFF only inside `begin`.
        #expect(xmp.hasPrefix("<?xpacket begin=\"\u{FEFF}\""))
    }

    @Test func aReportWithoutADateGetsTheFixedDay() {
        var metadata = ArchiveMetadata(RenderFixtures.metadata)
        metadata.date = nil
        #expect(metadata.pdfDate == "D:20000101000000+08'00'")
        #expect(metadata.xmpDate == "2000-01-01T00:00:00+08:00")
    }

    @Test func xmpEscapesMarkupAndAgreesWithInfoOnTheSameText() {
        var metadata = ArchiveMetadata(RenderFixtures.metadata)
        metadata.title = "A&B <项目> \"x\""
        let xmp = String(decoding: XMPPacket.packet(metadata, part: 2, conformance: "U"), as: UTF8.self)
        #expect(xmp.contains("A&amp;B &lt;项目&gt; &quot;x&quot;"))
        #expect(PDFFinisher.infoDictionary(metadata).contains(PDFText.string("A&B <项目> \"x\"")))
    }

    @Test func theIDIsDerivedFromTheContent() throws {
        let (cairo, metadata) = try Self.painted()
        let first = try PDFFinisher.finish(cairo, metadata: ArchiveMetadata(metadata))
        let second = try PDFFinisher.finish(cairo, metadata: ArchiveMetadata(metadata))
        #expect(first == second)
        var other = ArchiveMetadata(metadata)
        other.title = "另一份报告"
        let third = try PDFFinisher.finish(cairo, metadata: other)
        let ids = try [first, third].map { Self.text(try PDFFileIndex($0).trailer.value("ID")) }
        #expect(ids[0] != ids[1])
        let pair = ids[0].dropFirst().dropLast().split(separator: " ")
        #expect(pair.count == 2 && pair[0] == pair[1] && pair[0].count == 34, "two equal 16-byte strings: \(ids[0])")
    }

    @Test func finishingLeavesTheExtractedTextAsItWas() throws {
        let (cairo, pdf, _) = try Self.finished()
        let before = try RenderFixtures.run("pdftotext", ["-enc", "UTF-8", try Self.write(cairo), "-"]).output
        let after = try RenderFixtures.run("pdftotext", ["-enc", "UTF-8", try Self.write(pdf), "-"]).output
        #expect(!before.isEmpty)
        #expect(before == after)
    }

    @Test func whatIsNotCairosPDFIsRefusedWithAReason() {
        #expect(throws: RenderError.self) { try PDFFinisher.finish(Array("not a pdf".utf8), metadata: ArchiveMetadata(RenderFixtures.metadata)) }
        do {
            _ = try PDFFinisher.finish(Array("%PDF-1.5\n1 0 obj\n<< >>\nendobj\nstartxref\n9\n%%EOF\n".utf8),
                                       metadata: ArchiveMetadata(RenderFixtures.metadata))
            Issue.record("expected J053")
        } catch {
            #expect(error.diagnostic.code == .finishingFailed)
            #expect(error.diagnostic.message.english.contains("no xref table"))
        }
    }

    @Test func exportFinishesByDefaultAndNotWithoutPDFA() throws {
        let exporter = ReportExporter(session: try RenderFixtures.session())
        let document = RenderFixtures.document(body: RenderFixtures.narrative(sections: 1))
        let finished = try exporter.renderPDF(document)
        let plain = try exporter.renderPDF(document, options: ExportOptions(pdfa: false))
        #expect(Array(finished.bytes.prefix(plain.bytes.count)) == plain.bytes)
        #expect(try Self.catalog(PDFFileIndex(finished.bytes)).value("Metadata") != nil)
        #expect(try Self.catalog(PDFFileIndex(plain.bytes)).value("Metadata") == nil)
    }
}
