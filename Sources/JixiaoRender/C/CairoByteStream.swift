import CPangoCairo

/// Carries a `ByteSink` through Cairo's `cairo_write_func_t`: Cairo hands the callback this
/// object back as its unretained `closure` pointer, the callback writes to the sink, and a
/// sink error is kept here, because all Cairo can say is `CAIRO_STATUS_WRITE_ERROR` and the
/// user should read "disk full: out/r.pdf", not "error while writing to output stream".
///
/// Whoever passes `closure` to Cairo keeps this object alive for as long as Cairo may call
/// back: `CairoSurface` stores its stream (a PDF surface writes until it is destroyed), and
/// `writePNG(to:)` holds it for the one call.
final class CairoByteStream {
    private let sink: any ByteSink
    /// The first error the sink threw; once set, no more bytes are offered to it.
    private(set) var error: RenderError?

    init(_ sink: any ByteSink) { self.sink = sink }

    /// The `closure` argument for Cairo; valid while this object lives.
    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// The C write callback, a plain function: a `@convention(c)` pointer captures nothing.
    static var callback: cairo_write_func_t { jixiaoCairoWrite }

    fileprivate func receive(_ data: UnsafePointer<UInt8>?, count: Int) -> cairo_status_t {
        guard error == nil else { return CAIRO_STATUS_WRITE_ERROR }
        guard count > 0 else { return CAIRO_STATUS_SUCCESS }
        guard let data else { return CAIRO_STATUS_WRITE_ERROR }
        do throws(RenderError) {
            try sink.write(UnsafeRawBufferPointer(start: data, count: count))
            return CAIRO_STATUS_SUCCESS
        } catch {
            self.error = error
            return CAIRO_STATUS_WRITE_ERROR
        }
    }
}

private func jixiaoCairoWrite(_ closure: UnsafeMutableRawPointer?, _ data: UnsafePointer<UInt8>?,
                              _ length: UInt32) -> cairo_status_t {
    guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
    return Unmanaged<CairoByteStream>.fromOpaque(closure).takeUnretainedValue().receive(data, count: Int(length))
}
