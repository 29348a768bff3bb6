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

    public init(outputFolder: String, jobs: Int, overwrite: Bool = false, resume: ResumePlan = .none) {
        self.outputFolder = outputFolder
        self.jobs = max(1, jobs)
        self.overwrite = overwrite
        self.resume = resume
    }
}
