import Foundation
import Testing

/// `jixiao serve` in headless Chromium (Tests/Browser/editor_test.py, Selenium from the
/// .build-venv that `make deps` prepares): the page loads the example, a weight change shows
/// J022 at its level and takes the total away, the fix brings 87, a target change 84.5, the
/// PDF downloads with the new target in its text, and the save lands in the file.
@Suite struct BrowserTests {
    @Test func theEditorWorksInARealBrowser() throws {
        let python = CLI.repository.appendingPathComponent(".build-venv/bin/python")
        try #require(FileManager.default.isExecutableFile(atPath: python.path),
                     "no .build-venv/bin/python: run `make deps` (scripts/setup-browser-venv.sh)")
        let process = Process()
        process.executableURL = python
        var arguments = [CLI.repository.appendingPathComponent("Tests/Browser/editor_test.py").path, CLI.binary.path, CLI.repository.path]
        // docs/serve.md shows this screenshot; it is made here on every run, not kept in git.
        let shot = ProcessInfo.processInfo.environment["JIXIAO_SERVE_SCREENSHOT"]
            ?? CLI.repository.appendingPathComponent("docs/serve.png").path
        arguments += ["--screenshot", shot]
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(out)\n\(err)")
        #expect(out.contains("browser test passed"), "\(out)\n\(err)")
    }
}
