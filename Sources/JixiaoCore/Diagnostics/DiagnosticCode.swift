/// A stable code for each kind of problem, printed as `J0xx` and listed in `docs/errors.md`.
///
/// The code is what users search for and what tests assert, so a code is never renumbered;
/// new kinds get new numbers.
public struct DiagnosticCode: Hashable, Sendable, CustomStringConvertible, Comparable {
    public let number: Int

    private init(_ number: Int) { self.number = number }

    public var description: String { "J" + DiagnosticCode.padded(number) }

    /// A number zero-padded to three digits.
    static func padded(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.number < rhs.number }

    // MARK: Reading the file (J001–J019)
    /// The text is not valid YAML or JSON.
    public static let invalidSyntax = DiagnosticCode(1)
    /// The bytes are not UTF-8 (UTF-16, GBK, binary).
    public static let badEncoding = DiagnosticCode(2)
    /// The file is empty or holds only comments.
    public static let emptyFile = DiagnosticCode(3)
    /// A key the format does not know (with a "did you mean").
    public static let unknownField = DiagnosticCode(4)
    /// A required key is absent.
    public static let missingField = DiagnosticCode(5)
    /// A list where text was expected, text where a number was expected, …
    public static let wrongType = DiagnosticCode(6)
    /// The same key twice in one mapping.
    public static let duplicateKey = DiagnosticCode(7)
    /// Two indicators (or groups, levels) with the same name under one parent.
    public static let duplicateName = DiagnosticCode(8)
    /// A number that is negative, zero where that is meaningless, NaN, infinite or absurdly long.
    public static let numberOutOfRange = DiagnosticCode(9)
    /// The file is too large, nested too deep, or expands aliases beyond the limits.
    public static let inputTooLarge = DiagnosticCode(10)
    /// `scheme:` names no preset.
    public static let unknownScheme = DiagnosticCode(11)
    /// The file cannot be opened or read.
    public static let unreadableFile = DiagnosticCode(12)
    /// A control character inside a text field.
    public static let controlCharacter = DiagnosticCode(13)
    /// ` #` after Chinese text in a plain value: YAML drops the rest of the line as a comment.
    public static let commentDropsText = DiagnosticCode(14)
    /// The full-width colon `：` written where YAML needs `: ` (read as `: `, with a warning).
    public static let fullWidthColon = DiagnosticCode(15)
    /// A value starting with a YAML indicator that changes its meaning (`>=95%`).
    public static let yamlIndicator = DiagnosticCode(16)

    // MARK: Values and scores (J020–J039)
    /// A target or actual value that cannot be read as a number, deadline or rating.
    public static let unparseableValue = DiagnosticCode(20)
    /// Target and actual are in different units.
    public static let unitMismatch = DiagnosticCode(21)
    /// Weights of a level do not add up to its parent, or the total is not 100.
    public static let weightSum = DiagnosticCode(22)
    /// A score above its weight or below zero.
    public static let scoreOutOfRange = DiagnosticCode(23)
    /// A manual score without a reason.
    public static let manualScoreWithoutReason = DiagnosticCode(24)
    /// Points lost with no 偏差原因分析 (warning).
    public static let missingDeviationReason = DiagnosticCode(25)
    /// No target value: the row needs a manual score (warning, or error without one).
    public static let missingTarget = DiagnosticCode(26)
    /// Actual far above target: the target may have been set too low (warning).
    public static let overAchievement = DiagnosticCode(27)
    /// A total or subtotal the user typed disagrees with the computed one.
    public static let declaredScoreMismatch = DiagnosticCode(28)
    /// A qualitative score outside its band, or a band that is missing or unknown.
    public static let qualitativeBand = DiagnosticCode(29)
    /// 指标偏离: an actual the scheme's deviation rule counts as too far over its target, scored
    /// weight minus the scheme's deduction (warning, with the arithmetic).
    public static let indicatorDeviation = DiagnosticCode(32)
    /// A target of zero for an indicator scored by ratio.
    public static let zeroTarget = DiagnosticCode(30)
    /// More executed than budgeted (warning).
    public static let overExecutedBudget = DiagnosticCode(31)
    /// A level-1 or level-2 name the scheme does not have.
    public static let unknownLevel = DiagnosticCode(33)
    /// An exact or deadline target not met, scored 0 with no manual score (warning).
    public static let targetNotMet = DiagnosticCode(34)
    /// A scheme file that is itself inconsistent.
    public static let invalidScheme = DiagnosticCode(35)

    /// A score printed in a table under review that the rules do not give (with the arithmetic).
    public static let printedScoreDiffers = DiagnosticCode(36)
    /// A weight written with a unit ("20%", "20分"), read as the number.
    public static let weightWithUnit = DiagnosticCode(37)
    /// The budget block contradicts itself: 其中 rows that do not add up to the summary row, a
    /// zero summary beside funded rows, a budget cut to exactly what was spent.
    public static let budgetRowsDisagree = DiagnosticCode(38)
    /// A value that is not a measurement: an actual written as a target (≥266米), a template
    /// placeholder left in (≥**平方米), a unit typo (百分比), a fraction against a percentage.
    public static let notAMeasurement = DiagnosticCode(39)

    /// The total capped by the scheme for a low 预算执行率 (warning, with both figures). J066
    /// because J020–J039 is full.
    public static let totalCapped = DiagnosticCode(66)

    // MARK: Rendering and output (J040–J059)
    /// A character no configured font can draw.
    public static let missingGlyph = DiagnosticCode(40)
    /// The output file exists and `--force` was not given.
    public static let outputExists = DiagnosticCode(42)
    /// The output folder is missing or not writable.
    public static let outputNotWritable = DiagnosticCode(43)
    /// A font role resolves to no font file.
    public static let fontMissing = DiagnosticCode(44)
    /// Cairo or Pango failed.
    public static let renderFailed = DiagnosticCode(45)
    /// The cover's fields, title or issuer do not fit on its one page.
    public static let coverOverflow = DiagnosticCode(46)
    /// A layout painted with a render session other than the one that made it (a program error).
    public static let foreignLayout = DiagnosticCode(47)
    /// A scheme names a printed form (`form:`) that Jixiao has no layout for.
    public static let unknownTableForm = DiagnosticCode(48)
    /// Finishing could not make the PDF archive-grade (PDF/A): Cairo's file could not be read
    /// (a program error).
    public static let finishingFailed = DiagnosticCode(53)
    /// A PDF given to `extract`, `check` or `score` carries no embedded report (it was not made
    /// with `--attach-data`), or is not a PDF Jixiao can read.
    public static let noEmbeddedReport = DiagnosticCode(54)
    /// An embedded file of the PDF is damaged: it does not inflate, or its size is not the one
    /// its /Params records.
    public static let embeddedFileDamaged = DiagnosticCode(55)

    // MARK: Batch and archive (J060–J079)
    /// Two inputs would write the same output file.
    public static let outputCollision = DiagnosticCode(60)
    /// A file differs from the manifest, is missing, or is not listed.
    public static let manifestMismatch = DiagnosticCode(61)

    // MARK: Re-checking published tables (J062–J065)
    /// A table under review prints no score for a row or for 预算执行率: the rule's is counted.
    public static let printedScoreMissing = DiagnosticCode(62)

    // MARK: Importing workbooks and Word files (J080–J099)
    /// Not a readable .xlsx/.docx: not a ZIP, truncated, a part missing or not XML, a DTD.
    public static let unreadableOfficeFile = DiagnosticCode(80)
    /// An Office 97–2003 binary file (.xls, .doc) or a password-protected one: convert first.
    public static let legacyOfficeFile = DiagnosticCode(81)
    /// No 自评表 in the workbook or document: no sheet with the header labels, or a column missing.
    public static let noSelfEvaluationTable = DiagnosticCode(82)
    /// A cell holding a formula: read by its saved result (warning), or with no result saved.
    public static let formulaCell = DiagnosticCode(83)
    /// A cell or row the importer could not place (an error value such as #DIV/0!, a row with
    /// figures but no 三级指标) — left out, with a warning.
    public static let cellNotRead = DiagnosticCode(84)
    /// A narrative with no heading the importer recognises, or a file of another kind than
    /// its extension says.
    public static let narrativeNotRead = DiagnosticCode(85)
}
