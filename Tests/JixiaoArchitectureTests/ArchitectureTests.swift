import Foundation
import Testing

/// The rules the package layout promises, checked on the source text. Each test names the
/// rule it enforces; a finding names the file and what it used, so a change that sends the
/// flow backwards fails here with the reason.
///
/// The flow: bytes + origin → decode → `ReportInput` → score → `ScoredReport` → compose →
/// `Document` (JixiaoCore) → typeset, paginate, paint (JixiaoRender) → the stages run in
/// order for render and batch (JixiaoPipeline) → the command (jixiao).
@Suite struct ArchitectureTests {
    static let tree = SourceTree()

    /// JixiaoCore's folders in the order of the flow: a file may use types of its own folder
    /// and of the folders before it, never after. "" is the module's top (JixiaoVersion).
    static let coreFlow = ["", "Diagnostics", "Schemes", "Model", "Decode", "Score", "Narrative", "Compose",
                           "Present", "Archive", "Batch", "Pipeline"]

    /// The modules each module may import, besides the system's (Foundation, Dispatch, Glibc).
    static let allowedImports: [String: Set<String>] = [
        "JixiaoCore": ["Yams", "Crypto"],
        "JixiaoRender": ["JixiaoCore", "CPangoCairo", "CCairoInterpose"],
        // The importers see the model's decoder and the ZIP reader, never Render or Pipeline.
        "JixiaoImport": ["JixiaoCore", "ZIPFoundation", "FoundationXML"],
        "JixiaoPipeline": ["JixiaoCore", "JixiaoImport", "JixiaoRender"],
        // The server sees the stages through the pipeline only; Hummingbird stays inside it.
        "JixiaoServer": ["JixiaoCore", "JixiaoImport", "JixiaoPipeline", "Hummingbird", "HTTPTypes", "Logging"],
    ]
    static let systemModules: Set<String> = ["Foundation", "Dispatch", "Glibc", "Synchronization"]

    @Test func theTreeIsRead() {
        #expect(Self.tree.files(in: "JixiaoCore").count > 60)
        #expect(Self.tree.files(in: "JixiaoRender").count > 20)
        #expect(Self.tree.files(in: "JixiaoImport").count > 10)
        #expect(Self.tree.declaringFolders(in: "JixiaoCore")["Scorer"] == "Score")
    }

    @Test func ruleModulesImportOnlyTheStagesBeforeThem() {
        for file in Self.tree.files where Self.allowedImports[file.module] != nil {
            let allowed = Self.allowedImports[file.module, default: []].union(Self.systemModules)
            let extra = file.imports.filter { !allowed.contains($0) }
            #expect(extra.isEmpty, "\(file.path) imports \(extra.joined(separator: ", "))")
        }
    }

    /// swift-crypto gives the digest and nothing else: one file wraps it.
    @Test func ruleOnlySHA256SeesCrypto() {
        for file in Self.tree.files where file.imports.contains("Crypto") {
            #expect(file.path == "JixiaoCore/SHA256.swift", "\(file.path) imports Crypto")
        }
    }

    @Test func ruleOnlyDecodeYAMLSeesYams() {
        for file in Self.tree.files where file.imports.contains("Yams") {
            #expect(file.path.hasPrefix("JixiaoCore/Decode/YAML/"), "\(file.path) imports Yams")
        }
    }

    /// An importer takes bytes and an origin; the file adapter (ReportFile) reads the file, so
    /// a server can hand an upload to the same code.
    @Test func ruleImportersOpenNoFile() throws {
        let files = try Regex(#"\b(FileManager|FileHandle|Data\(contentsOf|String\(contentsOf|fopen|URL\(fileURLWithPath)"#)
        for file in Self.tree.files(in: "JixiaoImport") {
            let offending = file.codeLines.filter { $0.contains(files) }
            #expect(offending.isEmpty, "\(file.path): \(offending.first ?? "")")
        }
    }

    /// Only the ZIP layer of the importers sees ZIPFoundation, and only it and the XML reader
    /// see FoundationXML: the readers of sheets and documents work on parts and trees.
    @Test func ruleOnlyImportPackageSeesZipAndXML() {
        for file in Self.tree.files where file.imports.contains("ZIPFoundation") || file.imports.contains("FoundationXML") {
            #expect(file.path.hasPrefix("JixiaoImport/Package/"), "\(file.path) imports \(file.imports.sorted().joined(separator: ", "))")
        }
    }

    @Test func ruleOnlyJixiaoRenderCImportsTheCModules() {
        for module in ["CPangoCairo", "CCairoInterpose"] {
            for file in Self.tree.files where file.imports.contains(module) {
                #expect(file.path.hasPrefix("JixiaoRender/C/"), "\(file.path) imports \(module)")
            }
        }
    }

    @Test func ruleOnlyJixiaoRenderCCallsCairoPangoOrFontconfig() throws {
        let call = try Regex(#"\b(cairo_|pango_|g_object_|Fc[A-Z][a-z])"#)
        for file in Self.tree.files where !file.path.hasPrefix("JixiaoRender/C/") {
            let offending = file.codeLines.filter { $0.contains(call) }
            #expect(offending.isEmpty, "\(file.path) calls C: \(offending.first ?? "")")
        }
    }

    @Test func ruleCoreFoldersFollowTheFlow() {
        let findings = Self.tree.usesAgainstTheFlow(in: "JixiaoCore", order: Self.coreFlow)
        #expect(findings.isEmpty, "\(findings.joined(separator: "\n"))")
    }

    /// Render draws what Compose hands it: it never decodes, scores, composes or runs a batch.
    @Test func ruleRenderRunsNoEarlierStage() {
        let stages: Set<String> = ["Decode", "Score", "Narrative", "Present", "Archive", "Batch", "Pipeline"]
        for file in Self.tree.files(in: "JixiaoRender") {
            let used = Self.tree.uses(in: file, ofTypesFrom: stages, of: "JixiaoCore",
                                      extra: ["Composer", "SelfEvaluationTable", "HeadingNumber"])
            #expect(used.isEmpty, "\(file.path) uses \(used.joined(separator: ", "))")
        }
    }

    /// Scoring and everything after it work on the model (`ReportInput`), never on the
    /// decoder's machinery (`DecodeContext.excerpt` in a scoring message was one such use).
    @Test func ruleStagesAfterDecodingSeeTheModelNotTheDecoder() {
        let later: Set<String> = ["Score", "Narrative", "Compose", "Present", "Archive", "Batch"]
        for file in Self.tree.files(in: "JixiaoCore") where later.contains(file.folder) {
            let used = Self.tree.uses(in: file, ofTypesFrom: ["Decode"], of: "JixiaoCore")
            #expect(used.isEmpty, "\(file.path) uses \(used.joined(separator: ", "))")
        }
    }

    /// Compose gives every printed text its field path; Render only passes them on.
    @Test func ruleRenderBuildsNoFieldPath() throws {
        let building = try Regex(#"FieldPath\.root|FieldPath\(|\.key\(""#)
        for file in Self.tree.files(in: "JixiaoRender") {
            let offending = file.codeLines.filter { $0.contains(building) }
            #expect(offending.isEmpty, "\(file.path): \(offending.first ?? "")")
        }
    }

    /// Core is values and pure stages: no locks (concurrency belongs to JixiaoPipeline), no
    /// render concern such as turning errors into warnings for --allow-missing-glyphs, and no
    /// file system (it decodes the bytes an adapter hands it).
    @Test func ruleCoreCarriesNoConcurrencyOrRenderConcern() throws {
        let concern = try Regex(#"\b(NSLock|NSCondition|pthread_mutex|Mutex<|Locked|DispatchQueue|Thread\b|asWarning|FileManager|FileHandle|Data\(contentsOf|String\(contentsOf|fopen)"#)
        for file in Self.tree.files(in: "JixiaoCore") {
            let offending = file.codeLines.filter { $0.contains(concern) }
            #expect(offending.isEmpty, "\(file.path): \(offending.first ?? "")")
        }
    }

    @Test func ruleNoForceUnwrapTryBangOrFatalError() throws {
        let crash = try Regex(#"(try!|as!|fatalError\(|\.first!|\]!|\)!\.)"#)
        for file in Self.tree.files {
            let offending = file.codeLines.filter { $0.contains(crash) }
            #expect(offending.isEmpty, "\(file.path): \(offending.first ?? "")")
        }
    }

    /// The rules catch what they claim to: a Core tree where Score uses Narrative's type.
    @Test func theFlowRuleFindsABackReference() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("arch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, text) in ["JixiaoCore/Score/Scorer.swift": "struct Scorer { let f = ScoreFormat() }\n",
                             "JixiaoCore/Narrative/ScoreFormat.swift": "public struct ScoreFormat {}\n"] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let findings = SourceTree(root: root).usesAgainstTheFlow(in: "JixiaoCore", order: Self.coreFlow)
        #expect(findings == ["JixiaoCore/Score/Scorer.swift uses ScoreFormat (Narrative)"])
    }
}
