import Foundation

/// The package's Swift sources read as text, for the architecture rules: which file is in
/// which module and folder, what it imports, and which top-level types each folder declares.
struct SourceTree {
    struct File {
        /// `JixiaoCore/Score/Scorer.swift`
        var path: String
        var module: String
        /// The first folder under the module (`Score`), or "" for a file at the module's top.
        var folder: String
        var text: String

        /// The lines that are code, not `//` comments.
        var codeLines: [Substring] {
            text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
        }

        /// The modules named by `import` lines.
        var imports: [String] {
            codeLines.compactMap { line in
                // `import X`, or with an attribute or access level before it (`@testable import X`,
                // `public import X`); not the word "import" inside a message.
                let words = line.split(separator: " ")
                guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
                      index == 0 || (index == 1 && (words[0].hasPrefix("@") || ["public", "internal", "private", "fileprivate", "package"].contains(words[0])))
                else { return nil }
                return String(words[index + 1])
            }
        }

        /// Every capitalised identifier in the code (type names among them).
        var capitalisedWords: Set<String> {
            var words = Set<String>()
            for line in codeLines {
                var current = ""
                for character in line {
                    if character.isLetter || character.isNumber || character == "_" {
                        current.append(character)
                    } else {
                        if let first = current.first, first.isUppercase { words.insert(current) }
                        current = ""
                    }
                }
                if let first = current.first, first.isUppercase { words.insert(current) }
            }
            return words
        }

        /// Types declared at the file's top level (not nested: those are indented).
        var topLevelTypes: [String] {
            let kinds: Set<Substring> = ["struct", "enum", "class", "protocol", "typealias", "actor"]
            let modifiers: Set<Substring> = ["public", "internal", "private", "fileprivate", "final", "indirect", "package"]
            return text.split(separator: "\n").compactMap { line in
                guard let first = line.first, first.isLetter else { return nil }
                let words = line.split(separator: " ")
                var index = 0
                while index < words.count, modifiers.contains(words[index]) { index += 1 }
                guard index + 1 < words.count, kinds.contains(words[index]) else { return nil }
                return String(words[index + 1].prefix { $0.isLetter || $0.isNumber || $0 == "_" })
            }
        }
    }

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let files: [File]

    init(root: URL = SourceTree.repository.appendingPathComponent("Sources")) {
        let paths = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String]) ?? []
        files = paths.filter { $0.hasSuffix(".swift") }.sorted().compactMap { relative in
            guard let text = try? String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8) else { return nil }
            let parts = relative.split(separator: "/").map(String.init)
            guard let module = parts.first else { return nil }
            return File(path: relative, module: module, folder: parts.count > 2 ? parts[1] : "", text: text)
        }
    }

    func files(in module: String) -> [File] { files.filter { $0.module == module } }

    /// Type name → the folder of `module` that declares it (the first, for a repeated name).
    func declaringFolders(in module: String) -> [String: String] {
        var owners: [String: String] = [:]
        for file in files(in: module) {
            for type in file.topLevelTypes where owners[type] == nil { owners[type] = file.folder }
        }
        return owners
    }

    /// The types declared in `folders` of `module` (or named in `extra`) that `file` uses.
    func uses(in file: File, ofTypesFrom folders: Set<String>, of module: String, extra: Set<String> = []) -> [String] {
        let owners = declaringFolders(in: module)
        return file.capitalisedWords.filter { word in
            extra.contains(word) || owners[word].map(folders.contains) == true
        }.sorted()
    }

    /// Each use of a type from a folder later in `order` than the using file's folder:
    /// `JixiaoCore/Score/Scorer.swift uses ScoreFormat (Narrative)`. A folder not in `order`
    /// is itself a finding, so a new folder has to be placed in the flow.
    func usesAgainstTheFlow(in module: String, order: [String]) -> [String] {
        let owners = declaringFolders(in: module)
        var findings: [String] = []
        for file in files(in: module) {
            guard let rank = order.firstIndex(of: file.folder) else {
                findings.append("\(file.path): the folder “\(file.folder)” has no place in the flow")
                continue
            }
            for word in file.capitalisedWords.sorted() {
                guard let owner = owners[word], let ownerRank = order.firstIndex(of: owner), ownerRank > rank else { continue }
                findings.append("\(file.path) uses \(word) (\(owner))")
            }
        }
        return findings
    }
}
