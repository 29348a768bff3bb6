/// The fixed bounds on what an imported file may cost. A workbook or Word file is a ZIP of XML
/// from anyone: without them a few kilobytes can inflate to gigabytes (a ZIP bomb), or a sheet
/// can hold a million rows. Each limit ends the import with a message naming the file (J010).
public struct ImportLimits: Hashable, Sendable {
    /// Entries in the ZIP directory (a real workbook has a few dozen).
    public var maxEntries = 2_000
    /// Inflated bytes of one part (a real sheet or document part is well under a megabyte).
    public var maxPartBytes = 64 << 20
    /// Elements of one XML part, and how deeply they nest.
    public var maxXMLElements = 1_000_000
    public var maxXMLDepth = 256
    /// Rows and columns of the sheet read (a 自评表 has some dozens of rows).
    public var maxRows = 20_000
    public var maxColumns = 256
    /// Paragraphs of a narrative.
    public var maxParagraphs = 100_000

    public init() {}

    public static let `default` = ImportLimits()
}
