/// A place in an input file: the file as the user named it, line and column from 1.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// The location of every decoded field, kept beside the model so that later stages
/// (scoring, glyph checks) can point at the line a value came from without the model
/// carrying text positions.
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
