import Foundation
import Testing
@testable import JixiaoCore

/// Encodings, sizes, depth and aliases: files that must be refused quickly and clearly.
@Suite struct InputLimitsTests {
    func only(bytes: [UInt8], file: String = "r.yaml") throws -> Diagnostic {
        let all = reportDiagnostics(bytes: bytes, file: file)
        #expect(all.count == 1, "\(all)")
        return try #require(all.first)
    }

    @Test func utf8ByteOrderMarkIsAcceptedAndStripped() throws {
        let report = try ReportDecoder.decode(bytes: [0xEF, 0xBB, 0xBF] + Array(minimalReport.utf8), file: "r.yaml")
        #expect(report.sourceMap.location(of: FieldPath.root.key("scheme"))?.description == "r.yaml:1:9")
    }

    @Test func utf16BigEndianWithoutBOMIsNamed() throws {
        var bytes: [UInt8] = []
        for unit in minimalReport.utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        let diagnostic = try only(bytes: bytes)
        #expect(diagnostic.code == .badEncoding)
        #expect(diagnostic.message.chinese == "文件编码是UTF-16 BE（大端），但报告文件必须是 UTF-8 编码")
    }

    /// Chinese text puts NUL bytes on both sides of its code units (一 is U+4E00), which was
    /// once taken for binary data.
    @Test(arguments: [(String.Encoding.utf16LittleEndian, "UTF-16 LE（小端）"), (.utf16BigEndian, "UTF-16 BE（大端）"),
                      (.utf32LittleEndian, "UTF-32 LE"), (.utf32BigEndian, "UTF-32 BE")])
    func chineseTextWithoutBOMIsNamedByItsEncoding(_ encoding: String.Encoding, _ name: String) throws {
        let text = minimalReport.replacingOccurrences(of: "department: 测试部门", with: "department: 一丁七万丈三上下不与丐丑")
        let diagnostic = try only(bytes: [UInt8](try #require(text.data(using: encoding))))
        #expect(diagnostic.code == .badEncoding)
        #expect(diagnostic.message.chinese == "文件编码是\(name)，但报告文件必须是 UTF-8 编码")
    }

    @Test(arguments: [("%PDF-1.7\n", "PDF"), ("PK\u{03}\u{04}", ".xlsx/.docx")])
    func knownBinaryFormatsAreNamed(_ head: String, _ says: String) throws {
        let diagnostic = try only(bytes: Array(head.utf8) + [0x00, 0x01, 0xFF])
        #expect(diagnostic.code == .badEncoding)
        #expect(diagnostic.message.chinese.contains(says))
        #expect(diagnostic.hints.first?.chinese.contains("不要直接使用 Excel、Word 或 PDF 文件") == true)
    }

    @Test func nulBytesMeanBinary() throws {
        let diagnostic = try only(bytes: [0x01, 0x00, 0x00, 0x7F, 0x00, 0x45, 0x00, 0x00])
        #expect(diagnostic.code == .badEncoding)
        #expect(diagnostic.message.chinese == "这是二进制文件（含 NUL 字节 / contains NUL bytes），不是 UTF-8 文本")
    }

    @Test func invalidUTF8ThatIsNotGBKIsUnknownWithItsPlace() throws {
        let diagnostic = try only(bytes: Array("scheme: national-2020\ncover: ab".utf8) + [0xFF, 0xFF])
        #expect(diagnostic.code == .badEncoding)
        #expect(diagnostic.message.chinese.contains("未知编码"))
        #expect(place(diagnostic) == "r.yaml:2:10")
    }

    @Test func oversizedInputIsRefusedBeforeParsing() throws {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: InputLimits.default.maxFileBytes + 1)
        let diagnostic = try only(bytes: bytes)
        #expect(diagnostic.code == .inputTooLarge)
        #expect(diagnostic.message.chinese == "文件大小 20971521 字节，超过上限 20 MB")
    }

    @Test func nodeTreeDeeperThanTheLimitIsRefused() throws {
        let text = "scheme: " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70)
        let diagnostic = try only(bytes: Array(text.utf8))
        #expect(diagnostic.code == .inputTooLarge)
        #expect(place(diagnostic) == "r.yaml:1:72")
    }

    @Test func deepIndentationIsRefusedBeforeParsing() throws {
        let lines = (0..<3000).map { String(repeating: " ", count: $0) + "k\($0):" }
        let diagnostic = try only(bytes: Array(lines.joined(separator: "\n").utf8))
        #expect(diagnostic.code == .inputTooLarge)
        #expect(place(diagnostic) == "r.yaml:129:129")
    }

    @Test func deepListDashesAreRefusedBeforeParsing() throws {
        let diagnostic = try only(bytes: Array(("x:\n" + String(repeating: "- ", count: 5000) + "a").utf8))
        #expect(diagnostic.code == .inputTooLarge)
        #expect(place(diagnostic) == "r.yaml:2:10001")
    }

    @Test func aliasWithoutAnchorIsRefused() throws {
        let diagnostic = try only(bytes: Array("scheme: *preset\n".utf8))
        #expect(diagnostic.code == .inputTooLarge)
        #expect(diagnostic.message.chinese == "不支持 YAML 锚点和别名（此处为 *preset）")
        #expect(place(diagnostic) == "r.yaml:1:9")
    }

    @Test func ampersandsAndStarsInTextAreNotAliases() throws {
        let text = replacingLine("text: 说明", with: ["text: |", "  &符号 与 *注 都是正文", "", "  第二段 R&D 2*3", "generate: funds"])
            .replacingOccurrences(of: "department: 测试部门", with: "department: '&测试部门' # &注释")
        let report = try ReportDecoder.decode(bytes: Array(text.utf8), file: "r.yaml")
        #expect(report.sections[0].paragraphs == ["&符号 与 *注 都是正文", "第二段 R&D 2*3"])
        #expect(report.project.department == "&测试部门")
    }

    @Test func bracketsInsidePlainTextAreNotNesting() throws {
        // 200 "[" inside a plain value are text, not 200 levels of flow nesting (the scan stops at 128).
        let text = minimalReport.replacingOccurrences(of: "department: 测试部门",
                                                      with: "department: 测试部门" + String(repeating: "见附件[", count: 200))
        let report = try ReportDecoder.decode(bytes: Array(text.utf8), file: "r.yaml")
        #expect(report.project.department.hasSuffix("见附件["))
    }

    @Test func aStrayClosingBracketDoesNotHideALaterAnchor() throws {
        // A "]" in plain text once drove the scanner's flow depth below zero, so the anchor after
        // the comma in the next line's flow list went unseen and reached the parser.
        let text = "note: a]\nscheme: [x, &laugh [y, y], *laugh]\n"
        let diagnostic = try only(bytes: Array(text.utf8))
        #expect(diagnostic.code == .inputTooLarge)
        #expect(diagnostic.message.chinese == "不支持 YAML 锚点和别名（此处为 &laugh）")
        #expect(place(diagnostic) == "r.yaml:2:13")
    }

    @Test func duplicateKeysInJSONAreFoundToo() throws {
        let text = "{\"scheme\": \"national-2020\", \"scheme\": \"linzhi-2024\"}"
        let all = reportDiagnostics(text, file: "r.json")
        let duplicate = try #require(all.first { $0.code == .duplicateKey })
        #expect(duplicate.field.description == "scheme")
        #expect(place(duplicate) == "r.json:1:29")
    }

    @Test func manyDuplicateKeysBeyondTheLocatingLimitAreStillAllReported() throws {
        let keys = (1...25).map { "  k\($0): 1\n  k\($0): 2\n" }.joined()
        let all = reportDiagnostics("cover:\n" + keys)
        #expect(all.filter { $0.code == .duplicateKey }.count == 21)
    }
}
