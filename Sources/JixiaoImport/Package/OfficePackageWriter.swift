import Foundation
import JixiaoCore
import ZIPFoundation

/// Why a package could not be made in memory (ZIPFoundation refused a part: in practice only
/// when memory runs out). The caller names the file it was for.
public struct PackageWriteError: Error, Hashable, Sendable {
    public var reason: Message
}

/// Writes an Office Open XML package (an .xlsx) into memory: the parts in the order given, each
/// deflated by zlib through ZIPFoundation and dated 1980-01-01 00:00 (the first date a ZIP can
/// hold), so the same parts always give the same bytes, whatever the clock, time zone or
/// machine. The reading side of the same ZIP layer is `OfficePackage`.
///
/// ```swift
/// let bytes = try OfficePackageWriter.zip([("[Content_Types].xml", types), ("xl/workbook.xml", book)])
/// ```
enum OfficePackageWriter {
    /// 1980-01-01 00:00:00 UTC; ZIPFoundation stores an entry's date in UTC (`gmtime`).
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    static func zip(_ parts: [(path: String, data: Data)]) throws(PackageWriteError) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                let data = part.data
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: fixedDate, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let bytes = archive.data else {
                throw PackageWriteError(reason: Message("ZIP 包未能生成", "the ZIP package was not produced"))
            }
            return [UInt8](bytes)
        } catch let error as PackageWriteError {
            throw error
        } catch {
            throw PackageWriteError(reason: Message("无法生成 ZIP 包（\(error)）", "cannot make the ZIP package (\(error))"))
        }
    }
}
