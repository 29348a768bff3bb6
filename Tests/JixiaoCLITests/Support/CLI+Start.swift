import Foundation

extension CLI {
    /// Starts `jixiao arguments…` in `directory` without waiting, its output discarded: for
    /// tests that interrupt a running command.
    static func start(_ arguments: [String], in directory: URL) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["JIXIAO_FONTS"] = repository.appendingPathComponent("fonts").path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }
}
