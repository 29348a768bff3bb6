/// Where a report's bytes came from: the name that locations print (a path as the user
/// typed it, or a label such as `网页表单 web form`) and the text format to read them as.
///
/// Decoding takes bytes plus an origin and never opens a file itself; reading a file is one
/// adapter (`ReportFile`), a browser form or an upload is another.
///
/// ```swift
/// let origin = InputOrigin.file("reports/linzhi.yaml")      // YAML, named as typed
/// let form = InputOrigin(name: "表单 form", format: .json)
/// ```
public struct InputOrigin: Hashable, Sendable {
    public var name: String
    public var format: TextFormat

    public init(name: String, format: TextFormat) {
        self.name = name
        self.format = format
    }

    /// A file named `path` (as the user typed it), its format chosen by its extension.
    public static func file(_ path: String) -> InputOrigin {
        InputOrigin(name: path, format: TextFormat(forName: path))
    }
}

/// The text formats a report or scheme file can be written in. JSON is read through the
/// same tree as YAML (a superset), after a strict JSON syntax check.
public enum TextFormat: String, Hashable, Sendable {
    case yaml, json

    /// `.json` (any case) is JSON; everything else is read as YAML.
    public init(forName name: String) {
        self = name.lowercased().hasSuffix(".json") ? .json : .yaml
    }
}
