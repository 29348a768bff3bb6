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

extension RenderedDocument {
    /// `pages` with what their layout found.
    init(_ pages: [PageLayout], _ findings: LayoutFindings) {
        self.init(pages: pages, metadata: findings.metadata, missingGlyphs: findings.missingGlyphs,
                  coverPages: findings.coverPages, coverOverflow: findings.coverOverflow)
    }

    /// What the layout found, apart from the pages.
    var findings: LayoutFindings {
        LayoutFindings(metadata: metadata, missingGlyphs: missingGlyphs, coverPages: coverPages,
                       coverOverflow: coverOverflow, pageCount: pages.count)
    }
}

/// What laying a document out found besides its pages, which went to the caller one by one.
public struct LayoutFindings: Hashable, Sendable {
    public var metadata: DocumentMetadata
    /// Characters no configured font has, with where they came from.
    public var missingGlyphs: [MissingGlyph]
    /// Pages before the first numbered one (the cover).
    public var coverPages: Int
    /// The first cover field that does not fit on the one cover page (nil when all fit).
    public var coverOverflow: FieldPath?
    /// All pages, the cover's included.
    public var pageCount: Int
}

/// `Document` → pages: the cover, the body on the grid, and the folios.
public struct ReportRenderer {
    public let session: RenderSession
    public let geometry: PageGeometry

    public init(session: RenderSession, geometry: PageGeometry = .a4) {
        self.session = session
        self.geometry = geometry
    }

    /// Every page at once: `layout(_:pageDone:)` collected, for callers that want them all
    /// (previews, tests). Painting a PDF streams instead (`PDFPageWriter`).
    public func layout(_ document: Document) -> RenderedDocument {
        var pages: [PageLayout] = []
        let findings = layout(document) { pages.append($0) }
        return RenderedDocument(pages, findings)
    }

    /// Lays `document` out page by page: each page, folio included, goes to `pageDone` as soon
    /// as it is full, so what is held at once is one page and the measured blocks, whatever the
    /// document's length (a 汇总表 of thousands of rows).
    public func layout(_ document: Document, pageDone: (PageLayout) -> Void) -> LayoutFindings {
        let geometry = document.grid.map(geometry.applying) ?? geometry
        var missing: [MissingGlyph] = []
        var coverOverflow: FieldPath?
        var coverPages = 0
        if let cover = document.cover {
            let laidOut = CoverLayout(session: session, geometry: geometry).layout(cover, missing: &missing)
            pageDone(laidOut.page)
            coverPages = 1
            coverOverflow = laidOut.overflow
        }
        var bodyPages = 0
        missing += Paginator(session: session, geometry: geometry).paginate(document.body) { page in
            bodyPages += 1
            pageDone(addingFolio(bodyPages, to: page, geometry: geometry))
        }
        return LayoutFindings(metadata: document.metadata, missingGlyphs: Self.unique(missing), coverPages: coverPages,
                              coverOverflow: coverOverflow, pageCount: coverPages + bodyPages)
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
