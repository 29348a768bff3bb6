import Foundation
import JixiaoCore
import JixiaoRender

/// What must hold for every fuzz case, whatever the bytes: each check returns the problems it
/// found, as text naming the case, so one run reports every finding at once.
enum FuzzChecks {
    /// Messages longer than this flood a terminal: user text in them must be excerpted.
    static let longestMessage = 1_000

    /// A refusal is one or more diagnostics, at least one an error, each with a code, a
    /// bilingual message and hints that are not empty, and a location when it comes from decoding.
    static func refusal(_ diagnostics: [Diagnostic], stage: String) -> [String] {
        var problems: [String] = []
        if diagnostics.isEmpty { problems.append("\(stage): refused with no diagnostic") }
        if !diagnostics.contains(where: { $0.severity == .error }) { problems.append("\(stage): refused with warnings only") }
        for diagnostic in diagnostics {
            problems += message(diagnostic, stage: stage)
            if stage == "decode", diagnostic.location == nil { problems.append("decode: \(diagnostic.code) has no line:column") }
        }
        return problems
    }

    static func message(_ diagnostic: Diagnostic, stage: String) -> [String] {
        var problems: [String] = []
        let code = diagnostic.code.description
        if code.count != 4 || !code.hasPrefix("J") { problems.append("\(stage): malformed code \(code)") }
        let texts = [diagnostic.message] + diagnostic.hints
        if texts.contains(where: { $0.chinese.isEmpty || $0.english.isEmpty }) {
            problems.append("\(stage): \(code) has an empty message or hint")
        }
        if diagnostic.message.chinese.count > longestMessage || diagnostic.message.english.count > longestMessage {
            problems.append("\(stage): \(code) message of \(diagnostic.message.chinese.count) characters")
        }
        return problems
    }

    /// Every glyph of a laid-out document lies inside the text area (folios below it excepted),
    /// unless the cover is already refused as too long.
    static func insideTextArea(_ rendered: RenderedDocument, geometry: PageGeometry = .a4) -> [String] {
        let area = geometry.textArea
        let tolerance = 1.0
        for (index, page) in rendered.pages.enumerated() {
            if index < rendered.coverPages, rendered.coverOverflow != nil { continue }
            for item in page.items {
                guard case .glyphs(let run) = item.item else { continue }
                let isFolio = item.origin.y > area.maxY && run.text.allSatisfy { "— 0123456789".contains($0) }
                if isFolio { continue }
                let xs = run.glyphs.map { item.origin.x + $0.x }
                let inside = item.origin.y <= area.maxY + tolerance && item.origin.y >= area.minY - tolerance
                    && (xs.min() ?? area.minX) >= area.minX - tolerance && (xs.max() ?? area.maxX) <= area.maxX + tolerance
                if !inside {
                    return ["layout: page \(index + 1): “\(run.text.prefix(20))” drawn at (\(Int(xs.min() ?? 0)), \(Int(item.origin.y))), outside the text area"]
                }
            }
        }
        return []
    }

    /// Every visible character of the document's text is on some page (wrapping may add a
    /// hyphen, repeat a spanning cell, never drop anything). Counted in scalars: a combining
    /// mark may land in another run (another font) than its base.
    static func nothingLost(_ document: Document, _ rendered: RenderedDocument) -> [String] {
        var wanted: [Unicode.Scalar: Int] = [:]
        for text in texts(of: document) {
            for scalar in text.unicodeScalars where !scalar.properties.isWhitespace { wanted[scalar, default: 0] += 1 }
        }
        var drawn: [Unicode.Scalar: Int] = [:]
        for page in rendered.pages {
            for item in page.items {
                guard case .glyphs(let run) = item.item else { continue }
                for scalar in run.text.unicodeScalars where !scalar.properties.isWhitespace { drawn[scalar, default: 0] += 1 }
            }
        }
        let lost = wanted.filter { drawn[$0.key, default: 0] < $0.value }
        guard let example = lost.first else { return [] }
        let name = "U+" + String(example.key.value, radix: 16, uppercase: true)
        return ["layout: \(lost.count) characters lost, e.g. \(name) (\(example.value) wanted, \(drawn[example.key, default: 0]) drawn)"]
    }

    /// All text the document asks to print.
    static func texts(of document: Document) -> [String] {
        var texts: [String] = []
        if let cover = document.cover {
            texts += [cover.title.text] + cover.lines.flatMap { [$0.label, $0.value] } + [cover.issuer, cover.year].compactMap { $0?.text }
        }
        for block in document.body {
            switch block {
            case .heading(let heading): texts.append(heading.fullText)
            case .paragraph(let paragraph): texts.append(paragraph.text)
            case .table(let table): texts += (table.header + table.rows).flatMap { $0.cells.map(\.text) }
            case .signature(let signature): texts += (signature.lines + [signature.date]).map(\.text)
            case .closing(let closing): texts += [closing.unit.text, closing.date.text]
            case .pageBreak: break
            }
        }
        return texts
    }
}
