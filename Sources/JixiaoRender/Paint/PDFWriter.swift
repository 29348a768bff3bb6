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
        let writer = PDFPageWriter(metadata: document.metadata, session: session, sink: sink, failAfterPages: failAfterPages)
        for page in document.pages { writer.add(page) }
        try writer.finish()
    }

    static func setMetadata(_ metadata: DocumentMetadata, on surface: CairoSurface) {
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
    static func addOutline(_ outline: [(page: Int, entries: [OutlineEntry])], to surface: CairoSurface) {
        var parents: [Int: Int32] = [0: 0]
        for (index, entries) in outline {
            for entry in entries {
                let level = max(1, entry.level)
                let parent = (1..<level).reversed().lazy.compactMap { parents[$0] }.first ?? 0
                let id = surface.addOutline(parent: parent, title: entry.title, page: index, y: entry.y)
                parents[level] = id
                for deeper in (level + 1)..<(level + 5) { parents[deeper] = nil }
            }
        }
    }
}

/// A PDF painted page by page, as a layout hands its pages over (`ReportRenderer.layout(_:pageDone:)`):
/// a page is drawn and handed to Cairo, which writes its content to the sink, as soon as the
/// next one arrives, so a document of any length holds two pages of layout at once.
///
/// One page is held back because the Document structure element around all pages must close
/// before the last page is shown, and only `finish` says which page was the last. `add` does
/// not throw, so the layout that calls it needs no error path: the first failure is kept, later
/// pages are not drawn, and `finish` throws it. The bytes are those of painting the pages all
/// at once (`PDFWriter.write`, which is this writer fed from an array).
final class PDFPageWriter {
    private let metadata: DocumentMetadata
    private let painter: PagePainter
    private let sink: any ByteSink
    private let failAfterPages: Int?
    private var surface: CairoSurface?
    private var context: CairoContext?
    private var held: PageLayout?
    private var shown = 0
    /// Each page's bookmarks, by page number (1-based), added to the surface at `finish`.
    private var outline: [(page: Int, entries: [OutlineEntry])] = []
    private var failure: RenderError?

    /// `failAfterPages` injects a failure after that many pages (tests of atomic output).
    init(metadata: DocumentMetadata, session: RenderSession, sink: some ByteSink, failAfterPages: Int? = nil) {
        self.metadata = metadata
        painter = PagePainter(fonts: session.fonts)
        self.sink = sink
        self.failAfterPages = failAfterPages
    }

    /// The next page, in order.
    func add(_ page: PageLayout) {
        guard failure == nil else { return }
        if let previous = held {
            do throws(RenderError) {
                try show(previous, isLast: false)
            } catch {
                failure = error
                return
            }
        }
        held = page
    }

    /// Shows the last page, adds the outline and closes the file; throws the first failure.
    func finish() throws(RenderError) {
        if let failure { throw failure }
        if let last = held { try show(last, isLast: true) }
        held = nil
        let surface = try openSurface(size: PageGeometry.a4.pageSize)
        PDFWriter.addOutline(outline, to: surface)
        try surface.finish()
    }

    /// The surface, made at the first page with that page's size (A4 for a file of no pages).
    private func openSurface(size: Size) throws(RenderError) -> CairoSurface {
        if let surface { return surface }
        let surface = try CairoSurface.pdf(writingTo: sink, size: size)
        PDFWriter.setMetadata(metadata, on: surface)
        self.surface = surface
        return surface
    }

    private func show(_ page: PageLayout, isLast: Bool) throws(RenderError) {
        if let failAfterPages, shown == failAfterPages {
            throw .output(path: "PDF", reason: "injected failure after \(shown) pages")
        }
        let context: CairoContext
        if let open = self.context {
            context = open
        } else {
            context = try CairoContext(drawingOn: try openSurface(size: page.size))
            // One Document element holds every page's elements (a tagged PDF's structure tree
            // has one root element); Cairo keeps it open across pages.
            context.beginTag("Document")
            self.context = context
        }
        try painter.paint(page, on: context, tagged: true)
        if isLast { context.endTag("Document") }
        try context.showPage()
        shown += 1
        if !page.outline.isEmpty { outline.append((shown, page.outline)) }
    }
}
