/// The counters of a document's lists as Word advances them, paragraph by paragraph, and the
/// label each numbered paragraph shows (`二、`, `（三）`, `1. `).
///
/// Word counts per abstract list, not per instance: two `w:num` sharing an `abstractNum`
/// continue one count, and an instance restarts it only through a `w:startOverride`, the first
/// time a paragraph uses that instance. Using a level restarts the levels below it (unless
/// their `w:lvlRestart` says otherwise); a level not used yet shows its start value.
///
/// ```swift
/// var counters = ListCounters(numbering)
/// counters.label(for: reference)   // "一、", then "（一）", "（二）", "二、" …
/// ```
struct ListCounters: Sendable {
    let numbering: WordNumbering
    /// Abstract list → the current value of each level, nil where not yet used or restarted.
    private var values: [String: [Int?]] = [:]
    private var startedInstances: Set<String> = []

    init(_ numbering: WordNumbering) { self.numbering = numbering }

    /// Advances the counter of `reference` and returns the label as Word shows it, with what
    /// follows it: a space for Word's tab or space suffix (in a report's text the tab is only
    /// where Word aligns the text, and reads as the gap a typed number leaves), nothing for
    /// `nothing`. Empty for a bullet, for a level with no label, and for an unknown list.
    mutating func label(for reference: WordNumbering.Reference) -> String {
        let count = WordNumbering.levelCount
        guard (0..<count).contains(reference.level), let instance = numbering.instances[reference.list],
              let level = numbering.level(reference.level, of: reference.list) else { return "" }
        var current = values[instance.abstract] ?? Array(repeating: nil, count: count)
        if startedInstances.insert(reference.list).inserted {
            for (index, start) in instance.startOverrides where (0..<count).contains(index) {
                current[index] = start - 1
            }
        }
        current[reference.level] = (current[reference.level] ?? level.start - 1) + 1
        for deeper in (reference.level + 1)..<count {
            let restart = numbering.level(deeper, of: reference.list)?.restartBelow ?? deeper
            if reference.level < restart { current[deeper] = nil }
        }
        values[instance.abstract] = current
        guard level.format != .bullet else { return "" }
        let label = Self.render(level.text) { index in
            guard (0..<count).contains(index) else { return "" }
            let other = numbering.level(index, of: reference.list)
            let value = current[index] ?? other?.start ?? 1
            let format = level.legal ? ListNumberFormat.decimal : (other?.format ?? .decimal)
            return format == .none ? "" : format.text(value)
        }
        guard !label.isEmpty else { return "" }
        return label + (level.suffix == "nothing" ? "" : " ")
    }

    /// `text` with each `%n` (n from 1 to 9) replaced by `counter(n - 1)`.
    static func render(_ text: String, counter: (Int) -> String) -> String {
        var result = ""
        var characters = text[...]
        while let character = characters.popFirst() {
            if character == "%", let digit = characters.first?.wholeNumberValue, (1...9).contains(digit) {
                characters.removeFirst()
                result += counter(digit - 1)
            } else {
                result.append(character)
            }
        }
        return result
    }
}
