import Foundation
import Testing
import JixiaoCore
import JixiaoRender

/// Mutates the bundled examples and runs each result through decode → score → compose →
/// layout and on to a PDF file, in process, with one render session per shard.
///
/// Nothing may crash; every case must finish within `caseLimit`; every refusal must be clear
/// diagnostics (`FuzzChecks`); every layout must keep its text on the paper and lose none.
///
/// `JIXIAO_FUZZ_CASES` sets the number of cases (default 2,000, what CI runs; `make fuzz`
/// runs 20,000), `JIXIAO_FUZZ_SEED` the seed, `JIXIAO_FUZZ_FIRST` the first case (to replay
/// one), and `JIXIAO_FUZZ_LAST_INPUT` a file that holds each case's bytes while it runs, so
/// the input of a case that crashed the process is kept.
@Suite struct FuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let cases = Int(environment["JIXIAO_FUZZ_CASES"] ?? "") ?? 2_000
    static let seed = UInt64(environment["JIXIAO_FUZZ_SEED"] ?? "") ?? 0x4A49_5849_414F_2024
    static let first = Int(environment["JIXIAO_FUZZ_FIRST"] ?? "") ?? 0
    static let lastInput = environment["JIXIAO_FUZZ_LAST_INPUT"]
    /// Every how many cases one is written to a PDF file (`JIXIAO_FUZZ_PDF_EVERY`; default 1:
    /// every case that reaches layout goes on to a PDF).
    static let pdfEvery = max(1, Int(environment["JIXIAO_FUZZ_PDF_EVERY"] ?? "") ?? 1)
    /// The slowest sound case (1620, a long run in the national example) takes 4.3 s of one
    /// thread's CPU in a debug build, and 5.5 s while both cores are busy: 10 s still catches
    /// any blow-up (a quadratic check on such a case takes minutes) without failing on load.
    static let caseLimit = Duration.seconds(10)
    /// A case still running after this is a hang: `CaseWatchdog` ends the run and names it.
    static let hangLimit = Duration.seconds(60)
    /// Shards run in parallel, each with its own render session (sessions are per thread).
    static let shards = 2

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples: [(name: String, bytes: [UInt8])] = ["linzhi-2024-kunnan-zhigong.yaml", "national-2020-example.yaml"]
        .map { name in
            let url = repository.appendingPathComponent("assets/examples").appendingPathComponent(name)
            return (name, [UInt8]((try? Data(contentsOf: url)) ?? Data()))
        }

    @Test(arguments: 0..<shards)
    func mutatedExamplesFailClearlyOrRenderCompletely(shard: Int) throws {
        #expect(Self.examples.allSatisfy { !$0.bytes.isEmpty })
        let session = try RenderSession(configurationPath: Self.repository.appendingPathComponent("fonts/fonts.conf").path)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var runner = FuzzRunner(session: session, folder: folder)
        let watchdog = CaseWatchdog(limit: Self.hangLimit)
        defer { watchdog.stop() }
        let indices = Array(stride(from: Self.first + shard, to: Self.first + Self.cases, by: Self.shards))
        for index in indices {
            var random = SplitMix64(seed: Self.seed, case: index)
            let example = random.pick(Self.examples)
            var mutator = Mutator(random: random)
            let (bytes, applied) = mutator.mutate(example.bytes, count: mutator.random.chance(70) ? 1 : 2 + mutator.random.below(2))
            let name = "case\(index)" + (mutator.random.chance(20) ? ".json" : ".yaml")
            if let lastInput = Self.lastInput {
                try? Data(bytes).write(to: URL(fileURLWithPath: lastInput + ".\(shard)"))
            }
            let label = "case \(index) (\(example.name): \(applied.joined(separator: ", ")))"
            watchdog.begin(label)
            runner.run(bytes, name: name, label: label, writePDF: index % Self.pdfEvery == shard % Self.pdfEvery)
            watchdog.end()
        }
        let stats = runner.stats
        print("fuzz shard \(shard): \(stats.cases) cases (seed \(Self.seed)): \(stats.refusedDecoding) refused decoding, "
              + "\(stats.refusedScoring) refused scoring, \(stats.laidOut) laid out, \(stats.pdfs) PDFs, "
              + "\(stats.refusedRendering) render refusals; slowest \(stats.slowest) (\(stats.slowestLabel)); "
              + "codes \(stats.codes.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: " "))")
        if !stats.renderRefusals.isEmpty {
            print("fuzz shard \(shard) render refusals:\n" + stats.renderRefusals.prefix(20).joined(separator: "\n"))
        }
        #expect(stats.cases == indices.count)
        #expect(stats.slowest < Self.caseLimit, "slowest case: \(stats.slowestLabel)")
        let findings = stats.findings.prefix(25).joined(separator: "\n")
        #expect(stats.findings.isEmpty, "\(stats.findings.count) findings:\n\(findings)")
    }
}

/// Counts and findings of one shard.
struct FuzzStats {
    var cases = 0, refusedDecoding = 0, refusedScoring = 0, laidOut = 0, pdfs = 0, refusedRendering = 0
    var slowest = Duration.zero
    var slowestLabel = ""
    var codes: [String: Int] = [:]
    var findings: [String] = []
    /// Cases the exporter refused (a clear error, but worth reading), with the message.
    var renderRefusals: [String] = []
}

/// Runs one case through the pipeline and records what happened.
struct FuzzRunner {
    let session: RenderSession
    let folder: URL
    var stats = FuzzStats()

    init(session: RenderSession, folder: URL) {
        self.session = session
        self.folder = folder
    }

    /// Decode → score → compose → layout, timed against `caseLimit` (a blow-up such as a
    /// quadratic check shows there); then, with `writePDF`, the PDF, which the watchdog bounds
    /// (painting a 30-page case takes seconds on a loaded machine, and is no blow-up).
    ///
    /// Timed in the thread's CPU time, not on the wall: a case is one thread's work, and on a
    /// shared machine (CI, or a second build beside it) the wall clock counts others' work too.
    mutating func run(_ bytes: [UInt8], name: String, label: String, writePDF: Bool) {
        stats.cases += 1
        let start = ThreadCPUTime.now()
        var (problems, document) = pipeline(bytes, name: name, label: label)
        let elapsed = ThreadCPUTime.now() - start
        if elapsed > stats.slowest {
            stats.slowest = elapsed
            stats.slowestLabel = label
        }
        if elapsed > FuzzTests.caseLimit { problems.append("took \(elapsed)") }
        if writePDF, let document { problems += export(document, label: label) }
        stats.findings += problems.map { "\(label): \($0)" }
    }

    /// The problems of one case, and its document when it was laid out.
    private mutating func pipeline(_ bytes: [UInt8], name: String, label: String) -> ([String], Document?) {
        let input: ReportInput
        do {
            input = try ReportDecoder.decode(bytes: bytes, file: name)
        } catch {
            stats.refusedDecoding += 1
            count(error.all)
            return (FuzzChecks.refusal(error.all, stage: "decode"), nil)
        }
        let report: ScoredReport
        do {
            report = try Scorer.score(input, scheme: input.scheme)
        } catch {
            stats.refusedScoring += 1
            count(error.all)
            return (FuzzChecks.refusal(error.all, stage: "score"), nil)
        }
        var problems = (input.warnings + report.warnings).flatMap { FuzzChecks.message($0, stage: "warning") }
        count(input.warnings + report.warnings)
        let document = Composer.compose(report)
        let rendered = ReportRenderer(session: session).layout(document)
        stats.laidOut += 1
        if rendered.pages.isEmpty { problems.append("layout: no pages") }
        problems += FuzzChecks.insideTextArea(rendered)
        problems += FuzzChecks.nothingLost(document, rendered)
        return (problems, document)
    }

    /// Writes the PDF (missing glyphs allowed, replacing the last case's file): a readable PDF
    /// or a clear render error, and no temporary file left either way.
    private mutating func export(_ document: Document, label: String) -> [String] {
        let path = folder.appendingPathComponent("case.pdf").path
        var problems: [String] = []
        do {
            let result = try ReportExporter(session: session).export(
                document, to: path, options: ExportOptions(overwrite: true, allowMissingGlyphs: true))
            stats.pdfs += 1
            let head = FileManager.default.contents(atPath: path)?.prefix(5)
            if head != Data("%PDF-".utf8) || result.pages < 1 { problems.append("export: no PDF written") }
        } catch {
            stats.refusedRendering += 1
            count(error.diagnostics)
            stats.renderRefusals += error.diagnostics.map { "\(label): \($0.code) \($0.message)" }
            // Cairo or Pango failing is never the report's fault: a finding, not a refusal.
            problems += error.diagnostics.filter { $0.code == .renderFailed }.map { "export: \($0.code) \($0.message)" }
            problems += error.diagnostics.flatMap { FuzzChecks.message($0, stage: "export") }
        }
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".tmp") } ?? []
        if !leftovers.isEmpty { problems.append("export: temporary files left: \(leftovers)") }
        return problems
    }

    private mutating func count(_ diagnostics: [Diagnostic]) {
        for code in Set(diagnostics.map(\.code.description)) { stats.codes[code, default: 0] += 1 }
    }
}

/// The CPU time the calling thread has used (CLOCK_THREAD_CPUTIME_ID).
enum ThreadCPUTime {
    static func now() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }
}
