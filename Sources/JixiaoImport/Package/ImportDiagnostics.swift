import JixiaoCore

/// The importers' own problems, built in one place so every message names the file and says
/// what to do. They are about the whole file, so they carry no place: the message names it. Problems with a value (a weight that is not a number) are not here: the tree
/// goes through `ReportDecoder`, which reports them at their cell like any YAML field.
enum ImportDiagnostics {
    static func notAPackage(_ file: String, reason: Message) -> Diagnostic {
        .error(.unreadableOfficeFile, Message("无法读取 \(file)：\(reason.chinese)", "cannot read \(file): \(reason.english)"),
               hints: [Message("用 Excel、WPS 或 LibreOffice 打开后另存为 .xlsx（Word 文件另存为 .docx）再试",
                               "open it in Excel, WPS or LibreOffice and save it again as .xlsx (.docx for Word)")])
    }

    static func legacyBinary(_ file: String) -> Diagnostic {
        let isWord = file.lowercased().hasSuffix(".doc") || file.lowercased().hasSuffix(".docx")
        let target = isWord ? "docx" : "xlsx"
        return .error(.legacyOfficeFile,
                      Message("\(file) 是旧版 Office 97–2003 格式（或设了打开密码），不能直接读取",
                              "\(file) is an Office 97–2003 binary file (or password-protected) and cannot be read"),
                      hints: [Message("先转换：soffice --headless --convert-to \(target) \(file)（或在 Excel/WPS 中另存为 .\(target)；有密码的先去掉密码）",
                                      "convert it first: soffice --headless --convert-to \(target) \(file) (or save as .\(target); remove a password first)")])
    }

    static func tooLarge(_ file: String, _ what: Message) -> Diagnostic {
        .error(.inputTooLarge, Message("\(file) 超出读取上限：\(what.chinese)", "\(file) is over the import limits: \(what.english)"),
               hints: [Message("检查文件是否完整、是否确是自评表；只保留自评表所在的工作表再试",
                               "check that this is the 自评表; keep only its sheet and try again")])
    }
}
