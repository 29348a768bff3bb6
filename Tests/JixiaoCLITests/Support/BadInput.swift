import Foundation
import Testing

/// Report files for the bad-input tests, built from the bundled examples by exact replacement.
enum Reports {
    static let seed = (try? String(contentsOfFile: CLI.seedExample, encoding: .utf8)) ?? ""
    static let national = (try? String(contentsOfFile: CLI.nationalExample, encoding: .utf8)) ?? ""

    /// `text` with `old` replaced by `new`; records an issue unless `old` occurs exactly once,
    /// so a test never silently runs on the unchanged example.
    static func replacing(_ old: String, with new: String, in text: String = seed,
                          sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        let parts = text.components(separatedBy: old)
        if parts.count != 2 {
            Issue.record("“\(old)” occurs \(parts.count - 1) times in the report, not once", sourceLocation: sourceLocation)
        }
        return parts.joined(separator: new)
    }

    /// The 1-based line of the first line containing `fragment` in `text`.
    static func line(of fragment: String, in text: String) -> Int? {
        text.components(separatedBy: "\n").firstIndex { $0.contains(fragment) }.map { $0 + 1 }
    }
}

/// What the three commands did with one input file: `check`, `score`, and `render` three
/// times: into an empty place, over an archived PDF without `--force`, and with `--force`.
struct CommandRuns {
    var check: CLI.Result
    var score: CLI.Result
    var render: CLI.Result
    var renderOverArchive: CLI.Result
    var renderOverArchiveForced: CLI.Result
    /// Files in the folder after the runs, hidden ones included, besides the input and the archive.
    var leftovers: [String]
    /// Whether the archived PDF still holds exactly its bytes.
    var archiveIntact: Bool

    var all: [(command: String, result: CLI.Result)] {
        [("check", check), ("score", score), ("render", render), ("render over archive", renderOverArchive),
         ("render --force over archive", renderOverArchiveForced)]
    }

    static let archivedBytes = Data("%PDF-1.7 已签字归档的报告 signed and archived\n".utf8)

    /// Writes `bytes` as `name` into a fresh folder and runs every command on it there.
    static func run(_ bytes: Data, name: String = "report.yaml") throws -> CommandRuns {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try bytes.write(to: folder.appendingPathComponent(name))
        let archive = folder.appendingPathComponent("archived.pdf")
        try archivedBytes.write(to: archive)
        let check = try CLI.run(["check", name], in: folder)
        let score = try CLI.run(["score", name], in: folder)
        let render = try CLI.run(["render", name, "-o", "new.pdf"], in: folder)
        let over = try CLI.run(["render", name, "-o", "archived.pdf"], in: folder)
        let forced = try CLI.run(["render", name, "-o", "archived.pdf", "--force"], in: folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        return CommandRuns(check: check, score: score, render: render, renderOverArchive: over,
                           renderOverArchiveForced: forced,
                           leftovers: names.filter { $0 != name && $0 != "archived.pdf" }.sorted(),
                           archiveIntact: FileManager.default.contents(atPath: archive.path) == archivedBytes)
    }

    static func run(_ text: String, name: String = "report.yaml") throws -> CommandRuns {
        try run(Data(text.utf8), name: name)
    }
}

/// The assertions every refused input must pass.
enum Refusal {
    /// Every command exits 1 with the diagnostic `code` at `location` for `field` — a Chinese
    /// message with an English gloss, and a hint saying how to fix it — and no stack trace;
    /// render writes nothing and leaves the archived PDF as it was, `--force` or not.
    static func expect(_ runs: CommandRuns, code: String, at location: String?, field: String,
                       saying phrases: [String] = [], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for (command, result) in runs.all {
            #expect(result.status == 1, "\(command) exits \(result.status)\n\(result.stderr)", sourceLocation: sourceLocation)
            expectDiagnostic(result.stderr, severity: "错误", code: code, at: location, field: field, saying: phrases,
                             command: command, sourceLocation: sourceLocation)
            expectNoCrash(result, command: command, sourceLocation: sourceLocation)
        }
        #expect(runs.leftovers.isEmpty, "render left files behind: \(runs.leftovers)", sourceLocation: sourceLocation)
        #expect(runs.archiveIntact, "the archived PDF was changed", sourceLocation: sourceLocation)
    }

    /// `stderr` holds `location: 错误 code [field] 中文（English）` followed by a bilingual hint;
    /// a problem of the whole file (field "(文件顶层 top level)") prints no field.
    static func expectDiagnostic(_ stderr: String, severity: String = "错误", code: String, at location: String?,
                                 field: String, saying phrases: [String] = [], command: String = "",
                                 sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let lines = stderr.components(separatedBy: "\n")
        // Without an expected location, the line may carry any location or none.
        let shownField = field == FieldPathText.root ? "" : "[\(field)] "
        let head = (location.map { "\($0): " } ?? "") + "\(severity) \(code) \(shownField)"
        let matches = { (line: String) in location == nil ? line.contains(head) : line.hasPrefix(head) }
        guard let index = lines.firstIndex(where: matches) else {
            Issue.record("\(command): no line starting “\(head)” in\n\(stderr)", sourceLocation: sourceLocation)
            return
        }
        let line = lines[index]
        #expect(isBilingual(line), "\(command): not Chinese with an English gloss: \(line)", sourceLocation: sourceLocation)
        let hints = lines[(index + 1)...].prefix { $0.hasPrefix("    ") }.filter { $0.hasPrefix("    提示 hint: ") }
        #expect(!hints.isEmpty, "\(command): no hint after \(line)", sourceLocation: sourceLocation)
        #expect(hints.allSatisfy(isBilingual), "\(command): hint not bilingual: \(hints)", sourceLocation: sourceLocation)
        let block = ([line] + hints).joined(separator: "\n")
        for phrase in phrases {
            #expect(block.contains(phrase), "\(command): “\(phrase)” not in\n\(block)", sourceLocation: sourceLocation)
        }
    }

    /// Chinese text and, in the closing full-width brackets, an English gloss.
    static func isBilingual(_ line: String) -> Bool {
        let hasChinese = line.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
        guard hasChinese, line.hasSuffix("）"), let open = line.range(of: "（", options: .backwards) else { return false }
        let gloss = line[open.upperBound...]
        return gloss.unicodeScalars.filter { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }.count >= 3
    }

    /// No trace of a crash: Swift's runtime and the signal handlers print these.
    static func expectNoCrash(_ result: CLI.Result, command: String = "", sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for marker in ["Fatal error", "Stack dump", "Swift runtime failure", "Segmentation fault", "Illegal instruction",
                       "Current stack trace", "💣"] {
            #expect(!result.stderr.contains(marker), "\(command): crash output “\(marker)”\n\(result.stderr)",
                    sourceLocation: sourceLocation)
        }
        #expect(result.status == 0 || result.status == 1 || result.status == 2,
                "\(command): exit \(result.status) is a signal, not an answer", sourceLocation: sourceLocation)
    }
}

enum FieldPathText {
    /// How `FieldPath.root` describes itself.
    static let root = "(文件顶层 top level)"
}
