import Foundation
import Testing

/// The rules the package layout promises, checked on the source text: C only in
/// JixiaoRender/C, no Pango or Cairo in JixiaoCore, and no crash operators on input paths.
@Suite struct ArchitectureTests {
    static let sources = RenderFixtures.repository.appendingPathComponent("Sources")

    static func swiftFiles(under folder: String) -> [(path: String, text: String)] {
        let root = sources.appendingPathComponent(folder)
        guard let paths = FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] else { return [] }
        return paths.filter { $0.hasSuffix(".swift") }.sorted().compactMap { relative in
            let url = root.appendingPathComponent(relative)
            return (try? String(contentsOf: url, encoding: .utf8)).map { (folder + "/" + relative, $0) }
        }
    }

    @Test func onlyJixiaoRenderCCallsCairoPangoOrFontconfig() throws {
        let call = try Regex(#"\b(cairo_|pango_|g_object_|Fc[A-Z][a-z])"#)
        let files = Self.swiftFiles(under: "")
        #expect(files.count > 50)
        for file in files where !file.path.contains("JixiaoRender/C/") {
            let offending = file.text.split(separator: "\n").filter { $0.contains(call) && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            #expect(offending.isEmpty, "\(file.path) calls C: \(offending.first ?? "")")
        }
    }

    @Test func jixiaoCoreImportsNoCModule() {
        for file in Self.swiftFiles(under: "JixiaoCore") {
            #expect(!file.text.contains("import CPangoCairo"), "\(file.path)")
        }
    }

    @Test func noForceUnwrapTryBangOrFatalError() throws {
        let crash = try Regex(#"(try!|as!|fatalError\(|\.first!|\]!|\)!\.)"#)
        for file in Self.swiftFiles(under: "") {
            let offending = file.text.split(separator: "\n").filter { $0.contains(crash) && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            #expect(offending.isEmpty, "\(file.path): \(offending.first ?? "")")
        }
    }
}
