import Foundation
import Testing

@Suite struct FontsCommandTests {
    @Test func eachRoleResolvesToItsFandolFile() throws {
        let result = try CLI.run(["fonts"])
        #expect(result.status == 0)
        for (role, file) in [("仿宋", "FandolFang-Regular.otf"), ("黑体", "FandolHei-Regular.otf"),
                             ("楷体", "FandolKai-Regular.otf"), ("宋体", "FandolSong-Regular.otf")] {
            let line = result.stdout.split(separator: "\n").first { $0.hasPrefix(role) } ?? ""
            #expect(line.hasSuffix(file), "\(role) → \(line)")
        }
    }

    @Test func missingFontConfigurationSaysWhatToRun() throws {
        let empty = try CLI.temporaryFolder()
        let result = try CLI.run(["fonts"], in: empty, environment: ["JIXIAO_FONTS": empty.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("make deps"))
    }

    /// A fonts folder like the project's but without FandolKai: 楷体 would fall back to Noto.
    static func fontsWithoutKai() throws -> URL {
        let folder = try CLI.temporaryFolder()
        let fonts = CLI.repository.appendingPathComponent("fonts")
        try FileManager.default.copyItem(at: fonts.appendingPathComponent("fonts.conf"), to: folder.appendingPathComponent("fonts.conf"))
        for name in try FileManager.default.contentsOfDirectory(atPath: fonts.path) where name.hasSuffix(".otf") && !name.hasPrefix("FandolKai") {
            try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent(name), withDestinationURL: fonts.appendingPathComponent(name))
        }
        return folder
    }

    @Test func oneMissingFontIsNamedByFontsAndStopsTheRender() throws {
        let fonts = try Self.fontsWithoutKai()
        let listed = try CLI.run(["fonts"], environment: ["JIXIAO_FONTS": fonts.path])
        #expect(listed.status == 1)
        let kai = listed.stdout.split(separator: "\n").first { $0.hasPrefix("楷体") } ?? ""
        #expect(kai.contains("回退字体 fallback"), "\(kai)")
        #expect(listed.stderr.contains("make deps"))

        let pdf = fonts.appendingPathComponent("r.pdf")
        let rendered = try CLI.run(["render", CLI.seedExample, "-o", pdf.path], environment: ["JIXIAO_FONTS": fonts.path])
        #expect(rendered.status == 1)
        #expect(rendered.stderr.contains("错误 J044"))
        #expect(rendered.stderr.contains("楷体字体 FandolKai 未找到，只能以 Noto"), "\(rendered.stderr.suffix(400))")
        #expect(rendered.stderr.contains("make deps"))
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
    }

    @Test func aNormalRenderPrintsNoFontconfigNoise() throws {
        let folder = try CLI.temporaryFolder()
        for home in [folder.path, "/nonexistent-home"] {
            let result = try CLI.run(["render", CLI.seedExample, "-o", folder.appendingPathComponent("r.pdf").path, "--force"],
                                     environment: ["HOME": home, "XDG_CACHE_HOME": ""])
            #expect(result.status == 0)
            #expect(!result.stderr.contains("Fontconfig"), "HOME=\(home): \(result.stderr.prefix(200))")
        }
    }
}
