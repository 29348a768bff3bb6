import JixiaoCore

/// Places a measured table on pages: rows are never split, the header repeats at the top
/// of every page the table runs onto, and a cell spanning rows across a page break is drawn
/// on both pages with its text repeated.
struct TablePlacer {
    let layout: TableLayout
    let geometry: PageGeometry

    /// Places the table from the cursor's position on. `reserve` is the height of what must
    /// follow the table on its last page (the signature block): when it does not fit, the last
    /// row moves to the next page with it, so a signature never stands on a page alone.
    func place(on cursor: inout PageCursor, reserve: Double = 0) {
        let rowCount = layout.body.heights.count
        var start = 0
        // The header and the first row go together, to the next page if need be.
        let firstRow = layout.body.heights.first ?? 0
        if cursor.freeHeight < layout.headerHeight + firstRow, !cursor.isPageEmpty {
            cursor.newPage()
        }
        while start < rowCount || (rowCount == 0 && start == 0) {
            var y = cursor.y
            y = drawSection(layout.header, rows: 0..<layout.header.heights.count, top: y, cursor: &cursor)
            var end = start
            var used = 0.0
            let available = geometry.textArea.maxY - y
            while end < rowCount, used + layout.body.heights[end] <= available || end == start {
                used += layout.body.heights[end]
                end += 1
            }
            if end == rowCount, end - start > 1, used + reserve > available {
                end -= 1
            }
            y = drawSection(layout.body, rows: start..<end, top: y, cursor: &cursor)
            cursor.y = y
            if rowCount == 0 { break }
            start = end
            if start < rowCount { cursor.newPage() }
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
        var rules = RuleSet()
        for cell in section.cells {
            let first = max(cell.row, rows.lowerBound)
            let last = min(cell.row + cell.rowSpan, rows.upperBound)
            guard first < last, let cellTop = rowTops[first] else { continue }
            let height = section.heights[first..<last].reduce(0, +)
            let frame = Rect(x: layout.edges[cell.column], y: cellTop,
                             width: layout.edges[cell.column + cell.colSpan] - layout.edges[cell.column], height: height)
            rules.addFrame(frame)
            drawText(of: cell, in: frame, cursor: &cursor)
        }
        for (from, to) in rules.segments {
            cursor.addRule(from: from, to: to, width: TableLayout.ruleWidth)
        }
        return bottom
    }

    private func drawText(of cell: TableLayout.Cell, in frame: Rect, cursor: inout PageCursor) {
        let padding = TableLayout.padding
        let fitting = max(0, Int((frame.size.height - 2 * padding.y) / TableLayout.linePitch))
        let lines = cell.lines.prefix(fitting)
        let textHeight = Double(lines.count) * TableLayout.linePitch
        var lineTop = frame.minY + (frame.size.height - textHeight) / 2
        for line in lines {
            let baseline = lineTop + (TableLayout.linePitch - geometry.tableSize) / 2 + 0.88 * geometry.tableSize
            cursor.place(line, origin: Point(x: frame.minX + padding.x, y: baseline), source: cell.source)
            lineTop += TableLayout.linePitch
        }
    }
}

/// The rules of a table section, each drawn once: neighbouring cells share their edges.
struct RuleSet {
    private var seen = Set<[Double]>()
    private(set) var segments: [(Point, Point)] = []

    mutating func addFrame(_ frame: Rect) {
        add(Point(x: frame.minX, y: frame.minY), Point(x: frame.maxX, y: frame.minY))
        add(Point(x: frame.minX, y: frame.maxY), Point(x: frame.maxX, y: frame.maxY))
        add(Point(x: frame.minX, y: frame.minY), Point(x: frame.minX, y: frame.maxY))
        add(Point(x: frame.maxX, y: frame.minY), Point(x: frame.maxX, y: frame.maxY))
    }

    private mutating func add(_ from: Point, _ to: Point) {
        if seen.insert([from.x, from.y, to.x, to.y]).inserted { segments.append((from, to)) }
    }
}
