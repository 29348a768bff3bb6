import Foundation
import JixiaoCore

/// Finds the reports of a batch: files as given, folders searched recursively for
/// .yaml/.yml/.json and .xlsx workbooks (a .docx of the same name beside a workbook is its
/// narrative, not an input), in a stable sorted order; and refuses two inputs that would
/// write one PDF.
public enum BatchInputs {
    public static let extensions: Set<String> = ["yaml", "yml", "json", "xlsx"]

    /// The inputs named by `arguments`. Files below `outputFolder` are never inputs: an output
    /// folder inside an input folder holds `manifest.json`, which is not a report.
    public static func discover(_ arguments: [String], excluding outputFolder: String? = nil) throws(Diagnostics) -> [BatchInput] {
        let excluded = outputFolder.map { URL(fileURLWithPath: $0).standardizedFileURL.path + "/" }
        var inputs: [BatchInput] = []
        var problems: [Diagnostic] = []
        for argument in arguments {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) else {
                problems.append(.error(.unreadableFile, Message("找不到输入：\(argument)", "input not found: \(argument)")))
                continue
            }
            if isFolder.boolValue {
                let standardized = URL(fileURLWithPath: argument).standardizedFileURL.path + "/"
                if let excluded, standardized.hasPrefix(excluded) {
                    problems.append(.error(.outputCollision,
                                           Message("输入目录 \(argument) 在输出目录之内（或就是输出目录）：输出目录里的文件不作为报告读取",
                                                   "the input folder \(argument) is (inside) the output folder, whose files are never read as reports"),
                                           hints: [Message("换一个输出目录，例如 -o \(argument)-pdf", "choose another output folder, e.g. -o \(argument)-pdf")]))
                    continue
                }
                for relative in ManifestVerifier.files(under: argument)
                where extensions.contains((relative as NSString).pathExtension.lowercased()) {
                    let hidden = relative.split(separator: "/").contains { $0.hasPrefix(".") }
                    let path = (argument as NSString).appendingPathComponent(relative)
                    if hidden || excluded.map({ URL(fileURLWithPath: path).standardizedFileURL.path.hasPrefix($0) }) == true {
                        continue
                    }
                    inputs.append(BatchInput(path: path, key: relative,
                                             output: pdfName(for: relative)))
                }
            } else {
                let name = (argument as NSString).lastPathComponent
                inputs.append(BatchInput(path: argument, key: name, output: pdfName(for: name)))
            }
        }
        for input in inputs where reservedNames.contains(input.output) {
            problems.append(.error(.outputCollision,
                                   Message("输入 \(input.path) 会写入 \(input.output)，与批处理自己的记录文件同名",
                                           "the input \(input.path) would write \(input.output), the name of the batch's own record"),
                                   hints: [Message("重命名该输入文件（输出目录顶层的 \(reservedNames.sorted().joined(separator: "、")) 由批处理写入）",
                                                   "rename the input (\(reservedNames.sorted().joined(separator: ", ")) at the top of the output folder are the batch's)")]))
        }
        var byOutput: [String: [BatchInput]] = [:]
        for input in inputs { byOutput[input.output, default: []].append(input) }
        for (output, clashing) in byOutput.sorted(by: { $0.key < $1.key }) where clashing.count > 1 {
            let names = clashing.map(\.path).joined(separator: "、")
            problems.append(.error(.outputCollision,
                                   Message("多个输入会写入同一个输出 \(output)：\(names)", "several inputs would write the same output \(output): \(names)"),
                                   hints: [Message("重命名其中一个输入文件，或分批处理", "rename one of the inputs, or run them in separate batches")]))
        }
        guard problems.isEmpty else { throw Diagnostics(problems) }
        return inputs.sorted { $0.key < $1.key }
    }

    /// The files a batch writes at the top of its output folder; no report's PDF may take
    /// their place (a report named 汇总表.yaml would otherwise be overwritten by the summary).
    public static let reservedNames: Set<String> = [Manifest.jsonName, Manifest.csvName, BatchSummary.pdfName, BatchSummary.csvName]

    static func pdfName(for relative: String) -> String {
        (relative as NSString).deletingPathExtension + ".pdf"
    }
}
