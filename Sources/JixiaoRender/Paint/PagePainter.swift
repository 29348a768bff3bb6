import JixiaoCore

/// Draws one `PageLayout` on a Cairo context: the only `switch` over `Item`.
struct PagePainter {
    let fonts: FontTable

    func paint(_ page: PageLayout, on context: CairoContext) {
        for placed in page.items {
            switch placed.item {
            case .glyphs(let run):
                if let font = fonts.font(run.font) { context.show(run, at: placed.origin, font: font) }
            case .rule(let to, let width):
                context.rule(from: placed.origin, to: to, width: width)
            }
        }
    }
}
