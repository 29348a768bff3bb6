/// One report of a batch: where it is, and where its PDF goes (both relative to their roots).
public struct BatchInput: Hashable, Sendable {
    /// The file to read.
    public var path: String
    /// The input's name in the manifest: relative to the folder it was found in, or its file name.
    public var key: String
    /// The PDF's path relative to the output folder: `a/b/x.yaml` → `a/b/x.pdf`.
    public var output: String

    public init(path: String, key: String, output: String) {
        self.path = path
        self.key = key
        self.output = output
    }
}
