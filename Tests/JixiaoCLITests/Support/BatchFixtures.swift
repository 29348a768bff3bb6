import Foundation

/// Report folders for the batch tests: variants of the seed report whose project name,
/// budget and one indicator's actual value differ (so every total and score differs), plus
/// broken reports; and one reference batch over 20 + 3 of them, run once and shared.
enum BatchFixtures {
    /// One valid variant: what the test knows about it without asking jixiao.
    struct Variant {
        var key: String
        var project: String
        var budget: Decimal
        var executed: Decimal
    }

    /// The broken reports and the start of the first error `check` prints for each.
    static let broken: [(key: String, text: String, firstError: String)] = [
        ("bad-cover.yaml", "scheme: linzhi-2024\ncover: 3\n", "bad-cover.yaml:1:1: 错误 J005 [project]"),
        ("bad-syntax.yaml", "scheme: linzhi-2024\ncover: [\n", "bad-syntax.yaml:3:1: 错误 J001"),
        ("bad-field.json", "{\"scheme\": \"linzhi-2024\", \"cover\": {\"title\": \"x\"}, \"projekt\": 1}\n",
         "bad-field.json:1:1: 错误 J005 [project]"),
    ]

    static func variant(_ number: Int) -> Variant {
        let tag = number < 10 ? "0\(number)" : "\(number)"
        return Variant(key: "r\(tag).yaml", project: "帮扶项目\(tag)", budget: Decimal(100 + 5 * number),
                       executed: Decimal(90 + 3 * number) + Decimal(5) / Decimal(10))
    }

    /// The seed with variant `number`'s name, budget and 六一慰问 actual (2n people).
    static func text(of variant: Variant, number: Int) throws -> String {
        let seed = try String(contentsOfFile: CLI.seedExample, encoding: .utf8)
        var lines = seed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeAll { $0.hasPrefix("self_score:") }
        var text = lines.joined(separator: "\n")
            .replacingOccurrences(of: "困难职工帮扶（1:1）配套资金", with: variant.project)
            .replacingOccurrences(of: "\n  adjusted: 100\n", with: "\n  adjusted: \(variant.budget)\n")
            .replacingOccurrences(of: "\n  executed: 100\n", with: "\n  executed: \(variant.executed)\n")
        if let range = text.range(of: "actual: 0人") { text.replaceSubrange(range, with: "actual: \(2 * number)人") }
        return text
    }

    /// Writes `count` valid variants (and the broken reports when asked) into `folder`.
    @discardableResult
    static func writeReports(into folder: URL, count: Int, broken includeBroken: Bool) throws -> [Variant] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var variants: [Variant] = []
        for number in 1...count {
            let variant = variant(number)
            try text(of: variant, number: number).write(to: folder.appendingPathComponent(variant.key), atomically: true, encoding: .utf8)
            variants.append(variant)
        }
        if includeBroken {
            for report in broken {
                try report.text.write(to: folder.appendingPathComponent(report.key), atomically: true, encoding: .utf8)
            }
        }
        return variants
    }

    /// A batch over 20 valid and 3 broken reports, run once for every test that only reads it.
    struct Reference {
        var inputs: URL
        var output: URL
        var variants: [Variant]
        var result: CLI.Result
    }

    static let reference = Result { () throws -> Reference in
        let root = try CLI.temporaryFolder()
        let inputs = root.appendingPathComponent("reports")
        let variants = try writeReports(into: inputs, count: 20, broken: true)
        let output = root.appendingPathComponent("out")
        let result = try CLI.run(["batch", inputs.path, "-o", output.path])
        return Reference(inputs: inputs, output: output, variants: variants, result: result)
    }

    /// Every regular file below `folder`, relative, sorted, hidden ones included.
    static func files(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder),
               !isFolder.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }

    /// The bytes of every file below `folder`, by relative path.
    static func contents(of folder: URL) throws -> [String: Data] {
        var contents: [String: Data] = [:]
        for file in files(in: folder) { contents[file] = try Data(contentsOf: folder.appendingPathComponent(file)) }
        return contents
    }

    static func manifest(in folder: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent("manifest.json"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    static func reports(in folder: URL) throws -> [[String: Any]] {
        try manifest(in: folder)["reports"] as? [[String: Any]] ?? []
    }
}
