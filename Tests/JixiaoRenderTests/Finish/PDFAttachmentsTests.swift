import Foundation
import Testing
import JixiaoCore
@testable import JixiaoRender

/// `--attach-data`'s two halves in Render: embedding (PDF/A-3u associated files) and reading
/// the files back.
@Suite struct PDFAttachmentsTests {
    private static let report = PDFAttachment(name: "林芝报告.yaml", mimeType: "application/yaml", relationship: .source,
                                              description: "报告数据文件", bytes: Array("scheme: linzhi-2024\n项目: 帮扶\n".utf8))
    private static let score = PDFAttachment(name: "林芝报告.score.json", mimeType: "application/json", relationship: .data,
                                             description: "评分 JSON", bytes: Array(repeating: Array("{\"total\": 88}\n".utf8), count: 50).flatMap { $0 })

    private static func attached() throws -> [UInt8] {
        let session = try RenderFixtures.session()
        let rendered = ReportRenderer(session: session).layout(RenderFixtures.document(body: RenderFixtures.narrative(sections: 1)))
        return try PDFFinisher.finish(try PDFWriter.data(rendered, session: session), metadata: ArchiveMetadata(rendered.metadata),
                                      attachments: [report, score])
    }

    @Test func theFilesComeBackByteForByteWithNameTypeAndRelationship() throws {
        let files = try PDFAttachments.read(try Self.attached())
        #expect(files == [Self.report, Self.score])
    }

    @Test func theyAreAssociatedFilesOfAPDFA3Document() throws {
        let pdf = try Self.attached()
        let index = try PDFFileIndex(pdf)
        let catalog = try index.dictionary(of: try #require(index.trailer.reference("Root"))).entries
        let af = String(decoding: try #require(catalog.value("AF")), as: UTF8.self)
        #expect(af.components(separatedBy: " 0 R").count - 1 == 2, "two associated files: \(af)")
        let names = String(decoding: try #require(catalog.value("Names")), as: UTF8.self)
        #expect(names.contains("/EmbeddedFiles"))
        let folder = try RenderFixtures.temporaryFolder()
        let path = folder.appendingPathComponent("a.pdf").path
        try Data(pdf).write(to: URL(fileURLWithPath: path))
        #expect(try RenderFixtures.run("qpdf", ["--check", path]).status == 0)
        let listed = try RenderFixtures.run("qpdf", ["--list-attachments", "--verbose", path]).output
        #expect(listed.contains("林芝报告.yaml"))
        #expect(listed.contains("林芝报告.score.json"))
        #expect(listed.contains("/application/yaml") || listed.contains("application/yaml"))
        let xmp = try RenderFixtures.run("pdfinfo", ["-meta", path]).output
        #expect(xmp.contains("<pdfaid:part>3</pdfaid:part>"))
        let spec = String(decoding: pdf, as: UTF8.self)
        #expect(spec.contains("/AFRelationship /Source"))
        #expect(spec.contains("/AFRelationship /Data"))
        #expect(spec.contains("/Params << /Size \(Self.score.bytes.count) /CreationDate (D:20250512000000+08'00')"))
    }

    @Test func aPDFWithoutFilesAndAFileThatIsNotAPDFAreToldApart() throws {
        let session = try RenderFixtures.session()
        let plain = try ReportExporter(session: session).renderPDF(RenderFixtures.document(body: RenderFixtures.narrative(sections: 1)))
        #expect(throws: PDFAttachments.Failure.none) { try PDFAttachments.read(plain.bytes) }
        #expect {
            try PDFAttachments.read(Array("scheme: x\n".utf8))
        } throws: { error in
            if case .unreadable = error as? PDFAttachments.Failure { return true }
            return false
        }
    }

    @Test func aDamagedEmbeddedFileIsReportedNotReturned() throws {
        var pdf = try Self.attached()
        // Change one byte inside the compressed score: it no longer inflates, or not to its size.
        let marker = Array("/Type /EmbeddedFile /Subtype /application#2Fjson".utf8)
        let start = try #require(pdf.indices.first { pdf[$0...].starts(with: marker) })
        let stream = try #require(pdf[start...].indices.first { pdf[$0...].starts(with: Array("stream\n".utf8)) }) + 7
        pdf[stream + 4] ^= 0xFF
        #expect {
            try PDFAttachments.read(pdf)
        } throws: { error in
            if case .damaged(let name, _) = error as? PDFAttachments.Failure { return name == "林芝报告.score.json" }
            return false
        }
    }
}
