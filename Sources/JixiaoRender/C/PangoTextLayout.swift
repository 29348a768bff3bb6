import CPangoCairo

/// Owns one `PangoLayout`, reused for every paragraph a session sets: Pango breaks and
/// justifies the lines, and `lines(fonts:)` copies the glyphs out as plain values.
///
/// Text goes in with `pango_layout_set_text`, never as markup, so "<" and "&" are text.
final class PangoTextLayout {
    private let layout: OpaquePointer
    private let context: PangoTextContext
    private static let scale = Double(jixiao_pango_scale())

    init(context: PangoTextContext) throws(RenderError) {
        guard let layout = context.withRaw({ pango_layout_new($0) }) else { throw .pango(call: "pango_layout_new") }
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        self.layout = layout
        self.context = context
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    /// Sets `text` in `style` into a box `width` points wide (negative: one unbroken line).
    /// The marks starting at the UTF-8 offsets `halfWidthMarks` are set half an em wide (the
    /// font's `halt` forms: the blank half of a full-width comma or bracket dropped, its ink kept).
    func set(_ text: String, style: TextStyle, width: Double, halfWidthMarks: [Int] = []) {
        let description = pango_font_description_new()
        pango_font_description_set_family(description, style.role.family)
        pango_font_description_set_absolute_size(description, style.size * Self.scale)
        pango_font_description_set_weight(description, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)

        pango_layout_set_width(layout, width < 0 ? -1 : Int32((width * Self.scale).rounded()))
        pango_layout_set_indent(layout, Int32((style.firstLineIndent * Self.scale).rounded()))
        let justify = style.alignment == .justified || style.alignment == .distributed
        pango_layout_set_justify(layout, justify ? 1 : 0)
        pango_layout_set_justify_last_line(layout, style.alignment == .distributed ? 1 : 0)
        switch style.alignment {
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        case .justified, .left, .distributed: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        }
        pango_layout_set_text(layout, text, -1)
        setAttributes(letterSpacing: style.letterSpacing, halfWidthMarks: halfWidthMarks, in: text)
    }

    /// The spacing after each character (rounded down to Pango's unit, so 28 characters never
    /// add up to a hair more than the line) and the half-width marks; no attributes when neither.
    private func setAttributes(letterSpacing points: Double, halfWidthMarks: [Int], in text: String) {
        guard points != 0 || !halfWidthMarks.isEmpty else {
            pango_layout_set_attributes(layout, nil)
            return
        }
        guard let attributes = pango_attr_list_new() else { return }
        defer { pango_attr_list_unref(attributes) }
        if points != 0, let spacing = pango_attr_letter_spacing_new(Int32((points * Self.scale).rounded(.down))) {
            pango_attr_list_insert(attributes, spacing)
        }
        let bytes = Array(text.utf8)
        for start in halfWidthMarks.sorted() where start >= 0 && start < bytes.count {
            var end = start + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            guard let feature = pango_attr_font_features_new("halt") else { continue }
            feature.pointee.start_index = UInt32(start)
            feature.pointee.end_index = UInt32(end)
            pango_attr_list_insert(attributes, feature)
        }
        pango_layout_set_attributes(layout, attributes)
    }

    /// The right end of each line of the text set last (its indent included), points from the
    /// box's left edge, in line order.
    var lineEnds: [Double] {
        guard let iterator = pango_layout_get_iter(layout) else { return [] }
        defer { pango_layout_iter_free(iterator) }
        var widths: [Double] = []
        repeat {
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            widths.append(Double(logical.x + logical.width) / Self.scale)
        } while pango_layout_iter_next_line(iterator) != 0
        return widths
    }

    /// The natural width of the text set last, ignoring the box (for centring and tables).
    var naturalWidth: Double {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return Double(logical.width) / Self.scale
    }

    /// The byte offset in the text set last at which each line starts, in line order.
    var lineStartOffsets: [Int] {
        guard let iterator = pango_layout_get_iter(layout) else { return [] }
        defer { pango_layout_iter_free(iterator) }
        var starts: [Int] = []
        repeat {
            if let line = pango_layout_iter_get_line_readonly(iterator) { starts.append(Int(line.pointee.start_index)) }
        } while pango_layout_iter_next_line(iterator) != 0
        return starts
    }

    /// The lines of the text set last, with glyphs copied out and fonts entered in `fonts`.
    func lines(fonts: FontTable) -> TypesetParagraph {
        guard let iterator = pango_layout_get_iter(layout) else { return TypesetParagraph(lines: [], missingCharacters: []) }
        defer { pango_layout_iter_free(iterator) }
        let bytes = Array(String(cString: pango_layout_get_text(layout)).utf8)
        var lines: [TypesetLine] = []
        var missing: [Character] = []
        repeat {
            guard let line = pango_layout_iter_get_line_readonly(iterator) else { continue }
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            let baseline = Double(pango_layout_iter_get_baseline(iterator))
            var x = Double(logical.x)
            var runs: [GlyphRun] = []
            var node = line.pointee.runs
            while let current = node {
                if let item = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self) {
                    let (run, width, unknown) = Self.copy(item, at: x, text: bytes, fonts: fonts)
                    if let run { runs.append(run) }
                    missing += unknown
                    x += width
                }
                node = current.pointee.next
            }
            lines.append(TypesetLine(
                runs: runs,
                ascent: (baseline - Double(logical.y)) / Self.scale,
                descent: (Double(logical.y) + Double(logical.height) - baseline) / Self.scale,
                minX: Double(logical.x) / Self.scale,
                maxX: Double(logical.x + logical.width) / Self.scale))
        } while pango_layout_iter_next_line(iterator) != 0
        return TypesetParagraph(lines: lines, missingCharacters: missing)
    }

    /// One run as a `GlyphRun` starting at `x` (Pango units), its advance, and the characters
    /// whose glyphs were missing (drawn by nobody: they are reported instead).
    ///
    /// Clusters tie bytes of text to glyphs so the PDF's text can be copied and searched.
    /// Right-to-left runs (Arabic, Uyghur, or text behind a U+202E override) list their glyphs
    /// in visual order with clusters running backwards; Cairo refuses such a mapping given as
    /// forwards (it failed a whole render), so such a run is one cluster: all its text, all
    /// its glyphs.
    private static func copy(_ item: UnsafeMutablePointer<PangoGlyphItem>, at x: Double, text: [UInt8],
                             fonts: FontTable) -> (GlyphRun?, Double, [Character]) {
        guard let pangoItem = item.pointee.item, let glyphString = item.pointee.glyphs,
              let font = pangoItem.pointee.analysis.font else { return (nil, 0, []) }
        let offset = Int(pangoItem.pointee.offset)
        let length = Int(pangoItem.pointee.length)
        guard offset >= 0, length >= 0, offset + length <= text.count else { return (nil, 0, []) }
        let runBytes = Array(text[offset..<(offset + length)])
        let count = Int(glyphString.pointee.num_glyphs)
        let logClusters = (0..<count).map { Int(glyphString.pointee.log_clusters[$0]) }
        // Where each cluster's bytes end: at the next cluster start in text order.
        let starts = Set(logClusters).sorted()
        var ends: [Int: Int] = [:]
        for (index, start) in starts.enumerated() { ends[start] = index + 1 < starts.count ? starts[index + 1] : length }
        let forwards = zip(logClusters, logClusters.dropFirst()).allSatisfy { $0 <= $1 }
        var glyphs: [PositionedGlyph] = []
        var clusters: [GlyphCluster] = []
        var missing: [Character] = []
        var pen = x
        var index = 0
        var byteCursor = 0
        while index < count {
            let clusterStart = logClusters[index]
            var end = index
            var drawn = 0
            var unknownInCluster = false
            while end < count && logClusters[end] == clusterStart {
                let info = glyphString.pointee.glyphs[end]
                if jixiao_pango_glyph_is_unknown(info.glyph) != 0 {
                    unknownInCluster = true
                } else if jixiao_pango_glyph_is_empty(info.glyph) == 0 {
                    glyphs.append(PositionedGlyph(
                        id: info.glyph,
                        x: (pen + Double(info.geometry.x_offset)) / scale,
                        y: Double(info.geometry.y_offset) / scale))
                    drawn += 1
                }
                pen += Double(info.geometry.width)
                end += 1
            }
            let clusterEnd = min(length, max(ends[clusterStart] ?? length, clusterStart))
            if unknownInCluster, clusterEnd > clusterStart, clusterStart >= 0 {
                missing += String(decoding: runBytes[clusterStart..<clusterEnd], as: UTF8.self)
            }
            if forwards {
                if clusterStart > byteCursor { clusters.append(GlyphCluster(bytes: clusterStart - byteCursor, glyphs: 0)) }
                let start = max(clusterStart, byteCursor)
                if clusterEnd > start || drawn > 0 { clusters.append(GlyphCluster(bytes: max(0, clusterEnd - start), glyphs: drawn)) }
                byteCursor = max(byteCursor, clusterEnd)
            }
            index = end
        }
        if forwards {
            if byteCursor < length { clusters.append(GlyphCluster(bytes: length - byteCursor, glyphs: 0)) }
        } else if length > 0 || !glyphs.isEmpty {
            clusters = [GlyphCluster(bytes: length, glyphs: glyphs.count)]
        }
        let (text, textClusters) = typedText(runBytes, clusters)
        let run = GlyphRun(font: fonts.id(for: font), size: 0, glyphs: glyphs, text: text, clusters: textClusters)
        return (run, pen - x, missing)
    }

    /// The run's text and clusters as the user typed them: without the break hints
    /// `TextPreparation` put in (they are for Pango's line breaking), and with each space
    /// stand-in (U+2000) back as the U+0020 it replaced, so Cairo maps its glyph to a space in
    /// the PDF's text. A hint draws no glyph; a cluster left with glyphs but no bytes keeps its
    /// hint (Cairo needs bytes for glyphs).
    private static func typedText(_ bytes: [UInt8], _ clusters: [GlyphCluster]) -> (String, [GlyphCluster]) {
        let whole = String(decoding: bytes, as: UTF8.self)
        guard whole.unicodeScalars.contains(where: { $0 == TextPreparation.breakHint || $0 == TextPreparation.spaceStandIn })
        else { return (whole, clusters) }
        var text: [UInt8] = []
        var kept: [GlyphCluster] = []
        var offset = 0
        for cluster in clusters {
            let end = min(bytes.count, offset + cluster.bytes)
            let slice = Array(bytes[offset..<end])
            var typed = String.UnicodeScalarView()
            for scalar in String(decoding: slice, as: UTF8.self).unicodeScalars where scalar != TextPreparation.breakHint {
                typed.append(scalar == TextPreparation.spaceStandIn ? " " : scalar)
            }
            let typedBytes = Array(String(typed).utf8)
            if typedBytes.isEmpty && cluster.glyphs > 0 {
                text += slice
                kept.append(cluster)
            } else if !typedBytes.isEmpty || cluster.glyphs > 0 {
                text += typedBytes
                kept.append(GlyphCluster(bytes: typedBytes.count, glyphs: cluster.glyphs))
            }
            offset = end
        }
        return (String(decoding: text, as: UTF8.self), kept)
    }
}
