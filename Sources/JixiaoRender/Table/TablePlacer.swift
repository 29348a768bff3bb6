import JixiaoCore

/// Places a measured table on pages: rows are not split, the header repeats at the top
/// of every page the table runs onto, and a cell spanning rows across a page break is drawn
/// on both pages with its text repeated. A row taller than a whole page is the one exception:
/// its text continues on the next pages, so no line is drawn below the text area.
struct TablePlacer {
    let layout: TableLayout
    let geometry: PageGeometry

    /// Places the table from the cursor's position on. `reserve` is the height of what must
    /// follow the table on its last page (the signature block): when it does not fit, the last
    /// row moves to the next page with it, so a signature never stands on a page alone.
    func place(on cursor: inout PageCursor, reserve: Double = 0) {
        let heights = layout.body.heights
        // The header and the first row go together, to the next page if need be.
        if cursor.freeHeight < layout.headerHeight + (heights.first ?? 0), !cursor.isPageEmpty {
            cursor.newPage()
        }
        var y = drawHeader(top: cursor.y, cursor: &cursor)
        var onlyHeaderOnPage = true
        var start = 0
        while start < heights.count {
            let available = geometry.textArea.maxY - y
            if heights[start] > available, onlyHeaderOnPage {
                y = placeTallRow(start, top: y, cursor: &cursor)
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
            if end == heights.count, end - start > 1, used + reserve > available {
                end -= 1
            }
            if end > start {
                y = drawSection(layout.body, rows: start..<end, top: y, cursor: &cursor)
                start = end
                onlyHeaderOnPage = false
            }
            if start < heights.count {
                cursor.newPage()
                y = drawHeader(top: cursor.y, cursor: &cursor)
                onlyHeaderOnPage = true
            }
        }
        cursor.y = y
    }

    private func drawHeader(top: Double, cursor: inout PageCursor) -> Double {
        drawSection(layout.header, rows: 0..<layout.header.heights.count, top: top, cursor: &cursor)
    }

    /// A row taller than a page, in slices: on each page as many lines of every cell as fit,
    /// top-aligned, then the rest under the repeated header on the next page. Cells spanning
    /// into the row are drawn on each slice with their text repeated. Returns the bottom.
    private func placeTallRow(_ row: Int, top: Double, cursor: inout PageCursor) -> Double {
        let cells = layout.body.cells.filter { $0.row <= row && row < $0.row + $0.rowSpan }
        let lineCount = cells.filter { $0.rowSpan == 1 }.map(\.lines.count).max() ?? 0
        let padding = TableLayout.padding
        var y = top
        var first = 0
        while true {
            let available = geometry.textArea.maxY - y
            let fitting = max(1, Int((available - 2 * padding.y) / TableLayout.linePitch))
            let last = min(lineCount, first + fitting)
            let height = last < lineCount ? available : Double(last - first) * TableLayout.linePitch + 2 * padding.y
            for cell in cells {
                let frame = Rect(x: layout.edges[cell.column], y: y,
                                 width: layout.edges[cell.column + cell.colSpan] - layout.edges[cell.column], height: height)
                var slice = cell
                if cell.rowSpan == 1 { slice.lines = Array(cell.lines[min(first, cell.lines.count)..<min(last, cell.lines.count)]) }
                drawCell(slice, in: frame, topAligned: cell.rowSpan == 1 && last < lineCount, cursor: &cursor)
            }
            y += height
            first = last
            guard first < lineCount else { return y }
            cursor.newPage()
            y = drawHeader(top: cursor.y, cursor: &cursor)
        }
    }

    /// Draws rows `rows` of `section` with their top at `top`; returns the bottom.
    private func drawSection(_ section: TableLayout.Section, rows: Range<Int>, top: Double,
                             cursor: inout PageCursor) -> Double {
        guard !rows.isEmpty else { return top }
        var rowTops: [Int: Double] = [:]
        var y = top
        for row in rows {
            rowTops[row] = y
            y += section.heights[row]
        }
        let bottom = y
        for cell in section.cells {
            let first = max(cell.row, rows.lowerBound)
            let last = min(cell.row + cell.rowSpan, rows.upperBound)
            guard first < last, let cellTop = rowTops[first] else { continue }
            let height = section.heights[first..<last].reduce(0, +)
            let frame = Rect(x: layout.edges[cell.column], y: cellTop,
                             width: layout.edges[cell.column + cell.colSpan] - layout.edges[cell.column], height: height)
            drawCell(cell, in: frame, topAligned: false, cursor: &cursor)
        }
        return bottom
    }

    private func drawCell(_ cell: TableLayout.Cell, in frame: Rect, topAligned: Bool, cursor: inout PageCursor) {
        let width = TableLayout.ruleWidth
        cursor.addRule(from: Point(x: frame.minX, y: frame.minY), to: Point(x: frame.maxX, y: frame.minY), width: width)
        cursor.addRule(from: Point(x: frame.minX, y: frame.maxY), to: Point(x: frame.maxX, y: frame.maxY), width: width)
        cursor.addRule(from: Point(x: frame.minX, y: frame.minY), to: Point(x: frame.minX, y: frame.maxY), width: width)
        cursor.addRule(from: Point(x: frame.maxX, y: frame.minY), to: Point(x: frame.maxX, y: frame.maxY), width: width)
        let padding = TableLayout.padding
        let fitting = max(0, Int((frame.size.height - 2 * padding.y) / TableLayout.linePitch))
        let lines = cell.lines.prefix(fitting)
        let textHeight = Double(lines.count) * TableLayout.linePitch
        var lineTop = topAligned ? frame.minY + padding.y : frame.minY + (frame.size.height - textHeight) / 2
        for line in lines {
            let baseline = lineTop + (TableLayout.linePitch - geometry.tableSize) / 2 + 0.88 * geometry.tableSize
            cursor.place(line, origin: Point(x: frame.minX + padding.x, y: baseline), source: cell.source)
            lineTop += TableLayout.linePitch
        }
    }
}
