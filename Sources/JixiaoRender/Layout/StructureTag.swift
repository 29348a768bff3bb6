import JixiaoCore

/// Where a placed item sits in the PDF's logical structure (a tagged PDF, ISO 32000-1 §14.8):
/// the path of structure elements around it, outermost first, e.g. Table › TR › TD.
///
/// A plain value on the layout, set where the item is placed (the paginator knows a heading
/// from a paragraph, the table placer a header cell from a body cell), so the painter only
/// opens and closes Cairo's structure tags as the path changes from item to item. Each
/// element has an id as well as a name, so two paragraphs in a row are two P elements.
public struct StructureTag: Hashable, Sendable {
    public struct Element: Hashable, Sendable {
        /// A standard structure type Cairo 1.16 accepts: H1–H6, P, Table, TR, TH, TD, Sect, Div.
        public var name: String
        public var id: Int

        public init(_ name: String, id: Int) {
            self.name = name
            self.id = id
        }
    }

    public var path: [Element]

    public init(_ path: [Element]) { self.path = path }

    /// Outside every element: page furniture (folios). Cairo 1.16 refuses an "Artifact" tag,
    /// so such content is left untagged, which is why the PDF claims conformance U, not A.
    public static let artifact = StructureTag([])

    /// The element of a body block, numbered by its place in the body: H1–H3 (deeper levels
    /// H4–H6) for headings, P for paragraphs, Table for tables (its rows and cells come from
    /// `cell`), a Div holding a P for the signature block and the 落款. Nil for a page break.
    static func block(_ block: Block, index: Int) -> StructureTag? {
        switch block {
        case .heading(let heading): return StructureTag([Element("H\(min(6, max(1, heading.level)))", id: index)])
        case .paragraph: return StructureTag([Element("P", id: index)])
        case .table: return StructureTag([Element("Table", id: index)])
        case .signature, .closing: return StructureTag([Element("Div", id: index), Element("P", id: 0)])
        case .pageBreak: return nil
        }
    }

    /// A cell of this tag's table: the table element, then TR for `row` of the header or the
    /// body, then TH (header rows) or TD.
    func cell(header: Bool, row: Int, column: Int) -> StructureTag {
        let rowID = header ? -1 - row : row
        return StructureTag(Array(path.prefix(1)) + [Element("TR", id: rowID), Element(header ? "TH" : "TD", id: column)])
    }

    /// The cover: one Sect, its title an H1 and each of its other lines a P.
    static func cover(line: Int, isTitle: Bool) -> StructureTag {
        StructureTag([Element("Sect", id: -1), Element(isTitle ? "H1" : "P", id: line)])
    }
}
