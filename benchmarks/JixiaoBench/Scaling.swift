import Foundation
import JixiaoCore

/// A report made `factor` times longer: every paragraph written `factor` times, every
/// indicator row split into `factor` rows of 1/factor of its weight (so the weights and the
/// total stay what they were and the report still scores cleanly).
enum Scaling {
    static func scaled(_ input: ReportInput, by factor: Int) -> ReportInput {
        var copy = input
        copy.sections = input.sections.map { scaled($0, by: factor) }
        copy.indicators = input.indicators.map { level in
            var level = level
            level.groups = level.groups.map { group in
                var group = group
                group.rows = group.rows.flatMap { row in
                    (1...factor).map { copyIndex in
                        var row = row
                        row.name = copyIndex == 1 ? row.name : "\(row.name)（\(copyIndex)）"
                        row.weight = row.weight / Decimal(factor)
                        row.manualScore = row.manualScore.map { $0 / Decimal(factor) }
                        return row
                    }
                }
                return group
            }
            return level
        }
        copy.declaredTotal = nil
        return copy
    }

    private static func scaled(_ section: NarrativeSection, by factor: Int) -> NarrativeSection {
        var section = section
        section.paragraphs = section.paragraphs.flatMap { Array(repeating: $0, count: factor) }
        section.subsections = section.subsections.map { scaled($0, by: factor) }
        return section
    }
}

/// Copies of a report file with a distinct project name and executed amount each (and no
/// declared total, which would no longer agree), for the batch benchmark: each is rendered in
/// full, not served from any cache.
enum Variants {
    static func write(from file: String, count: Int, into folder: String) throws {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for index in 1...count {
            let executed = 90 + index % 11
            let variant = text
                .replacingOccurrences(of: "  name: 困难职工帮扶（1:1）配套资金", with: "  name: 困难职工帮扶（1:1）配套资金第\(index)号")
                .replacingOccurrences(of: "  executed: 100", with: "  executed: \(executed)")
                .replacingOccurrences(of: "\nself_score: 88\n", with: "\n")   // the total now differs from the seed's
            let name = String(format: "report-%04d.yaml", index)
            try variant.write(toFile: (folder as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
    }
}
