import JixiaoCore

/// What the importer found in one 项目支出绩效自评表, before it becomes the report tree: every
/// value with the cell it came from. The workbook reader and the Word table reader both fill
/// this; `ReportTree` turns it into the `InputNode`s the decoder reads.
struct SelfEvaluationTableReading: Sendable {
    struct Row: Sendable {
        var name: Located
        var target: Located?
        var actual: Located?
        var weight: Located?
        var score: Located?
        var deviation: Located?
        var measures: Located?
    }

    struct Group: Sendable {
        var name: Located
        var rows: [Row] = []
    }

    struct Level: Sendable {
        var name: Located
        var groups: [Group] = []
    }

    /// 其中 rows of the funds block.
    struct Source: Sendable {
        var name: Located
        var initial: Located?
        var adjusted: Located?
        var executed: Located?
    }

    struct Funds: Sendable {
        var unit: String?
        var at: SourceLocation
        var initial: Located?
        var adjusted: Located?
        var executed: Located?
        var weight: Located?
        var rate: Located?
        var score: Located?
        var sources: [Source] = []
    }

    /// Where the table starts (its header row's first cell): the place of what has no cell.
    var at: SourceLocation
    var projectName: Located?
    var department: Located?
    var implementer: Located?
    var year: Located?
    var funds: Funds?
    var expectedGoal: Located?
    var achievedGoal: Located?
    var levels: [Level] = []
    /// The 得分 of the 总分 row.
    var total: Located?
    var warnings: [Diagnostic] = []

    /// A printed 得分 anywhere makes the table one under review: its figures become the
    /// `printed_*` fields (docs/input-format.md, "审核已填报的表").
    var isUnderReview: Bool {
        funds?.score != nil || total != nil || levels.contains { $0.groups.contains { $0.rows.contains { $0.score != nil } } }
    }
}
