import Foundation
import JixiaoCore

/// Paints pages as PNG previews from the same page model as the PDF, one image surface per
/// page, each PNG streamed to a `ByteSink`.
///
/// ```swift
/// let pngs = try PNGWriter.pages(rendered, session: session)   // one [UInt8] per page
/// ```
public enum PNGWriter {
    /// Streams page `index` (0-based) as a PNG at `dpi` into `sink`.
    public static func write(page index: Int, of document: RenderedDocument, session: RenderSession,
                             dpi: Double = 96, to sink: some ByteSink) throws(RenderError) {
        guard document.pages.indices.contains(index) else {
            throw .output(path: "page-\(index + 1).png", reason: "没有这一页 no such page")
        }
        try write(document.pages[index], painter: PagePainter(fonts: session.fonts), dpi: dpi, to: sink)
    }

    /// Every page as a PNG in memory, in page order.
    public static func pages(_ document: RenderedDocument, session: RenderSession,
                             dpi: Double = 96) throws(RenderError) -> [[UInt8]] {
        let painter = PagePainter(fonts: session.fonts)
        var images: [[UInt8]] = []
        for page in document.pages {
            images.append(try png(of: page, painter: painter, dpi: dpi))
        }
        return images
    }

    /// One page as a PNG in memory: what a preview cache paints for a page it has not seen.
    public static func png(of page: PageLayout, session: RenderSession, dpi: Double = 96) throws(RenderError) -> [UInt8] {
        try png(of: page, painter: PagePainter(fonts: session.fonts), dpi: dpi)
    }

    private static func png(of page: PageLayout, painter: PagePainter, dpi: Double) throws(RenderError) -> [UInt8] {
        let sink = MemorySink()
        try write(page, painter: painter, dpi: dpi, to: sink)
        return sink.bytes
    }

    /// Writes `page-1.png`, `page-2.png`, … into `folder` at `dpi`, each all-or-nothing;
    /// returns the paths.
    public static func write(_ document: RenderedDocument, session: RenderSession, to folder: String,
                             dpi: Double = 96) throws(RenderError) -> [String] {
        try write(pages(document, session: session, dpi: dpi), to: folder)
    }

    /// Writes PNGs made in memory as `page-N.png` into `folder`; returns the paths.
    static func write(_ images: [[UInt8]], to folder: String) throws(RenderError) -> [String] {
        var paths: [String] = []
        for (index, image) in images.enumerated() {
            let path = (folder as NSString).appendingPathComponent("page-\(index + 1).png")
            try AtomicOutput.write(image, to: path, overwrite: true)
            paths.append(path)
        }
        return paths
    }

    private static func write(_ page: PageLayout, painter: PagePainter, dpi: Double,
                              to sink: some ByteSink) throws(RenderError) {
        let scale = dpi / 72
        let surface = try CairoSurface.image(width: Int((page.size.width * scale).rounded(.up)),
                                             height: Int((page.size.height * scale).rounded(.up)))
        let context = try CairoContext(drawingOn: surface)
        context.fillWhite()
        context.scale(by: scale)
        try painter.paint(page, on: context)
        try context.check(call: "paint")
        try surface.writePNG(to: sink)
    }
}
