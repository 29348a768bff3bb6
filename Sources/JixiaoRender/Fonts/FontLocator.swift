import Foundation

/// Finds the project's `fonts/fonts.conf`.
///
/// When `$JIXIAO_FONTS` names a folder, only that folder is used: an explicit choice is never
/// silently replaced by another configuration. Otherwise `./fonts`, then the folders above the
/// running executable (a build in `REPO/.build/debug/jixiao` finds `REPO/fonts`).
public enum FontLocator {
    public static let configurationName = "fonts.conf"

    public static func configurationPath(environment: [String: String] = ProcessInfo.processInfo.environment,
                                         executable: String = CommandLine.arguments.first ?? "") -> String? {
        if let folder = environment["JIXIAO_FONTS"], !folder.isEmpty {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(configurationName).path
            return FileManager.default.fileExists(atPath: path) ? path : nil
        }
        var candidates: [URL] = []
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
