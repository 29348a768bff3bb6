import Foundation
import Testing
import JixiaoCore
@testable import JixiaoRender

/// What the project's fonts.conf gives a session, and how Cairo gets the fonts Pango chose:
/// both decide how much font work a cold render does.
@Suite struct FontSetTests {
    /// Noto CJK's collections hold the same characters in five regional faces. fonts.conf keeps
    /// only the SC ones its fallback chains name, so Pango sorts 19 fonts per family, not 43.
    @Test func onlyTheSimplifiedChineseNotoFacesAreConfigured() throws {
        let configuration = try FontConfiguration(loading: RenderFixtures.fontsConf)
        for family in ["FandolFang", "FandolFang Common", "Noto Sans CJK SC", "Noto Serif CJK SC", "Tibetan Machine Uni"] {
            #expect(configuration.fontOwning(family: family) != nil, "\(family) is missing")
        }
        for kind in ["Sans", "Serif", "Sans Mono"] {
            for region in ["TC", "HK", "JP", "KR"] {
                let family = "Noto \(kind) CJK \(region)"
                #expect(configuration.fontOwning(family: family) == nil, "\(family) is still configured")
            }
        }
        // 𠮷 (in no Fandol face) still falls back to Noto, as the chains say.
        #expect(configuration.covers("𠮷"))
    }

    /// The painter draws each run with the scaled font Pango measured it with, not one Cairo
    /// makes anew because the options differ: every font of a report in every role.
    @Test func thePDFIsDrawnWithTheScaledFontsPangoMeasuredWith() throws {
        let session = try RenderFixtures.session()
        _ = ReportRenderer(session: session).layout(OwnedFontFaceTests.document(number: 7))
        let context = try CairoContext(drawingOn: CairoSurface.pdf(writingTo: MemorySink(), size: PageGeometry.a4.pageSize))
        #expect(session.fonts.count > 10)
        for font in session.fonts.all {
            #expect(context.drawsWithMeasuringFont(font), "\(font.file ?? "?") is drawn with another scaled font")
        }
    }
}
