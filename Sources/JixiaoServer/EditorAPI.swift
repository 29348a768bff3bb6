import Foundation
import JixiaoCore
import JixiaoImport
import JixiaoPipeline

/// What the editor's endpoints do, without HTTP: each takes the request's bytes and
/// parameters and gives a status and bytes, so the routes stay a table and every answer can
/// be tested without a socket. Reports travel as JSON of the format-neutral tree (keys in
/// order, every value text), which the same decoder reads as it reads a YAML file.
public struct EditorAPI: Sendable {
    public let workspace: Workspace
    public let rendering: ReportRendering
    public let limits: ServerLimits
    /// The pages every editor of this server has been shown, so a keystroke repaints only
    /// the pages it changed.
    public let previews: PreviewCache

    public init(workspace: Workspace, rendering: ReportRendering, limits: ServerLimits = ServerLimits(),
                previews: PreviewCache = PreviewCache()) {
        self.workspace = workspace
        self.rendering = rendering
        self.limits = limits
        self.previews = previews
    }

    /// An answer: HTTP status, content type and body.
    public struct Reply: Sendable {
        public var status: Int
        public var contentType: String
        public var body: [UInt8]

        static func json(_ status: Int, _ text: String) -> Reply {
            Reply(status: status, contentType: "application/json; charset=utf-8", body: Array(text.utf8))
        }

        static func json<Value: Encodable>(_ status: Int, _ value: Value) -> Reply {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
            return Reply(status: status, contentType: "application/json; charset=utf-8", body: Array(data))
        }

        /// `{"error": {"zh": …, "en": …}}` with `status`.
        static func problem(_ status: Int, _ message: Message) -> Reply {
            json(status, ProblemDTO(error: MessageDTO(message)))
        }
    }

    struct MessageDTO: Encodable {
        var zh: String
        var en: String
        init(_ message: Message) {
            zh = message.chinese
            en = message.english
        }
    }

    struct ProblemDTO: Encodable { var error: MessageDTO }

    // MARK: Files

    /// GET /api/files: the workspace's report files.
    public func files() -> Reply {
        .json(200, workspace.list())
    }

    /// GET /api/file?path=: the file as the page edits it (its tree as JSON) and its revision.
    /// A file that does not read is still answered, with its diagnostics, so the clerk sees why.
    public func open(path: String) -> Reply {
        let contents: Workspace.Contents
        do {
            contents = try workspace.read(path, limits: limits.input)
        } catch {
            return failure(error)
        }
        let tree: InputNode
        do {
            tree = try ReportDecoder.tree(bytes: contents.bytes, origin: .file(path), limits: limits.input)
        } catch {
            return .json(422, "{\"path\":\(InputNode.jsonString(path)),\"revision\":\"\(contents.revision)\",\"check\":\(checkJSON(error))}")
        }
        let comments = TextComments.count(in: contents.bytes, format: TextFormat(forName: path))
        return .json(200, "{\"path\":\(InputNode.jsonString(path)),\"revision\":\"\(contents.revision)\",\"comments\":\(comments),\"report\":\(tree.jsonText())}")
    }

    /// PUT /api/file?path=&revision=: the page's report saved in the file's own format, if
    /// the file is still the revision the page opened (none: a new file).
    public func save(path: String, revision: String?, body: [UInt8]) -> Reply {
        let tree: InputNode
        do {
            tree = try ReportDecoder.tree(bytes: body, origin: Self.origin(path), limits: limits.input)
        } catch {
            return .json(422, "{\"saved\":false,\"check\":\(checkJSON(error))}")
        }
        let text = TextFormat(forName: path) == .json ? tree.jsonText() : ReportYAMLWriter.write(tree)
        do {
            let saved = try workspace.save(path, bytes: Array(text.utf8), baseRevision: revision?.isEmpty == true ? nil : revision)
            return .json(200, "{\"saved\":true,\"revision\":\"\(saved)\"}")
        } catch {
            return failure(error)
        }
    }

    // MARK: The pipeline

    /// POST /api/check: the body's report scored, as `jixiao score --json` prints it (with
    /// `scored: false` and the diagnostics when it does not score).
    public func check(name: String, body: [UInt8]) -> Reply {
        .json(200, checkJSON(score(name: name, body: body)))
    }

    /// POST /api/preview?dpi=&known=: the check, and every page when it scores, as
    /// `{digest, png}` (base64) — without `png` for a page whose digest is in `known` (the
    /// pages the page already shows), so a keystroke that changes one page sends one image.
    public func preview(name: String, dpi: Double, known: Set<String> = [], body: [UInt8]) -> Reply {
        let outcome = score(name: name, body: body)
        guard case .success(let report) = outcome else {
            return .json(200, "{\"check\":\(checkJSON(outcome)),\"pages\":[]}")
        }
        do {
            let rendered = try rendering.preview(of: report, dpi: min(max(dpi, 20), 150), cache: previews)
            let pages = rendered.pages.map { image in
                known.contains(image.digest) ? "{\"digest\":\"\(image.digest)\"}"
                    : "{\"digest\":\"\(image.digest)\",\"png\":\"\(Data(image.png).base64EncodedString())\"}"
            }
            var scored = report
            scored.warnings += rendered.warnings
            return .json(200, "{\"check\":\(checkJSON(.success(scored))),\"pages\":[\(pages.joined(separator: ","))]}")
        } catch {
            return .json(200, "{\"check\":\(checkJSON(.failure(error))),\"pages\":[]}")
        }
    }

    /// POST /api/pdf: the PDF `render` would write, or the check when there is none.
    public func pdf(name: String, body: [UInt8]) -> Reply {
        let outcome = score(name: name, body: body)
        guard case .success(let report) = outcome else { return .json(422, checkJSON(outcome)) }
        do {
            return Reply(status: 200, contentType: "application/pdf", body: try rendering.pdf(of: report).bytes)
        } catch {
            return .json(422, checkJSON(.failure(error)))
        }
    }

    /// POST /api/import?name=: an uploaded file as the page edits it: a YAML or JSON report as
    /// its tree, a workbook (.xlsx), Word file (.docx) or text (.txt) through the importers,
    /// with the importer's warnings. Nothing is written until the page saves.
    public func upload(name: String, body: [UInt8]) -> Reply {
        let tree: InputNode
        var warnings: [Diagnostic] = []
        do {
            if ReportImporter.kind(forName: name) != nil {
                let imported = try ReportImporter.importReport(ImportSource(bytes: body, name: name))
                tree = imported.tree
                warnings = imported.warnings
            } else {
                tree = try ReportDecoder.tree(bytes: body, origin: .file(name), limits: limits.input)
            }
        } catch {
            return .json(422, "{\"check\":\(checkJSON(error))}")
        }
        let notes = warnings.map { "{\"code\":\"\($0.code)\",\"location\":\(InputNode.jsonString($0.location?.description ?? "")),\"message\":\(InputNode.jsonString($0.message.description))}" }
        return .json(200, "{\"report\":\(tree.jsonText()),\"warnings\":[\(notes.joined(separator: ","))]}")
    }

    /// GET /api/template: a new report to start from (the bundled national example).
    public func template() -> Reply {
        let bytes = Array(EditorTemplate.text.utf8)
        do {
            return .json(200, "{\"report\":\(try ReportDecoder.tree(bytes: bytes, origin: .file("新报告.yaml")).jsonText())}")
        } catch {
            return .json(500, checkJSON(.failure(error)))
        }
    }

    // MARK: Helpers

    /// The page's JSON body as a report named `name` (the file it will be saved as).
    func score(name: String, body: [UInt8]) -> Result<ScoredReport, Diagnostics> {
        Result { () throws(Diagnostics) in try ReportPipeline.score(bytes: body, origin: Self.origin(name), limits: limits.input) }
    }

    /// Bodies are JSON whatever the file's format; locations name the file and the editor.
    static func origin(_ name: String) -> InputOrigin {
        InputOrigin(name: name.isEmpty ? "网页编辑器 editor" : name, format: .json)
    }

    private func checkJSON(_ outcome: Result<ScoredReport, Diagnostics>) -> String {
        let data: Data?
        switch outcome {
        case .success(let report): data = try? ScoreJSON.encode(report)
        case .failure(let failure): data = try? ScoreJSON.encode(failure: failure)
        }
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "{\"scored\":false,\"errors\":[],\"warnings\":[]}"
    }

    private func checkJSON(_ failure: Diagnostics) -> String { checkJSON(.failure(failure)) }

    private func failure(_ error: WorkspaceError) -> Reply {
        switch error {
        case .outsideWorkspace, .notAReport: return .problem(403, error.message)
        case .notFound: return .problem(404, error.message)
        case .conflict: return .problem(409, error.message)
        case .unreadable: return .problem(422, error.message)
        case .notAFolder, .unwritable: return .problem(500, error.message)
        }
    }
}

/// The server's bounds: how large a body, how long a request, and the input limits every
/// report is decoded under.
public struct ServerLimits: Sendable {
    public var maxBodyBytes: Int
    public var requestSeconds: Double
    public var input: InputLimits

    public init(maxBodyBytes: Int = 4 << 20, requestSeconds: Double = 30, input: InputLimits = .default) {
        self.maxBodyBytes = maxBodyBytes
        self.requestSeconds = requestSeconds
        self.input = input
    }
}

/// Lines of a YAML file that hold a comment, which saving from the editor does not keep:
/// the page says so before the first save instead of dropping them silently. A ` #` inside
/// quoted text is counted too: the warning may overstate, never miss.
enum TextComments {
    static func count(in bytes: [UInt8], format: TextFormat) -> Int {
        guard format == .yaml else { return 0 }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").filter { line in
            line.drop { $0 == " " || $0 == "\t" }.hasPrefix("#") || line.contains(" #") || line.contains("\t#")
        }.count
    }
}
