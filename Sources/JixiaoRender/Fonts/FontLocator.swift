import Foundation

/// Finds the project's `fonts/fonts.conf`.
///
/// Looked for, in order: `$JIXIAO_FONTS` (a folder), `./fonts`, then the folders above the
/// running executable (a build in `REPO/.build/debug/jixiao` finds `REPO/fonts`).
public enum FontLocator {
    public static let configurationName = "fonts.conf"

    public static func configurationPath(environment: [String: String] = ProcessInfo.processInfo.environment,
                                         executable: String = CommandLine.arguments.first ?? "") -> String? {
        var candidates: [URL] = []
        if let folder = environment["JIXIAO_FONTS"], !folder.isEmpty {
            candidates.append(URL(fileURLWithPath: folder))
        }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("fonts"))
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent("fonts"))
            folder = folder.deletingLastPathComponent()
        }
        return candidates
            .map { $0.appendingPathComponent(configurationName).path }
            .first { FileManager.default.fileExists(atPath: $0) }
    }
}
