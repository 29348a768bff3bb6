import JixiaoCore

/// The cover page: the title large and centred in the upper part, the label：value lines
/// with labels spread to one width as on printed forms and values on an underline (long
/// values wrap under themselves), and the issuing body and year centred near the foot.
///
/// The cover is one page. What does not fit on it (too many fields, or a value or title too
/// long) is reported as `overflow`, naming the field, rather than drawn off the paper.
struct CoverLayout {
    let session: RenderSession
    let geometry: PageGeometry

    static let titleStyle = TextStyle(role: .songTi, size: 36, bold: true, alignment: .center)
    static let fieldStyle = TextStyle(role: .fangSong, size: 16, alignment: .left)
    static let issuerStyle = TextStyle(role: .songTi, size: 16, alignment: .center)
    /// Points between the baselines of the field lines.
    static let fieldPitch = 36.0
    /// The widest a label may be, as a share of the text width; longer labels wrap.
    static let maxLabelShare = 0.4

    /// The cover page, and the first field that does not fit on it (nil when all do).
    func layout(_ cover: CoverPage, missing: inout [MissingGlyph]) -> (page: PageLayout, overflow: FieldPath?) {
        var cursor = PageCursor(geometry: geometry, pageFilled: { _ in })
        let area = geometry.textArea
        let mm = PageGeometry.millimetre
        var source = cover.title.source
        var overflow: FieldPath?

        func typeset(_ text: String, _ style: TextStyle, width: Double) -> [TypesetLine] {
            let paragraph = style.alignment == .center ? session.typesetBalanced(text, style: style, width: width)
                : session.typeset(text, style: style, width: width)
            missing += paragraph.missingCharacters.map { MissingGlyph(character: $0, field: source ?? .root) }
            return paragraph.lines
        }

        // The foot first: issuer and year, their last line where the year goes.
        var footer: [(line: TypesetLine, source: FieldPath?)] = []
        for printed in [cover.issuer, cover.year] {
            guard let printed, !printed.text.isEmpty else { continue }
            source = printed.source
            footer += typeset(printed.text, Self.issuerStyle, width: area.size.width).map { ($0, source) }
        }
        let footerTop = area.maxY - 20 * mm - Double(max(0, footer.count - 2)) * Self.fieldPitch
        // Fields and title must end a line's pitch above the foot (or inside the text area).
        let lowest = footer.isEmpty ? area.maxY : footerTop - Self.fieldPitch
        if footerTop < area.minY + 85 * mm { overflow = footer.first.map { $0.source ?? .root } }

        source = cover.title.source
        var baseline = area.minY + 25 * mm
        cursor.tag = StructureTag.cover(line: 0, isTitle: true)
        for line in typeset(cover.title.text, Self.titleStyle, width: area.size.width) {
            if baseline > lowest { overflow = overflow ?? source ?? .root }
            cursor.place(line, origin: Point(x: area.minX, y: baseline), source: source)
            baseline += Self.titleStyle.size * 1.4
        }

        let size = Self.fieldStyle.size
        let widest = cover.lines.map { session.naturalWidth(of: $0.label, style: Self.fieldStyle) }.max() ?? 0
        // A label longer than the cap wraps under itself instead of pushing the values off the page.
        let labelWidth = min(widest, Self.maxLabelShare * area.size.width)
        let labelX = area.minX + size
        let valueX = labelX + labelWidth + size
        let valueWidth = area.maxX - size - valueX
        baseline = max(baseline + 30 * mm, area.minY + 85 * mm)
        for (number, field) in cover.lines.enumerated() {
            source = field.source
            cursor.tag = StructureTag.cover(line: number + 1, isTitle: false)
            var labelStyle = Self.fieldStyle
            labelStyle.alignment = .distributed
            let labels = typeset(field.label, labelStyle, width: labelWidth)
            let colon = typeset("：", Self.fieldStyle, width: -1).first
            let values = typeset(field.value, Self.fieldStyle, width: valueWidth)
            // Label lines, colon, then value lines: the order a reader (and pdftotext) reads them.
            let top = baseline
            let rows = max(1, labels.count, values.count)
            func lineBaseline(_ index: Int) -> Double { top + Double(index) * Self.fieldPitch }
            for (index, line) in labels.enumerated() {
                cursor.place(line, origin: Point(x: labelX, y: lineBaseline(index)), source: source)
            }
            if let colon { cursor.place(colon, origin: Point(x: labelX + labelWidth, y: top), source: source) }
            for (index, line) in values.enumerated() {
                cursor.place(line, origin: Point(x: valueX, y: lineBaseline(index)), source: source)
            }
            for index in 0..<max(1, values.count) {
                let underline = lineBaseline(index) + 0.3 * size
                cursor.addRule(from: Point(x: valueX, y: underline), to: Point(x: valueX + valueWidth, y: underline), width: 0.6)
            }
            baseline = lineBaseline(rows - 1)
            if baseline > lowest { overflow = overflow ?? source ?? .root }
            baseline += Self.fieldPitch
        }

        var footerBaseline = footerTop
        cursor.tag = StructureTag.cover(line: cover.lines.count + 1, isTitle: false)
        for (line, lineSource) in footer {
            cursor.place(line, origin: Point(x: area.minX, y: footerBaseline), source: lineSource)
            footerBaseline += Self.fieldPitch
        }
        return (cursor.current, overflow)
    }
}
