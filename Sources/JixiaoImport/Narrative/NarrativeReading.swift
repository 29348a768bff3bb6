import JixiaoCore

/// The cover and the numbered sections found in a narrative, each value with its place.
struct NarrativeReading: Sendable {
    struct Section: Sendable {
        var title: Located
        var paragraphs: [Located] = []
        var sections: [Section] = []
    }

    var title: Located?
    /// `项目名称：……` lines of the cover, in order.
    var coverFields: [(label: Located, value: Located)] = []
    var issuer: Located?
    var year: Located?
    var sections: [Section] = []
    var warnings: [Diagnostic] = []

    /// A cover field's value by label (`填报日期`), or by a label that contains it
    /// (`项目主管部门（单位）` for `主管部门`).
    func cover(_ label: String) -> Located? {
        coverFields.first { $0.label.text == label }?.value ?? coverFields.first { $0.label.text.contains(label) }?.value
    }
}
