import Foundation
import JixiaoCore
import ZIPFoundation

/// What the first bytes of an input say it is; the extension only decides between readers that
/// both fit (a `.txt` and a `.yaml` are both text).
enum FileSignature {
    case zip
    /// The OLE2 compound file of Office 97–2003 (`.xls`, `.doc`) and of a password-protected
    /// `.xlsx` or `.docx` (its EncryptedPackage lives in one).
    case compoundFile
    case other

    init(_ bytes: [UInt8]) {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            self = .zip
        } else if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            self = .compoundFile
        } else {
            self = .other
        }
    }
}

/// An Office Open XML package (an .xlsx or .docx): its parts by path, read lazily through
/// ZIPFoundation under `ImportLimits`. Every failure is a `Diagnostics` naming the file and,
/// where there is one, the part.
struct OfficePackage {
    let file: String
    let limits: ImportLimits
    private let archive: Archive
    private let entries: [String: Entry]

    /// The package in `bytes`; refuses what is not a ZIP, an OLE2 file (old binary Office, or
    /// a password), too many entries, and entry paths that climb out (`..`) or are absolute.
    init(bytes: [UInt8], file: String, limits: ImportLimits) throws(Diagnostics) {
        self.file = file
        self.limits = limits
        switch FileSignature(bytes) {
        case .compoundFile: throw Diagnostics(ImportDiagnostics.legacyBinary(file))
        case .other: throw Diagnostics(ImportDiagnostics.notAPackage(file, reason: Message("文件开头不是 ZIP 格式", "it does not start as a ZIP")))
        case .zip: break
        }
        if let problem = ZipBoundsCheck.problem(bytes, maxEntries: limits.maxEntries) {
            throw Diagnostics(ImportDiagnostics.notAPackage(file, reason: Message("ZIP 目录损坏或文件不完整（\(problem)）",
                                                                                   "the ZIP directory is damaged or the file truncated (\(problem))")))
        }
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw Diagnostics(ImportDiagnostics.notAPackage(file, reason: Message("ZIP 目录无法读取（文件可能不完整）",
                                                                                   "the ZIP directory cannot be read (truncated?)")))
        }
        var entries: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            if count > limits.maxEntries {
                throw Diagnostics(ImportDiagnostics.tooLarge(file, Message("ZIP 条目超过 \(limits.maxEntries) 个", "more than \(limits.maxEntries) ZIP entries")))
            }
            let path = entry.path
            if path.hasPrefix("/") || path.hasPrefix("\\") || path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..") {
                throw Diagnostics(ImportDiagnostics.notAPackage(file, reason: Message("ZIP 条目路径越出包外：\(path)",
                                                                                       "an entry path leaves the package: \(path)")))
            }
            entries[path] = entry
        }
        self.archive = archive
        self.entries = entries
    }

    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// The inflated bytes of `path`, or nil when the package has no such part. Inflating stops
    /// as soon as the part passes `maxPartBytes`, whatever its header claims.
    func data(_ path: String) throws(Diagnostics) -> Data? {
        guard let entry = entries[path] else { return nil }
        let limit = limits.maxPartBytes
        var data = Data()
        var overflow = false
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                if data.count + chunk.count > limit {
                    overflow = true
                    throw CocoaError(.fileReadTooLarge)
                }
                data.append(chunk)
            }
        } catch {
            if overflow {
                throw Diagnostics(ImportDiagnostics.tooLarge(file, Message("\(path) 解压后超过 \(limit >> 20) MB（可能是 ZIP 炸弹）",
                                                                              "\(path) inflates past \(limit >> 20) MB (a ZIP bomb?)")))
            }
            throw Diagnostics(ImportDiagnostics.notAPackage(file, reason: Message("\(path) 无法解压（文件损坏或不完整）",
                                                                                   "\(path) cannot be inflated (damaged or truncated)")))
        }
        return data
    }

    /// The XML of `path` as a tree, or nil when the part is absent; `counted` as in `MarkupTree.parse`.
    func xml(_ path: String, counted: (name: String, max: Int)? = nil) throws(Diagnostics) -> MarkupElement? {
        guard let data = try data(path) else { return nil }
        do {
            return try MarkupTree.parse(data, limits: limits, counted: counted)
        } catch {
            switch error {
            case .declaration:
                throw Diagnostics(ImportDiagnostics.notAPackage(file, reason: Message("\(path) 含 DTD 或实体声明（Office 文件不会有，已拒绝读取）",
                                                                                       "\(path) declares a DTD or entities (Office never does; refused)")))
            case .tooLarge(let elements):
                throw Diagnostics(ImportDiagnostics.tooLarge(file, Message("\(path) 的 XML 元素超过 \(elements) 个", "\(path) has more than \(elements) XML elements")))
            case .tooMany(let name, let max):
                let what = name == "row" ? Message("行数超过 \(max)", "more than \(max) rows") : Message("段落超过 \(max) 个", "more than \(max) paragraphs")
                throw Diagnostics(ImportDiagnostics.tooLarge(file, Message("\(path) \(what.chinese)", "\(path) has \(what.english)")))
            case .tooDeep:
                throw Diagnostics(ImportDiagnostics.tooLarge(file, Message("\(path) 的 XML 嵌套超过 \(limits.maxXMLDepth) 层", "\(path) nests deeper than \(limits.maxXMLDepth)")))
            case .malformed(let reason):
                throw Diagnostics(ImportDiagnostics.notAPackage(file, reason: Message("\(path) 不是有效的 XML（\(reason)）", "\(path) is not valid XML (\(reason))")))
            }
        }
    }

    /// The main part named by the package's relationships (`xl/workbook.xml`,
    /// `word/document.xml`), or nil.
    func mainPart() throws(Diagnostics) -> String? {
        guard let rels = try xml("_rels/.rels") else { return nil }
        let main = rels.elements("Relationship").first { ($0["Type"] ?? "").hasSuffix("/officeDocument") }
        return main?["Target"].map { Self.resolve($0, from: "") }
    }

    /// The relationships of `part` (id → resolved part path).
    func relationships(of part: String) throws(Diagnostics) -> [String: String] {
        let folder = part.split(separator: "/").dropLast().joined(separator: "/")
        let name = part.split(separator: "/").last.map(String.init) ?? part
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard let rels = try xml(relsPath) else { return [:] }
        var map: [String: String] = [:]
        for relation in rels.elements("Relationship") {
            if let id = relation["Id"], let target = relation["Target"], relation["TargetMode"] != "External" {
                map[id] = Self.resolve(target, from: folder)
            }
        }
        return map
    }

    /// A relationship target made a package path: absolute (`/xl/x.xml`) or relative to `folder`.
    static func resolve(_ target: String, from folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}
