import ArgumentParser
import JixiaoRender

extension Jixiao {
    /// `jixiao fonts`: which file each official role resolves to, and what to do when one is missing.
    struct Fonts: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "显示四种公文字体各自解析到的字体文件 (show the font file each official role resolves to).")

        func run() throws {
            let session: RenderSession
            do {
                session = try RenderSession()
            } catch {
                ErrorPrinter.print(error.diagnostics(in: nil))
                throw ExitCode.reportError
            }
            print("字体配置 font configuration: \(session.configurationPath)")
            var missing = false
            for (role, file, isOwn) in session.resolvedFonts() {
                let shown = file ?? "未找到 not found"
                let note = isOwn ? "" : "  ← 不是 \(role.family)（回退字体 fallback）"
                print("\(role.chineseName) \(role.family) [\(role.use)] → \(shown)\(note)")
                missing = missing || !isOwn
            }
            if missing {
                ErrorPrinter.write("有字体缺失：运行 make deps（或 bash fonts/setup.sh）安装 Fandol 字体。"
                                   + "（a font is missing: run `make deps` or `bash fonts/setup.sh` to install the Fandol fonts.）\n")
                throw ExitCode.reportError
            }
        }
    }
}
