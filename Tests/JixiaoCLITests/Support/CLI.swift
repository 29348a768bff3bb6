import Foundation

/// Runs the built `jixiao` the way a user does, capturing stdout, stderr and the exit code
/// (the `AssertExecuteCommand` idea of swift-argument-parser's example tests).
enum CLI {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let seedExample = repository.appendingPathComponent("assets/examples/linzhi-2024-kunnan-zhigong.yaml").path
    static let nationalExample = repository.appendingPathComponent("assets/examples/national-2020-example.yaml").path

    /// The `jixiao` built beside the test bundle.
    static var binary: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        for folder in [beside, beside.deletingLastPathComponent(), repository.appendingPathComponent(".build/debug")] {
            let candidate = folder.appendingPathComponent("jixiao")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return repository.appendingPathComponent(".build/debug/jixiao")
    }

    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// Runs `jixiao arguments…` in `directory` (the repository by default), with no stdin;
    /// through `launcher` (e.g. `setpriv …`) when one is given.
    @discardableResult
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
                    launcher: [String] = []) throws -> Result {
        let process = command(arguments, in: directory ?? repository, environment: environment)
        if let tool = launcher.first {
            process.arguments = Array(launcher.dropFirst()) + [binary.path] + arguments
            process.executableURL = URL(fileURLWithPath: tool)
        }
        return try collect(process)
    }

    /// Runs `process` with no stdin to its end: its stdout, stderr and exit status. Both pipes
    /// are read concurrently so a chatty child never blocks on a full pipe.
    static func collect(_ process: Process) throws -> Result {
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
                      status: process.terminationStatus)
    }

    /// A `jixiao arguments…` process, not started, using the repository's fonts.
    static func command(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["JIXIAO_FONTS"] = repository.appendingPathComponent("fonts").path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        return process
    }

    /// Runs another tool (pdftotext, pdffonts, pdfinfo, qpdf) and returns its stdout and status.
    static func tool(_ name: String, _ arguments: [String]) throws -> (output: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), process.terminationStatus)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
