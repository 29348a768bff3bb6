import Foundation
import JixiaoCore

extension SHA256 {
    /// The digest of the file at `path`, read in chunks; nil when it cannot be read. Here,
    /// not in JixiaoCore, because Core hashes the bytes it is handed and opens no file.
    public static func hex(ofFile path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(chunk)
        }
        return hexString(hasher.finalize())
    }

}
