import Foundation
import Testing

/// The Common cuts in real PDFs: a report whose characters they cover embeds one subset per
/// face, each cut from a Common font (Cairo then parses half the CFF data); a character outside
/// GB2312 level 1 comes from the full Fandol face behind it, never from a stand-in.
///
/// The two cuts share their PostScript name (the PDF's /BaseFont is `XXXXXX+FandolFang-Regular`
/// either way, which is how the layout checker knows the roles); Cairo writes the font's family
/// into the font descriptor's /FontFamily, which tells them apart: "FandolFang Common" or, for
/// the full face, "FandolFang R".
@Suite struct CommonFontTests {
    /// Each embedded font of `pdf`: its /FontName without the subset tag and its /FontFamily,
    /// read from the font descriptors with `qpdf --json`, sorted.
    static func embeddedFaces(_ pdf: String) throws -> [(name: String, family: String)] {
        let json = try CLI.tool("qpdf", ["--json", "--json-key=qpdf", pdf]).output
        let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let objects = (root?["qpdf"] as? [Any])?.last as? [String: Any] ?? [:]
        return objects.values.compactMap { object -> (name: String, family: String)? in
            guard let value = (object as? [String: Any])?["value"] as? [String: Any],
                  value["/Type"] as? String == "/FontDescriptor" else { return nil }
            let name = (value["/FontName"] as? String ?? "").replacingOccurrences(of: "^/[A-Z]{6}\\+", with: "", options: .regularExpression)
            // qpdf writes a text string as "u:…".
            let family = (value["/FontFamily"] as? String ?? "").replacingOccurrences(of: "^u:", with: "", options: .regularExpression)
            return (name, family)
        }.sorted { ($0.name, $0.family) < ($1.name, $1.family) }
    }

    static let examples: [String] = {
        let folder = CLI.repository.appendingPathComponent("assets/examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0).path }
    }()

    @Test func theExamplesAreListed() {
        #expect(Self.examples.count >= 2)
    }

    @Test(arguments: examples)
    func anExampleEmbedsOneCommonSubsetPerFaceAndNoFullFandolFace(_ example: String) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("r.pdf").path
        let result = try CLI.run(["render", example, "-o", pdf])
        #expect(result.status == 0, "\(result.stderr.suffix(400))")
        let faces = try Self.embeddedFaces(pdf)
        #expect(faces.count >= 4, "\(faces)")
        #expect(Set(faces.map(\.name)).count == faces.count, "one subset per face: \(faces)")
        for face in faces {
            #expect(face.name.hasPrefix("Fandol"), "\(face)")
            #expect(face.family.hasSuffix(" Common"), "a full Fandol face is embedded: \(face)")
        }
    }

    /// 鑫 and 琪 are in every Fandol font but not in GB2312 level 1, so not in the Common cuts.
    @Test func aCharacterOutsideTheCommonCutComesFromTheFullFandolFace() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.yaml")
        try Reports.replacing("填报人姓名: 仁青卓玛", with: "填报人姓名: 王鑫琪").write(to: report, atomically: true, encoding: .utf8)
        let pdf = folder.appendingPathComponent("r.pdf").path
        let result = try CLI.run(["render", report.path, "-o", pdf])
        #expect(result.status == 0, "\(result.stderr.suffix(400))")

        let fang = try Self.embeddedFaces(pdf).filter { $0.name == "FandolFang-Regular" }
        #expect(fang.map(\.family) == ["FandolFang Common", "FandolFang R"], "\(fang)")
        let text = try CLI.tool("pdftotext", ["-f", "1", "-l", "1", "-enc", "UTF-8", pdf, "-"]).output
        #expect(text.contains("王鑫琪"), "\(text)")
    }
}
