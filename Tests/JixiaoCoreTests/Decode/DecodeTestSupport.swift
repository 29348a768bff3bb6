import Foundation
import Testing
@testable import JixiaoCore

/// Paths and helpers shared by the decoding tests.
enum Repo {
    /// The repository root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    static let seed = url("assets/examples/linzhi-2024-kunnan-zhigong.yaml")
    static let fixtures = url("Tests/Fixtures")
}

/// The report in the file at `url`, decoded from its bytes as `name` (reading files is
/// JixiaoPipeline's adapter; Core only decodes bytes).
func decodeFile(_ url: URL, as name: String) throws -> ReportInput {
    try ReportDecoder.decode(bytes: [UInt8](Data(contentsOf: url)), file: name)
}

/// The diagnostics thrown when decoding `text` as report file `file`; empty when it decoded.
func reportDiagnostics(_ text: String, file: String = "r.yaml") -> [Diagnostic] {
    reportDiagnostics(bytes: Array(text.utf8), file: file)
}

func reportDiagnostics(bytes: [UInt8], file: String = "r.yaml") -> [Diagnostic] {
    do {
        _ = try ReportDecoder.decode(bytes: bytes, file: file)
        return []
    } catch {
        return error.all
    }
}

/// `file:line:col` of a diagnostic, or "-" when it has none.
func place(_ diagnostic: Diagnostic?) -> String {
    diagnostic?.location.map(\.description) ?? "-"
}

/// A small valid report to mutate in tests: every required part, one level, one group, two rows.
/// Line numbers matter to the tests: `weight: 5` of row 1 is on line 24.
let minimalReport = """
scheme: national-2020
cover:
  fields:
    - 项目名称: 测试项目
project:
  name: 测试项目
  department: 测试部门
budget:
  adjusted: 100
  executed: 90
sections:
  - title: 项目基本情况
    text: 说明
indicators:
  - name: 产出指标
    groups:
      - name: 数量指标
        rows:
          - name: 培训人数
            target: ≥20人
            actual: 25人
            weight: 30
          - name: 覆盖率
            weight: 5
  - name: 效益指标
    groups:
      - name: 社会效益指标
        rows:
          - name: 受益人数
            target: ≥100人
            actual: 120人
            weight: 30
"""

/// `minimalReport` with the line that equals `line` (trimmed) replaced by `replacement` lines,
/// keeping its indentation.
func replacingLine(_ line: String, with replacement: [String], in text: String = minimalReport) -> String {
    var lines = text.components(separatedBy: "\n")
    guard let index = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == line }) else {
        Issue.record("no line '\(line)' in the report")
        return text
    }
    let indent = String(lines[index].prefix { $0 == " " })
    lines.replaceSubrange(index...index, with: replacement.map { indent + $0 })
    return lines.joined(separator: "\n")
}
