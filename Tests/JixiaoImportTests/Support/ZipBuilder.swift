import Foundation
import ZIPFoundation

/// Packages made in the test: real ZIPs (through ZIPFoundation) of the parts a test needs.
enum ZipBuilder {
    static func zip(_ parts: [(String, Data)], compressed: Bool = true) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: Date(timeIntervalSince1970: 1_700_000_000),
                                 compressionMethod: compressed ? .deflate : .none) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data ?? Data())
    }

    /// A workbook of one sheet named `Sheet1` whose sheet part is `sheet`.
    static func workbook(sheet: String, extra: [(String, Data)] = []) throws -> [UInt8] {
        let workbook = #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#
        let rels = #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#
        return try zip([("xl/workbook.xml", Data(workbook.utf8)), ("xl/_rels/workbook.xml.rels", Data(rels.utf8)),
                        ("xl/worksheets/sheet1.xml", Data(sheet.utf8))] + extra)
    }

    /// A sheet part of inline-string rows.
    static func sheet(_ rows: [[String]]) -> String {
        var xml = #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        for (index, row) in rows.enumerated() {
            xml += "<row r=\"\(index + 1)\">"
            for (column, text) in row.enumerated() where !text.isEmpty {
                let reference = String(UnicodeScalar(UInt8(65 + column))) + String(index + 1)
                xml += "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }
}
