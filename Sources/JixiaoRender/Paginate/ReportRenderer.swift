import JixiaoCore

/// A document laid out: every page as plain values, ready to paint as PDF or PNG.
public struct RenderedDocument: Hashable, Sendable {
    public var pages: [PageLayout]
    public var metadata: DocumentMetadata
    /// Characters no configured font has, with where they came from.
    public var missingGlyphs: [MissingGlyph]
    /// Pages before the first numbered one (the cover).
    public var coverPages: Int
    /// The first cover field that does not fit on the one cover page (nil when all fit).
    public var coverOverflow: FieldPath?

    public init(pages: [PageLayout], metadata: DocumentMetadata, missingGlyphs: [MissingGlyph], coverPages: Int,
                coverOverflow: FieldPath? = nil) {
        self.pages = pages
        self.metadata = metadata
        self.missingGlyphs = missingGlyphs
        self.coverPages = coverPages
        self.coverOverflow = coverOverflow
    }
}

/// `Document` → pages: the cover, the body on the grid, and the folios.
public struct ReportRenderer {
    public let session: RenderSession
    public let geometry: PageGeometry

    public init(session: RenderSession, geometry: PageGeometry = .a4) {
        self.session = session
        self.geometry = geometry
    }

    public func layout(_ document: Document) -> RenderedDocument {
        let geometry = document.grid.map(geometry.applying) ?? geometry
        var missing: [MissingGlyph] = []
        var pages: [PageLayout] = []
        var coverOverflow: FieldPath?
        if let cover = document.cover {
            let laidOut = CoverLayout(session: session, geometry: geometry).layout(cover, missing: &missing)
            pages.append(laidOut.page)
            coverOverflow = laidOut.overflow
        }
        let coverPages = pages.count
        let body = Paginator(session: session, geometry: geometry).paginate(document.body)
        missing += body.missing
        for (index, page) in body.pages.enumerated() {
            pages.append(addingFolio(index + 1, to: page, geometry: geometry))
        }
        return RenderedDocument(pages: pages, metadata: document.metadata, missingGlyphs: Self.unique(missing),
                                coverPages: coverPages, coverOverflow: coverOverflow)
    }

    /// "— N —" in 宋体 14 pt, 7 mm below the text area, one character in from the outer edge:
    /// the right on odd pages, the left on even ones (for printing on both sides).
    private func addingFolio(_ number: Int, to page: PageLayout, geometry: PageGeometry) -> PageLayout {
        let style = BlockStyles.folio(geometry: geometry)
        guard let line = session.typeset("— \(number) —", style: style, width: -1).lines.first else { return page }
        let width = line.maxX - line.minX
        let area = geometry.textArea
        let x = number % 2 == 1 ? area.maxX - geometry.folioSize - width : area.minX + geometry.folioSize
        let baseline = area.maxY + geometry.folioDrop + 0.88 * geometry.folioSize
        var page = page
        for run in line.runs {
            page.items.append(PlacedItem(origin: Point(x: x - line.minX, y: baseline), item: .glyphs(run), tag: .artifact))
        }
        return page
    }

    /// Each (character, field) once, in first-seen order.
    private static func unique(_ glyphs: [MissingGlyph]) -> [MissingGlyph] {
        var seen = Set<MissingGlyph>()
        return glyphs.filter { seen.insert($0).inserted }
    }
}
