import JixiaoCore

/// Places a measured table on pages: rows are not split, the header repeats at the top
/// of every page the table runs onto, and a cell spanning rows across a page break is drawn
/// on both pages with its text repeated when it fits each part, or continued when it does
/// not. A row taller than a whole page is the one exception to unsplit rows: its text
/// continues on the next pages. Either way no line is drawn below the text area or dropped.
struct TablePlacer {
    let layout: TableLayout
    let geometry: PageGeometry
    /// A band after the first of a table cut into bands (`TableBands`): its rows go on from the
    /// cursor, under the rows before them, with the header only on the pages it turns to.
    var continuing = false
    /// The table row of the layout's first body row, for the rows' structure elements.
    var rowOffset = 0

    /// Lines of each body cell (by index in `layout.body.cells`) already drawn on earlier
    /// pages, for text that continues from one page to the next.
    private typealias Progress = [Int: Int]

    /// Places the table from the cursor's position on. The table's foot (总分, 自评等级) is never
    /// split between pages and never leaves the last indicator row: when they do not fit, the
    /// last indicator row moves to the next page with them, so no page holds a repeated header
    /// and the foot alone. What follows the table (the signature) finds its own place.
    func place(on cursor: inout PageCursor) {
        let heights = layout.body.heights
        var progress = Progress()
        // The header and the first row go together, to the next page if need be.
        if !continuing, cursor.freeHeight < layout.headerHeight + (heights.first ?? 0), !cursor.isPageEmpty {
            cursor.newPage()
        }
        var pageTop = cursor.y
        var y = continuing ? cursor.y : drawHeader(top: cursor.y, cursor: &cursor)
        var onlyHeaderOnPage = !continuing
        var start = 0
        while start < heights.count {
            let available = geometry.textArea.maxY - y
            if heights[start] > available, onlyHeaderOnPage {
                y = placeTallRow(start, top: y, pageTop: pageTop, progress: &progress, cursor: &cursor)
                start += 1
                onlyHeaderOnPage = false
                continue
            }
            var end = start
            var used = 0.0
            while end < heights.count, used + heights[end] <= available {
                used += heights[end]
                end += 1
            }
            // The rows kept together (the last indicator row and the foot) start a page
            // together unless they are taller than a page on their own.
            let keptStart = heights.count - layout.keptAtEnd
            if end < heights.count, end > keptStart, keptStart > start {
                end = keptStart
            }
            if end > start {
                let labelled = (start..<end).clamped(to: 0..<layout.sideLabelRows)
                drawSideLabel(from: pageTop, to: y + heights[labelled].reduce(0, +), cursor: &cursor)
                y = drawSection(layout.body, rows: start..<end, top: y, progress: &progress, cursor: &cursor)
                start = end
                onlyHeaderOnPage = false
            }
            if start < heights.count {
                cursor.newPage()
                pageTop = cursor.y
                y = drawHeader(top: cursor.y, cursor: &cursor)
                onlyHeaderOnPage = true
            }
        }
        cursor.y = y
    }

    /// The side label (绩效指标) as one cell from `pageTop` (its page's header) down to `bottom`
    /// (the last row on the page that it labels); drawn right after the page's header, so it
    /// reads with the header's cells. Whole on every page when it fits.
    private func drawSideLabel(from pageTop: Double, to bottom: Double, cursor: inout PageCursor) {
        guard let label = layout.sideLabel else { return }
        let frame = Rect(x: layout.edges[0], y: pageTop, width: layout.edges[1] - layout.edges[0], height: bottom - pageTop)
        cursor.tag = cursor.tag?.cell(header: true, row: 0, column: 0)
        var unused = Progress()
        drawCell(label, key: -1, in: frame, isLastFrame: true, topAligned: false, progress: &unused, cursor: &cursor)
    }

    private func drawHeader(top: Double, cursor: inout PageCursor) -> Double {
        var unused = Progress()
        return drawSection(layout.header, rows: 0..<layout.header.heights.count, top: top, progress: &unused, cursor: &cursor,
                           header: true)
    }

    /// A row taller than a page, in slices: on each page as many lines of every cell as fit,
    /// top-aligned, then the rest under the repeated header on the next page, until every cell
    /// covering the row (spanning ones included) has shown all its lines. Returns the bottom.
    private func placeTallRow(_ row: Int, top: Double, pageTop: Double, progress: inout Progress,
                              cursor: inout PageCursor) -> Double {
        let cells = layout.body.cells
        let covering = cells.indices.filter { cells[$0].row <= row && row < cells[$0].row + cells[$0].rowSpan }
        let padding = TableLayout.padding
        var y = top
        var pageTop = pageTop
        while true {
            let available = geometry.textArea.maxY - y
            let fitting = max(1, Int((available - 2 * padding.y) / TableLayout.linePitch))
            let needed = covering.map { cells[$0].lines.count - (progress[$0] ?? 0) }.max() ?? 0
            let isLast = needed <= fitting
            let height = isLast ? Double(max(1, needed)) * TableLayout.linePitch + 2 * padding.y : available
            drawSideLabel(from: pageTop, to: row < layout.sideLabelRows ? y + height : y, cursor: &cursor)
            for index in covering {
                let cell = cells[index]
                let frame = Rect(x: layout.edges[cell.column], y: y,
                                 width: layout.edges[cell.column + cell.colSpan] - layout.edges[cell.column], height: height)
                cursor.tag = cursor.tag?.cell(header: false, row: rowOffset + row, column: cell.column)
                drawCell(cell, key: index, in: frame, isLastFrame: isLast && cell.row + cell.rowSpan - 1 == row,
                         topAligned: !isLast, progress: &progress, cursor: &cursor)
            }
            y += height
            if isLast { return y }
            cursor.newPage()
            pageTop = cursor.y
            y = drawHeader(top: cursor.y, cursor: &cursor)
        }
    }

    /// Draws rows `rows` of `section` with their top at `top`; returns the bottom.
    private func drawSection(_ section: TableLayout.Section, rows: Range<Int>, top: Double, progress: inout Progress,
                             cursor: inout PageCursor, header: Bool = false) -> Double {
        guard !rows.isEmpty else { return top }
        var rowTops: [Int: Double] = [:]
        var y = top
        for row in rows {
            rowTops[row] = y
            y += section.heights[row]
        }
        let bottom = y
        for (index, cell) in section.cells.enumerated() {
            let first = max(cell.row, rows.lowerBound)
            let last = min(cell.row + cell.rowSpan, rows.upperBound)
            guard first < last, let cellTop = rowTops[first] else { continue }
            let height = section.heights[first..<last].reduce(0, +)
            let frame = Rect(x: layout.edges[cell.column], y: cellTop,
                             width: layout.edges[cell.column + cell.colSpan] - layout.edges[cell.column], height: height)
            cursor.tag = cursor.tag?.cell(header: header, row: header ? first : rowOffset + first, column: cell.column)
            drawCell(cell, key: index, in: frame, isLastFrame: last == cell.row + cell.rowSpan, topAligned: false,
                     progress: &progress, cursor: &cursor)
        }
        return bottom
    }

    /// The cell's rules and text. Text that fits the frame is drawn whole (a spanning cell's
    /// name again on each page it reaches); text that does not continues from where the last
    /// frame stopped, top-aligned, and the cell's last frame takes all that remains.
    private func drawCell(_ cell: TableLayout.Cell, key: Int, in frame: Rect, isLastFrame: Bool, topAligned: Bool,
                          progress: inout Progress, cursor: inout PageCursor) {
        let width = TableLayout.ruleWidth
        cursor.addRule(from: Point(x: frame.minX, y: frame.minY), to: Point(x: frame.maxX, y: frame.minY), width: width)
        cursor.addRule(from: Point(x: frame.minX, y: frame.maxY), to: Point(x: frame.maxX, y: frame.maxY), width: width)
        cursor.addRule(from: Point(x: frame.minX, y: frame.minY), to: Point(x: frame.minX, y: frame.maxY), width: width)
        cursor.addRule(from: Point(x: frame.maxX, y: frame.minY), to: Point(x: frame.maxX, y: frame.maxY), width: width)
        let padding = TableLayout.padding
        let fitting = max(0, Int((frame.size.height - 2 * padding.y) / TableLayout.linePitch))
        let start = min(progress[key] ?? 0, cell.lines.count)
        let lines: ArraySlice<TypesetLine>
        var alignTop = topAligned
        if start == 0, cell.lines.count <= fitting {
            lines = cell.lines[...]
            if cell.rowSpan == 1 { progress[key] = cell.lines.count }
        } else {
            let end = isLastFrame ? cell.lines.count : min(cell.lines.count, start + fitting)
            lines = cell.lines[start..<end]
            progress[key] = end
            alignTop = true
        }
        let textHeight = Double(lines.count) * TableLayout.linePitch
        var lineTop = alignTop ? frame.minY + padding.y : frame.minY + (frame.size.height - textHeight) / 2
        for line in lines {
            let baseline = lineTop + (TableLayout.linePitch - geometry.tableSize) / 2 + 0.88 * geometry.tableSize
            cursor.place(line, origin: Point(x: frame.minX + padding.x, y: baseline), source: cell.source)
            lineTop += TableLayout.linePitch
        }
    }
}
