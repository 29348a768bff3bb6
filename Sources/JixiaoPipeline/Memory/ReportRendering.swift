import Foundation
import JixiaoCore
import JixiaoRender

/// One report from bytes to its score, its PDF or its page images, all in memory, on a
/// session borrowed from a shared pool: the path the web editor takes for every keystroke.
///
/// Every failure is `Diagnostics` with the input's source map, so a caller shows a render
/// problem (a missing glyph, an overflowing cover) exactly as it shows a scoring one.
public struct ReportRendering: Sendable {
    public let pool: RenderSessionPool

    public init(pool: RenderSessionPool) { self.pool = pool }

    /// A preview: every page's image at `dpi`, painted only where `cache` has not seen the
    /// page's layout, missing glyphs reported as warnings (a preview shows what it can; the
    /// PDF refuses them).
    public func preview(of report: ScoredReport, dpi: Double,
                        cache: PreviewCache) throws(Diagnostics) -> (pages: [PreviewCache.Image], warnings: [Diagnostic]) {
        let options = ExportOptions(allowMissingGlyphs: true, previewDPI: dpi)
        let rendered = try run(report) { session throws(RenderError) in
            let checked = try ReportExporter(session: session).checkedLayout(Composer.compose(report), options: options)
            var images: [PreviewCache.Image] = []
            for page in checked.document.pages {
                images.append(try cache.image(of: page, dpi: dpi) { () throws(RenderError) in
                    try PNGWriter.png(of: page, session: session, dpi: dpi)
                })
            }
            return (images, checked.warnings)
        }
        return (rendered.0, warnings(rendered.1, report))
    }

    /// The PDF of `report`, as `render` writes it (missing glyphs are errors).
    public func pdf(of report: ScoredReport, audit: Bool = false) throws(Diagnostics) -> RenderedPDF {
        try run(report) { session throws(RenderError) in
            try ReportExporter(session: session).renderPDF(Composer.compose(report, audit: audit))
        }
    }

    private func run<Value>(_ report: ScoredReport,
                            _ body: (RenderSession) throws(RenderError) -> Value) throws(Diagnostics) -> Value {
        do {
            return try pool.withSession(body)
        } catch let error as RenderError {
            throw Diagnostics(error.diagnostics(in: report.input.sourceMap))
        } catch {
            throw Diagnostics(.error(.renderFailed, Message("排版失败：\(error)", "rendering failed: \(error)")))
        }
    }

    private func warnings(_ errors: [RenderError], _ report: ScoredReport) -> [Diagnostic] {
        errors.flatMap { $0.diagnostics(in: report.input.sourceMap, severity: .warning) }
    }
}
