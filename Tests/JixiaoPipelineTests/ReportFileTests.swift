import Foundation
import Testing
import JixiaoCore
@testable import JixiaoPipeline

/// The file adapter: what is not a readable regular file, or is too large, is refused
/// before a byte is read; what is read decodes exactly as the same bytes do in memory.
@Suite struct ReportFileTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repository.appendingPathComponent("Tests/Fixtures")

    @Test func oversizedFileIsRefusedWithoutReadingIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("big.yaml")
        try Data(count: 100).write(to: big)
        let limits = InputLimits(maxFileBytes: 50)
        let error = try #require(throws: Diagnostics.self) {
            try ReportFile.decode(big.path, displayName: "big.yaml", limits: limits)
        }
        #expect(error.all.map(\.code) == [.inputTooLarge])
    }

    @Test func missingFileAndFolderAreUnreadable() throws {
        let missing = try #require(throws: Diagnostics.self) {
            try ReportFile.decode(Self.fixtures.appendingPathComponent("no-such.yaml").path, displayName: "no-such.yaml")
        }
        #expect(missing.all.map(\.code) == [.unreadableFile])
        #expect(missing.all.first?.message.chinese == "找不到文件 no-such.yaml")
        let folder = try #require(throws: Diagnostics.self) {
            try ReportFile.decode(Self.fixtures.path, displayName: "Fixtures")
        }
        #expect(folder.all.map(\.code) == [.unreadableFile])
    }

    @Test func aFileDecodesAsItsBytesDo() throws {
        let path = Self.repository.appendingPathComponent("assets/examples/linzhi-2024-kunnan-zhigong.yaml")
        let fromFile = try ReportFile.score(path.path, displayName: "linzhi.yaml")
        let fromBytes = try ReportPipeline.score(bytes: [UInt8](Data(contentsOf: path)), origin: .file("linzhi.yaml"))
        #expect(fromFile == fromBytes)
        #expect(fromFile.total == 88)
    }
}
