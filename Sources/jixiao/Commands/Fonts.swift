import ArgumentParser
import JixiaoRender

extension Jixiao {
    /// `jixiao fonts`: which file each official role resolves to (its Common cut, and the full
    /// face behind it for the characters the cut lacks), and what to do when one is missing.
    struct Fonts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fonts",
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
            var withoutCommonCut = false
            for font in session.resolvedFonts() {
                let role = font.role
                let shown = font.file ?? "未找到 not found"
                var note = ""
                if font.isCommonCutAlone {
                    note = "  ← 缺少完整的 \(role.family)（常用字之外会回退 the full face is missing: other characters would fall back）"
                } else if !font.isOwnFamily {
                    note = "  ← 不是 \(role.family)（回退字体 fallback）"
                }
                print("\(role.chineseName) \(role.family) [\(role.use)] → \(shown)\(note)")
                if font.isCommonCut, let full = font.fullFile {
                    print("    常用字之外 other characters → \(full)")
                }
                missing = missing || !font.isOwnFamily
                withoutCommonCut = withoutCommonCut || (font.isOwnFamily && !font.isCommonCut)
            }
            if missing {
                ErrorPrinter.write("有字体缺失：运行 make deps（或 bash fonts/setup.sh）安装 Fandol 字体。"
                                   + "（a font is missing: run `make deps` or `bash fonts/setup.sh` to install the Fandol fonts.）\n")
                throw ExitCode.reportError
            }
            if withoutCommonCut {
                ErrorPrinter.write("未找到常用字版字体（*.common.otf）：排版结果相同，只是较慢；运行 make deps（或 bash fonts/setup.sh）生成。"
                                   + "（the Common cuts are missing: reports look the same but render slower; run `make deps` or `bash fonts/setup.sh` to make them.）\n")
            }
        }
    }
}
