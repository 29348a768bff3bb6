import Foundation
import Testing
import JixiaoCore
@testable import JixiaoRender

/// A sink that takes `limit` bytes, then fails the way a full disk does.
final class FailingSink: ByteSink {
    static let error = RenderError.output(path: "test-sink", reason: "no space left on device")
    let limit: Int
    private(set) var received = 0

    init(limit: Int) { self.limit = limit }

    func write(_ bytes: UnsafeRawBufferPointer) throws(RenderError) {
        guard received + bytes.count <= limit else { throw Self.error }
        received += bytes.count
    }
}

@Suite struct ByteSinkTests {
    private func rendered() throws -> (RenderedDocument, RenderSession) {
        let session = try RenderFixtures.session()
        let document = RenderFixtures.document(body: RenderFixtures.narrative(sections: 4))
        return (ReportRenderer(session: session).layout(document), session)
    }

    @Test func aMemorySinkAndDataGiveTheSameBytes() throws {
        let (document, session) = try rendered()
        let sink = MemorySink()
        try PDFWriter.write(document, session: session, to: sink)
        #expect(sink.bytes.starts(with: Array("%PDF-".utf8)))
        #expect(sink.bytes == (try PDFWriter.data(document, session: session)))
    }

    @Test func aSinkErrorComesBackAsItselfNotAsACairoWriteError() throws {
        let (document, session) = try rendered()
        let size = try PDFWriter.data(document, session: session).count
        // At the start, inside the first page's content, and in the trailer (written by `finish`).
        for limit in [0, 100, size / 2, size - 1] {
            #expect(throws: FailingSink.error, "PDF, sink full after \(limit) bytes") {
                try PDFWriter.write(document, session: session, to: FailingSink(limit: limit))
            }
        }
        #expect(throws: FailingSink.error, "PNG") {
            try PNGWriter.write(page: 0, of: document, session: session, to: FailingSink(limit: 100))
        }
    }

    @Test func aFileSinkWritesThroughTheAtomicAdapter() throws {
        let (document, session) = try rendered()
        let folder = try RenderFixtures.temporaryFolder()
        let path = folder.appendingPathComponent("r.pdf").path
        try PDFWriter.write(document, session: session, to: path)
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) == (try PDFWriter.data(document, session: session)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["r.pdf"])
    }

    @Test func aFailingStreamLeavesNoPartialFileAndKeepsThePreviousOne() throws {
        let folder = try RenderFixtures.temporaryFolder()
        let path = folder.appendingPathComponent("r.pdf").path
        let fresh = folder.appendingPathComponent("new.pdf").path
        try Data("previous signed report".utf8).write(to: URL(fileURLWithPath: path))
        let (document, session) = try rendered()
        for (target, overwrite) in [(path, true), (fresh, false)] {
            #expect(throws: FailingSink.error) {
                try AtomicOutput.write(to: target, overwrite: overwrite, streaming: { (sink: FileSink) throws(RenderError) in
                    try sink.write(Array("%PDF-1.7 half a file".utf8))
                    try PDFWriter.write(document, session: session, to: FailingSink(limit: 1000))
                })
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous signed report")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["r.pdf"])
    }

    @Test func fileSinkErrorsNameThePath() {
        let path = "/nonexistent-jixiao-folder/r.pdf"
        do {
            _ = try FileSink(creating: path)
            Issue.record("expected an error")
        } catch {
            guard case .output(let named, _) = error else { Issue.record("\(error)"); return }
            #expect(named == path)
        }
    }
}
