import Foundation
import JixiaoCore
import JixiaoImport
import JixiaoRender

/// The files that record a batch in its output folder: 汇总表.pdf, 汇总表.csv and 汇总表.xlsx, then
/// manifest.csv, then manifest.json with the hashes of all of them. Each is written
/// atomically, the JSON last, so a manifest on disk only ever lists files that are there.
///
/// manifest.csv is made first, because 汇总表.pdf prints its SHA-256: the signed paper
/// 汇总表 then pins the manifest, and the manifest (report rows only) never pins itself.
public enum BatchArchive {
    /// The batch's own files, which a new run replaces (with --force or --resume only).
    public static let recordFiles = [Manifest.jsonName, Manifest.csvName, BatchSummary.pdfName, BatchSummary.csvName,
                                      BatchSummary.xlsxName]

    /// Those of `recordFiles` already in `folder`: a previous batch is there.
    public static func existingRecords(in folder: String) -> [String] {
        recordFiles.filter { FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent($0)) }
    }

    /// What was written: the manifest, and the SHA-256 of manifest.csv that 汇总表.pdf prints.
    public struct Record: Sendable {
        public var manifest: Manifest
        public var manifestSHA256: String
    }

    /// Writes the 汇总表 and the manifest of `outcomes` into `folder`.
    @discardableResult
    public static func write(_ outcomes: [BatchOutcome], to folder: String, session: RenderSession) throws(RenderError) -> Record {
        let summary = BatchSummary(outcomes: outcomes)
        var manifest = Manifest(reports: outcomes.map(\.entry))
        let manifestCSV = manifest.csvData()
        let manifestSHA256 = SHA256.hex(of: manifestCSV)
        let pdfPath = path(BatchSummary.pdfName, in: folder)
        let options = ExportOptions(overwrite: true, allowMissingGlyphs: true, geometry: .a4Landscape)
        let document = SummaryComposer.compose(summary, manifestSHA256: manifestSHA256)
        _ = try ReportExporter(session: session).export(document, to: pdfPath, options: options)
        try write(SummaryCSV.data(summary), to: path(BatchSummary.csvName, in: folder))
        let xlsxPath = path(BatchSummary.xlsxName, in: folder)
        let xlsx: [UInt8]
        do {
            xlsx = try SummaryWorkbook.xlsx(summary)
        } catch {
            throw .output(path: xlsxPath, reason: "\(error.reason.chinese) \(error.reason.english)")
        }
        try write(Data(xlsx), to: xlsxPath)
        try write(manifestCSV, to: path(Manifest.csvName, in: folder))
        var artifacts: [ArchivedFile] = []
        for name in [BatchSummary.pdfName, BatchSummary.csvName, BatchSummary.xlsxName, Manifest.csvName].sorted() {
            let full = path(name, in: folder)
            guard let hash = SHA256.hex(ofFile: full), let bytes = size(of: full) else {
                throw .output(path: full, reason: "写入后无法读回 cannot read it back")
            }
            artifacts.append(ArchivedFile(path: name, sha256: hash, bytes: bytes))
        }
        manifest.artifacts = artifacts
        let json: Data
        do {
            json = try manifest.jsonData()
        } catch {
            throw .output(path: path(Manifest.jsonName, in: folder), reason: "无法编码清单 cannot encode the manifest")
        }
        try write(json, to: path(Manifest.jsonName, in: folder))
        return Record(manifest: manifest, manifestSHA256: manifestSHA256)
    }

    private static func path(_ name: String, in folder: String) -> String {
        (folder as NSString).appendingPathComponent(name)
    }

    private static func size(of path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
    }

    /// `data` to `path`, all or nothing.
    private static func write(_ data: Data, to path: String) throws(RenderError) {
        try AtomicOutput.write(to: path, overwrite: true) { (temporary: String) throws(RenderError) in
            guard FileManager.default.createFile(atPath: temporary, contents: data) else {
                throw .output(path: path, reason: String(cString: strerror(errno)))
            }
        }
    }
}
