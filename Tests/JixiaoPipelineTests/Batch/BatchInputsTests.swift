import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoPipeline

@Suite struct BatchInputsTests {
    private func folder(_ files: [String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-inputs-\(UUID().uuidString)")
        for file in files {
            let url = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x: 1\n".utf8).write(to: url)
        }
        return root
    }

    @Test func foldersAreSearchedRecursivelyInSortedOrder() throws {
        let root = try folder(["b.yaml", "a/z.json", "a/y.YML", "notes.txt", ".hidden/c.yaml", "a/.d.yaml"])
        let inputs = try BatchInputs.discover([root.path])
        #expect(inputs.map(\.key) == ["a/y.YML", "a/z.json", "b.yaml"])
        #expect(inputs.map(\.output) == ["a/y.pdf", "a/z.pdf", "b.pdf"])
        #expect(inputs.first?.path == root.appendingPathComponent("a/y.YML").path)
    }

    /// An output folder inside the input folder holds manifest.json: not a report.
    @Test func theOutputFolderIsNeverSearched() throws {
        let root = try folder(["a.yaml", "out/manifest.json", "out/sub/x.yaml"])
        let inputs = try BatchInputs.discover([root.path], excluding: root.appendingPathComponent("out").path + "/")
        #expect(inputs.map(\.key) == ["a.yaml"])
    }

    @Test func twoInputsForOnePDFAreOneErrorNamingBoth() throws {
        let root = try folder(["x/a.yaml", "y/a.yaml", "a.yaml", "a.json"])
        let error = #expect(throws: Diagnostics.self) {
            try BatchInputs.discover([root.appendingPathComponent("x/a.yaml").path, root.appendingPathComponent("y/a.yaml").path])
        }
        #expect(error?.all.map(\.code) == [.outputCollision])
        #expect(error?.all.first?.message.chinese.contains("x/a.yaml") == true)
        #expect(error?.all.first?.message.chinese.contains("y/a.yaml") == true)
        let same = #expect(throws: Diagnostics.self) { try BatchInputs.discover([root.path]) }
        #expect(same?.all.first?.message.english.contains("a.pdf") == true)
    }

    /// 汇总表.pdf at the top of the output folder is the batch's summary: a report of that name
    /// was once overwritten by it without a word. Deeper down the name is free.
    @Test func aReportNamedLikeTheSummaryIsRefused() throws {
        let root = try folder(["汇总表.yaml", "a.yaml", "sub/汇总表.yaml"])
        let error = #expect(throws: Diagnostics.self) { try BatchInputs.discover([root.path]) }
        #expect(error?.all.map(\.code) == [.outputCollision])
        #expect(error?.all.first?.message.chinese.hasSuffix("会写入 汇总表.pdf，与批处理自己的记录文件同名") == true)
        let deeper = try BatchInputs.discover([try folder(["a.yaml", "sub/汇总表.yaml"]).path])
        #expect(deeper.map(\.output) == ["a.pdf", "sub/汇总表.pdf"])
    }

    /// `batch reports -o reports` once said "no report files found": everything was inside
    /// the output folder, which is never searched.
    @Test func anInputFolderAtOrInsideTheOutputFolderIsNamed() throws {
        let root = try folder(["a.yaml", "sub/b.yaml"])
        for input in [root.path, root.appendingPathComponent("sub").path] {
            let error = #expect(throws: Diagnostics.self) { try BatchInputs.discover([input], excluding: root.path + "/") }
            #expect(error?.all.map(\.code) == [.outputCollision])
            #expect(error?.all.first?.message.chinese.contains("在输出目录之内") == true)
        }
    }

    @Test func aMissingInputIsNamed() throws {
        let error = #expect(throws: Diagnostics.self) { try BatchInputs.discover(["/no/such/folder"]) }
        #expect(error?.all.first?.code == .unreadableFile)
        #expect(error?.all.first?.message.chinese.contains("/no/such/folder") == true)
    }
}
