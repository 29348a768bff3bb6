import Testing
@testable import JixiaoRender

/// When a role counts as set in its own typeface (J044), with and without the Common cuts.
@Suite struct ResolvedFontTests {
    static let common = "/f/FandolKai-Regular.common.otf"
    static let full = "/f/FandolKai-Regular.otf"

    @Test func theCommonCutWithTheFullFaceBehindItIsTheRolesOwnTypeface() {
        let font = ResolvedFont(role: .kaiTi, file: Self.common, family: "FandolKai Common", fullFile: Self.full)
        #expect(font.isCommonCut)
        #expect(!font.isCommonCutAlone)
        #expect(font.isOwnFamily)
    }

    @Test func theFullFaceAloneIsTheRolesOwnTypeface() {
        let font = ResolvedFont(role: .kaiTi, file: Self.full, family: "FandolKai", fullFile: Self.full)
        #expect(!font.isCommonCut)
        #expect(font.isOwnFamily)
    }

    @Test func aCommonCutWithoutItsFullFaceIsNot() {
        // 鑫 would come from Noto Serif: a stand-in for every character outside GB2312 level 1.
        let font = ResolvedFont(role: .kaiTi, file: Self.common, family: "FandolKai Common", fullFile: nil)
        #expect(font.isCommonCutAlone)
        #expect(!font.isOwnFamily)
    }

    @Test func anotherRolesCommonCutOrAStandInIsNot() {
        let fang = ResolvedFont(role: .kaiTi, file: "/f/FandolFang-Regular.common.otf", family: "FandolFang Common", fullFile: Self.full)
        #expect(!fang.isOwnFamily)
        let noto = ResolvedFont(role: .kaiTi, file: "/usr/share/fonts/NotoSerifCJK-Regular.ttc", family: "Noto Serif CJK SC", fullFile: nil)
        #expect(!noto.isOwnFamily)
        #expect(!noto.isCommonCutAlone)
    }

    @Test func eachRolesCommonFamilyIsItsFamilyNamedCommon() {
        #expect(FontRole.allCases.map(\.commonFamily) == ["FandolFang Common", "FandolHei Common", "FandolKai Common", "FandolSong Common"])
    }

    /// With the repository's fonts (fonts/setup.sh made the Common cuts), every role resolves
    /// to its Common cut with its full face behind it.
    @Test func theRepositorysFontsResolveToTheCommonCuts() throws {
        let session = try RenderFixtures.session()
        for font in session.resolvedFonts() {
            #expect(font.family == font.role.commonFamily, "\(font)")
            #expect(font.file?.hasSuffix(".common.otf") == true, "\(font)")
            #expect(font.fullFile?.hasSuffix("-Regular.otf") == true, "\(font)")
            #expect(font.isOwnFamily)
        }
    }
}
