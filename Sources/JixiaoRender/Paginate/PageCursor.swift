import JixiaoCore

/// The page being filled: where the next thing goes. A full page is handed on at once
/// (`pageFilled`), never kept, so laying out a table of thousands of rows holds one page of
/// placed items, not all of them (the painter draws each page as it comes: `PDFPageWriter`).
struct PageCursor {
    let geometry: PageGeometry
    /// Called with each page as it is left for the next one, in order.
    private let pageFilled: (PageLayout) -> Void
    /// How many pages have been handed on.
    private(set) var filledPages = 0
    private(set) var current: PageLayout
    /// Top of the free space on the current page, points.
    var y: Double
    /// The structure element of what is placed next (tagged PDF).
    var tag: StructureTag?
    /// The rules already on the current page.
    private var ruleKeys = Set<[Double]>()

    /// A cursor at the top of an empty page. A cursor that never moves to a new page (the
    /// cover's) never calls `pageFilled`.
    init(geometry: PageGeometry, pageFilled: @escaping (PageLayout) -> Void) {
        self.geometry = geometry
        self.pageFilled = pageFilled
        current = PageLayout(size: geometry.pageSize)
        y = geometry.textArea.minY
    }

    var isPageEmpty: Bool { current.items.isEmpty }

    /// Grid lines still free on this page.
    var freeSlots: Int { max(0, geometry.linesPerPage - geometry.slot(atOrBelow: y)) }

    /// Points still free on this page.
    var freeHeight: Double { geometry.textArea.maxY - y }

    mutating func newPage() {
        pageFilled(current)
        filledPages += 1
        current = PageLayout(size: geometry.pageSize)
        y = geometry.textArea.minY
        ruleKeys.removeAll()
    }

    /// Starts a new page and moves the current page's lowest line of text (the glyph runs on its
    /// last baseline) to the new page's first grid line, so what follows does not open the page
    /// alone. A page with only that line just ends.
    mutating func carryLastLineToNextPage() {
        let baselines = current.items.compactMap { placed -> Double? in
            if case .glyphs = placed.item { return placed.origin.y }
            return nil
        }
        guard let last = baselines.max(), baselines.contains(where: { $0 < last }),
              !current.outline.contains(where: { $0.y >= last - geometry.pitch }) else {
            newPage()
            return
        }
        let moved = current.items.filter { placed in
            if case .glyphs = placed.item { return placed.origin.y == last }
            return false
        }
        current.items.removeAll { placed in
            if case .glyphs = placed.item { return placed.origin.y == last }
            return false
        }
        newPage()
        for var placed in moved {
            placed.origin.y = geometry.baseline(ofSlot: 0)
            current.items.append(placed)
        }
        y = geometry.top(ofSlot: 1)
    }

    /// Puts `line` on the next grid line, `x` being the left edge of its box.
    mutating func placeOnGrid(_ line: TypesetLine, x: Double, source: FieldPath?) {
        let slot = geometry.slot(atOrBelow: y)
        place(line, origin: Point(x: x, y: geometry.baseline(ofSlot: slot)), source: source)
        y = geometry.top(ofSlot: slot + 1)
    }

    /// Puts `line` with its baseline's left end at `origin`.
    mutating func place(_ line: TypesetLine, origin: Point, source: FieldPath?) {
        for run in line.runs {
            current.items.append(PlacedItem(origin: origin, item: .glyphs(run), source: source, tag: tag))
        }
    }

    /// Adds a rule unless the page has it already: neighbouring table cells share their edges,
    /// and each is drawn once.
    mutating func addRule(from: Point, to: Point, width: Double) {
        guard ruleKeys.insert([from.x, from.y, to.x, to.y, width]).inserted else { return }
        current.items.append(PlacedItem(origin: from, item: .rule(to: to, width: width), tag: tag))
    }

    mutating func addOutline(_ entry: OutlineEntry) { current.outline.append(entry) }

    /// Hands on the last page, when it has anything on it or is the only one.
    mutating func finish() {
        guard !isPageEmpty || filledPages == 0 else { return }
        pageFilled(current)
        filledPages += 1
    }
}
