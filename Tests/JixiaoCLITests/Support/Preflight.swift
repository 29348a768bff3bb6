import Foundation

/// Apache PDFBox Preflight 2.0 (Debian `libpdfbox2-java`, installed by `make deps` with Java and
/// the two jars it needs on Java 17): the only PDF/A validator Debian packages. It knows PDF/A-1b
/// only, so a PDF/A-2u or -3u file fails exactly the rules PDF/A-1 has and the later parts
/// dropped; `PDFAFiles` asserts that set, no more and no less.
enum Preflight {
    static let jars = ["preflight", "pdfbox2", "fontbox2", "xmpbox", "commons-logging", "jaxb-api", "javax.activation"]
        .map { "/usr/share/java/\($0).jar" }

    /// What is missing to run it, in words for the failure message; nil when it can run.
    static var missing: String? {
        let absent = jars.filter { !FileManager.default.fileExists(atPath: $0) }
        if !absent.isEmpty { return "missing \(absent.joined(separator: ", ")): run `make deps`" }
        if (try? CLI.tool("java", ["-version"]).status) != 0 { return "no java on PATH: run `make deps`" }
        return nil
    }

    /// The rule numbers Preflight reports for `path` (`2.2.1`, `3.1.11`, …), each once, and its
    /// whole output for the failure message.
    static func failedRules(_ path: String) throws -> (rules: Set<String>, output: String) {
        let result = try CLI.tool("java", ["-cp", jars.joined(separator: ":"), "org.apache.pdfbox.preflight.Validator_A1b", path])
        let rules = result.output.split(separator: "\n").compactMap { line -> String? in
            guard let rule = line.split(separator: " ").first, line.contains(" : "),
                  rule.allSatisfy({ $0.isNumber || $0 == "." }) else { return nil }
            return String(rule)
        }
        return (Set(rules), result.output)
    }

    /// PDF/A-1b rules a PDF/A-2u file fails by design: 2.2.1 (a transparency group on each
    /// page: allowed since PDF/A-2), 3.1.11 (no CIDSet for a subset CID font: optional since
    /// PDF/A-2), 7.11.1 and 7.11.2 (the XMP says part 2, conformance U: PDF/A-1 wants part 1,
    /// conformance A or B).
    static let pdfA2 : Set<String> = ["2.2.1", "3.1.11", "7.11.1", "7.11.2"]

    /// PDF/A-3u adds the embedded files PDF/A-1 forbids: 1.2.9 (/EF in a file specification)
    /// and 1.4.7 (/EmbeddedFiles in the name dictionary).
    static let pdfA3: Set<String> = pdfA2.union(["1.2.9", "1.4.7"])
}
