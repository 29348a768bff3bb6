import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoPipeline
import JixiaoServer

extension Jixiao {
    /// `jixiao serve [--port 8080] [--workspace DIR]`: the local web editor. The work is the
    /// server module's; this reads the options, prints the address and waits.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "本地网页编辑器：表单编辑、实时检查与预览 (a local web editor with live checks and preview).",
            discussion: """
            默认只监听 127.0.0.1；--host 为其他地址时，每个请求都须带访问令牌（--token 指定，否则自动生成并打印）。
            Binds 127.0.0.1 by default; with another --host every request needs the access token (--token, or one generated and printed).

            工作目录中的 .yaml/.yml/.json 报告可打开、编辑、保存（原子写入；另一处已保存时拒绝覆盖）。Ctrl-C 退出。
            Reports in the workspace are opened, edited and saved atomically; a save over someone else's newer save is refused. Ctrl-C stops.
            """)

        @Option(help: ArgumentHelp("端口 (the port; 0 picks a free one).", valueName: "port"))
        var port = 8080

        @Option(help: ArgumentHelp("监听地址 (the address to bind).", valueName: "host"))
        var host = "127.0.0.1"

        @Option(help: ArgumentHelp("工作目录，默认当前目录 (the folder of reports; default: the current one).", valueName: "dir"))
        var workspace = "."

        @Option(help: ArgumentHelp("访问令牌 (the access token; required off loopback, generated if not given).", valueName: "token"))
        var token: String?

        func validate() throws {
            guard (0...65535).contains(port) else {
                throw ValidationError("--port 须在 0 到 65535 之间，现为 \(port)（--port must lie in 0…65535, not \(port)）")
            }
        }

        func run() throws {
            var configuration = EditorServer.Configuration(host: host, port: port, workspace: workspace, token: token)
            if configuration.needsToken, configuration.token == nil { configuration.token = Self.generatedToken() }
            let server: EditorServer
            do {
                server = try EditorServer(configuration: configuration)
            } catch {
                ErrorPrinter.print([.error(.unreadableFile, error.message)])
                throw ExitCode.reportError
            }
            let failure = Locked<Error?>(nil)
            let done = DispatchSemaphore(value: 0)
            let shownHost = host.contains(":") ? "[\(host)]" : host
            let query = configuration.token.map { "/?token=\($0)" } ?? "/"
            Task {
                do {
                    try await server.run { port in
                        // Written straight to the descriptor: a script waiting for the address reads
                        // it at once, not when a buffer fills.
                        let lines = "网页编辑器已启动，请在浏览器打开 open: http://\(shownHost):\(port)\(query)\n"
                            + "工作目录 workspace: \(server.configuration.workspace)；按 Ctrl-C 退出 (Ctrl-C stops)\n"
                        FileHandle.standardOutput.write(Data(lines.utf8))
                    }
                } catch {
                    failure.withLock { $0 = error }
                }
                done.signal()
            }
            done.wait()
            if let error = failure.withLock({ $0 }) {
                ErrorPrinter.print([.error(.renderFailed, Message("服务无法启动：\(error)", "the server could not start: \(error)"))])
                throw ExitCode.reportError
            }
        }

        /// 32 hex digits from the system's random source.
        static func generatedToken() -> String {
            var generator = SystemRandomNumberGenerator()
            return (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
        }
    }
}
