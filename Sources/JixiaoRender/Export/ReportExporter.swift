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
    /// Finish the PDF as PDF/A (`PDFFinisher`), the default; false (`--no-pdfa`) writes the
    /// file exactly as Cairo painted it.
    public var pdfa: Bool
    /// Files to embed as associated files (`--attach-data`): the PDF becomes PDF/A-3u. Ignored
    /// without `pdfa`.
    public var attachments: [PDFAttachment]
    /// Tests only: fail after painting this many pages, to prove no partial file is left.
    var failAfterPages: Int?

    public init(overwrite: Bool = false, allowMissingGlyphs: Bool = false, previewFolder: String? = nil,
                previewDPI: Double = 96, geometry: PageGeometry = .a4, pdfa: Bool = true,
                attachments: [PDFAttachment] = []) {
        self.overwrite = overwrite
        self.allowMissingGlyphs = allowMissingGlyphs
        self.previewFolder = previewFolder
        self.previewDPI = previewDPI
        self.geometry = geometry
        self.pdfa = pdfa
        self.attachments = attachments
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

/// A report rendered to a PDF in memory: `ReportExporter.renderPDF`'s result.
public struct RenderedPDF: Hashable, Sendable {
    /// The whole file, `%PDF-…` to `%%EOF`: the bytes `export` writes for the same document.
    public var bytes: [UInt8]
    public var pages: Int
    /// Missing glyphs allowed by `allowMissingGlyphs`, as warnings.
    public var warnings: [RenderError]
}

/// A report rendered to PNG pages in memory: `ReportExporter.renderPNGs`'s result.
public struct RenderedPNGs: Hashable, Sendable {
    /// One PNG file per page, in page order.
    public var pages: [[UInt8]]
    /// Missing glyphs allowed by `allowMissingGlyphs`, as warnings.
    public var warnings: [RenderError]
}

/// `Document` → PDF, in two stages: in memory (lay out, check for missing glyphs and an
/// overflowing cover, require the official fonts, paint to bytes, finish as PDF/A), then, for `export`, the
/// one file adapter (`AtomicOutput`) that puts the bytes under their name all or nothing.
///
/// The in-memory stage touches no file, so a server or a preview can use it as it is:
/// ```swift
/// let pdf = try ReportExporter(session: session).renderPDF(document)
/// pdf.bytes.prefix(5)   // "%PDF-"
/// ```
public struct ReportExporter {
    public let session: RenderSession

    public init(session: RenderSession) { self.session = session }

    /// Writes the PDF (and, with `previewFolder`, the page PNGs) to `path`. Nothing is
    /// written unless every check passes and the whole PDF was made; an existing file is
    /// replaced only with `overwrite`.
    public func export(_ document: Document, to path: String,
                       options: ExportOptions = ExportOptions()) throws(RenderError) -> ExportResult {
        try AtomicOutput.checkWritable(path, overwrite: options.overwrite)
        let pdf = try streamedPDF(document, options: options, keepingPages: options.previewFolder != nil)
        try AtomicOutput.write(pdf.bytes, to: path, overwrite: options.overwrite)
        var previews: [String] = []
        if let folder = options.previewFolder {
            try FileManager.default.createDirectoryIfMissing(folder, for: path)
            let images = try PNGWriter.pages(RenderedDocument(pdf.pages, pdf.findings), session: session,
                                             dpi: options.previewDPI)
            previews = try PNGWriter.write(images, to: folder)
        }
        return ExportResult(path: path, pages: pdf.findings.pageCount, bytes: pdf.bytes.count, previews: previews,
                            warnings: pdf.warnings)
    }

    /// The PDF in memory. Uses `allowMissingGlyphs` and `geometry` of `options`; the file
    /// options (`overwrite`, `previewFolder`) do not apply.
    public func renderPDF(_ document: Document, options: ExportOptions = ExportOptions()) throws(RenderError) -> RenderedPDF {
        let pdf = try streamedPDF(document, options: options, keepingPages: false)
        return RenderedPDF(bytes: pdf.bytes, pages: pdf.findings.pageCount, warnings: pdf.warnings)
    }

    /// Every page as a PNG in memory at `options.previewDPI`, after the same checks as the PDF.
    public func renderPNGs(_ document: Document, options: ExportOptions = ExportOptions()) throws(RenderError) -> RenderedPNGs {
        let checked = try checkedLayout(document, options: options)
        let pages = try PNGWriter.pages(checked.document, session: session, dpi: options.previewDPI)
        return RenderedPNGs(pages: pages, warnings: checked.warnings)
    }

    /// The PDF painted page by page while the layout makes the pages (`PDFPageWriter`), so no
    /// more than a page or two of layout is held whatever the document's length; then the
    /// layout's checks, and the finishing unless `options.pdfa` is off. With `keepingPages`,
    /// the pages too (for previews).
    private func streamedPDF(_ document: Document, options: ExportOptions, keepingPages: Bool) throws(RenderError)
        -> (bytes: [UInt8], findings: LayoutFindings, warnings: [RenderError], pages: [PageLayout]) {
        try session.requireOfficialFonts()
        let sink = MemorySink()
        let writer = PDFPageWriter(metadata: document.metadata, session: session, sink: sink,
                                   failAfterPages: options.failAfterPages)
        var pages: [PageLayout] = []
        let findings = ReportRenderer(session: session, geometry: options.geometry).layout(document) { page in
            writer.add(page)
            if keepingPages { pages.append(page) }
        }
        let warnings = try Self.check(findings, options: options)
        try writer.finish()
        guard options.pdfa else { return (sink.bytes, findings, warnings, pages) }
        let finished = try PDFFinisher.finish(sink.bytes, metadata: ArchiveMetadata(document.metadata),
                                              attachments: options.attachments)
        return (finished, findings, warnings, pages)
    }

    /// The layout, refused when a role's own font is missing, a character has no glyph
    /// (unless allowed: then a warning) or the cover overflows its page. Public for callers
    /// that paint pages one by one, such as the editor's preview cache.
    public func checkedLayout(_ document: Document,
                       options: ExportOptions = ExportOptions()) throws(RenderError) -> (document: RenderedDocument, warnings: [RenderError]) {
        try session.requireOfficialFonts()
        let rendered = ReportRenderer(session: session, geometry: options.geometry).layout(document)
        let warnings = try Self.check(rendered.findings, options: options)
        return (rendered, warnings)
    }

    /// Characters no font has (an error unless allowed: then a warning) and a cover that overflows its page.
    private static func check(_ findings: LayoutFindings, options: ExportOptions) throws(RenderError) -> [RenderError] {
        var warnings: [RenderError] = []
        if !findings.missingGlyphs.isEmpty {
            guard options.allowMissingGlyphs else { throw .missingGlyphs(findings.missingGlyphs) }
            warnings.append(.missingGlyphs(findings.missingGlyphs))
        }
        if let field = findings.coverOverflow { throw .coverOverflow(field: field) }
        return warnings
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
