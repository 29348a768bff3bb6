import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import JixiaoCore
import JixiaoPipeline
@testable import JixiaoServer
import Testing

/// Every endpoint of `jixiao serve` over real HTTP on loopback: what the page gets, what it
/// is refused (bad JSON, oversize bodies, paths out of the workspace, a missing or wrong
/// token) and that two tabs saving the same file never lose a save.
@Suite(.serialized) struct EditorServerTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let example = "linzhi-2024-kunnan-zhigong.yaml"
    /// One pool for every server of the suite: fonts load once.
    static let pool = RenderSessionPool(capacity: 2)

    /// A workspace with the Linzhi example, a server on a free port, and `body` run against it.
    static func withServer(token: String? = nil, limits: ServerLimits = ServerLimits(),
                           _ body: (Client, URL) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: repo.appendingPathComponent("assets/examples/\(example)"),
                                         to: folder.appendingPathComponent(example))
        let configuration = EditorServer.Configuration(host: "127.0.0.1", port: 0, workspace: folder.path, token: token, limits: limits)
        let server = try EditorServer(configuration: configuration, pool: pool)
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let task = Task { try await server.run { continuation.yield($0) } }
        defer { task.cancel() }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        try await body(Client(base: URL(string: "http://127.0.0.1:\(port)")!, token: token), folder)
    }

    struct Client {
        let base: URL
        let token: String?

        func send(_ method: String, _ path: String, body: Data? = nil, token override: String?? = nil) async throws -> (status: Int, data: Data, type: String) {
            var request = URLRequest(url: URL(string: base.absoluteString + path)!)
            request.httpMethod = method
            request.httpBody = body
            if let token = override ?? token { request.setValue(token, forHTTPHeaderField: "X-Jixiao-Token") }
            let (data, response) = try await URLSession.shared.data(for: request)
            let http = response as? HTTPURLResponse
            return (http?.statusCode ?? 0, data, http?.value(forHTTPHeaderField: "Content-Type") ?? "")
        }

        func json(_ method: String, _ path: String, body: Data? = nil) async throws -> (status: Int, object: [String: Any]) {
            let reply = try await send(method, path, body: body)
            return (reply.status, (try JSONSerialization.jsonObject(with: reply.data) as? [String: Any]) ?? [:])
        }

        /// The example's tree as the page holds it, and the revision to save against.
        func opened(_ path: String = EditorServerTests.example) async throws -> (report: [String: Any], revision: String) {
            let reply = try await json("GET", "/api/file?path=\(path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!)")
            return (try #require(reply.object["report"] as? [String: Any]), try #require(reply.object["revision"] as? String))
        }
    }

    static func data(_ object: Any) throws -> Data { try JSONSerialization.data(withJSONObject: object) }

    @Test func thePageAndItsAssetsComeFromTheBinary() async throws {
        try await Self.withServer { client, _ in
            let page = try await client.send("GET", "/")
            #expect(page.status == 200 && page.type.hasPrefix("text/html"))
            #expect(String(decoding: page.data, as: UTF8.self).contains("绩效自评报告编辑器"))
            let script = try await client.send("GET", "/app.js")
            #expect(script.type.hasPrefix("text/javascript"))
            #expect(String(decoding: script.data, as: UTF8.self) == WebAssets.files.first { $0.path == "/app.js" }?.text)
            #expect(try await client.send("GET", "/nothing-here").status == 404)
        }
    }

    @Test func filesAreListedAndOpenedAsTheirTree() async throws {
        try await Self.withServer { client, folder in
            let list = try await client.send("GET", "/api/files")
            let files = try JSONSerialization.jsonObject(with: list.data) as? [[String: Any]]
            #expect(files?.compactMap { $0["path"] as? String } == [Self.example])
            let (report, revision) = try await client.opened()
            #expect((report["project"] as? [String: Any])?["name"] as? String == "困难职工帮扶（1:1）配套资金")
            #expect((report["budget"] as? [String: Any])?["adjusted"] as? String == "100", "every value stays text")
            let bytes = try Data(contentsOf: folder.appendingPathComponent(Self.example))
            #expect(revision == SHA256.hex(of: bytes))
            #expect(try await client.json("GET", "/api/file?path=none.yaml").status == 404)
            #expect(try await client.json("GET", "/api/file").status == 400)
        }
    }

    @Test(arguments: ["../outside.yaml", "/etc/passwd.yaml", "a/../../outside.yaml", "./x.yaml", "link/out.yaml", "escape.yaml", "notes.txt"])
    func pathsOutsideTheWorkspaceAreRefused(_ path: String) async throws {
        try await Self.withServer { client, folder in
            let outside = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-outside-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: outside) }
            try Data("scheme: x\n".utf8).write(to: outside.appendingPathComponent("out.yaml"))
            try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("link"), withDestinationURL: outside)
            try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("escape.yaml"),
                                                       withDestinationURL: outside.appendingPathComponent("out.yaml"))
            let encoded = path.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let read = try await client.json("GET", "/api/file?path=\(encoded)")
            #expect(read.status == 403, "\(path): \(read)")
            #expect(((read.object["error"] as? [String: Any])?["zh"] as? String)?.contains("不在工作目录内") == true
                    || ((read.object["error"] as? [String: Any])?["zh"] as? String)?.contains("不是报告文件") == true)
            let write = try await client.json("PUT", "/api/file?path=\(encoded)", body: Data("{}".utf8))
            #expect(write.status == 403 || write.status == 422, "\(path): \(write)")
            #expect(try String(contentsOf: outside.appendingPathComponent("out.yaml"), encoding: .utf8) == "scheme: x\n")
        }
    }

    @Test func checkScoresTheBodyOrSaysWhyNot() async throws {
        try await Self.withServer { client, _ in
            let (report, _) = try await client.opened()
            let good = try await client.json("POST", "/api/check?name=\(Self.example)", body: Self.data(report))
            #expect(good.status == 200)
            #expect((good.object["total"] as? NSNumber)?.intValue == 88)
            #expect(good.object["grade"] as? String == "良")

            var broken = report
            var budget = try #require(broken["budget"] as? [String: Any])
            budget["adjusted"] = "一百"
            broken["budget"] = budget
            let bad = try await client.json("POST", "/api/check?name=\(Self.example)", body: Self.data(broken))
            #expect(bad.object["scored"] as? Bool == false)
            let errors = try #require(bad.object["errors"] as? [[String: Any]])
            #expect(errors.contains { $0["field"] as? String == "budget.adjusted" }, "\(errors)")

            let garbage = try await client.json("POST", "/api/check", body: Data("{not json".utf8))
            #expect(garbage.status == 200 && garbage.object["scored"] as? Bool == false)
            #expect(((garbage.object["errors"] as? [[String: Any]])?.first?["code"] as? String) == "J001")
        }
    }

    @Test func anOversizeBodyIsRefused() async throws {
        try await Self.withServer(limits: ServerLimits(maxBodyBytes: 64 << 10)) { client, _ in
            let reply = try await client.json("POST", "/api/check", body: Data(repeating: 0x20, count: 200 << 10))
            #expect(reply.status == 413)
            #expect(((reply.object["error"] as? [String: Any])?["zh"] as? String)?.contains("上限") == true)
        }
    }

    @Test func previewGivesEveryPageAndPDFGivesTheFile() async throws {
        try await Self.withServer { client, _ in
            let (report, _) = try await client.opened()
            let preview = try await client.json("POST", "/api/preview?dpi=30&name=\(Self.example)", body: Self.data(report))
            let pages = try #require(preview.object["pages"] as? [[String: Any]])
            #expect(pages.count == 9)
            let png = try #require(pages[0]["png"] as? String)
            #expect(Data(base64Encoded: png)?.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
            #expect(((preview.object["check"] as? [String: Any])?["total"] as? NSNumber)?.intValue == 88)
            let pdf = try await client.send("POST", "/api/pdf?name=\(Self.example)", body: Self.data(report))
            #expect(pdf.status == 200 && pdf.type == "application/pdf")
            #expect(pdf.data.prefix(5) == Data("%PDF-".utf8))
        }
    }

    /// A page the editor already shows (named by its digest in `known`) comes back without
    /// its image; an edit to the cover's title sends the cover page alone.
    @Test func aPreviewSendsOnlyThePagesTheEditorDoesNotHave() async throws {
        try await Self.withServer { client, _ in
            var (report, _) = try await client.opened()
            func preview(known: [String]) async throws -> [[String: Any]] {
                let path = "/api/preview?dpi=30&name=\(Self.example)&known=\(known.joined(separator: ","))"
                return try #require(try await client.json("POST", path, body: Self.data(report)).object["pages"] as? [[String: Any]])
            }
            let first = try await preview(known: [])
            let digests = first.compactMap { $0["digest"] as? String }
            #expect(digests.count == 9 && Set(digests).count == 9)
            #expect(first.allSatisfy { $0["png"] is String })

            let again = try await preview(known: digests)
            #expect(again.compactMap { $0["digest"] as? String } == digests)
            #expect(again.allSatisfy { $0["png"] == nil }, "no image is sent twice")

            var cover = try #require(report["cover"] as? [String: Any])
            cover["title"] = "项目支出绩效自评报告（修改稿）"
            report["cover"] = cover
            let edited = try await preview(known: digests)
            let sent = edited.indices.filter { edited[$0]["png"] != nil }
            #expect(sent == [0], "only the cover page is painted and sent: pages \(sent)")
            #expect(edited.first?["digest"] as? String != digests.first)
        }
    }

    /// The page's edit saved as YAML reads back as the same report with the edit in it.
    @Test func aSaveWritesTheFileInItsOwnFormat() async throws {
        try await Self.withServer { client, folder in
            var (report, revision) = try await client.opened()
            var project = try #require(report["project"] as? [String: Any])
            project["name"] = "改过的项目名：含“引号”与 # 号"
            report["project"] = project
            let saved = try await client.json("PUT", "/api/file?path=\(Self.example)&revision=\(revision)", body: Self.data(report))
            #expect(saved.status == 200 && saved.object["saved"] as? Bool == true)
            let bytes = try Data(contentsOf: folder.appendingPathComponent(Self.example))
            #expect(saved.object["revision"] as? String == SHA256.hex(of: bytes))
            let reread = try ReportPipeline.score(bytes: Array(bytes), origin: .file(Self.example))
            #expect(reread.input.project.name == "改过的项目名：含“引号”与 # 号")
            #expect(reread.total == 88)
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(files == [Self.example], "no temporary file is left: \(files)")
        }
    }

    /// Ten tabs save the same opened revision at once: one save lands, nine are refused with
    /// the message, and the file holds exactly the one that landed.
    @Test func concurrentSavesOfOneRevisionNeverLoseOne() async throws {
        try await Self.withServer { client, folder in
            let (report, revision) = try await client.opened()
            let results = try await withThrowingTaskGroup(of: (Int, String, Int).self) { group in
                for tab in 0..<10 {
                    var edited = report
                    edited["self_score"] = String(80 + tab)
                    let body = try Self.data(edited)
                    group.addTask {
                        let reply = try await client.json("PUT", "/api/file?path=\(Self.example)&revision=\(revision)", body: body)
                        return (reply.status, ((reply.object["error"] as? [String: Any])?["zh"] as? String) ?? "", tab)
                    }
                }
                var all: [(Int, String, Int)] = []
                for try await result in group { all.append(result) }
                return all
            }
            let landed = results.filter { $0.0 == 200 }
            #expect(landed.count == 1)
            #expect(results.filter { $0.0 == 409 }.count == 9)
            #expect(results.filter { $0.0 == 409 }.allSatisfy { $0.1.contains("已被另一处保存") })
            let text = try String(contentsOf: folder.appendingPathComponent(Self.example), encoding: .utf8)
            #expect(text.contains("self_score: \"\(80 + (landed.first?.2 ?? -1))\"") || text.contains("self_score: \(80 + (landed.first?.2 ?? -1))\n"))
            let stale = try await client.json("PUT", "/api/file?path=\(Self.example)&revision=\(revision)", body: Self.data(report))
            #expect(stale.status == 409, "a tab that opened the old revision is refused later too")
            let create = try await client.json("PUT", "/api/file?path=\(Self.example)", body: Self.data(report))
            #expect(create.status == 409, "saving as a new file over an existing one is refused")
        }
    }

    /// An uploaded workbook opens as the tree the importer built, and scores as the real
    /// 中江县 table it was made from; a damaged one is refused with the importer's message.
    @Test func anUploadedWorkbookOpensThroughTheImporter() async throws {
        try await Self.withServer { client, folder in
            let xlsx = try Data(contentsOf: Self.repo.appendingPathComponent("Tests/Fixtures/office/national-zhongjiang.xlsx"))
            let uploaded = try await client.json("POST", "/api/import?name=%E8%87%AA%E8%AF%84%E8%A1%A8.xlsx", body: xlsx)
            #expect(uploaded.status == 200)
            let report = try #require(uploaded.object["report"] as? [String: Any])
            #expect((report["indicators"] as? [Any])?.isEmpty == false)
            let checked = try await client.json("POST", "/api/check?name=zhongjiang.yaml", body: Self.data(report))
            let fixture = try ReportPipeline.score(
                bytes: Array(Data(contentsOf: Self.repo.appendingPathComponent("Tests/Fixtures/real/sichuan-2022-zhongjiang-shuibiaochi.yaml"))),
                origin: .file("zhongjiang.yaml"))
            #expect((checked.object["total"] as? NSNumber)?.decimalValue == fixture.total)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [Self.example], "nothing written before a save")

            let broken = try await client.json("POST", "/api/import?name=bad.xlsx", body: Data("PK not a zip".utf8))
            #expect(broken.status == 422)
            let errors = ((broken.object["check"] as? [String: Any])?["errors"] as? [[String: Any]]) ?? []
            #expect(errors.first?["code"] as? String == "J080", "\(broken.object)")
            #expect(try await client.json("POST", "/api/import", body: xlsx).status == 400)
        }
    }

    @Test func aServerWithATokenRefusesRequestsWithoutIt() async throws {
        try await Self.withServer(token: "s3cret-token") { (client: Client, _: URL) async throws in
            #expect(try await client.send("GET", "/api/files", token: .some(nil)).status == 401)
            #expect(try await client.send("GET", "/api/files", token: "wrong").status == 401)
            #expect(try await client.send("GET", "/", token: .some(nil)).status == 401)
            #expect(try await client.send("GET", "/api/files").status == 200)
            #expect(try await client.send("GET", "/?token=s3cret-token", token: .some(nil)).status == 200)
        }
    }
}

/// The page the binary serves is the one in assets/web/, byte for byte (run
/// scripts/generate-web-assets.sh after editing it).
@Suite struct WebAssetsTests {
    @Test func theEmbeddedPageIsTheOneInAssets() throws {
        for (path, file) in [("/", "index.html"), ("/app.js", "app.js"), ("/form.js", "form.js"), ("/app.css", "app.css")] {
            let disk = try String(contentsOf: EditorServerTests.repo.appendingPathComponent("assets/web/\(file)"), encoding: .utf8)
            #expect(WebAssets.files.first { $0.path == path }?.text == disk, "\(file): run scripts/generate-web-assets.sh")
        }
        let template = try String(contentsOf: EditorServerTests.repo.appendingPathComponent("assets/examples/national-2020-example.yaml"), encoding: .utf8)
        #expect(EditorTemplate.text == template)
    }
}
