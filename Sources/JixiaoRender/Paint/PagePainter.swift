import JixiaoCore

/// Draws one `PageLayout` on a Cairo context: the only `switch` over `Item`.
struct PagePainter {
    let fonts: FontTable

    /// Consecutive rules of one width are stroked as one path: a table's hundreds of rules
    /// cost Cairo one stroke instead of hundreds.
    ///
    /// Throws `RenderError.foreignLayout` for a run whose font is not this session's: the
    /// page was laid out by another session, and drawing on would leave its text out.
    func paint(_ page: PageLayout, on context: CairoContext) throws(RenderError) {
        var rules: [(Point, Point)] = []
        var ruleWidth = 0.0
        func flush() {
            if !rules.isEmpty { context.rules(rules, width: ruleWidth) }
            rules.removeAll(keepingCapacity: true)
        }
        for placed in page.items {
            switch placed.item {
            case .glyphs(let run):
                flush()
                context.show(run, at: placed.origin, font: try fonts.requireFont(run.font))
            case .rule(let to, let width):
                if width != ruleWidth { flush() }
                ruleWidth = width
                rules.append((placed.origin, to))
            }
        }
        flush()
    }
}
