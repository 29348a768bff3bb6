import Foundation
@testable import JixiaoImport
import JixiaoCore

/// Swift Testing has a `SourceLocation` of its own.
typealias Location = JixiaoCore.SourceLocation

/// The fixtures of Tests/Fixtures/office (made by scripts/make-office-fixtures.py) and the seed.
enum Office {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// A fixture's bytes, named by its file name (as the places print).
    static func source(_ name: String) throws -> ImportSource {
        ImportSource(bytes: [UInt8](try Data(contentsOf: url("Tests/Fixtures/office/" + name))), name: name)
    }

    static func seed() throws -> ImportSource {
        ImportSource(bytes: [UInt8](try Data(contentsOf: url("Tests/Fixtures/seed/000_f42eab3d3970501c.txt"))), name: "seed.txt")
    }

    static func linzhi() throws -> ReportInput {
        try ReportDecoder.decode(bytes: [UInt8](Data(contentsOf: url("assets/examples/linzhi-2024-kunnan-zhigong.yaml"))),
                                 file: "linzhi.yaml")
    }

    /// The grid of the first sheet of a fixture workbook.
    static func grid(_ name: String, sheet: Int = 0) throws -> Grid {
        let source = try source(name)
        let reader = try WorkbookReader(OfficePackage(bytes: source.bytes, file: name, limits: .default))
        return try reader.grid(reader.sheets[sheet])
    }
}

extension ReportInput {
    /// Every row, in order.
    var rows: [IndicatorRow] { indicators.flatMap { $0.groups.flatMap(\.rows) } }
}
