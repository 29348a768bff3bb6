/// Where a value came from: the input as the user named it (`linzhi.yaml`, `自评表.xlsx`, a
/// form), and the place inside it.
///
/// Like swift-argument-parser's `InputOrigin`, it says where without caring what kind of
/// place that is: a text position for YAML and JSON, a cell for a workbook, a paragraph for
/// a Word file, a field for a form. `description` is the one way every kind is printed, so
/// a diagnostic reads the same whichever importer found it:
///
/// ```swift
/// SourceLocation(file: "linzhi.yaml", line: 12, column: 5)               // linzhi.yaml:12:5
/// SourceLocation(file: "自评表.xlsx", sheet: "Sheet1", cell: "D12")        // 自评表.xlsx!Sheet1!D12
/// SourceLocation(file: "报告.docx", paragraph: 7)                         // 报告.docx:¶7
/// SourceLocation(file: "表单 form", field: "indicators[3].target")        // 表单 form[indicators[3].target]
/// ```
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The place inside the input.
    public enum Place: Hashable, Sendable {
        /// Line and column from 1 (columns count Unicode scalars, as libyaml does).
        case text(line: Int, column: Int)
        /// A workbook cell: the sheet's name and the cell's A1 reference.
        case cell(sheet: String, cell: String)
        /// A paragraph of a word-processor document, from 1.
        case paragraph(Int)
        /// A field of a form, by the name the form gives it.
        case field(String)
    }

    /// The input as the user named it: a file path, or a label such as a form's.
    public var file: String
    public var place: Place

    public init(file: String, place: Place) {
        self.file = file
        self.place = place
    }

    public init(file: String, line: Int, column: Int) {
        self.init(file: file, place: .text(line: line, column: column))
    }

    public init(file: String, sheet: String, cell: String) {
        self.init(file: file, place: .cell(sheet: sheet, cell: cell))
    }

    public init(file: String, paragraph: Int) {
        self.init(file: file, place: .paragraph(paragraph))
    }

    public init(file: String, field: String) {
        self.init(file: file, place: .field(field))
    }

    /// The line of a text position; nil for other places.
    public var line: Int? {
        if case .text(let line, _) = place { return line }
        return nil
    }

    /// The column of a text position; nil for other places.
    public var column: Int? {
        if case .text(_, let column) = place { return column }
        return nil
    }

    /// The place without the input's name: `12:5`, `Sheet1!D12`, `¶7`, `[indicators[3].target]`;
    /// for "first at …" in a message about the same input.
    public var placeDescription: String {
        switch place {
        case let .text(line, column): return "\(line):\(column)"
        case let .cell(sheet, cell): return "\(sheet)!\(cell)"
        case let .paragraph(number): return "¶\(number)"
        case let .field(name): return "[\(name)]"
        }
    }

    public var description: String {
        switch place {
        case .text, .cell, .paragraph: return "\(file)\(separator)\(placeDescription)"
        case .field: return file + placeDescription
        }
    }

    private var separator: String {
        if case .cell = place { return "!" }
        return ":"
    }

    /// An order for printing problems in reading order: text by line and column, cells by
    /// row then column, paragraphs by number; fields keep their given order (0).
    public var readingOrder: ReadingOrder {
        switch place {
        case let .text(line, column): return ReadingOrder(major: line, minor: column)
        case let .cell(_, cell):
            let reference = CellReference(cell)
            return ReadingOrder(major: reference?.row ?? 0, minor: reference?.column ?? 0)
        case let .paragraph(number): return ReadingOrder(major: number, minor: 0)
        case .field: return ReadingOrder(major: 0, minor: 0)
        }
    }

    /// Two whole numbers compared in turn.
    public struct ReadingOrder: Comparable, Hashable, Sendable {
        public var major: Int
        public var minor: Int

        public static func < (lhs: ReadingOrder, rhs: ReadingOrder) -> Bool {
            (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
        }
    }
}

extension Optional where Wrapped == SourceLocation {
    /// Problems without a place (a missing font) sort first.
    public var readingOrder: SourceLocation.ReadingOrder {
        self?.readingOrder ?? SourceLocation.ReadingOrder(major: 0, minor: 0)
    }
}

/// An A1-style cell reference, `D12` → column 4, row 12.
public struct CellReference: Hashable, Sendable {
    public var column: Int
    public var row: Int

    /// Nil unless `text` is letters then digits (`AB7`), both non-empty.
    public init?(_ text: String) {
        let letters = text.prefix { $0.isASCII && $0.isLetter }
        let digits = text.dropFirst(letters.count)
        guard !letters.isEmpty, !digits.isEmpty, letters.count <= 3, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let row = Int(digits) else { return nil }
        column = letters.uppercased().unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
        self.row = row
    }
}

/// The location of every decoded field, kept beside the model so that later stages
/// (scoring, glyph checks) can point at the place a value came from without the model
/// carrying positions.
public struct SourceMap: Hashable, Sendable {
    public var file: String
    private var locations: [FieldPath: SourceLocation]

    public init(file: String, locations: [FieldPath: SourceLocation] = [:]) {
        self.file = file
        self.locations = locations
    }

    public mutating func record(_ path: FieldPath, at location: SourceLocation) {
        locations[path] = location
    }

    /// The field whose value starts last at or before `location` in the same input: the one a
    /// place inside a multi-line value (a comment YAML drops, say) belongs to.
    public func field(at location: SourceLocation) -> FieldPath? {
        var best: (path: FieldPath, order: SourceLocation.ReadingOrder)?
        let target = location.readingOrder
        for (path, recorded) in locations where recorded.file == location.file {
            let order = recorded.readingOrder
            guard order <= target else { continue }
            if let current = best, current.order > order || (current.order == order && current.path.components.count >= path.components.count) {
                continue
            }
            best = (path, order)
        }
        return best?.path
    }

    /// The location of `path`, or of its nearest recorded ancestor.
    public func location(of path: FieldPath) -> SourceLocation? {
        var components = path.components
        while true {
            if let found = locations[FieldPath(components)] { return found }
            if components.isEmpty { return nil }
            components.removeLast()
        }
    }
}
