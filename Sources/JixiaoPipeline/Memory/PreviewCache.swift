import Foundation
import JixiaoCore
import JixiaoRender

/// Page images already painted, keyed by the page's layout and the resolution: the editor
/// lays the whole report out again on every keystroke (pages are cheap to lay out), but a
/// keystroke usually changes one page, so only that page is painted again.
///
/// Layouts are plain values (`PageLayout` is `Hashable`), so two equal layouts paint the same
/// pixels and a hit is always the right image. Bounded: past `capacity` pages, the least
/// recently used are dropped. Shared by every editor of one server; thread-safe.
public final class PreviewCache: Sendable {
    /// One page's PNG and the digest the page names it by (the first 16 hex digits of its
    /// SHA-256), so a client that has the image already need not be sent it again.
    public struct Image: Hashable, Sendable {
        public let digest: String
        public let png: [UInt8]
    }

    private struct Key: Hashable {
        let page: PageLayout
        let dpi: Double
    }

    private struct Entries {
        var images: LeastRecentlyUsed<Key, Image>
        var painted = 0
        var reused = 0
    }

    public let capacity: Int
    private let entries: Locked<Entries>

    public init(capacity: Int = 256) {
        self.capacity = max(1, capacity)
        entries = Locked(Entries(images: LeastRecentlyUsed(costLimit: self.capacity)))
    }

    /// `page` at `dpi`: from the cache, or made by `paint` (outside the lock, so editors paint
    /// in parallel) and kept.
    public func image(of page: PageLayout, dpi: Double,
                      paint: () throws(RenderError) -> [UInt8]) throws(RenderError) -> Image {
        let key = Key(page: page, dpi: dpi)
        if let hit = entries.withLock({ entries -> Image? in
            guard let found = entries.images.value(for: key) else { return nil }
            entries.reused += 1
            return found
        }) {
            return hit
        }
        let png = try paint()
        let image = Image(digest: String(SHA256.hex(of: png).prefix(16)), png: png)
        entries.withLock { entries in
            entries.painted += 1
            entries.images.insert(image, for: key)
        }
        return image
    }

    /// Pages painted and pages reused so far, and how many are kept (for tests and the
    /// server's timing header).
    public var counts: (painted: Int, reused: Int, kept: Int) {
        entries.withLock { ($0.painted, $0.reused, $0.images.count) }
    }
}
