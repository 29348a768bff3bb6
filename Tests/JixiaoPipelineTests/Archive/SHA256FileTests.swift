import Foundation
import Testing
import JixiaoCore
@testable import JixiaoPipeline

@Suite struct SHA256FileTests {
    @Test func agreesWithSha256sumOnAFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-sha-\(UUID().uuidString)")
        let data = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        try data.write(to: url)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(SHA256.hex(ofFile: url.path) == output.split(separator: " ").first.map(String.init))
    }
}
