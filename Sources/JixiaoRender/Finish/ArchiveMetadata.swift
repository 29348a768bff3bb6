import JixiaoCore

/// What the finished PDF says about itself, as plain values: the Info dictionary and the XMP
/// packet are both written from this one value, so PDF/A's rule that they agree holds by
/// construction.
///
/// The date is the report's own (`project.date`, or 2000-01-01 when it has none), at midnight
/// Beijing time (+08:00), never the clock: the same report gives the same bytes on any machine
/// on any day. `SOURCE_DATE_EPOCH` is therefore not read: it exists for builds whose dates would
/// otherwise come from the clock, and a report's PDF has none.
public struct ArchiveMetadata: Hashable, Sendable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: [String]
    /// The program that made the content (Info /Creator, xmp:CreatorTool).
    public var creator: String
    /// The program that wrote the file (Info /Producer, pdf:Producer).
    public var producer: String
    /// Creation and modification date (the file is written once, so they are the same); nil
    /// for a report without a date: then 2000-01-01, a fixed day, so the bytes stay the same.
    public var date: ReportDate?
    /// BCP 47 language of the text (the catalog's /Lang, dc:language).
    public var language: String

    public init(title: String, author: String, subject: String, keywords: [String], creator: String,
                producer: String, date: ReportDate?, language: String = "zh-CN") {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.producer = producer
        self.date = date
        self.language = language
    }

    /// The document's metadata, produced by `producer` (Cairo's name and version by default).
    public init(_ metadata: DocumentMetadata, producer: String = ArchiveMetadata.defaultProducer) {
        self.init(title: metadata.title, author: metadata.author, subject: metadata.subject,
                  keywords: metadata.keywords, creator: metadata.creator, producer: producer,
                  date: metadata.creationDate)
    }

    /// "cairo 1.16.0 (https://cairographics.org)": what Cairo writes, kept so the Info
    /// dictionary still names the library that wrote the page content.
    public static var defaultProducer: String { "cairo \(CairoSurface.version) (https://cairographics.org)" }

    /// Info's keywords: one string, comma separated (as Cairo writes them).
    var keywordText: String { keywords.joined(separator: ", ") }

    /// `D:20250512000000+08'00'` (ISO 32000-1 §7.9.4).
    var pdfDate: String { "D:" + day.filter { $0 != "-" } + "000000+08'00'" }

    /// `2025-05-12T00:00:00+08:00`, the same instant as `pdfDate` (XMP's date form).
    var xmpDate: String { day + "T00:00:00+08:00" }

    /// The day in ISO 8601 (`ReportDate`'s own spelling).
    private var day: String { date?.description ?? PDFWriter.fixedDate }
}
