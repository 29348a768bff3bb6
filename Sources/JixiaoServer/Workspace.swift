import Foundation
import JixiaoCore
import JixiaoPipeline

/// The folder `jixiao serve` edits: every path a request names is resolved inside it or
/// refused, and a save replaces a file only if it is still the revision the editor opened.
///
/// A revision is the SHA-256 of the file's bytes, so two tabs that opened the same file
/// carry the same revision, and the second to save is told the file changed under it
/// instead of overwriting the first one's work.
public final class Workspace: Sendable {
    /// The folder, with symlinks resolved, so containment is checked on real paths.
    public let root: URL
    /// Report files the editor lists, opens and saves.
    public static let extensions: Set<String> = ["yaml", "yml", "json"]
    /// One save at a time, so a revision check and its rename are one step.
    private let saving = NSLock()

    public init(folder: String) throws(WorkspaceError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
              let real = Self.realPath(folder) else {
            throw .notAFolder(folder)
        }
        root = URL(fileURLWithPath: real, isDirectory: true)
    }

    /// A file in the workspace as the editor lists it.
    public struct Entry: Codable, Hashable, Sendable {
        public var path: String
        public var bytes: Int
    }

    /// A file's bytes and the revision a later save must name.
    public struct Contents: Sendable {
        public var bytes: [UInt8]
        public var revision: String
    }

    /// Every report file below the root, relative, sorted; hidden folders and files skipped.
    public func list() -> [Entry] {
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.fileSizeKey, .isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var entries: [Entry] = []
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        while let url = enumerator.nextObject() as? URL {
            guard Self.extensions.contains(url.pathExtension.lowercased()),
                  let values = try? url.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey]), values.isRegularFile == true,
                  let real = Self.realPath(url.path), real.hasPrefix(prefix) else { continue }
            entries.append(Entry(path: String(real.dropFirst(prefix.count)), bytes: values.fileSize ?? 0))
        }
        return entries.sorted { $0.path < $1.path }
    }

    /// The file at `relative`, with its revision.
    public func read(_ relative: String, limits: InputLimits = .default) throws(WorkspaceError) -> Contents {
        let url = try resolve(relative)
        guard FileManager.default.fileExists(atPath: url.path) else { throw .notFound(relative) }
        let bytes: [UInt8]
        do {
            bytes = try ReportFile.read(url, displayName: relative, limits: limits)
        } catch {
            throw .unreadable(relative, error.all)
        }
        return Contents(bytes: bytes, revision: SHA256.hex(of: bytes))
    }

    /// Writes `bytes` to `relative` atomically if the file is still at `baseRevision` (nil:
    /// the file must not exist yet); returns the new revision.
    public func save(_ relative: String, bytes: [UInt8], baseRevision: String?) throws(WorkspaceError) -> String {
        let url = try resolve(relative)
        saving.lock()
        defer { saving.unlock() }
        let current = FileManager.default.contents(atPath: url.path).map { SHA256.hex(of: $0) }
        guard current == baseRevision else {
            throw .conflict(relative, expected: baseRevision, found: current)
        }
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .unwritable(relative, error.localizedDescription)
        }
        // rename(2) replaces the file in one step: a reader sees the old bytes or the new.
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .unwritable(relative, reason)
        }
        return SHA256.hex(of: bytes)
    }

    /// `relative` as a URL inside the root: no absolute path, no `..` or `.` component, no
    /// NUL, a report file's extension, and no symlink (of the file or of a folder on the way)
    /// that leads out.
    public func resolve(_ relative: String) throws(WorkspaceError) -> URL {
        let components = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !relative.isEmpty, !relative.hasPrefix("/"), !relative.contains("\0"), !relative.contains("\\"),
              components.allSatisfy({ !$0.isEmpty && $0 != ".." && $0 != "." }) else {
            throw .outsideWorkspace(relative)
        }
        let url = root.appendingPathComponent(relative)
        guard Self.extensions.contains(url.pathExtension.lowercased()) else { throw .notAReport(relative) }
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        // The deepest part of the path that exists, with its symlinks resolved, must stay inside.
        var existing = url
        while !FileManager.default.fileExists(atPath: existing.path), existing.path.count > root.path.count {
            existing.deleteLastPathComponent()
        }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
           attributes[.type] as? FileAttributeType == .typeSymbolicLink, !FileManager.default.fileExists(atPath: url.path) {
            throw .outsideWorkspace(relative)
        }
        guard let real = Self.realPath(existing.path), real == root.path || real.hasPrefix(prefix) else {
            throw .outsideWorkspace(relative)
        }
        return url
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// What the workspace refuses, each with the path the request named.
public enum WorkspaceError: Error, Equatable, Sendable {
    case notAFolder(String)
    case outsideWorkspace(String)
    case notAReport(String)
    case notFound(String)
    case unreadable(String, [Diagnostic])
    case unwritable(String, String)
    /// The file is no longer the revision the editor opened (another tab or program saved).
    case conflict(String, expected: String?, found: String?)

    public var message: Message {
        switch self {
        case .notAFolder(let path):
            return Message("工作目录 \(path) 不存在或不是文件夹", "the workspace \(path) does not exist or is not a folder")
        case .outsideWorkspace(let path):
            return Message("路径“\(path)”不在工作目录内，已拒绝", "the path “\(path)” is outside the workspace and was refused")
        case .notAReport(let path):
            return Message("“\(path)”不是报告文件（只接受 .yaml、.yml、.json）", "“\(path)” is not a report file (.yaml, .yml or .json only)")
        case .notFound(let path):
            return Message("工作目录中没有“\(path)”", "there is no “\(path)” in the workspace")
        case .unreadable(let path, let diagnostics):
            let first = diagnostics.first?.message ?? Message("无法读取", "cannot read it")
            return Message("无法读取“\(path)”：\(first.chinese)", "cannot read “\(path)”: \(first.english)")
        case .unwritable(let path, let reason):
            return Message("无法保存“\(path)”：\(reason)", "cannot save “\(path)”: \(reason)")
        case .conflict(let path, let expected, _):
            return expected == nil
                ? Message("“\(path)”已存在，未覆盖；请打开它或换一个文件名", "“\(path)” already exists and was not overwritten; open it or choose another name")
                : Message("“\(path)”在您打开之后已被另一处保存（另一个标签页或程序），本次保存未写入，以免覆盖；请重新打开后再改",
                          "“\(path)” was saved elsewhere (another tab or program) after you opened it; this save was not written, so nothing is lost — reopen it and edit again")
        }
    }
}
