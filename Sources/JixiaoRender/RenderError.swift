import Foundation
import JixiaoCore

/// Everything that can go wrong between a `Document` and a file on disk.
///
/// C failures carry the function that failed (as NIO's `IOError` carries the syscall), so a
/// report from the field says which call broke. `diagnostic` turns each case into the one
/// bilingual message format the CLI prints.
public enum RenderError: Error, Hashable, Sendable {
    /// A Cairo call returned an error status.
    case cairo(status: String, call: String)
    /// A Pango/GLib call returned nothing where it must return an object.
    case pango(call: String)
    /// The font configuration file could not be loaded.
    case fontConfiguration(path: String)
    /// A font role's own family is not installed: `fallback` (the file fontconfig would use
    /// instead, if any) would silently set that role in another typeface.
    case fontMissing(role: FontRole, fallback: String?)
    /// Characters no configured font can draw: (character, field path) pairs.
    case missingGlyphs([MissingGlyph])
    /// Writing the output failed.
    case output(path: String, reason: String)
    /// The output exists and overwriting was not asked for.
    case outputExists(path: String)
    /// The cover does not fit on one page; the field is the first that does not.
    case coverOverflow(field: FieldPath)
    /// A glyph run names a font of another render session (or one its session never had):
    /// the layout was made by one session and painted with another. A program error, not the
    /// report's; said out loud, because painting on would silently drop the text.
    case foreignLayout(font: FontID, paintingSession: SessionID)
    /// Finishing (PDF/A) could not read the PDF Cairo wrote, or zlib failed: a program error,
    /// since Cairo's output is the only input finishing takes.
    case finishing(reason: String)

    /// One diagnostic per problem: each missing glyph is its own, naming its character and field.
    public var diagnostics: [Diagnostic] {
        guard case .missingGlyphs(let glyphs) = self else { return [diagnostic] }
        return glyphs.map { RenderError.missingGlyphs([$0]).diagnostic }
    }

    public var diagnostic: Diagnostic {
        switch self {
        case .cairo(let status, let call):
            return .error(.renderFailed, Message("排版失败：\(call) 返回 \(status)", "rendering failed: \(call) returned \(status)"))
        case .pango(let call):
            return .error(.renderFailed, Message("排版失败：\(call) 未返回对象", "rendering failed: \(call) returned no object"))
        case .fontConfiguration(let path):
            return .error(.fontMissing, Message("无法加载字体配置 \(path)", "cannot load the font configuration \(path)"),
                          hints: [Message("运行 make deps（或 bash fonts/setup.sh）安装字体", "run `make deps` (or `bash fonts/setup.sh`) to install the fonts")])
        case .fontMissing(let role, let fallback):
            let instead = fallback.map { ($0 as NSString).lastPathComponent }
            return .error(.fontMissing,
                          Message("\(role.chineseName)字体 \(role.family) 未找到" + (instead.map { "，只能以 \($0) 代替" } ?? ""),
                                  "font \(role.family) for \(role.chineseName) not found" + (instead.map { "; only \($0) could stand in" } ?? "")),
                          hints: [Message("运行 make deps（或 bash fonts/setup.sh）安装 Fandol 字体；jixiao fonts 列出每种字体的文件",
                                          "run `make deps` (or `bash fonts/setup.sh`) to install the Fandol fonts; `jixiao fonts` lists each role's file")])
        case .missingGlyphs(let glyphs):
            let list = glyphs.prefix(10).map(\.description).joined(separator: "、")
            return .error(.missingGlyph, Message("字体中没有这些字符：\(list)", "no configured font has these characters: \(list)"),
                          field: glyphs.first?.field ?? .root,
                          hints: [Message("换用常用字，或加 --allow-missing-glyphs 以空白框代替（不推荐）",
                                          "use another character, or pass --allow-missing-glyphs to draw a box instead (not recommended)")])
        case .outputExists(let path):
            return .error(.outputExists, Message("输出文件已存在：\(path)，未覆盖", "output file exists: \(path); not overwritten"),
                          hints: [Message("已签字归档的报告不应被覆盖；确需覆盖请加 --force", "signed, archived reports must not vanish; pass --force to overwrite")])
        case .coverOverflow(let field):
            return .error(.coverOverflow, Message("封面内容超出一页：\(field) 放不下", "the cover does not fit on one page: \(field) runs past it"),
                          field: field,
                          hints: [Message("封面只有一页：请缩短标题或栏目内容、减少栏目（约 9 栏），详细内容写在正文章节中",
                                          "the cover is one page: shorten the title or the values, or use fewer lines (about 9); put details in the sections")])
        case .foreignLayout(let font, let painting) where font.session == painting:
            return .error(.foreignLayout,
                          Message("排版会话 \(painting) 的字体表中没有字体编号 \(font.index)",
                                  "font \(font.index) is not in render session \(painting)'s font table"),
                          hints: [Message("请报告此问题", "please report this problem")])
        case .foreignLayout(let font, let painting):
            return .error(.foreignLayout,
                          Message("版面由排版会话 \(font.session) 排出，不能用会话 \(painting) 绘制",
                                  "the layout was made by render session \(font.session) and cannot be painted with session \(painting)"),
                          hints: [Message("用排版时的同一会话绘制（从会话池借用时，在同一次 withSession 中排版并输出）",
                                          "paint with the session that laid it out (with a session pool: lay out and paint inside one withSession)")])
        case .finishing(let reason):
            return .error(.finishingFailed, Message("无法生成 PDF/A：\(reason)", "cannot finish the PDF as PDF/A: \(reason)"),
                          hints: [Message("请报告此问题；临时可加 --no-pdfa 输出未定稿的 PDF",
                                          "please report this problem; meanwhile --no-pdfa writes the PDF without finishing")])
        case .output(let path, let reason):
            return .error(.outputNotWritable, Message("无法写入 \(path)：\(reason)", "cannot write \(path): \(reason)"),
                          hints: [Message("检查输出目录是否存在、是否可写，以及 -o 是否给出了 .pdf 文件名",
                                          "check that the output folder exists and is writable, and that -o names a .pdf file")])
        }
    }
}

/// A character that no configured font covers, and where it came from.
public struct MissingGlyph: Hashable, Sendable, CustomStringConvertible {
    public var character: Character
    public var field: FieldPath

    public init(character: Character, field: FieldPath) {
        self.character = character
        self.field = field
    }

    /// `U+20000 𠀀 (cover.fields[1])`
    public var description: String {
        let scalars = character.unicodeScalars.map(CodePoint.name)
        return "\(scalars.joined(separator: " ")) \(character)（\(field)）"
    }
}

extension RenderError {
    /// The render error as diagnostics pointing into the report file: one per missing glyph.
    /// `severity` is `.warning` for what was drawn anyway (missing glyphs under
    /// `--allow-missing-glyphs`), so the caller never rewrites a diagnostic it got.
    public func diagnostics(in sourceMap: SourceMap?, severity: Severity = .error) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            var located = diagnostic
            located.severity = severity
            // Problems of the output or the fonts (field: top level) point at no line of the report.
            if located.location == nil, located.field != .root, let sourceMap {
                located.location = sourceMap.location(of: located.field)
            }
            return located
        }
    }
}
