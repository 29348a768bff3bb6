import JixiaoCore

/// A point or length in PDF points (1/72 inch); origin at the top-left of the page, y down.
public struct Point: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

public struct Size: Hashable, Sendable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
}

public struct Rect: Hashable, Sendable {
    public var origin: Point
    public var size: Size

    public init(x: Double, y: Double, width: Double, height: Double) {
        origin = Point(x: x, y: y)
        size = Size(width: width, height: height)
    }

    public var minX: Double { origin.x }
    public var minY: Double { origin.y }
    public var maxX: Double { origin.x + size.width }
    public var maxY: Double { origin.y + size.height }
}

/// One laid-out page: plain values, no handle to Pango or Cairo, so layouts can be compared,
/// hashed and tested without drawing (the Typst `Frame` idea).
public struct PageLayout: Hashable, Sendable {
    public var size: Size
    public var items: [PlacedItem]
    /// Outline (bookmark) entries that point into this page.
    public var outline: [OutlineEntry]

    public init(size: Size, items: [PlacedItem] = [], outline: [OutlineEntry] = []) {
        self.size = size
        self.items = items
        self.outline = outline
    }

    /// The text of the page in drawing order, for tests.
    public var text: String {
        items.compactMap { item in
            if case .glyphs(let run) = item.item { return run.text }
            return nil
        }.joined()
    }
}

/// An item at a position. For glyphs, `origin` is the left end of the baseline.
public struct PlacedItem: Hashable, Sendable {
    public var origin: Point
    public var item: Item
    /// The report field the item's text came from, for error messages.
    public var source: FieldPath?
    /// The structure element the item belongs to (tagged PDF); nil: text untagged (as an
    /// artifact), a rule inside whatever element is open.
    public var tag: StructureTag?

    public init(origin: Point, item: Item, source: FieldPath? = nil, tag: StructureTag? = nil) {
        self.origin = origin
        self.item = item
        self.source = source
        self.tag = tag
    }
}

public enum Item: Hashable, Sendable {
    /// Shaped text, positioned relative to the item's origin.
    case glyphs(GlyphRun)
    /// A straight rule from the origin to `to` (absolute), `width` pt thick.
    case rule(to: Point, width: Double)
}

/// A run of glyphs in one font, shaped once by Pango and copied out as values.
///
/// Keeps the original text and the cluster map, so the PDF carries the real text and
/// `pdftotext` gives it back.
public struct GlyphRun: Hashable, Sendable {
    public var font: FontID
    /// Font size in points.
    public var size: Double
    public var glyphs: [PositionedGlyph]
    public var text: String
    /// Consecutive (bytes of `text`, glyphs) pairs covering text and glyphs in order.
    public var clusters: [GlyphCluster]

    public init(font: FontID, size: Double, glyphs: [PositionedGlyph], text: String, clusters: [GlyphCluster]) {
        self.font = font
        self.size = size
        self.glyphs = glyphs
        self.text = text
        self.clusters = clusters
    }

    /// The run moved right by `dx` and down by `dy`.
    func offset(dx: Double, dy: Double) -> GlyphRun {
        var copy = self
        copy.glyphs = glyphs.map { PositionedGlyph(id: $0.id, x: $0.x + dx, y: $0.y + dy) }
        return copy
    }
}

public struct PositionedGlyph: Hashable, Sendable {
    public var id: UInt32
    /// Relative to the item's origin, in points.
    public var x: Double
    public var y: Double

    public init(id: UInt32, x: Double, y: Double) {
        self.id = id
        self.x = x
        self.y = y
    }
}

public struct GlyphCluster: Hashable, Sendable {
    public var bytes: Int
    public var glyphs: Int

    public init(bytes: Int, glyphs: Int) {
        self.bytes = bytes
        self.glyphs = glyphs
    }
}

/// A font of one render session: its index in that session's font table, and the session.
///
/// The session travels with the index so that a painter can tell a layout made elsewhere
/// from its own (see `SessionID`); the value stays plain, so layouts still compare and hash.
public struct FontID: Hashable, Sendable {
    /// The session whose font table `index` points into.
    public let session: SessionID
    public let index: Int

    public init(session: SessionID, index: Int) {
        self.session = session
        self.index = index
    }
}

/// A bookmark: a title at a level, pointing at a height on its page.
public struct OutlineEntry: Hashable, Sendable {
    /// 1 for top level.
    public var level: Int
    public var title: String
    /// Top of the target, in points from the page top.
    public var y: Double

    public init(level: Int, title: String, y: Double) {
        self.level = level
        self.title = title
        self.y = y
    }
}
