import Foundation
import Testing
@testable import JixiaoImport
import JixiaoCore

/// `jixiao new`: a file `check` accepts as it stands, every field explained once in Chinese
/// with an English gloss.
@Suite struct StarterReportTests {
    @Test(arguments: SchemeLibrary.presetIDs)
    func checkAcceptsTheStarterAsItIs(_ id: String) throws {
        let scheme = try #require(SchemeLibrary.preset(id: id))
        let yaml = StarterReport.yaml(scheme: scheme)
        let report = try ReportDecoder.decode(bytes: Array(yaml.utf8), file: "report.yaml")
        let scored = try ReportPipeline.score(report)
        #expect(scored.warnings.isEmpty, "\(scored.warnings.map(\.description))")
        #expect(report.scheme.id == id)
        #expect(report.indicators.map(\.name) == scheme.levels.map(\.name))
        #expect(scored.total == 100)
        #expect(StarterReport.yaml(scheme: scheme) == yaml, "the same scheme gives the same file")
    }

    /// Every field the file writes has a note, and each note is written once, on the line
    /// above the first field of its kind (or above the `- ` that line shares).
    @Test func everyFieldIsExplainedOnceAboveIt() throws {
        let scheme = try #require(SchemeLibrary.preset(id: "linzhi-2024"))
        let yaml = StarterReport.yaml(scheme: scheme)
        var kinds: [String] = []
        func walk(_ node: InputNode, _ path: FieldPath) {
            switch node.content {
            case .mapping(let pairs):
                for pair in pairs {
                    let key = path.key(pair.key.scalarText ?? "")
                    if let kind = StarterReport.kind(of: key), !kind.hasPrefix("cover.fields[].") { kinds.append(kind) }
                    walk(pair.value, key)
                }
            case .sequence(let items):
                for (index, item) in items.enumerated() { walk(item, path.index(index + 1)) }
            case .scalar: break
            }
        }
        walk(StarterReport.tree(scheme: scheme), .root)
        let missing = Set(kinds).filter { StarterReport.notes[$0] == nil }
        #expect(missing.isEmpty, "fields without a note: \(missing.sorted())")
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for kind in Set(kinds) {
            let note = try #require(StarterReport.notes[kind])
            let places = lines.indices.filter { lines[$0].trimmingCharacters(in: .whitespaces) == "# " + note }
            #expect(places.count == 1, "\(kind): \(places.count) times")
            let key = String(kind.split(separator: ".").last ?? "").replacingOccurrences(of: "[]", with: "")
            if let place = places.first, let next = lines[(place + 1)...].first(where: { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }) {
                let line = next.trimmingCharacters(in: .whitespaces)
                let expected = kind.hasSuffix("[]") ? line.hasPrefix("- ") : line.hasPrefix(key + ":") || line.hasPrefix("- " + key + ":")
                #expect(expected, "\(kind): \(next)")
            }
        }
        // Chinese first, then an English gloss in brackets.
        #expect(StarterReport.notes.values.allSatisfy { $0.contains(" (") && $0.hasSuffix(")") })
    }

    /// The hook writes nothing for `import`: no notes, the same bytes as before it existed.
    @Test func withoutNotesTheWriterWritesNoComment() throws {
        let tree = StarterReport.tree(scheme: try #require(SchemeLibrary.preset(id: "national-2020")))
        #expect(!ReportYAMLWriter.write(tree).contains("#"))
        #expect(ReportYAMLWriter.write(tree, comment: "x").hasPrefix("# x\nscheme: national-2020\n"))
    }
}
