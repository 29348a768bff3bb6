import Foundation
import JixiaoCore

/// Re-hashes an output folder against its manifest: how an archivist proves that nothing
/// changed, went missing or was slipped in.
public enum ManifestVerifier {
    public enum Problem: Hashable, Sendable, CustomStringConvertible {
        case changed(String)
        case missing(String)
        case unlisted(String)
        /// One path with two entries: only one of the two files can be on disk.
        case listedTwice(String)
        /// manifest.json's rows are not the ones its hashed manifest.csv holds: the JSON was edited.
        case manifestDisagrees(String)
        /// manifest.csv is not the one whose SHA-256 the signed 汇总表 prints: the manifest
        /// itself was rewritten (or is missing: `actual` nil).
        case manifestRewritten(expected: String, actual: String?)

        public var description: String {
            switch self {
            case .changed(let path): return "已改动 changed: \(path)"
            case .missing(let path): return "缺失 missing: \(path)"
            case .unlisted(let path): return "未登记 unlisted: \(path)"
            case .listedTwice(let path): return "重复登记 listed twice: \(path)"
            case .manifestDisagrees(let path): return "清单与 \(Manifest.csvName) 不一致 disagrees with \(Manifest.csvName): \(path)"
            case .manifestRewritten(let expected, let actual):
                return "清单已被改写 manifest rewritten: \(Manifest.csvName) 的 SHA-256 为 \(actual ?? "（无法读取 unreadable）")，应为 \(expected)（is \(actual ?? "unreadable"), expected \(expected)）"
            }
        }
    }

    /// The problems found in `folder`, sorted by path; empty when everything matches.
    ///
    /// Without `manifestSHA256` this proves only that the folder agrees with its manifest:
    /// whoever changes a PDF can rewrite both manifests to match. With the SHA-256 of
    /// manifest.csv printed on the signed 汇总表, a rewritten manifest is caught too.
    public static func verify(folder: String, manifest: Manifest, manifestSHA256: String? = nil) -> [Problem] {
        var listed: [String: String] = [:]
        var problems: [Problem] = []
        if let expected = manifestSHA256?.lowercased() {
            let actual = SHA256.hex(ofFile: (folder as NSString).appendingPathComponent(Manifest.csvName))
            if actual != expected { problems.append(.manifestRewritten(expected: expected, actual: actual)) }
        }
        func list(_ path: String, _ hash: String) {
            if listed.updateValue(hash, forKey: path) != nil { problems.append(.listedTwice(path)) }
        }
        for entry in manifest.reports {
            if let output = entry.output, let hash = entry.outputSHA256 { list(output, hash) }
        }
        for artifact in manifest.artifacts { list(artifact.path, artifact.sha256) }
        if let csvHash = listed[Manifest.csvName], csvHash == SHA256.hex(ofFile: (folder as NSString).appendingPathComponent(Manifest.csvName)),
           SHA256.hex(of: manifest.csvData()) != csvHash {
            problems.append(.manifestDisagrees(Manifest.jsonName))
        }
        for (path, hash) in listed {
            let full = (folder as NSString).appendingPathComponent(path)
            guard let actual = SHA256.hex(ofFile: full) else {
                problems.append(.missing(path))
                continue
            }
            if actual != hash { problems.append(.changed(path)) }
        }
        for path in files(under: folder) where listed[path] == nil && path != Manifest.jsonName {
            problems.append(.unlisted(path))
        }
        return problems.sorted { $0.description < $1.description }
    }

    /// Every regular file below `folder`, relative, sorted.
    static func files(under folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            let full = (folder as NSString).appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }
}
