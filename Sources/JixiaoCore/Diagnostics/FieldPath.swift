/// Where a value sits inside a report file, independent of the file's text layout.
///
/// Printed the way finance staff read it: keys joined by dots, list items by their
/// 1-based position or, for indicator levels and groups, by their name, e.g.
/// `indicators[产出][数量指标][3].target`. A name or key longer than 40 characters is shown
/// cut short with "…".
public struct FieldPath: Hashable, Sendable, CustomStringConvertible, Comparable {
    public enum Component: Hashable, Sendable {
        /// A mapping key, printed `.key`.
        case key(String)
        /// A list position, 1-based, printed `[n]`.
        case index(Int)
        /// A list item named by its `name`, printed `[name]`.
        case name(String)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) { self.components = components }

    public static let root = FieldPath()

    public func appending(_ component: Component) -> FieldPath {
        FieldPath(components + [component])
    }
    public func key(_ key: String) -> FieldPath { appending(.key(key)) }
    public func index(_ index: Int) -> FieldPath { appending(.index(index)) }
    public func name(_ name: String) -> FieldPath { appending(.name(name)) }

    public var description: String {
        var out = ""
        for component in components {
            switch component {
            case .key(let key): out += out.isEmpty ? key.excerpt : "." + key.excerpt
            case .index(let index): out += "[\(index)]"
            case .name(let name): out += "[\(name.excerpt)]"
            }
        }
        return out.isEmpty ? "(文件顶层 top level)" : out
    }

    public static func < (lhs: FieldPath, rhs: FieldPath) -> Bool { lhs.description < rhs.description }
}
