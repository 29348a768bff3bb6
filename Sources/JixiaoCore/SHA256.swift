import Foundation

/// SHA-256 (FIPS 180-4), for the archive manifest (input and output files are hashed so an
/// archivist can prove years later that nothing changed) and for the PDF's trailer /ID (a
/// digest of the file's content, so the same report gives the same bytes). It sits at the top
/// of the module, before every stage, because Render's finishing uses it as well as Archive.
///
/// Written here rather than pulling in a crypto package: the manifest needs one digest, and
/// the test vectors in `SHA256Tests` pin it down.
public struct SHA256 {
    private var state: [UInt32] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ]
    private var buffer: [UInt8] = []
    private var length: UInt64 = 0

    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    public init() {}

    /// The lowercase hex digest of `data`.
    public static func hex(of data: Data) -> String {
        var hasher = SHA256()
        hasher.update(data)
        return hexString(hasher.finalize())
    }

    /// Lower-case hex of a digest, as manifests print it.
    public static func hexString(_ digest: [UInt8]) -> String {
        digest.map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    public mutating func update(_ data: Data) {
        length += UInt64(data.count)
        buffer.append(contentsOf: data)
        let whole = buffer.count / 64 * 64
        guard whole > 0 else { return }
        compress(buffer, blocks: whole)
        buffer.removeFirst(whole)
    }

    public mutating func finalize() -> [UInt8] {
        let bits = length &* 8
        var tail = buffer + [0x80]
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
        compress(tail, blocks: tail.count)
        buffer = []
        return state.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> UInt32(24 - 8 * $0)) } }
    }

    /// Compresses the first `count` bytes of `bytes` (a multiple of 64), block by block.
    ///
    /// Works on raw buffers with the rotations written out: hashing every PDF of a batch is
    /// on the hot path, and a debug build of the array-slice version spent more time hashing
    /// than rendering.
    private mutating func compress(_ bytes: [UInt8], blocks count: Int) {
        var w = [UInt32](repeating: 0, count: 64)
        var state = self.state
        bytes.withUnsafeBufferPointer { bytes in
            w.withUnsafeMutableBufferPointer { w in
                Self.k.withUnsafeBufferPointer { k in
                    state.withUnsafeMutableBufferPointer { state in
                        var base = 0
                        while base < count {
                            Self.compressBlock(bytes, at: base, schedule: w, k: k, state: state)
                            base += 64
                        }
                    }
                }
            }
        }
        self.state = state
    }

    private static func compressBlock(_ block: UnsafeBufferPointer<UInt8>, at base: Int, schedule w: UnsafeMutableBufferPointer<UInt32>,
                                      k: UnsafeBufferPointer<UInt32>, state: UnsafeMutableBufferPointer<UInt32>) {
        var i = 0
        while i < 16 {
            let at = base + 4 * i
            w[i] = UInt32(block[at]) << 24 | UInt32(block[at + 1]) << 16 | UInt32(block[at + 2]) << 8 | UInt32(block[at + 3])
            i += 1
        }
        while i < 64 {
            let x = w[i - 15], y = w[i - 2]
            let s0 = (x >> 7 | x << 25) ^ (x >> 18 | x << 14) ^ (x >> 3)
            let s1 = (y >> 17 | y << 15) ^ (y >> 19 | y << 13) ^ (y >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
            i += 1
        }
        var (a, b, c, d, e, f, g, h) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
        i = 0
        while i < 64 {
            let s1 = (e >> 6 | e << 26) ^ (e >> 11 | e << 21) ^ (e >> 25 | e << 7)
            let choice = (e & f) ^ (~e & g)
            let t1 = h &+ s1 &+ choice &+ k[i] &+ w[i]
            let s0 = (a >> 2 | a << 30) ^ (a >> 13 | a << 19) ^ (a >> 22 | a << 10)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ majority
            (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
            i += 1
        }
        state[0] &+= a; state[1] &+= b; state[2] &+= c; state[3] &+= d
        state[4] &+= e; state[5] &+= f; state[6] &+= g; state[7] &+= h
    }
}
