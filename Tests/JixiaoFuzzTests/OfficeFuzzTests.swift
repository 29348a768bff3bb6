import Foundation
import Testing
import JixiaoCore
import JixiaoImport

/// Mutated workbooks and Word files (Tests/Fixtures/office) through import → decode → score →
/// compose: nothing may crash or hang, each case finishes within `FuzzTests.caseLimit`, and
/// every refusal is clear diagnostics. `JIXIAO_FUZZ_OFFICE_CASES` sets the number of cases
/// (default 300, what CI runs); the seed is `JIXIAO_FUZZ_SEED`'s, as for the YAML cases.
@Suite struct OfficeFuzzTests {
    static let cases = Int(FuzzTests.environment["JIXIAO_FUZZ_OFFICE_CASES"] ?? "") ?? 300
    static let fixtures: [(name: String, bytes: [UInt8])] = ["national-zhongjiang.xlsx", "provincial-yongde.xlsx", "formats.xlsx",
                                                             "report-with-table.docx", "report-headings.docx", "report-numbered.docx"]
        .map { name in
            let url = FuzzTests.repository.appendingPathComponent("Tests/Fixtures/office").appendingPathComponent(name)
            return (name, [UInt8]((try? Data(contentsOf: url)) ?? Data()))
        }

    @Test func mutatedOfficeFilesFailClearlyOrImportCompletely() {
        #expect(Self.fixtures.allSatisfy { !$0.bytes.isEmpty })
        var findings: [String] = []
        var imported = 0, refused = 0
        var slowest = Duration.zero
        let clock = ContinuousClock()
        for index in 0..<Self.cases {
            var random = SplitMix64(seed: FuzzTests.seed, case: index)
            let fixture = random.pick(Self.fixtures)
            var mutator = OfficeMutator(random: random)
            let (bytes, applied) = mutator.mutate(fixture.bytes)
            let label = "office case \(index) (\(fixture.name): \(applied))"
            let start = clock.now
            do {
                let report = try ReportImporter.decode(ImportSource(bytes: bytes, name: fixture.name))
                imported += 1
                if let scored = try? ReportPipeline.score(report) { _ = Composer.compose(scored) }
                findings += report.warnings.flatMap { FuzzChecks.message($0, stage: "warning") }.map { "\(label): \($0)" }
            } catch {
                refused += 1
                findings += FuzzChecks.refusal(error.all, stage: "import").map { "\(label): \($0)" }
            }
            let elapsed = clock.now - start
            slowest = max(slowest, elapsed)
            if elapsed > FuzzTests.caseLimit { findings.append("\(label): took \(elapsed)") }
        }
        print("office fuzz: \(Self.cases) cases, \(imported) imported, \(refused) refused; slowest \(slowest)")
        #expect(imported > Self.cases / 10, "too few cases got past the importer: \(imported)")
        #expect(findings.isEmpty, "\(findings.count) findings:\n\(findings.prefix(25).joined(separator: "\n"))")
    }
}
