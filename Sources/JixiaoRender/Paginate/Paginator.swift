import JixiaoCore

/// Lays the body of a `Document` onto pages: text on the 22-line grid, headings kept with
/// what follows, no lone last line at the top of a page where it can be avoided, tables with
/// repeated headers, the signature block after the table's foot on its page where it fits, or
/// alone at the top of the next page.
struct Paginator {
    let session: RenderSession
    let geometry: PageGeometry
    /// Rows per band of a long table (`TableBands`); tests set it small, or to `Int.max` to
    /// measure every table whole.
    var rowsPerBand = TableBands.defaultRows

    /// A block typeset, ready to place.
    private enum Measured {
        case text(lines: [TypesetLine], heading: Heading?, outlineTitle: String?, source: FieldPath?)
        case table(TableLayout)
        /// A long table, measured band by band as it is placed.
        case bandedTable(Table, TableBands)
        case signature(SignatureLayout)
        case closing(ClosingLayout)
        case pageBreak
    }

    /// Hands each body page (without its folio) to `pageDone` as soon as it is full; returns
    /// the characters no font had.
    func paginate(_ blocks: [Block], pageDone: (PageLayout) -> Void) -> [MissingGlyph] {
        // By block, so that a banded table's characters, found as it is placed, keep their place.
        var missing = Array(repeating: [MissingGlyph](), count: blocks.count)
        let measured = blocks.indices.map { measure(blocks[$0], missing: &missing[$0]) }
        withoutActuallyEscaping(pageDone) { pageDone in
            var cursor = PageCursor(geometry: geometry, pageFilled: pageDone)
            place(measured, blocks: blocks, cursor: &cursor, missing: &missing)
            cursor.finish()
        }
        return missing.flatMap { $0 }
    }

    private func place(_ measured: [Measured], blocks: [Block], cursor: inout PageCursor,
                       missing: inout [[MissingGlyph]]) {
        for (index, block) in measured.enumerated() {
            cursor.tag = StructureTag.block(blocks[index], index: index)
            switch block {
            case .pageBreak:
                if !cursor.isPageEmpty { cursor.newPage() }
            case .text(let lines, let heading, let outlineTitle, let source):
                if heading != nil || outlineTitle != nil {
                    let needed = lines.count + linesKeptWith(after: index, in: measured)
                    if cursor.freeSlots < needed, !cursor.isPageEmpty { cursor.newPage() }
                    let title = heading.map(\.fullText) ?? outlineTitle ?? ""
                    cursor.addOutline(OutlineEntry(level: heading?.level ?? 1, title: title, y: cursor.y))
                }
                placeParagraph(lines, source: source, cursor: &cursor)
            case .table(let layout):
                TablePlacer(layout: layout, geometry: geometry).place(on: &cursor)
            case .bandedTable(let table, let bands):
                for (number, rows) in bands.bands.enumerated() {
                    let layout = tableLayout(TableBands.part(rows, of: table))
                    missing[index] += layout.missing
                    TablePlacer(layout: layout, geometry: geometry, continuing: number > 0, rowOffset: rows.lowerBound)
                        .place(on: &cursor)
                }
            case .signature(let signature):
                placeSignature(signature, cursor: &cursor)
            case .closing(let closing):
                placeClosing(closing, cursor: &cursor)
            }
        }
    }

    private func measure(_ block: Block, missing: inout [MissingGlyph]) -> Measured {
        let width = geometry.textArea.size.width
        func lines(_ text: String, _ style: TextStyle, _ source: FieldPath?, preferredBreaks: [Int] = []) -> [TypesetLine] {
            // Centred lines are titles: broken evenly, never a lone character on the last line.
            let paragraph = style.alignment == .center
                ? session.typesetBalanced(text, style: style, width: width, preferredBreaks: preferredBreaks)
                : session.typeset(text, style: style, width: width)
            missing += paragraph.missingCharacters.map { MissingGlyph(character: $0, field: source ?? .root) }
            return paragraph.lines
        }
        switch block {
        case .heading(let heading):
            let style = BlockStyles.heading(level: heading.level, geometry: geometry)
            return .text(lines: lines(heading.fullText, style, heading.source),
                         heading: heading.inOutline ? heading : nil, outlineTitle: nil, source: heading.source)
        case .paragraph(let paragraph):
            let style = BlockStyles.paragraph(paragraph.style, geometry: geometry)
            return .text(lines: lines(paragraph.text, style, paragraph.source, preferredBreaks: paragraph.preferredBreaks), heading: nil,
                         outlineTitle: paragraph.outlineTitle, source: paragraph.source)
        case .table(let table):
            if let bands = TableBands(table, rowsPerBand: rowsPerBand) { return .bandedTable(table, bands) }
            let layout = tableLayout(table)
            missing += layout.missing
            return .table(layout)
        case .signature(let signature):
            return .signature(SignatureLayout(signature, geometry: geometry) { text, style, width, field in
                let paragraph = session.typeset(text, style: style, width: width)
                missing += paragraph.missingCharacters.map { MissingGlyph(character: $0, field: field ?? .root) }
                return paragraph.lines
            })
        case .closing(let closing):
            return .closing(ClosingLayout(closing, geometry: geometry) { text, style, width, field in
                let paragraph = session.typeset(text, style: style, width: width)
                missing += paragraph.missingCharacters.map { MissingGlyph(character: $0, field: field ?? .root) }
                return paragraph.lines
            })
        case .pageBreak:
            return .pageBreak
        }
    }

    private func tableLayout(_ table: Table) -> TableLayout {
        TableLayout(table, left: geometry.textArea.minX, width: geometry.textArea.size.width, session: session,
                    geometry: geometry)
    }

    /// How many grid lines must follow a heading on its page: the next headings in a row and
    /// the first two lines of the paragraph after them (a table counts as three).
    private func linesKeptWith(after index: Int, in blocks: [Measured]) -> Int {
        var count = 0
        var next = index + 1
        while next < blocks.count {
            switch blocks[next] {
            case .text(let lines, let heading, _, _):
                if heading != nil {
                    count += lines.count
                    next += 1
                    continue
                }
                return count + min(2, lines.count)
            case .table, .bandedTable: return count + 3
            case .signature, .closing, .pageBreak: return count
            }
        }
        return count
    }

    /// Places a paragraph on the grid, breaking it across pages so that neither its first nor
    /// its last line stands alone when the paragraph has lines to spare.
    private func placeParagraph(_ lines: [TypesetLine], source: FieldPath?, cursor: inout PageCursor) {
        var remaining = lines[...]
        while !remaining.isEmpty {
            var fit = min(cursor.freeSlots, remaining.count)
            if fit < remaining.count {
                if remaining.count - fit == 1, fit >= 3 { fit -= 1 }     // no widow at the top of the next page
                if fit == 1, remaining.count >= 2 { fit = 0 }           // no orphan at the foot of this one
            }
            if fit == 0 {
                if cursor.isPageEmpty { fit = min(remaining.count, geometry.linesPerPage) } else {
                    cursor.newPage()
                    continue
                }
            }
            for line in remaining.prefix(fit) {
                cursor.placeOnGrid(line, x: geometry.textArea.minX, source: source)
            }
            remaining = remaining.dropFirst(fit)
            if !remaining.isEmpty { cursor.newPage() }
        }
    }

    /// The 落款 after a blank grid line (the seal's top reaches into it), on the page of the
    /// text's last line; when its lines do not fit there, on the next page with that last line
    /// brought along, so the 落款 never opens a page alone (GB/T 9704 §7.3.5.4).
    private func placeClosing(_ closing: ClosingLayout, cursor: inout PageCursor) {
        let needed = 1 + closing.lines.count
        if cursor.freeSlots < needed, !cursor.isPageEmpty { cursor.carryLastLineToNextPage() }
        var slot = geometry.slot(atOrBelow: cursor.y) + (cursor.isPageEmpty ? 0 : 1)
        for (line, x) in closing.lines {
            if slot >= geometry.linesPerPage {       // a unit longer than a page flows on
                cursor.newPage()
                slot = 0
            }
            cursor.place(line.line, origin: Point(x: x, y: geometry.baseline(ofSlot: slot)), source: line.source)
            slot += 1
        }
        cursor.y = geometry.top(ofSlot: slot)
    }

    /// The signature block after a blank grid line, on the page where the table ends if it
    /// fits there; a block longer than a page (or a row longer than one) flows on line by line.
    private func placeSignature(_ signature: SignatureLayout, cursor: inout PageCursor) {
        if cursor.freeSlots < signature.slots { cursor.newPage() }
        var slot = geometry.slot(atOrBelow: cursor.y) + 1
        func place(_ line: TypesetLine, x: Double) {
            cursor.place(line, origin: Point(x: x, y: geometry.baseline(ofSlot: slot)), source: nil)
        }
        func nextPageIfFull(needing lines: Int = 1) {
            if slot + lines > geometry.linesPerPage {
                cursor.newPage()
                slot = 0
            }
        }
        for row in signature.rows {
            let height = SignatureLayout.height(of: row)
            if height <= geometry.linesPerPage {
                // Column by column, so the text reads (and extracts) one signature at a time.
                nextPageIfFull(needing: height)
                let top = slot
                for (lines, x) in zip(row, signature.columns) {
                    for line in lines {
                        place(line, x: x)
                        slot += 1
                    }
                    slot = top
                }
                slot = top + height
            } else {
                for index in 0..<height {
                    nextPageIfFull()
                    for (lines, x) in zip(row, signature.columns) where index < lines.count { place(lines[index], x: x) }
                    slot += 1
                }
            }
            slot += 1
        }
        for line in signature.date {
            nextPageIfFull()
            place(line, x: geometry.textArea.minX)
            slot += 1
        }
        cursor.y = geometry.top(ofSlot: slot)
    }
}
