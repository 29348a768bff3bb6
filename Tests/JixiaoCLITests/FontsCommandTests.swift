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
