import ArgumentParser
import JixiaoCore
import JixiaoImport
import JixiaoRender

/// What `new` and `template` share: the scheme the starting file follows, and whether an
/// existing file may be replaced. The file is written whole or not at all (`AtomicOutput`).
struct StarterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("评分方案（决定一级、二级指标和表样）(the scheme: its levels, groups and printed form).", valueName: "name"))
    var scheme: String = ReportImporter.defaultScheme

    @Flag(help: "覆盖已存在的输出文件 (overwrite an existing output file).")
    var force = false

    func validate() throws { _ = try resolvedScheme() }

    /// The preset named, or a usage error listing the presets and the closest one.
    func resolvedScheme() throws -> Scheme {
        if let preset = SchemeLibrary.preset(id: scheme) { return preset }
        let problem = SchemeLibrary.unknownPreset(scheme, field: FieldPath.root, location: nil)
        throw ValidationError(([problem.message] + problem.hints).map(\.description).joined(separator: "\n"))
    }

    /// Writes `bytes` to `path` atomically, never over an existing file without --force, and
    /// says so; on failure prints why and exits 1.
    func write(_ bytes: [UInt8], to path: String, what: Message) throws {
        do {
            try AtomicOutput.write(bytes, to: path, overwrite: force)
        } catch {
            ErrorPrinter.print(error.diagnostics(in: nil))
            throw ExitCode.reportError
        }
        print("已写出\(what.chinese) written \(what.english): \(path)")
    }
}
