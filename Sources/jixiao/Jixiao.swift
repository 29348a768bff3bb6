import ArgumentParser
import Foundation
import JixiaoCore

/// `jixiao`: score 项目支出绩效自评报告 files and render them as official-style PDFs.
///
/// Exit codes are a contract for scripts: 0 success (warnings allowed), 1 a report or output
/// error, 2 a usage error (argument-parser's own usage errors are mapped from 64 to 2).
@main
struct Jixiao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jixiao",
        abstract: "项目支出绩效自评报告：检查、评分、排版 (check, score and typeset performance self-evaluation reports).",
        version: JixiaoVersion.current,
        subcommands: [Check.self, Score.self, Render.self, Import.self, New.self, Template.self, Batch.self, Verify.self, Extract.self, Fonts.self, Serve.self]
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == ExitCode(1) || code == .interrupted || code == .terminated {
                exit(withError: error)
            }
            // Usage mistakes: argument-parser's message and help, then the documented 2.
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(ExitCode.usage.rawValue)
        }
    }
}

extension ExitCode {
    /// A report, input or output error: the messages were printed.
    static let reportError = ExitCode(1)
    /// The command line itself is wrong.
    static let usage = ExitCode(2)
    /// Stopped by Ctrl-C (128 + SIGINT, as shells report it); what finished is recorded.
    static let interrupted = ExitCode(130)
    /// Stopped by SIGTERM (128 + 15), likewise recorded.
    static let terminated = ExitCode(143)
}
