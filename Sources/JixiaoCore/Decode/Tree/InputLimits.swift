/// The bounds every input file must stay within, so a hostile or broken file costs a
/// clear error instead of memory, stack or minutes.
///
/// The defaults are far above any real report (the seed is 14 KB, 8 levels deep) and far
/// below what would hurt: `ReportDecoder` refuses a file past any of them with J010.
public struct InputLimits: Hashable, Sendable {
    /// Largest file read, in bytes (20 MB). Checked before the bytes are read.
    public var maxFileBytes: Int
    /// Deepest nesting of mappings and lists allowed in the decoded tree (64).
    public var maxDepth: Int
    /// Deepest nesting the raw-text pre-scan tolerates before handing the text to the YAML
    /// parser, whose composer recurses once per level (2 × `maxDepth`: the pre-scan
    /// over-estimates, it counts indentation steps and list dashes).
    public var maxScannedDepth: Int
    /// Most significant digits in one number (30): `Decimal` holds 38, and no budget has more.
    public var maxSignificantDigits: Int
    /// How many duplicate keys are located one by one before the rest are left unreported.
    public var maxDuplicateKeyReports: Int
    /// Most nodes (mappings, lists, values) in one file (2,000,000; a 5,000-row report has
    /// about 60,000). A guard behind the alias refusal: no expansion can grow past it.
    public var maxNodes: Int

    public init(maxFileBytes: Int = 20 * 1024 * 1024, maxDepth: Int = 64, maxScannedDepth: Int = 128,
                maxSignificantDigits: Int = 30, maxDuplicateKeyReports: Int = 20, maxNodes: Int = 2_000_000) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxScannedDepth = maxScannedDepth
        self.maxSignificantDigits = maxSignificantDigits
        self.maxDuplicateKeyReports = maxDuplicateKeyReports
        self.maxNodes = maxNodes
    }

    public static let `default` = InputLimits()
}

extension InputLimits {
    /// J010 for input of `size` bytes, over `maxFileBytes`; the file adapter says it before
    /// reading, the text reader for bytes handed to it.
    public func fileTooLarge(_ size: Int, at location: SourceLocation) -> Diagnostic {
        let megabytes = maxFileBytes / (1024 * 1024)
        return .error(.inputTooLarge,
                      Message("文件大小 \(size) 字节，超过上限 \(megabytes) MB", "the file has \(size) bytes, more than the limit of \(megabytes) MB"),
                      location: location,
                      hints: [Message("一份报告通常不足 100 KB；请检查是否选错了文件", "a report is usually under 100 KB; check that this is the right file")])
    }
}
