import Foundation

/// What an archive keeps about a batch: one entry per input, in stable order, and the
/// hashes of the summary files. Written as `manifest.json` and `manifest.csv`.
///
/// Holds no clock, no absolute path and nothing that depends on thread order, so the same
/// inputs give a byte-identical manifest on every run and every machine.
public struct Manifest: Codable, Hashable, Sendable {
    public var format: Int
    public var tool: String
    public var reports: [ManifestEntry]
    /// Other files of the output folder under the manifest's protection (汇总表, manifest.csv).
    public var artifacts: [ArchivedFile]

    public static let jsonName = "manifest.json"
    public static let csvName = "manifest.csv"

    public init(reports: [ManifestEntry], artifacts: [ArchivedFile] = [], tool: String = "jixiao " + JixiaoVersion.current) {
        format = 1
        self.tool = tool
        self.reports = reports
        self.artifacts = artifacts
    }

    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    public static func decode(_ data: Data) throws -> Manifest {
        try JSONDecoder().decode(Manifest.self, from: data)
    }

    /// The CSV twin of the JSON: one row per report, UTF-8 with BOM for Excel/WPS.
    public func csvData() -> Data {
        let header = ["输入文件 input", "输入SHA-256 input sha256", "输出文件 output", "输出SHA-256 output sha256", "字节 bytes",
                      "页数 pages", "项目名称 project", "主管部门 department", "自评得分 total", "等级 grade",
                      "警告数 warnings", "状态 status", "说明 message"]
        let rows = reports.map { entry in
            [entry.input, entry.inputSHA256, entry.output ?? "", entry.outputSHA256 ?? "", entry.bytes.map(String.init) ?? "",
             entry.pages.map(String.init) ?? "", entry.project ?? "", entry.department ?? "", entry.total ?? "",
             entry.grade ?? "", String(entry.warnings), entry.status.rawValue, entry.message ?? ""]
        }
        return CSVWriter.data(header: header, rows: rows)
    }
}

/// One input of a batch and what became of it.
public struct ManifestEntry: Codable, Hashable, Sendable {
    public enum Status: String, Codable, Hashable, Sendable {
        case ok, failed, skipped
    }

    /// The input's path relative to the folder it was found in (or its file name).
    public var input: String
    public var inputSHA256: String
    /// The PDF's path relative to the output folder; nil when it failed.
    public var output: String?
    public var outputSHA256: String?
    public var bytes: Int?
    public var pages: Int?
    public var project: String?
    public var department: String?
    /// The total as printed (88, 87.5).
    public var total: String?
    public var grade: String?
    public var warnings: Int
    public var status: Status
    /// The first error for a failed report; how it was skipped otherwise.
    public var message: String?

    public init(input: String, inputSHA256: String, output: String? = nil, outputSHA256: String? = nil, bytes: Int? = nil,
                pages: Int? = nil, project: String? = nil, department: String? = nil, total: String? = nil,
                grade: String? = nil, warnings: Int = 0, status: Status, message: String? = nil) {
        self.input = input
        self.inputSHA256 = inputSHA256
        self.output = output
        self.outputSHA256 = outputSHA256
        self.bytes = bytes
        self.pages = pages
        self.project = project
        self.department = department
        self.total = total
        self.grade = grade
        self.warnings = warnings
        self.status = status
        self.message = message
    }
}

/// A file and its hash, relative to the output folder.
public struct ArchivedFile: Codable, Hashable, Sendable {
    public var path: String
    public var sha256: String
    public var bytes: Int

    public init(path: String, sha256: String, bytes: Int) {
        self.path = path
        self.sha256 = sha256
        self.bytes = bytes
    }
}
