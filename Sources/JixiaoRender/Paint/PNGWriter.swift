import Foundation
import JixiaoCore

/// Paints pages as PNG previews from the same page model as the PDF.
public enum PNGWriter {
    /// Writes `page-1.png`, `page-2.png`, … into `folder` at `dpi`; returns the paths.
    public static func write(_ document: RenderedDocument, session: RenderSession, to folder: String,
                             dpi: Double = 96) throws(RenderError) -> [String] {
        let scale = dpi / 72
        let painter = PagePainter(fonts: session.fonts)
        var paths: [String] = []
        for (index, page) in document.pages.enumerated() {
            let surface = try CairoSurface.image(width: Int((page.size.width * scale).rounded(.up)),
                                                 height: Int((page.size.height * scale).rounded(.up)))
            let context = try CairoContext(drawingOn: surface)
            context.fillWhite()
            context.scale(by: scale)
            painter.paint(page, on: context)
            try context.check(call: "paint")
            let path = (folder as NSString).appendingPathComponent("page-\(index + 1).png")
            try AtomicOutput.write(to: path, overwrite: true) { (temporary: String) throws(RenderError) in
                try surface.writePNG(to: temporary)
            }
            paths.append(path)
        }
        return paths
    }
}
