import Foundation
import Testing
import JixiaoCore
import JixiaoPipeline
import JixiaoRender

/// The pool lends each session to one thread at a time, opens no more than its capacity,
/// and renders concurrently exactly what one session renders alone.
@Suite struct RenderSessionPoolTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fontsConf = repository.appendingPathComponent("fonts/fonts.conf").path

    /// Both examples, each as it is and in three small variations (a paragraph added, the
    /// title changed, both): 8 different reports.
    static func documents() throws -> [Document] {
        let folder = repository.appendingPathComponent("assets/examples")
        let examples = try ["linzhi-2024-kunnan-zhigong.yaml", "national-2020-example.yaml"].map { name in
            let url = folder.appendingPathComponent(name)
            return Composer.compose(try ReportPipeline.score(bytes: [UInt8](Data(contentsOf: url)), origin: .file(name)))
        }
        return examples.flatMap { example in
            (0..<4).map { variant in
                var document = example
                if variant & 1 != 0 { document.body.insert(.paragraph(Paragraph("第\(variant)稿：本段为测试加入的说明。")), at: 0) }
                if variant & 2 != 0 { document.metadata.title += "（第\(variant)稿）" }
                return document
            }
        }
    }

    @Test func eightReportsOnTwoSessionsAreByteIdenticalToASequentialRender() throws {
        let documents = try Self.documents()
        #expect(documents.count == 8)
        #expect(Set(documents).count == 8, "the variations differ")
        let alone = try RenderSession(configurationPath: Self.fontsConf)
        let expected = try documents.map { try ReportExporter(session: alone).renderPDF($0).bytes }

        let pool = RenderSessionPool(capacity: 2, configurationPath: Self.fontsConf)
        let results = Locked<[Int: [UInt8]]>([:])
        let failures = Locked<[String]>([])
        let lent = Locked<Set<ObjectIdentifier>>([])
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            do {
                let bytes = try pool.withSession { session in
                    let first = lent.withLock { $0.insert(ObjectIdentifier(session)).inserted }
                    defer { lent.withLock { _ = $0.remove(ObjectIdentifier(session)) } }
                    if !first { failures.withLock { $0.append("session lent twice at once (report \(index))") } }
                    return try ReportExporter(session: session).renderPDF(documents[index]).bytes
                }
                results.withLock { $0[index] = bytes }
            } catch {
                failures.withLock { $0.append("report \(index): \(error)") }
            }
        }
        #expect(failures.withLock { $0 } == [])
        #expect(pool.openSessions <= 2)
        #expect(pool.openSessions >= 1)
        let rendered = results.withLock { $0 }
        for index in documents.indices {
            #expect(rendered[index] == expected[index], "report \(index) is byte-identical to the sequential render")
        }
        #expect(Set(expected).count == 8, "different reports, different PDFs")
    }

    @Test func sessionsOpenLazilyAndAreReused() throws {
        let pool = RenderSessionPool(capacity: 3, configurationPath: Self.fontsConf)
        #expect(pool.openSessions == 0)
        let first = try pool.withSession { ObjectIdentifier($0) }
        let second = try pool.withSession { ObjectIdentifier($0) }
        #expect(first == second, "an idle session is lent again before a new one is opened")
        #expect(pool.openSessions == 1)
    }

    @Test func aTaskGroupBorrowsThroughThePoolToo() async throws {
        let pool = RenderSessionPool(capacity: 2, configurationPath: Self.fontsConf)
        let document = try Self.documents()[1]
        let pages = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<4 {
                group.addTask { try pool.withSession { try ReportExporter(session: $0).renderPDF(document).pages } }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(pages.count == 4)
        #expect(Set(pages).count == 1)
        #expect(pool.openSessions <= 2)
    }

    /// A batch's sessions keep a batch's typeset memory: twelve reports with paragraphs of their
    /// own fill a default session past that bound, and a batch's session stays within it while it
    /// still serves what the reports share (headings, table heads) from memory.
    @Test func aBatchsSessionsRememberWithinTheBatchBound() throws {
        #expect(BatchRunner.pool(for: BatchOptions(outputFolder: "out", jobs: 2)).typesetMemoryLimit
                    == TypesetMemory.batchLimit)
        let example = try Self.documents()[0]
        let reports = (1...12).map { number in
            var document = example
            document.body = document.body.map { block in
                guard case .paragraph(var paragraph) = block else { return block }
                paragraph.text += "（第\(number)份）"
                return .paragraph(paragraph)
            }
            return document
        }
        func memory(after pool: RenderSessionPool) throws -> (kept: Int, bytes: Int, reused: Int) {
            try pool.withSession { session in
                for report in reports { _ = try ReportExporter(session: session).renderPDF(report) }
                return session.typesetMemoryCounts
            }
        }
        let batch = try memory(after: RenderSessionPool(capacity: 1, configurationPath: Self.fontsConf,
                                                        typesetMemoryLimit: TypesetMemory.batchLimit))
        let roomy = try memory(after: RenderSessionPool(capacity: 1, configurationPath: Self.fontsConf))
        #expect(roomy.bytes > TypesetMemory.batchLimit, "the reports need more than the bound: it was tested")
        #expect(batch.bytes <= TypesetMemory.batchLimit)
        #expect(batch.reused > reports.count * 20, "what the reports share still comes from memory")
    }

    @Test func aSessionThatFailsToOpenThrowsAndLeavesRoom() throws {
        let pool = RenderSessionPool(capacity: 1, configurationPath: "/nonexistent-jixiao/fonts.conf")
        for _ in 0..<2 {
            do {
                _ = try pool.withSession { _ in 1 }
                Issue.record("expected the session to fail to open")
            } catch let error as RenderError {
                #expect(error == .fontConfiguration(path: "/nonexistent-jixiao/fonts.conf"))
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
        #expect(pool.openSessions == 0)
    }

    @Test func theBodysOwnErrorComesBackAsItIs() throws {
        struct Stop: Error, Equatable {}
        let pool = RenderSessionPool(capacity: 1, configurationPath: Self.fontsConf)
        #expect(throws: Stop()) { try pool.withSession { _ throws(Stop) in throw Stop() } }
        #expect(try pool.withSession { _ in 2 } == 2, "the session came back after the throw")
    }
}
