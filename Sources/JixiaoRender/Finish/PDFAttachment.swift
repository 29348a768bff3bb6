/// A file carried inside the PDF as a PDF/A-3 associated file (ISO 19005-3 §6.8): the report
/// data as the user wrote it (`source`) and the score JSON computed from it (`data`), so an
/// archived PDF can be re-checked years later without the files it came from.
public struct PDFAttachment: Hashable, Sendable {
    /// How the file relates to the document (the file specification's /AFRelationship).
    public enum Relationship: String, Hashable, Sendable {
        /// The original the document was made from: the report file.
        case source = "Source"
        /// Data the document shows: the score JSON.
        case data = "Data"
    }

    /// The file name, as `jixiao extract` writes it back (a bare name, no folders).
    public var name: String
    /// The MIME type (the embedded file's /Subtype), e.g. `application/yaml`.
    public var mimeType: String
    public var relationship: Relationship
    /// What it is, for a reader's attachment panel (/Desc).
    public var description: String
    public var bytes: [UInt8]

    public init(name: String, mimeType: String, relationship: Relationship, description: String, bytes: [UInt8]) {
        self.name = name
        self.mimeType = mimeType
        self.relationship = relationship
        self.description = description
        self.bytes = bytes
    }

    /// The MIME type for a report file's name: YAML, JSON, or `application/octet-stream`.
    public static func mimeType(forFileNamed name: String) -> String {
        let lower = name.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return "application/yaml" }
        if lower.hasSuffix(".json") { return "application/json" }
        return "application/octet-stream"
    }
}
