import JixiaoCore

/// Draws one `PageLayout` on a Cairo context: the only `switch` over `Item`.
struct PagePainter {
    let fonts: FontTable

    /// Consecutive rules of one width are stroked as one path: a table's hundreds of rules
    /// cost Cairo one stroke instead of hundreds.
    func paint(_ page: PageLayout, on context: CairoContext) {
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
                if let font = fonts.font(run.font) { context.show(run, at: placed.origin, font: font) }
            case .rule(let to, let width):
                if width != ruleWidth { flush() }
                ruleWidth = width
                rules.append((placed.origin, to))
            }
        }
        flush()
    }
}
