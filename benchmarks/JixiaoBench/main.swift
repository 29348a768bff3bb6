import Foundation
import JixiaoCore
import JixiaoImport
import JixiaoRender
import JixiaoPipeline

// jixiao-bench: the in-process measurements of `make bench` (see benchmarks/run.sh).
//
//   jixiao-bench warm FILE ITERATIONS OUT.pdf      ms per report, render session reused, the project's
//                                                   name changed each time (as Typst's input is)
//   jixiao-bench warm-unremembered FILE ITERATIONS OUT.pdf
//                                                   the same with the session's typeset memory emptied
//                                                   before each report: every paragraph set anew
//   jixiao-bench text-only FILE ITERATIONS OUT.pdf the same without the table: what the floor draws
//   jixiao-bench scale FILE FACTOR ITERATIONS OUT.pdf
//                                                   the report's paragraphs and indicator rows ×FACTOR,
//                                                   every paragraph set anew (typeset memory emptied)
//   jixiao-bench phases FILE ITERATIONS OUT.pdf    median ms of decode+score, compose, layout, pdf (paint), finish (PDF/A), write
//   jixiao-bench plain-text FILE                   the report's cover, headings and paragraphs, a line each
//                                                   (the floor program's input)
//   jixiao-bench variants FILE COUNT DIR           COUNT copies of FILE with distinct names and figures
//   jixiao-bench import FILE.xlsx ITERATIONS       ms to import and decode a workbook held in memory
//   jixiao-bench typst FILE                        the same composed report as Typst markup, for
//                                                   benchmarks/typst_peer.py (Typst's time on it)
//
// Prints one line per iteration, "ms <milliseconds>", after two unmeasured warm-up runs.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

func milliseconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
}

/// decode → score → compose → layout → PDF: everything `jixiao render` does after start-up.
/// With `textOnly`, the document stops before the attachment (the self-evaluation table), so it
/// holds what the floor program draws: the cover and the narrative.
///
/// Each run renders a different report, as Typst's peer compiles a different document each
/// time (benchmarks/typst_peer.py): `run` is appended to the project's name, which the title,
/// the cover, the narrative and the table all print. The session's typeset memory then serves
/// the paragraphs the change leaves alone, as Typst's memoised layout does.
func renderOnce(_ file: String, run: Int, factor: Int, exporter: ReportExporter, output: String,
                textOnly: Bool = false) throws {
    let report = try variant(of: file, run: run, factor: factor)
    var document = Composer.compose(report)
    if textOnly, let end = document.body.firstIndex(of: .pageBreak) {
        document.body = Array(document.body[..<end])
    }
    _ = try exporter.export(document, to: output, options: ExportOptions(overwrite: true))
}

/// `file` scored, with its paragraphs and rows ×`factor` and "（第run号）" after the project's name.
func variant(of file: String, run: Int, factor: Int = 1) throws -> ScoredReport {
    let decoded = try ReportFile.decode(file)
    var input = factor > 1 ? Scaling.scaled(decoded, by: factor) : decoded
    input.project.name += "（第\(run)号）"
    return try ReportPipeline.score(input)
}

/// Prints the milliseconds of `iterations` renders after two unmeasured ones. With `forget`,
/// the session forgets its typeset paragraphs before each: every paragraph is set anew.
func measure(_ file: String, factor: Int, iterations: Int, output: String, textOnly: Bool = false,
             forget: Bool = false) throws {
    let session = try RenderSession()
    let exporter = ReportExporter(session: session)
    for run in 1...(iterations + 2) {
        if forget { session.forgetTypesetParagraphs() }
        let start = DispatchTime.now()
        try renderOnce(file, run: run, factor: factor, exporter: exporter, output: output, textOnly: textOnly)
        if run > 2 { print(String(format: "ms %.3f", milliseconds(since: start))) }
    }
}

/// Median milliseconds of each stage over `iterations` runs: where a warm render's time goes.
func phases(_ file: String, iterations: Int, output: String) throws {
    let session = try RenderSession()
    var times: [String: [Double]] = [:]
    func timed<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now()
        let result = try body()
        times[name, default: []].append(milliseconds(since: start))
        return result
    }
    for run in 1...(iterations + 2) {
        let report = try timed("decode+score") { try variant(of: file, run: run) }
        let document = timed("compose") { Composer.compose(report) }
        let rendered = timed("layout") { ReportRenderer(session: session).layout(document) }
        let painted = try timed("pdf") { try PDFWriter.data(rendered, session: session) }
        let finished = try timed("finish") { try PDFFinisher.finish(painted, metadata: ArchiveMetadata(rendered.metadata)) }
        try timed("write") { try AtomicOutput.write(finished, to: output, overwrite: true) }
    }
    for name in ["decode+score", "compose", "layout", "pdf", "finish", "write"] {
        let sorted = (times[name] ?? []).dropFirst(2).sorted()
        print(String(format: "phase %@ %.3f", name, sorted.isEmpty ? 0 : sorted[sorted.count / 2]))
    }
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else { fail("usage: jixiao-bench warm|scale|variants …") }
do {
    switch arguments[1] {
    case "warm" where arguments.count == 5:
        try measure(arguments[2], factor: 1, iterations: Int(arguments[3]) ?? 50, output: arguments[4])
    case "warm-unremembered" where arguments.count == 5:
        try measure(arguments[2], factor: 1, iterations: Int(arguments[3]) ?? 50, output: arguments[4], forget: true)
    case "text-only" where arguments.count == 5:
        try measure(arguments[2], factor: 1, iterations: Int(arguments[3]) ?? 50, output: arguments[4], textOnly: true)
    case "scale" where arguments.count == 6:
        try measure(arguments[2], factor: Int(arguments[3]) ?? 1, iterations: Int(arguments[4]) ?? 10, output: arguments[5],
                    forget: true)
    case "phases" where arguments.count == 5:
        try phases(arguments[2], iterations: Int(arguments[3]) ?? 20, output: arguments[4])
    case "plain-text" where arguments.count == 3:
        let document = Composer.compose(try ReportFile.score(arguments[2]))
        if let cover = document.cover {
            print(([cover.title.text] + cover.lines.map { "\($0.label)：\($0.value)" } + [cover.issuer, cover.year].compactMap { $0?.text })
                .joined(separator: "\n"))
        }
        for block in document.body {
            switch block {
            case .heading(let heading): print(heading.fullText)
            case .paragraph(let paragraph) where paragraph.style == .body: print(paragraph.text.replacingOccurrences(of: "\n", with: ""))
            default: continue
            }
        }
    case "import" where arguments.count == 4:
        // The bytes are read once: what is timed is ZIP, XML, the table reader and the decoder.
        let source = ImportSource(bytes: try ReportFile.read(URL(fileURLWithPath: arguments[2]), displayName: arguments[2]),
                                  name: arguments[2])
        let iterations = Int(arguments[3]) ?? 60
        for run in 0..<(iterations + 2) {
            let start = DispatchTime.now()
            _ = try ReportImporter.decode(source)
            if run >= 2 { print("ms \(milliseconds(since: start))") }
        }
    case "typst" where arguments.count == 3:
        print(TypstDocument.markup(Composer.compose(try ReportFile.score(arguments[2]))), terminator: "")
    case "variants" where arguments.count == 5:
        try Variants.write(from: arguments[2], count: Int(arguments[3]) ?? 200, into: arguments[4])
    default:
        fail("usage: jixiao-bench warm FILE N OUT.pdf | scale FILE FACTOR N OUT.pdf | variants FILE COUNT DIR | typst FILE")
    }
} catch let diagnostics as Diagnostics {
    fail(diagnostics.description)
} catch {
    fail("\(error)")
}
