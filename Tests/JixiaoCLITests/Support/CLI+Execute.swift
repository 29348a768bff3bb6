import Foundation

extension CLI {
    /// Runs any executable with `arguments` in `directory`, with exactly `environment` and no
    /// stdin, capturing stdout, stderr and the exit status (for tools whose stderr matters,
    /// such as `scripts/install.sh`, or an installed `jixiao` run without the test's fonts).
    static func execute(_ executable: String, _ arguments: [String], in directory: URL,
                        environment: [String: String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment
        return try collect(process)
    }
}
