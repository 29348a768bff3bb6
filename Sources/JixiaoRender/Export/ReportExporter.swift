import Foundation
import JixiaoCore

/// How `ReportExporter` writes a report.
public struct ExportOptions: Hashable, Sendable {
    /// Replace an existing PDF (`--force`); otherwise an existing file is an error.
    public var overwrite: Bool
    /// Draw on despite characters no font has, reporting them as warnings.
    public var allowMissingGlyphs: Bool
    /// Also write page PNGs into this folder.
    public var previewFolder: String?
    public var previewDPI: Double
    /// The page: portrait A4 for reports, `.a4Landscape` for wide tables such as the 汇总表.
    public var geometry: PageGeometry
    /// Tests only: fail after painting this many pages, to prove no partial file is left.
    var failAfterPages: Int?

    public init(overwrite: Bool = false, allowMissingGlyphs: Bool = false, previewFolder: String? = nil,
                previewDPI: Double = 96, geometry: PageGeometry = .a4) {
        self.overwrite = overwrite
        self.allowMissingGlyphs = allowMissingGlyphs
        self.previewFolder = previewFolder
        self.previewDPI = previewDPI
        self.geometry = geometry
    }
}

/// What was written.
public struct ExportResult: Hashable, Sendable {
    public var path: String
    public var pages: Int
    public var bytes: Int
    public var previews: [String]
    /// Missing glyphs allowed by `allowMissingGlyphs`, as warnings.
    public var warnings: [RenderError]
}

/// `Document` → PDF file, all or nothing: the layout is checked for missing glyphs before
/// anything is written, and the PDF lands under its name only when complete.
public struct ReportExporter {
    public let session: RenderSession

    public init(session: RenderSession) { self.session = session }

    public func export(_ document: Document, to path: String,
                       options: ExportOptions = ExportOptions()) throws(RenderError) -> ExportResult {
        try AtomicOutput.checkWritable(path, overwrite: options.overwrite)
        try session.requireOfficialFonts()
        let rendered = ReportRenderer(session: session, geometry: options.geometry).layout(document)
        var warnings: [RenderError] = []
        if !rendered.missingGlyphs.isEmpty {
            guard options.allowMissingGlyphs else { throw .missingGlyphs(rendered.missingGlyphs) }
            warnings.append(.missingGlyphs(rendered.missingGlyphs))
        }
        if let field = rendered.coverOverflow { throw .coverOverflow(field: field) }
        try AtomicOutput.write(to: path, overwrite: options.overwrite) { (temporary: String) throws(RenderError) in
            try PDFWriter.write(rendered, session: session, to: temporary, failAfterPages: options.failAfterPages)
        }
        var previews: [String] = []
        if let folder = options.previewFolder {
            try FileManager.default.createDirectoryIfMissing(folder, for: path)
            previews = try PNGWriter.write(rendered, session: session, to: folder, dpi: options.previewDPI)
        }
        let bytes = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
        return ExportResult(path: path, pages: rendered.pages.count, bytes: bytes, previews: previews, warnings: warnings)
    }
}

extension FileManager {
    func createDirectoryIfMissing(_ folder: String, for output: String) throws(RenderError) {
        do {
            try createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .output(path: folder, reason: "无法创建预览目录 cannot create the preview folder")
        }
    }
}
