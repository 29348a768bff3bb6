import CPangoCairo

/// zlib's Flate, the PDF's `/FlateDecode`: the streams finishing adds (the sRGB profile, the
/// embedded report and score) are compressed with it, and `PDFAttachments` inflates them back.
///
/// zlib is already in the process (Cairo compresses its own streams with it). Its output is a
/// function of the input and the level only, so compressing the same bytes gives the same file.
enum Flate {
    /// `bytes` as a zlib stream (RFC 1950), at the best compression.
    static func deflate(_ bytes: [UInt8]) throws(RenderError) -> [UInt8] {
        var size = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(size))
        let status = output.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { input in
                compress2(out.baseAddress, &size, input.baseAddress, uLong(input.count), Z_BEST_COMPRESSION)
            }
        }
        guard status == Z_OK else { throw .cairo(status: "zlib \(status)", call: "compress2") }
        output.removeSubrange(Int(size)...)
        return output
    }

    /// The bytes of the zlib stream `bytes`, refusing more than `limit` of them (a damaged or
    /// hostile file cannot make the reader allocate without bound); nil when the stream is not
    /// valid zlib or inflates past `limit`.
    static func inflate(_ bytes: [UInt8], limit: Int) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = bytes
        let finished: Bool = input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = uInt(inputBuffer.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    return CPangoCairo.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                output.append(contentsOf: chunk[0..<produced])
                if output.count > limit { return false }
                if status == Z_STREAM_END { return true }
                guard status == Z_OK, produced > 0 || stream.avail_in > 0 else { return false }
            }
        }
        return finished ? output : nil
    }
}
