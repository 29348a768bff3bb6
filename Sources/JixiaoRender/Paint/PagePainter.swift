import JixiaoCore

/// Draws one `PageLayout` on a Cairo context: the only `switch` over `Item`.
struct PagePainter {
    let fonts: FontTable

    /// Consecutive rules of one width are stroked as one path: a table's hundreds of rules
    /// cost Cairo one stroke instead of hundreds.
    ///
    /// Throws `RenderError.foreignLayout` for a run whose font is not this session's: the
    /// page was laid out by another session, and drawing on would leave its text out.
    ///
    /// With `tagged`, each item's `StructureTag` path opens and closes Cairo's structure tags
    /// (the elements the previous item was in and this one is not are closed, the new ones
    /// opened); text without a tag is drawn outside every element, and every element is closed
    /// at the end of the page, so an element never spans a page break (a paragraph that runs
    /// over one is two P elements). A rule stays in whatever element is open: a cell's borders
    /// belong to its cell, and the strokes of a run of rules stay one path.
    func paint(_ page: PageLayout, on context: CairoContext, tagged: Bool = false) throws(RenderError) {
        var rules: [(Point, Point)] = []
        var ruleWidth = 0.0
        var open: [StructureTag.Element] = []
        func flush() {
            if !rules.isEmpty { context.rules(rules, width: ruleWidth) }
            rules.removeAll(keepingCapacity: true)
        }
        func enter(_ path: [StructureTag.Element]) {
            guard tagged, path != open else { return }
            flush()
            let common = zip(open, path).prefix { $0 == $1 }.count
            while open.count > common { context.endTag(open.removeLast().name) }
            for element in path[common...] {
                context.beginTag(element.name)
                open.append(element)
            }
        }
        for placed in page.items {
            switch placed.item {
            case .glyphs(let run):
                enter((placed.tag ?? .artifact).path)
                flush()
                context.show(run, at: placed.origin, font: try fonts.requireFont(run.font))
            case .rule(let to, let width):
                if let tag = placed.tag { enter(tag.path) }
                if width != ruleWidth { flush() }
                ruleWidth = width
                rules.append((placed.origin, to))
            }
        }
        flush()
        enter([])
    }
}
