import Foundation
import HTTPTypes
import Hummingbird
import JixiaoCore
import JixiaoPipeline
import Logging

/// `jixiao serve`: the editor's page and its API on Hummingbird, bound to loopback unless
/// told otherwise, and then only with a token on every request.
///
/// The routes are a table over `EditorAPI`; the pipeline's blocking work (scoring, Pango,
/// Cairo) runs on a dispatch queue, never on the server's event loops, under a time limit.
public struct EditorServer: Sendable {
    public struct Configuration: Sendable {
        public var host: String
        public var port: Int
        public var workspace: String
        /// Required on every request when set: `Authorization: Bearer …`, `X-Jixiao-Token`, or
        /// `?token=` (how the printed address carries it into the browser).
        public var token: String?
        public var limits: ServerLimits

        public init(host: String = "127.0.0.1", port: Int = 8080, workspace: String = ".", token: String? = nil,
                    limits: ServerLimits = ServerLimits()) {
            self.host = host
            self.port = port
            self.workspace = workspace
            self.token = token
            self.limits = limits
        }

        /// Loopback addresses need no token; any other does.
        public var needsToken: Bool { !["127.0.0.1", "::1", "localhost"].contains(host) }
    }

    public let configuration: Configuration
    let api: EditorAPI

    public init(configuration: Configuration, pool: RenderSessionPool = RenderSessionPool()) throws(WorkspaceError) {
        self.configuration = configuration
        api = EditorAPI(workspace: try Workspace(folder: configuration.workspace), rendering: ReportRendering(pool: pool),
                        limits: configuration.limits)
    }

    /// Serves until SIGINT or SIGTERM; `running` is told the port once it listens (the real
    /// one when `port` is 0).
    public func run(running: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "jixiao"),
            onServerRunning: { channel in await running(channel.localAddress?.port ?? configuration.port) },
            logger: Self.quietLogger)
        try await app.runService()
    }

    static let quietLogger: Logger = {
        var logger = Logger(label: "jixiao.serve")
        logger.logLevel = .warning
        return logger
    }()

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: GuardMiddleware(token: configuration.token))
        let api = self.api, limits = configuration.limits
        for asset in WebAssets.files {
            // The reply is the same bytes every time: made once, not per request.
            let reply = EditorAPI.Reply(status: 200, contentType: asset.contentType, body: Array(asset.text.utf8))
            router.get(RouterPath(stringLiteral: asset.path)) { _, _ in Self.response(reply) }
        }
        router.get("/api/files") { _, _ in Self.response(api.files()) }
        router.get("/api/template") { _, _ in Self.response(api.template()) }
        router.get("/api/file") { request, _ in
            let query = Query(request)
            guard let path = query["path"] else { return Self.missing("path") }
            return try await Self.blocking(limits) { api.open(path: path) }
        }
        router.put("/api/file") { request, _ in
            let query = Query(request)
            guard let path = query["path"] else { return Self.missing("path") }
            let body = try await Self.body(of: request, limits)
            return try await Self.blocking(limits) { api.save(path: path, revision: query["revision"], body: body) }
        }
        router.post("/api/check") { request, _ in
            let name = Query(request)["name"] ?? ""
            let body = try await Self.body(of: request, limits)
            return try await Self.blocking(limits) { api.check(name: name, body: body) }
        }
        router.post("/api/preview") { request, _ in
            let query = Query(request)
            let dpi = query["dpi"].flatMap(Double.init) ?? 50
            let known = Set((query["known"] ?? "").split(separator: ",").map(String.init))
            let body = try await Self.body(of: request, limits)
            return try await Self.blocking(limits) { api.preview(name: query["name"] ?? "", dpi: dpi, known: known, body: body) }
        }
        router.post("/api/import") { request, _ in
            guard let name = Query(request)["name"] else { return Self.missing("name") }
            let body = try await Self.body(of: request, limits)
            return try await Self.blocking(limits) { api.upload(name: name, body: body) }
        }
        router.post("/api/pdf") { request, _ in
            let name = Query(request)["name"] ?? ""
            let body = try await Self.body(of: request, limits)
            return try await Self.blocking(limits) { api.pdf(name: name, body: body) }
        }
        return router
    }

    // MARK: Plumbing

    static func response(_ reply: EditorAPI.Reply) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = reply.contentType
        headers[.cacheControl] = "no-store"
        headers[.contentSecurityPolicy] = "default-src 'self'; img-src 'self' data: blob:; frame-src 'self' blob:; object-src 'self' blob:"
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        return Response(status: .init(code: reply.status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: reply.body)))
    }

    static func missing(_ parameter: String) -> Response {
        response(.problem(400, Message("缺少参数 \(parameter)", "the parameter \(parameter) is missing")))
    }

    /// The request's body, refused (413, in Chinese and English) past the limit.
    static func body(of request: Request, _ limits: ServerLimits) async throws -> [UInt8] {
        var request = request
        do {
            let buffer = try await request.collectBody(upTo: limits.maxBodyBytes)
            return Array(buffer.readableBytesView)
        } catch {
            throw ReplyError(.problem(413, Message("请求内容超过 \(limits.maxBodyBytes / 1024) KB 上限", "the request body exceeds the \(limits.maxBodyBytes / 1024) KB limit")))
        }
    }

    /// `work` on a dispatch queue, answered 503 when it outlasts the request's time (it then
    /// finishes unseen: Pango and Cairo cannot be interrupted midway).
    static func blocking(_ limits: ServerLimits, _ work: @escaping @Sendable () -> EditorAPI.Reply) async throws -> Response {
        let reply = try await withThrowingTaskGroup(of: EditorAPI.Reply?.self) { group in
            group.addTask {
                await withCheckedContinuation { continuation in
                    DispatchQueue.global().async { continuation.resume(returning: work()) }
                }
            }
            group.addTask {
                try await Task.sleep(nanoseconds: UInt64(limits.requestSeconds * 1_000_000_000))
                return nil
            }
            let first = try await group.next() ?? nil
            group.cancelAll()
            return first
        }
        return response(reply ?? .problem(503, Message("处理超时（超过 \(Int(limits.requestSeconds)) 秒）", "the request took longer than \(Int(limits.requestSeconds)) s")))
    }
}

/// A reply thrown from inside a route (an oversize body), answered as it is.
struct ReplyError: Error, HTTPResponseError {
    let reply: EditorAPI.Reply
    init(_ reply: EditorAPI.Reply) { self.reply = reply }
    var status: HTTPResponse.Status { .init(code: reply.status) }
    func response(from request: Request, context: some RequestContext) throws -> Response {
        EditorServer.response(reply)
    }
}

/// The query's parameters, percent-decoded.
struct Query {
    private var items: [String: String] = [:]

    init(_ request: Request) {
        let components = URLComponents(string: request.uri.description)
        for item in components?.queryItems ?? [] where items[item.name] == nil {
            items[item.name] = item.value ?? ""
        }
    }

    subscript(name: String) -> String? { items[name] }
}

/// Refuses a request without the server's token (when it has one), in constant time, and
/// any method the editor does not use.
struct GuardMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let token: String?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let token, !Self.matches(presented(request), token) {
            return EditorServer.response(.problem(401, Message("缺少或错误的访问令牌", "a missing or wrong access token")))
        }
        return try await next(request, context)
    }

    private func presented(_ request: Request) -> String? {
        if let bearer = request.headers[.authorization], bearer.hasPrefix("Bearer ") { return String(bearer.dropFirst(7)) }
        if let name = HTTPField.Name("X-Jixiao-Token"), let header = request.headers[name] { return header }
        return Query(request)["token"]
    }

    /// Equal strings, compared without stopping at the first difference.
    static func matches(_ presented: String?, _ token: String) -> Bool {
        guard let presented else { return false }
        let a = Array(presented.utf8), b = Array(token.utf8)
        var difference = a.count ^ b.count
        for index in 0..<min(a.count, b.count) { difference |= Int(a[index] ^ b[index]) }
        return difference == 0
    }
}
