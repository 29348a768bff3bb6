import CCairoInterpose
import CPangoCairo

/// Owns one `cairo_surface_t`: a PDF being streamed to a `ByteSink`, or an in-memory image.
final class CairoSurface {
    private let surface: OpaquePointer
    /// The PDF's byte stream. Cairo calls back into it until the surface is destroyed (even
    /// `cairo_surface_destroy` flushes), so it lives exactly as long as the surface.
    private let stream: CairoByteStream?

    private init(takingOwnershipOf surface: OpaquePointer, stream: CairoByteStream? = nil,
                 call: String) throws(RenderError) {
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw .cairo(status: Self.describe(status), call: call)
        }
        self.surface = surface
        self.stream = stream
    }

    /// A PDF surface streaming to `sink`, pages `size` points. Bytes arrive as Cairo emits
    /// them (each page's content at `showPage`, fonts and the trailer at `finish`).
    static func pdf(writingTo sink: any ByteSink, size: Size) throws(RenderError) -> CairoSurface {
        let stream = CairoByteStream(sink)
        jixiao_begin_pdf_document()
        guard let raw = cairo_pdf_surface_create_for_stream(CairoByteStream.callback, stream.closure,
                                                            size.width, size.height) else {
            throw .cairo(status: "NULL", call: "cairo_pdf_surface_create_for_stream")
        }
        return try CairoSurface(takingOwnershipOf: raw, stream: stream, call: "cairo_pdf_surface_create_for_stream")
    }

    /// An RGB image `width` × `height` pixels.
    static func image(width: Int, height: Int) throws(RenderError) -> CairoSurface {
        guard let raw = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else {
            throw .cairo(status: "NULL", call: "cairo_image_surface_create")
        }
        return try CairoSurface(takingOwnershipOf: raw, call: "cairo_image_surface_create")
    }

    deinit { cairo_surface_destroy(surface) }

    /// The zlib level of the streams Cairo writes: 1, not Cairo's fixed 6, set for the whole
    /// process by `CCairoInterpose` (why and how: its Deflate.c). Explicit levels, such as the
    /// best compression `Flate.deflate` asks for, are untouched.
    static var streamCompressionLevel: Int { Int(jixiao_cairo_deflate_level()) }

    /// The linked Cairo's version, `1.16.0`: the finished PDF's /Producer names it.
    static var version: String { String(cString: cairo_version_string()) }

    func withRaw<R>(_ body: (OpaquePointer) throws -> R) rethrows -> R { try body(surface) }

    /// Sets a PDF metadata field (title, author, …, dates as ISO 8601).
    func setMetadata(_ field: PDFMetadataField, _ value: String) {
        cairo_pdf_surface_set_metadata(surface, field.cairoValue, value)
    }

    /// Adds a bookmark under `parent` (0 for the top level) pointing at `page` (1-based) and
    /// `y` points from its top; returns the new entry's id. Entries open expanded, so a reader
    /// sees every heading of the report at once (the outline is its table of contents). That the
    /// viewer shows the outline on opening (/PageMode /UseOutlines), and the outline root's open
    /// count (Cairo writes it negative), are not Cairo's to set: `PDFFinisher` writes them.
    func addOutline(parent: Int32, title: String, page: Int, y: Double) -> Int32 {
        cairo_pdf_surface_add_outline(surface, parent, title, "page=\(page) pos=[0 \(Int(y.rounded()))]",
                                      CAIRO_PDF_OUTLINE_FLAG_OPEN)
    }

    /// Flushes and closes the surface; write errors surface here.
    func finish() throws(RenderError) {
        cairo_surface_finish(surface)
        try check(call: "cairo_surface_finish")
        // Belt and braces: a sink that failed means a broken file, whatever status Cairo kept.
        if let streamError { throw streamError }
    }

    /// Writes an image surface as PNG to `sink`; a sink error is rethrown as itself.
    func writePNG(to sink: any ByteSink) throws(RenderError) {
        let stream = CairoByteStream(sink)
        let status = withExtendedLifetime(stream) {
            cairo_surface_write_to_png_stream(surface, CairoByteStream.callback, stream.closure)
        }
        if let error = stream.error { throw error }
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .cairo(status: Self.describe(status), call: "cairo_surface_write_to_png_stream")
        }
    }

    /// The error the PDF's sink threw, if any: what a `CAIRO_STATUS_WRITE_ERROR` really was.
    var streamError: RenderError? { stream?.error }

    /// Throws the surface's error status; a write error as the sink's own error.
    func check(call: String) throws(RenderError) {
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            if let streamError { throw streamError }
            throw .cairo(status: Self.describe(status), call: call)
        }
    }

    static func describe(_ status: cairo_status_t) -> String {
        guard let text = cairo_status_to_string(status) else { return "status \(status.rawValue)" }
        return String(cString: text)
    }
}

/// The PDF document-information fields Jixiao fills.
enum PDFMetadataField {
    case title, author, subject, keywords, creator, createDate, modDate

    var cairoValue: cairo_pdf_metadata_t {
        switch self {
        case .title: return CAIRO_PDF_METADATA_TITLE
        case .author: return CAIRO_PDF_METADATA_AUTHOR
        case .subject: return CAIRO_PDF_METADATA_SUBJECT
        case .keywords: return CAIRO_PDF_METADATA_KEYWORDS
        case .creator: return CAIRO_PDF_METADATA_CREATOR
        case .createDate: return CAIRO_PDF_METADATA_CREATE_DATE
        case .modDate: return CAIRO_PDF_METADATA_MOD_DATE
        }
    }
}
