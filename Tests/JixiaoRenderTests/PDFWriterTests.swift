import Foundation
import Testing
import JixiaoCore
@testable import JixiaoRender

@Suite struct PDFWriterTests {
    private func sampleDocument() -> Document {
        let cover = CoverPage(title: "项目支出绩效自评报告", fields: [CoverField(label: "项目名称", value: "测试项目")], issuer: "林芝市财政局制", year: "2025年")
        return RenderFixtures.document(cover: cover, body: RenderFixtures.narrative(sections: 3) + [.pageBreak, .table(RenderFixtures.indicatorTable(rows: 30))])
    }

    @Test func theSameDocumentGivesByteIdenticalPDFs() throws {
        let folder = try RenderFixtures.temporaryFolder()
        let exporter = ReportExporter(session: try RenderFixtures.session())
        let first = folder.appendingPathComponent("a.pdf").path
        let second = folder.appendingPathComponent("b.pdf").path
        _ = try exporter.export(sampleDocument(), to: first)
        _ = try ReportExporter(session: try RenderFixtures.session()).export(sampleDocument(), to: second)
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
    }

    @Test func pdfHasMetadataEmbeddedSubsetFontsAndPassesQPDF() throws {
        let folder = try RenderFixtures.temporaryFolder()
        let path = folder.appendingPathComponent("r.pdf").path
        let result = try ReportExporter(session: try RenderFixtures.session()).export(sampleDocument(), to: path)
        #expect(result.pages >= 4)
        let info = try RenderFixtures.run("pdfinfo", [path]).output
        #expect(info.contains("测试项目绩效自评报告"))
        #expect(info.contains("测试单位"))
        #expect(info.contains("595.28 x 841.89 pts (A4)"))
        #expect(info.contains("2025"))
        let fonts = try RenderFixtures.run("pdffonts", [path]).output.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for line in fonts {
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns.count >= 5)
            #expect(line.contains("yes yes"), "embedded and subset: \(line)")
        }
        #expect(fonts.contains { $0.contains("FandolFang") })
        #expect(try RenderFixtures.run("qpdf", ["--check", path]).status == 0)
        let text = try RenderFixtures.run("pdftotext", ["-enc", "UTF-8", path, "-"]).output
        #expect(text.contains("一、第1部分"))
    }

    @Test func outlineListsEveryHeading() throws {
        let folder = try RenderFixtures.temporaryFolder()
        let path = folder.appendingPathComponent("r.pdf").path
        _ = try ReportExporter(session: try RenderFixtures.session()).export(sampleDocument(), to: path)
        let raw = try Data(contentsOf: URL(fileURLWithPath: path))
        let outlines = String(decoding: raw, as: UTF8.self).components(separatedBy: "/Title").count - 1
        // 3 level-1 + 6 level-2 headings, plus the document title entry
        #expect(outlines >= 9)
    }

    /// A heading with subheadings opens expanded: its outline item counts its visible
    /// descendants as a positive /Count (a closed one writes the count negated). The outline
    /// root, which Cairo 1.16 creates itself with a negative /Count, is the finishing stage's
    /// to correct (issue 13), like /PageMode /UseOutlines.
    @Test func outlineOpensExpanded() throws {
        let folder = try RenderFixtures.temporaryFolder()
        let path = folder.appendingPathComponent("r.pdf").path
        _ = try ReportExporter(session: try RenderFixtures.session()).export(sampleDocument(), to: path)
        let raw = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        let items = raw.components(separatedBy: "endobj").filter { $0.contains("/Parent") && $0.contains("/Title") }
        let parents = items.filter { $0.contains("/First") }
        try #require(parents.count >= 3, "no outline item has children")
        for item in parents {
            #expect(item.contains("/Count ") && !item.contains("/Count -"), "a closed outline item: \(item)")
        }
    }

    @Test func aFailureMidWayLeavesNoPartialFileAndKeepsThePreviousOne() throws {
        let folder = try RenderFixtures.temporaryFolder()
        let path = folder.appendingPathComponent("r.pdf").path
        try Data("previous signed report".utf8).write(to: URL(fileURLWithPath: path))
        var options = ExportOptions(overwrite: true)
        options.failAfterPages = 1
        #expect(throws: RenderError.self) {
            _ = try ReportExporter(session: try RenderFixtures.session()).export(sampleDocument(), to: path, options: options)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous signed report")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["r.pdf"])
    }

    @Test func anExistingFileIsNotOverwrittenWithoutForce() throws {
        let folder = try RenderFixtures.temporaryFolder()
        let path = folder.appendingPathComponent("r.pdf").path
        try Data("archived".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: RenderError.outputExists(path: path)) {
            _ = try ReportExporter(session: try RenderFixtures.session()).export(sampleDocument(), to: path)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "archived")
    }

    @Test func aMissingOutputFolderIsAClearError() throws {
        let path = "/nonexistent-jixiao-folder/r.pdf"
        let exporter = ReportExporter(session: try RenderFixtures.session())
        do {
            _ = try exporter.export(sampleDocument(), to: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostic.code == .outputNotWritable)
            #expect(error.diagnostic.message.chinese.contains("目录不存在"))
        }
    }

    /// Cairo's streams are deflated at level 1 (`CCairoInterpose`), the sRGB profile finishing adds
    /// at the best level: the second byte of a zlib header says which (RFC 1950's FLEVEL bits:
    /// 0x01 fastest, 0x9C default, 0xDA best). A stream at 0x9C means Cairo's default came back.
    @Test func cairosStreamsAreDeflatedFastAndFinishingsAtBest() throws {
        #expect(CairoSurface.streamCompressionLevel == 1)
        let folder = try RenderFixtures.temporaryFolder()
        let path = folder.appendingPathComponent("r.pdf").path
        _ = try ReportExporter(session: try RenderFixtures.session()).export(sampleDocument(), to: path)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        var headers: [UInt8: Int] = [:]
        let marker = Array("stream".utf8)
        var index = 0
        while index + marker.count + 3 < bytes.count {
            if bytes[index..<(index + marker.count)].elementsEqual(marker), index == 0 || bytes[index - 1] != UInt8(ascii: "d") {
                var start = index + marker.count
                if bytes[start] == 0x0D { start += 1 }
                if bytes[start] == 0x0A { start += 1 }
                if bytes[start] == 0x78 { headers[bytes[start + 1], default: 0] += 1 }
                index = start
            } else {
                index += 1
            }
        }
        #expect((headers[0x01] ?? 0) >= 5, "level-1 streams: \(headers)")
        #expect(headers[0x9C] == nil, "streams at zlib's default level: \(headers)")
        #expect(headers[0xDA] == 1, "the sRGB profile at the best level: \(headers)")
    }
}
