import Foundation
import JixiaoCore

/// Which reports `--resume` may keep instead of rendering again: those whose input bytes
/// are the ones the previous manifest hashed, whose PDF goes to the same name, and whose PDF
/// on disk is still the one that manifest recorded. Anything else is rendered as usual.
public struct ResumePlan: Sendable {
    private let previous: [String: ManifestEntry]

    /// No previous run: nothing is kept.
    public static let none = ResumePlan(previous: nil)

    public init(previous: Manifest?) {
        var byInput: [String: ManifestEntry] = [:]
        for entry in previous?.reports ?? [] { byInput[entry.input] = entry }
        self.previous = byInput
    }

    /// The previous manifest of `outputFolder`; nil when there is none, an error when it
    /// cannot be read (resuming against a damaged manifest could keep the wrong PDFs).
    public static func previousManifest(in outputFolder: String) throws(Diagnostics) -> Manifest? {
        let path = (outputFolder as NSString).appendingPathComponent(Manifest.jsonName)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            return try Manifest.decode(Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw Diagnostics(.error(.manifestMismatch, Message("无法读取上次的清单 \(path)", "cannot read the previous manifest \(path)"),
                                     hints: [Message("去掉 --resume 并加 --force 重新生成全部报告", "drop --resume and pass --force to render every report again")]))
        }
    }

    /// The previous row of `input` when its PDF can be kept as it is.
    public func reusableEntry(for input: BatchInput, inputSHA256: String, outputFolder: String) -> ManifestEntry? {
        guard let entry = previous[input.key], entry.inputSHA256 == inputSHA256, entry.output == input.output,
              let recorded = entry.outputSHA256 else { return nil }
        let path = (outputFolder as NSString).appendingPathComponent(input.output)
        return SHA256.hex(ofFile: path) == recorded ? entry : nil
    }
}
