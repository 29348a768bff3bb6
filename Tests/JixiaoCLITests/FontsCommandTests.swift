import Foundation
import Testing

@Suite struct FontsCommandTests {
    static let roles = [("仿宋", "FandolFang-Regular"), ("黑体", "FandolHei-Regular"), ("楷体", "FandolKai-Regular"),
                        ("宋体", "FandolSong-Regular")]

    /// The line `jixiao fonts` prints for a role, and the line after it.
    static func lines(for role: String, in stdout: String) -> (role: String, next: String) {
        let lines = stdout.split(separator: "\n").map(String.init)
        guard let index = lines.firstIndex(where: { $0.hasPrefix(role) }) else { return ("", "") }
        return (lines[index], index + 1 < lines.count ? lines[index + 1] : "")
    }

    @Test func eachRoleResolvesToItsCommonCutWithTheFullFaceBehindIt() throws {
        let result = try CLI.run(["fonts"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let fonts = CLI.repository.appendingPathComponent("fonts").path
        for (role, face) in Self.roles {
            let (line, next) = Self.lines(for: role, in: result.stdout)
            #expect(line.hasSuffix("→ \(fonts)/\(face).common.otf"), "\(role) → \(line)")
            #expect(next == "    常用字之外 other characters → \(fonts)/\(face).otf", "\(role): \(next)")
        }
    }

    /// An installed tree from before the Common cuts, or fonts/ before setup.sh made them: the
    /// full faces do everything, `jixiao fonts` says it is slower but not wrong, and a render works.
    @Test func withoutTheCommonCutsEachRoleResolvesToItsFullFace() throws {
        let fonts = try Self.fontsFolder { !$0.hasSuffix(".common.otf") }
        let listed = try CLI.run(["fonts"], environment: ["JIXIAO_FONTS": fonts.path])
        #expect(listed.status == 0, "\(listed.stderr)")
        for (role, face) in Self.roles {
            let (line, next) = Self.lines(for: role, in: listed.stdout)
            #expect(line.hasSuffix("→ \(fonts.path)/\(face).otf"), "\(role) → \(line)")
            #expect(!next.contains("常用字之外"), "\(role): \(next)")
        }
        #expect(listed.stderr.contains("未找到常用字版字体"), "\(listed.stderr)")
        #expect(listed.stderr.contains("make deps"))

        let pdf = fonts.appendingPathComponent("r.pdf")
        let rendered = try CLI.run(["render", CLI.seedExample, "-o", pdf.path], environment: ["JIXIAO_FONTS": fonts.path])
        #expect(rendered.status == 0, "\(rendered.stderr.suffix(400))")
        let faces = try CommonFontTests.embeddedFaces(pdf.path)
        #expect(faces.count >= 4)
        #expect(faces.allSatisfy { $0.name.hasPrefix("Fandol") && !$0.family.hasSuffix(" Common") }, "\(faces)")
    }

    /// A Common cut without its full face is no official typeface: 鑫 would come from Noto.
    @Test func aCommonCutWithoutItsFullFaceIsNamedAndStopsTheRender() throws {
        let fonts = try Self.fontsFolder { $0 != "FandolKai-Regular.otf" }
        let listed = try CLI.run(["fonts"], environment: ["JIXIAO_FONTS": fonts.path])
        #expect(listed.status == 1)
        let (kai, _) = Self.lines(for: "楷体", in: listed.stdout)
        #expect(kai.contains("FandolKai-Regular.common.otf  ← 缺少完整的 FandolKai"), "\(kai)")
        let rendered = try CLI.run(["render", CLI.seedExample, "-o", fonts.appendingPathComponent("r.pdf").path],
                                   environment: ["JIXIAO_FONTS": fonts.path])
        #expect(rendered.status == 1)
        #expect(rendered.stderr.contains("错误 J044"), "\(rendered.stderr.suffix(400))")
    }

    @Test func missingFontConfigurationSaysWhatToRun() throws {
        let empty = try CLI.temporaryFolder()
        let result = try CLI.run(["fonts"], in: empty, environment: ["JIXIAO_FONTS": empty.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("make deps"))
    }

    /// A fonts folder like the project's, with fonts.conf and the fonts whose file names pass `keep`.
    static func fontsFolder(keeping keep: (String) -> Bool) throws -> URL {
        let folder = try CLI.temporaryFolder()
        let fonts = CLI.repository.appendingPathComponent("fonts")
        try FileManager.default.copyItem(at: fonts.appendingPathComponent("fonts.conf"), to: folder.appendingPathComponent("fonts.conf"))
        for name in try FileManager.default.contentsOfDirectory(atPath: fonts.path) where name.hasSuffix(".otf") && keep(name) {
            try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent(name), withDestinationURL: fonts.appendingPathComponent(name))
        }
        return folder
    }

    /// A fonts folder like the project's but without FandolKai (full face and Common cut): 楷体 would fall back to Noto.
    static func fontsWithoutKai() throws -> URL {
        try fontsFolder { !$0.hasPrefix("FandolKai") }
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
