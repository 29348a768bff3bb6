import JixiaoCore

/// The paragraphs and widths a render session has set, by everything that decides them: the
/// text, the style and the width. Within one session Pango sets the same input to the same
/// glyphs every time, so a remembered paragraph is exactly what setting it again would give
/// (the PDF is byte-identical either way: `RenderSessionMemoryTests`).
///
/// Bounded by an estimate of the bytes kept (`limit`), the least recently used forgotten
/// first, so a session that renders a batch of thousands stays flat in memory.
public struct TypesetMemory {
    /// 8 MB: the paragraphs of about thirty reports like the seed, for a session that renders
    /// one report again and again (the editor, on every edit).
    public static let defaultLimit = 8 << 20

    /// 1 MB, for a batch's sessions: what reports of a batch share is their headings, table
    /// heads and labels, which take a few kilobytes, and about four seed-sized reports' worth
    /// keeps those in use while each report passes through. A larger memory only fills with
    /// paragraphs no later report asks for, and a batch's peak memory would grow with its
    /// size until the bound was reached (after some 1,700 reports at 8 MB, `make bench`).
    public static let batchLimit = 1 << 20

    struct Key: Hashable {
        var text: String
        var style: TextStyle
        var width: Double
        /// A centred title broken into even lines (`typesetBalanced`), not the plain setting.
        var balanced: Bool
        /// The title's preferred breaks (`typesetBalanced`); none for a plain setting.
        var preferredBreaks: [Int] = []
    }

    private var paragraphs: LeastRecentlyUsed<Key, TypesetParagraph>
    private var widths: LeastRecentlyUsed<Key, Double>
    /// How many calls a remembered answer has served.
    private(set) var reused = 0

    init(limit: Int) {
        // A tenth for the widths (labels measured on the cover and in tables: short texts).
        paragraphs = LeastRecentlyUsed(costLimit: limit - limit / 10)
        widths = LeastRecentlyUsed(costLimit: limit / 10)
    }

    var count: Int { paragraphs.count + widths.count }
    var bytes: Int { paragraphs.totalCost + widths.totalCost }

    mutating func paragraph(for key: Key) -> TypesetParagraph? {
        let found = paragraphs.value(for: key)
        if found != nil { reused += 1 }
        return found
    }

    mutating func width(for key: Key) -> Double? {
        let found = widths.value(for: key)
        if found != nil { reused += 1 }
        return found
    }

    mutating func keep(_ paragraph: TypesetParagraph, for key: Key) {
        paragraphs.insert(paragraph, for: key, cost: Self.cost(of: key) + Self.cost(of: paragraph))
    }

    mutating func keep(_ width: Double, for key: Key) {
        widths.insert(width, for: key, cost: Self.cost(of: key))
    }

    mutating func removeAll() {
        paragraphs.removeAll()
        widths.removeAll()
        reused = 0
    }

    /// The key's bytes: its text twice (the key's and the runs' copy) and the fixed fields.
    private static func cost(of key: Key) -> Int { 2 * key.text.utf8.count + 64 }

    /// The glyphs' bytes (an id and a position each, with the cluster that maps them to text)
    /// and each line's and run's fixed fields.
    private static func cost(of paragraph: TypesetParagraph) -> Int {
        paragraph.lines.reduce(0) { total, line in
            total + 64 + line.runs.reduce(0) { $0 + 96 + 40 * $1.glyphs.count }
        }
    }
}
