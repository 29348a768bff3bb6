import JixiaoPipeline
import JixiaoRender
import Testing

/// The editor's page cache: an equal layout is never painted twice, a changed one always is,
/// and the cache stays within its bound by dropping the page used longest ago.
struct PreviewCacheTests {
    /// Blank pages that differ by their height only: distinct layouts, no fonts needed.
    static func page(_ height: Double) -> PageLayout { PageLayout(size: Size(width: 100, height: height)) }

    @Test func anEqualLayoutIsPaintedOnceAndAChangedOneAgain() throws {
        let cache = PreviewCache()
        var painted = 0
        let first = try cache.image(of: Self.page(200), dpi: 50) { painted += 1; return [1, 2, 3] }
        let again = try cache.image(of: Self.page(200), dpi: 50) { painted += 1; return [9] }
        #expect(painted == 1 && again == first)
        let otherDPI = try cache.image(of: Self.page(200), dpi: 96) { painted += 1; return [4] }
        let changed = try cache.image(of: Self.page(201), dpi: 50) { painted += 1; return [5] }
        #expect(painted == 3)
        #expect(Set([first.digest, otherDPI.digest, changed.digest]).count == 3)
        #expect(first.digest.count == 16)
        #expect(cache.counts.painted == 3 && cache.counts.reused == 1)
    }

    @Test func theLeastRecentlyUsedPageIsDroppedPastTheBound() throws {
        let cache = PreviewCache(capacity: 2)
        var painted = 0
        for height in [200.0, 300, 200, 400] {  // 200 is used again before 400 comes: 300 goes
            _ = try cache.image(of: Self.page(height), dpi: 50) { painted += 1; return [UInt8(height / 100)] }
        }
        #expect(painted == 3 && cache.counts.kept == 2)
        _ = try cache.image(of: Self.page(200), dpi: 50) { painted += 1; return [2] }
        #expect(painted == 3, "the page used recently was kept")
        _ = try cache.image(of: Self.page(300), dpi: 50) { painted += 1; return [3] }
        #expect(painted == 4, "the page used longest ago was dropped")
    }

    @Test func aPaintingFailureIsThrownAndNothingIsKept() {
        let cache = PreviewCache()
        #expect(throws: RenderError.self) {
            _ = try cache.image(of: Self.page(200), dpi: 50) { () throws(RenderError) in
                throw .output(path: "page-1.png", reason: "test")
            }
        }
        #expect(cache.counts.kept == 0)
    }
}
