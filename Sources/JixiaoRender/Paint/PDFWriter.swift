import JixiaoCore

/// Paints a `RenderedDocument` as a PDF: fonts embedded and subset by Cairo, the text kept
/// with its glyphs, metadata from the report (never the clock) and an outline of the headings.
///
/// The PDF goes to a `ByteSink` and the writer never learns whether that is memory or a
/// file; making a file appear all-or-nothing is `AtomicOutput`'s job. This is Cairo's file as
/// painted, tagged (a Document element around every page's structure tags); making it PDF/A is
/// the next stage's (`PDFFinisher`, which `ReportExporter` runs unless `--no-pdfa`).
///
/// ```swift
/// let pdf = try PDFWriter.data(rendered, session: session)   // [UInt8], "%PDF-1.…"
/// ```
public enum PDFWriter {
    /// Streams the PDF into `sink`. Errors the sink throws come back as themselves.
    /// `session` must be the one that laid `document` out (else `RenderError.foreignLayout`).
    public static func write(_ document: RenderedDocument, session: RenderSession,
                             to sink: some ByteSink) throws(RenderError) {
        try write(document, session: session, to: sink, failAfterPages: nil)
    }

    /// The PDF in memory.
    public static func data(_ document: RenderedDocument, session: RenderSession) throws(RenderError) -> [UInt8] {
        try data(document, session: session, failAfterPages: nil)
    }

    /// Writes the PDF to `path` all-or-nothing (replacing a file there), for callers that
    /// want a file and nothing else (the benchmarks).
    public static func write(_ document: RenderedDocument, session: RenderSession, to path: String) throws(RenderError) {
        try AtomicOutput.write(to: path, overwrite: true, streaming: { (sink: FileSink) throws(RenderError) in
            try write(document, session: session, to: sink)
        })
    }

    /// `failAfterPages` injects a failure after that many pages (tests of atomic output).
    static func data(_ document: RenderedDocument, session: RenderSession,
                     failAfterPages: Int?) throws(RenderError) -> [UInt8] {
        let sink = MemorySink()
        try write(document, session: session, to: sink, failAfterPages: failAfterPages)
        return sink.bytes
    }

    static func write(_ document: RenderedDocument, session: RenderSession, to sink: some ByteSink,
                      failAfterPages: Int?) throws(RenderError) {
        let size = document.pages.first?.size ?? PageGeometry.a4.pageSize
        let surface = try CairoSurface.pdf(writingTo: sink, size: size)
        setMetadata(document.metadata, on: surface)
        let context = try CairoContext(drawingOn: surface)
        let painter = PagePainter(fonts: session.fonts)
        // One Document element holds every page's elements (a tagged PDF's structure tree has
        // one root element); Cairo keeps it open across pages.
        context.beginTag("Document")
        for (index, page) in document.pages.enumerated() {
            if let failAfterPages, index == failAfterPages {
                throw .output(path: "PDF", reason: "injected failure after \(index) pages")
            }
            try painter.paint(page, on: context, tagged: true)
            if index == document.pages.count - 1 { context.endTag("Document") }
            try context.showPage()
        }
        addOutline(document.pages, to: surface)
        try surface.finish()
    }

    private static func setMetadata(_ metadata: DocumentMetadata, on surface: CairoSurface) {
        surface.setMetadata(.title, metadata.title)
        surface.setMetadata(.author, metadata.author)
        surface.setMetadata(.subject, metadata.subject)
        surface.setMetadata(.keywords, metadata.keywords.joined(separator: ", "))
        surface.setMetadata(.creator, metadata.creator)
        let date = (metadata.creationDate?.description ?? fixedDate) + "T00:00:00"
        surface.setMetadata(.createDate, date)
        surface.setMetadata(.modDate, date)
    }

    /// Used when a report gives no date: a fixed day, so output stays byte-identical.
    static let fixedDate = "2000-01-01"

    /// Bookmarks nested by heading level: a level-2 entry under the last level-1 entry.
    private static func addOutline(_ pages: [PageLayout], to surface: CairoSurface) {
        var parents: [Int: Int32] = [0: 0]
        for (index, page) in pages.enumerated() {
            for entry in page.outline {
                let level = max(1, entry.level)
                let parent = (1..<level).reversed().lazy.compactMap { parents[$0] }.first ?? 0
                let id = surface.addOutline(parent: parent, title: entry.title, page: index + 1, y: entry.y)
                parents[level] = id
                for deeper in (level + 1)..<(level + 5) { parents[deeper] = nil }
            }
        }
    }
}
