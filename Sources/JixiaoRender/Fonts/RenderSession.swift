import JixiaoCore

/// Everything a thread needs to lay out and paint reports: the private font configuration,
/// a font map, a Pango context, one reusable layout and the font table.
///
/// Build one per thread and reuse it for every report that thread renders: fonts are loaded
/// once per session, never per report. Not thread-safe (Pango font maps are not).
///
/// A session also remembers the paragraphs it has set (`TypesetMemory`): the same text in the
/// same style and width always sets the same lines in one session, so a report rendered again
/// after an edit (the editor, on every keystroke), or the next report of a batch, sets only
/// the paragraphs that changed, as Typst's memoised layout does.
public final class RenderSession {
    let configuration: FontConfiguration
    private let fontMap: FontMapHandle
    private let context: PangoTextContext
    let layout: PangoTextLayout
    let fonts: FontTable
    /// This session's number, carried by every `FontID` it makes: its layouts paint only here.
    public let id: SessionID
    private var memory: TypesetMemory

    /// Opens a session on `fonts.conf` at `configurationPath`, or the one `FontLocator` finds.
    /// It remembers typeset paragraphs up to `typesetMemoryLimit` bytes (an estimate; 0 keeps none).
    public init(configurationPath: String? = nil,
                typesetMemoryLimit: Int = TypesetMemory.defaultLimit) throws(RenderError) {
        guard let path = configurationPath ?? FontLocator.configurationPath() else {
            throw .fontConfiguration(path: "fonts/\(FontLocator.configurationName)")
        }
        configuration = try FontConfiguration(loading: path)
        fontMap = try FontMapHandle(configuration: configuration)
        context = try PangoTextContext(fontMap: fontMap)
        layout = try PangoTextLayout(context: context)
        id = SessionID.next()
        fonts = FontTable(session: id)
        memory = TypesetMemory(limit: typesetMemoryLimit)
    }

    /// Forgets the typeset paragraphs (a benchmark that must set every paragraph anew).
    public func forgetTypesetParagraphs() { memory.removeAll() }

    /// Paragraphs and widths remembered, the bytes they are estimated to take, and how many
    /// calls they answered.
    public var typesetMemoryCounts: (kept: Int, bytes: Int, reused: Int) { (memory.count, memory.bytes, memory.reused) }

    /// A centred title in the lines it needs at `width`, broken as evenly as that many lines
    /// allow: set at the narrowest width that still takes no more lines, then centred on the
    /// full width, so no title ends on a lone character under a full line (自评 / 表, 绩/效).
    /// Where a title of two or three lines has `preferredBreaks` (character offsets), the first
    /// at which the two parts, each broken evenly, still take no more lines than the whole is
    /// where it breaks.
    /// A title with breaks of its own is set as written.
    public func typesetBalanced(_ text: String, style: TextStyle, width: Double, preferredBreaks: [Int] = []) -> TypesetParagraph {
        remembered(TypesetMemory.Key(text: text, style: style, width: width, balanced: true, preferredBreaks: preferredBreaks)) {
            // The trial widths are not remembered: only the answer is asked for again.
            let natural = typeset(text, style: style, width: width)
            let count = natural.lines.count
            guard count > 1, !text.contains("\n") else { return natural }
            // A title of up to three lines is worth breaking where it reads best; a longer one
            // (a pasted paragraph) is only broken evenly, at the cost of one setting per trial.
            let characters = Array(text)
            let broken = count > 3 ? nil : preferredBreaks.lazy.filter { 0 < $0 && $0 < characters.count }.compactMap { (offset: Int) -> [String]? in
                let head = String(characters[..<offset]), tail = String(characters[offset...])
                let counts = (self.set(head, style: style, width: width).lines.count, self.set(tail, style: style, width: width).lines.count)
                guard counts.0 + counts.1 <= count else { return nil }
                return self.evenLines(head, count: counts.0, style: style, width: width)
                    + self.evenLines(tail, count: counts.1, style: style, width: width)
            }.first
            let lines = broken ?? evenLines(text, count: count, style: style, width: width)
            let balanced = typeset(lines.joined(separator: "\n"), style: style, width: width)
            // Pango may set the joined lines differently (a stand-in character, a kept space):
            // then the natural breaks stand.
            return balanced.lines.count == lines.count && lines.count <= count ? balanced : natural
        }
    }

    /// The lines of `text` set at the narrowest width that takes no more than the `count`
    /// lines it takes at `width`.
    private func evenLines(_ text: String, count: Int, style: TextStyle, width: Double) -> [String] {
        guard count > 1 else { return [text] }
        var narrow = width / Double(count), wide = width
        for _ in 0..<10 {
            let middle = (narrow + wide) / 2
            if set(text, style: style, width: middle).lines.count <= count { wide = middle } else { narrow = middle }
        }
        return set(text, style: style, width: wide).lines.map(\.text)
    }

    /// `text` broken into lines `width` points wide in `style` (negative: one unbroken line),
    /// set once per session and remembered.
    public func typeset(_ text: String, style: TextStyle, width: Double) -> TypesetParagraph {
        remembered(TypesetMemory.Key(text: text, style: style, width: width, balanced: false)) {
            set(text, style: style, width: width)
        }
    }

    /// The paragraph remembered for `key`, or the one `make` sets, then remembered. `make` may
    /// typeset other text (a balanced title sets its natural lines first): the memory is not
    /// being changed while it runs.
    private func remembered(_ key: TypesetMemory.Key, _ make: () -> TypesetParagraph) -> TypesetParagraph {
        if let known = memory.paragraph(for: key) { return known }
        let paragraph = make()
        memory.keep(paragraph, for: key)
        return paragraph
    }

    /// What `typeset` answers, set by Pango now.
    private func set(_ text: String, style: TextStyle, width: Double) -> TypesetParagraph {
        var paragraph = LongTextTypesetter.typeset(TextPreparation.prepared(text), style: style, width: width,
                                                   layout: layout, fonts: fonts)
        // Each missing character once per text: callers pair it with a field path, and hashing
        // 16,000 copies of a long path made one fuzz case quadratic.
        var seen = Set<Character>()
        paragraph.missingCharacters = paragraph.missingCharacters.filter { seen.insert($0).inserted }
        for lineIndex in paragraph.lines.indices {
            for runIndex in paragraph.lines[lineIndex].runs.indices {
                paragraph.lines[lineIndex].runs[runIndex].size = style.size
            }
        }
        return paragraph
    }

    /// The width `text` takes on one line in `style`, points.
    /// A long text is measured in pieces (see `LongTextTypesetter`), so the sum cannot overflow.
    public func naturalWidth(of text: String, style: TextStyle) -> Double {
        let key = TypesetMemory.Key(text: text, style: style, width: -1, balanced: false)
        if let known = memory.width(for: key) { return known }
        let width = measure(text, style: style)
        memory.keep(width, for: key)
        return width
    }

    private func measure(_ text: String, style: TextStyle) -> Double {
        var width = 0.0
        var rest = Substring(text)
        repeat {
            let piece = LongTextTypesetter.prefix(of: rest, bytes: LongTextTypesetter.pieceBytes)
            layout.set(String(piece), style: style, width: -1)
            width += layout.naturalWidth
            rest = rest[piece.endIndex...]
        } while !rest.isEmpty
        return width
    }

    /// Each role with the file its family resolves to (its Common cut when installed) and the
    /// full face behind it; `isOwnFamily` says whether that is the role's own typeface, not a
    /// fallback.
    public func resolvedFonts() -> [ResolvedFont] {
        FontRole.allCases.map { role in
            let match = configuration.match(family: role.family)
            let full = match?.family == role.family ? match?.file : configuration.fontOwning(family: role.family)?.file
            return ResolvedFont(role: role, file: match?.file, family: match?.family, fullFile: full)
        }
    }

    /// The first official role whose own font is not installed, checked once per session:
    /// a report set in a stand-in typeface is not an official-style document, so it is refused
    /// (J044) rather than written with a 楷体 heading in Noto Serif.
    public func requireOfficialFonts() throws(RenderError) {
        if let problem = officialFontsProblem { throw problem }
    }

    private lazy var officialFontsProblem: RenderError? = resolvedFonts()
        .first { !$0.isOwnFamily }
        .map { .fontMissing(role: $0.role, fallback: $0.file) }

    /// Whether some configured font has a glyph for `scalar`.
    public func covers(_ scalar: Unicode.Scalar) -> Bool { configuration.covers(scalar) }

    /// The path of the loaded `fonts.conf`.
    public var configurationPath: String { configuration.path }
}
