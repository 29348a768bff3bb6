/// Turns a scored report into the blocks of the printed report: cover, the numbered
/// narrative, the self-evaluation table as an attachment, and the signature block.
///
/// Pure: the same report gives the same document, with nothing taken from the clock.
public enum Composer {
    public static let subject = "项目支出绩效自评报告"
    public static let attachmentLabel = "附件"
    /// The standard form's title; a scheme's own form may name it otherwise (`TableForm.title`).
    public static let tableTitle = TableForm.defaultTitle
    /// Room to write the date by hand when the report gives none.
    public static let blankDate = "    年    月    日"

    /// The report as printed; with `audit`, followed by the 评分核算表 (`render --audit`).
    public static func compose(_ report: ScoredReport, audit: Bool) -> Document {
        var document = compose(report)
        if audit { document.body += AuditTable.blocks(report) }
        return document
    }

    public static func compose(_ report: ScoredReport) -> Document {
        let input = report.input
        let writer = NarrativeWriter(report: report)
        // A report of the table alone (`sections: []`) has no text to open or sign: it is the
        // attachment, as filed.
        var body: [Block] = input.sections.isEmpty ? [] : opening(input)
        for (index, section) in input.sections.enumerated() {
            body += blocks(for: section, level: 1, index: index + 1, writer: writer)
        }
        if !input.sections.isEmpty { body.append(.closing(closing(input))) }
        let form = TableForm.form(for: report.scheme.form)
        body.append(.pageBreak)
        body.append(.paragraph(Paragraph(attachmentLabel, style: .label)))
        body.append(.paragraph(Paragraph(form.title, style: .title, outlineTitle: form.title)))
        if let year = SelfEvaluationTable.yearLine(report, form: form) {
            body.append(.paragraph(Paragraph(year, style: .subtitle, source: .root.key("project").key("year"))))
        }
        body.append(.table(SelfEvaluationTable.headerBlock(report, form: form)))
        body.append(.table(SelfEvaluationTable.indicators(report, form: form)))
        body.append(.signature(SignatureBlock(lines: input.signature.lines, date: input.signature.date ?? blankDate)))
        return Document(metadata: metadata(report), cover: cover(input.cover), body: body, grid: report.scheme.grid)
    }

    /// The document title and the opening paragraph, as written under `opening:` or else from the
    /// project: "{项目}支出绩效自评报告" and "现将{年度}{项目}绩效自评情况报告如下：". No notice is
    /// cited that the report does not name: the customary 根据……通知要求 is the user's to write.
    static func opening(_ input: ReportInput) -> [Block] {
        let path = FieldPath.root.key("opening")
        let project = input.project
        let name = project.name.trimmingCharacters(in: .whitespaces)
        let projectName = name.hasSuffix("项目") ? name : name + "项目"
        let title = input.opening.title ?? projectName + "支出绩效自评报告"
        // A title of its own is the user's to break; the composed one breaks best before the
        // 项目 that ends `projectName` (an offset of 0, a name that is only 项目, is no break).
        let breaks = input.opening.title == nil ? [projectName.count - "项目".count] : []
        var year = ""
        if let number = project.year, !name.contains("\(number)年") { year = "\(number)年度" }
        let text = input.opening.text ?? "现将" + year + projectName + "绩效自评情况报告如下："
        return [
            .paragraph(Paragraph(title, style: .documentTitle, source: input.opening.title == nil ? .root.key("project").key("name") : path.key("title"),
                                 preferredBreaks: breaks)),
            .paragraph(Paragraph(text, source: input.opening.text == nil ? .root.key("project") : path.key("text"))),
        ]
    }

    /// The 落款: `closing.unit` or the project's department, `closing.date` or the report's
    /// date in figures (2025年5月12日), or room to write it by hand.
    static func closing(_ input: ReportInput) -> ClosingBlock {
        let path = FieldPath.root.key("closing")
        let project = FieldPath.root.key("project")
        let unit = input.closing.unit.map { PrintedText($0, source: path.key("unit")) }
            ?? PrintedText(input.project.department, source: project.key("department"))
        let date = input.closing.date.map { PrintedText($0, source: path.key("date")) }
            ?? PrintedText(input.project.date?.chinese ?? blankDate, source: project.key("date"))
        return ClosingBlock(unit: unit, date: date)
    }

    static func metadata(_ report: ScoredReport) -> DocumentMetadata {
        let project = report.input.project
        return DocumentMetadata(
            title: project.name + "绩效自评报告", author: project.department, subject: subject,
            keywords: [subject, project.name, project.department, report.scheme.name],
            creator: "jixiao " + JixiaoVersion.current, creationDate: project.date)
    }

    static func cover(_ cover: Cover) -> CoverPage {
        CoverPage(title: cover.title, fields: cover.fields, issuer: cover.issuer, year: cover.year,
                  source: FieldPath.root.key("cover"))
    }

    /// A section's heading, then its paragraphs as written, or the generated ones where it has
    /// none and asks for them, then its subsections.
    static func blocks(for section: NarrativeSection, level: Int, index: Int, writer: NarrativeWriter) -> [Block] {
        var blocks: [Block] = [.heading(Heading(level: level, number: HeadingNumber.number(level: level, index: index),
                                                text: section.title, inOutline: level <= 3, source: section.path))]
        if !section.paragraphs.isEmpty {
            blocks += section.paragraphs.map { .paragraph(Paragraph($0, source: section.path.key("text"))) }
        } else if let kind = section.generate {
            blocks += writer.paragraphs(for: kind).map { .paragraph(Paragraph($0, source: section.path)) }
        }
        for (subindex, subsection) in section.subsections.enumerated() {
            blocks += self.blocks(for: subsection, level: level + 1, index: subindex + 1, writer: writer)
        }
        return blocks
    }
}
