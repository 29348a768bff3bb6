import JixiaoCore

/// The cover page: the title large and centred in the upper part, the label：value lines
/// with labels spread to one width as on printed forms and values on an underline (long
/// values wrap under themselves), and the issuing body and year centred near the foot.
struct CoverLayout {
    let session: RenderSession
    let geometry: PageGeometry

    static let titleStyle = TextStyle(role: .songTi, size: 36, bold: true, alignment: .center)
    static let fieldStyle = TextStyle(role: .fangSong, size: 16, alignment: .left)
    static let issuerStyle = TextStyle(role: .songTi, size: 16, alignment: .center)
    /// Points between the baselines of the field lines.
    static let fieldPitch = 36.0

    func layout(_ cover: CoverPage, missing: inout [MissingGlyph]) -> PageLayout {
        var cursor = PageCursor(geometry: geometry)
        let area = geometry.textArea
        let mm = PageGeometry.millimetre
        var source = cover.source.key("title")

        func typeset(_ text: String, _ style: TextStyle, width: Double) -> [TypesetLine] {
            let paragraph = session.typeset(text, style: style, width: width)
            missing += paragraph.missingCharacters.map { MissingGlyph(character: $0, field: source) }
            return paragraph.lines
        }

        var baseline = area.minY + 25 * mm
        for line in typeset(cover.title, Self.titleStyle, width: area.size.width) {
            cursor.place(line, origin: Point(x: area.minX, y: baseline), source: source)
            baseline += Self.titleStyle.size * 1.4
        }

        let size = Self.fieldStyle.size
        let labelWidth = cover.fields.map { session.naturalWidth(of: $0.label, style: Self.fieldStyle) }.max() ?? 0
        let labelX = area.minX + size
        let valueX = labelX + labelWidth + size
        let valueWidth = area.maxX - size - valueX
        baseline = max(baseline + 30 * mm, area.minY + 85 * mm)
        for (index, field) in cover.fields.enumerated() {
            source = cover.source.key("fields").index(index + 1)
            var labelStyle = Self.fieldStyle
            labelStyle.alignment = .distributed
            if let label = typeset(field.label, labelStyle, width: labelWidth).first {
                cursor.place(label, origin: Point(x: labelX, y: baseline), source: source)
            }
            if let colon = typeset("：", Self.fieldStyle, width: -1).first {
                cursor.place(colon, origin: Point(x: labelX + labelWidth, y: baseline), source: source)
            }
            let values = typeset(field.value, Self.fieldStyle, width: valueWidth)
            for (lineIndex, line) in (values.isEmpty ? [nil] : values.map { Optional($0) }).enumerated() {
                if lineIndex > 0 { baseline += Self.fieldPitch }
                if let line { cursor.place(line, origin: Point(x: valueX, y: baseline), source: source) }
                let underline = baseline + 0.3 * size
                cursor.addRule(from: Point(x: valueX, y: underline), to: Point(x: valueX + valueWidth, y: underline), width: 0.6)
            }
            baseline += Self.fieldPitch
        }

        source = cover.source.key("issuer")
        var footer = area.maxY - 20 * mm
        for (text, key) in [(cover.issuer, "issuer"), (cover.year, "year")] {
            guard let text, !text.isEmpty else { continue }
            source = cover.source.key(key)
            for line in typeset(text, Self.issuerStyle, width: area.size.width) {
                cursor.place(line, origin: Point(x: area.minX, y: footer), source: source)
                footer += Self.fieldPitch
            }
        }
        return cursor.current
    }
}
