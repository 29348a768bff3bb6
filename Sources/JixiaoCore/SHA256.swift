import Crypto
import Foundation

/// SHA-256 (FIPS 180-4), for the archive manifest (input and output files are hashed so an
/// archivist can prove years later that nothing changed) and for the PDF's trailer /ID (a
/// digest of the file's content, so the same report gives the same bytes). It sits at the top
/// of the module, before every stage, because Render's finishing uses it as well as Archive.
///
/// The digest is swift-crypto's (BoringSSL's, with the CPU's SHA instructions where it has
/// them; on Apple platforms CryptoKit's). The package was already built for the server.
/// Jixiao's own implementation took 70–80 instructions a byte, about a tenth of a warm render
/// spent on the /ID alone.
public struct SHA256 {
    private var hasher = Crypto.SHA256()

    public init() {}

    /// The lowercase hex digest of `bytes` (`Data`, `[UInt8]`, a slice: no copy is made).
    public static func hex<Bytes: DataProtocol>(of bytes: Bytes) -> String {
        hexString(Array(Crypto.SHA256.hash(data: bytes)))
    }

    /// Lower-case hex of a digest, as manifests print it.
    public static func hexString(_ digest: [UInt8]) -> String {
        digest.map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    public mutating func update<Bytes: DataProtocol>(_ bytes: Bytes) { hasher.update(data: bytes) }

    /// The 32 bytes of the digest of everything given to `update`.
    public mutating func finalize() -> [UInt8] { Array(hasher.finalize()) }
}
