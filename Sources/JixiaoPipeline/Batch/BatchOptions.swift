import JixiaoCore
import JixiaoRender

/// How a batch runs: where its PDFs go, on how many threads, and what it may replace or keep.
public struct BatchOptions: Sendable {
    /// The output folder as the user named it; PDFs go to `outputFolder/<input's output>`.
    public var outputFolder: String
    /// Worker threads, each with its own render session.
    public var jobs: Int
    /// Replace existing PDFs (`--force`); otherwise an existing PDF fails that report (J042).
    public var overwrite: Bool
    /// The PDFs a previous run left that may be kept (`--resume`).
    public var resume: ResumePlan
    /// Finish each PDF as PDF/A (the default; `--no-pdfa` turns it off).
    public var pdfa: Bool
    /// Embed each report file and its score JSON (`--attach-data`, PDF/A-3u).
    public var attachData: Bool

    public init(outputFolder: String, jobs: Int, overwrite: Bool = false, resume: ResumePlan = .none,
                pdfa: Bool = true, attachData: Bool = false) {
        self.outputFolder = outputFolder
        self.jobs = max(1, jobs)
        self.overwrite = overwrite
        self.resume = resume
        self.pdfa = pdfa
        self.attachData = attachData
    }

    /// The export options of one report of the batch, `attachments` embedded if asked for.
    func exportOptions(attachments: [PDFAttachment]) -> ExportOptions {
        ExportOptions(overwrite: overwrite, pdfa: pdfa, attachments: attachData ? attachments : [])
    }
}
