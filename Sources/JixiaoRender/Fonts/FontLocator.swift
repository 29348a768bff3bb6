import Foundation

/// Finds the `fonts.conf` the renderer loads, for a build in the repository and for an
/// installed `jixiao` alike, with no environment variable needed.
///
/// The search order:
/// 1. `$JIXIAO_FONTS`, when it names a folder, and only that folder: an explicit choice is
///    never silently replaced by another configuration (nil when it holds no `fonts.conf`).
/// 2. `<folder of the executable>/../share/jixiao/fonts`, the place `make install` puts the
///    fonts (`PREFIX/bin/jixiao` finds `PREFIX/share/jixiao/fonts`). Symlinks are resolved
///    first, so `/usr/bin/jixiao → /opt/jixiao/bin/jixiao` finds `/opt/jixiao/share/…`.
/// 3. `./fonts`, then `fonts` in the folders above the executable (a build in
///    `REPO/.build/debug/jixiao` finds `REPO/fonts`).
///
/// The executable is the running process's own file (`/proc/self/exe` on Linux), not
/// `argv[0]`, which is a bare name when the shell found `jixiao` on `PATH`.
///
/// ```swift
/// // PREFIX/bin/jixiao, run from any folder:
/// FontLocator.configurationPath()   // "PREFIX/share/jixiao/fonts/fonts.conf"
/// ```
public enum FontLocator {
    public static let configurationName = "fonts.conf"

    /// The installed fonts folder relative to the folder holding the executable.
    public static let installedFolder = "../share/jixiao/fonts"

    /// The path of the first `fonts.conf` in the search order above, or nil when none exists.
    /// `executable` is the running binary's path; tests pass another one.
    public static func configurationPath(environment: [String: String] = ProcessInfo.processInfo.environment,
                                         executable: String = runningExecutable()) -> String? {
        if let folder = environment["JIXIAO_FONTS"], !folder.isEmpty {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(configurationName).path
            return FileManager.default.fileExists(atPath: path) ? path : nil
        }
        return candidateFolders(executable: executable)
            .map { $0.appendingPathComponent(configurationName).path }
            .first { FileManager.default.fileExists(atPath: $0) }
    }

    /// The folders searched when `$JIXIAO_FONTS` is not set, in order (see the type's comment).
    public static func candidateFolders(executable: String) -> [URL] {
        let binFolder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        var candidates = [binFolder.appendingPathComponent(installedFolder).standardizedFileURL]
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("fonts"))
        var folder = binFolder
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent("fonts"))
            folder = folder.deletingLastPathComponent()
        }
        return candidates
    }

    /// The absolute path of the running executable: `/proc/self/exe` where it exists (Linux),
    /// else Foundation's answer (macOS), else `argv[0]` made absolute against the working directory.
    public static func runningExecutable() -> String {
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"), target.hasPrefix("/") {
            return target
        }
        if let path = Bundle.main.executablePath, path.hasPrefix("/") { return path }
        let argument = CommandLine.arguments.first ?? ""
        return URL(fileURLWithPath: argument).standardizedFileURL.path
    }
}
