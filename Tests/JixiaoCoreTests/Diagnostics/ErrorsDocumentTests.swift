import Foundation
import Testing
@testable import JixiaoCore

/// docs/errors.md is what a user looks a code up in: it lists every code the tool can
/// print, and no code that does not exist.
@Suite struct ErrorsDocumentTests {
    private func codes(in text: String, matching pattern: String) throws -> Set<String> {
        let expression = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
        let range = NSRange(text.startIndex..., in: text)
        return Set(expression.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        })
    }

    @Test func everyDiagnosticCodeHasARowAndEveryRowACode() throws {
        let source = try String(contentsOf: Repo.root.appendingPathComponent("Sources/JixiaoCore/Diagnostics/DiagnosticCode.swift"),
                                encoding: .utf8)
        let declared = Set(try codes(in: source, matching: #"static let \w+ = DiagnosticCode\((\d+)\)"#)
            .compactMap(Int.init).map { "J" + DiagnosticCode.padded($0) })
        let document = try String(contentsOf: Repo.root.appendingPathComponent("docs/errors.md"), encoding: .utf8)
        let documented = try codes(in: document, matching: #"^\| (J\d{3}) \|"#)
        #expect(declared.count >= 30)
        #expect(declared.subtracting(documented).sorted() == [], "codes without a row in docs/errors.md")
        #expect(documented.subtracting(declared).sorted() == [], "rows for codes that do not exist")
    }
}
