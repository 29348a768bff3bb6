import Foundation

extension CLI {
    /// Starts `jixiao arguments…` in `directory` without waiting, its output discarded: for
    /// tests that interrupt a running command.
    static func start(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Process {
        let process = command(arguments, in: directory, environment: environment)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }
}
