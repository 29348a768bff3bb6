/// What to say about, and how to repair, the traps `RawTextScanner` finds: places where YAML
/// would read Chinese text otherwise than the user meant.
///
/// - ` #` after Chinese text starts a comment, and YAML drops the rest of the line: J014
///   quotes what would be lost (the value is kept as YAML reads it, so the warning is the
///   only way the user learns of it).
/// - `actual：520亩`, the full-width colon a Chinese keyboard types, would make the line a
///   key-less text and the file a syntax error on the next line. After an ASCII key (every key
///   of the format is one) it can mean nothing else, so it is read as `: `, with J015.
/// - `target: >=95%`: `>` starts a folded block, and libyaml's complaint speaks of block
///   scalars; J016 names the characters and gives both fixes.
enum YAMLTraps {
    static func warning(for trap: RawTextScanner.Trap, file: String) -> Diagnostic {
        switch trap {
        case let .commentAfterText(kept, dropped, line, column):
            return .warning(.commentDropsText,
                            Message("“ #”在 YAML 中开始一条注释：“\(kept.excerpt)”之后的“#\(dropped.excerpt)”不会被读入",
                                    "' #' starts a YAML comment: '#\(dropped.excerpt)' after '\(kept.excerpt)' is not read"),
                            location: SourceLocation(file: file, line: line, column: column),
                            hints: [Message("要保留这段文字，请给整个值加引号（\"…\"），或把 # 写成全角 ＃",
                                            "to keep it, put the whole value in quotes (\"…\") or write the full-width ＃")])
        case let .fullWidthColon(key, _, line, column):
            return .warning(.fullWidthColon,
                            Message("“\(key)”后面用了全角冒号“：”（U+FF1A），已按半角“: ”读取",
                                    "'\(key)' is followed by the full-width colon '：' (U+FF1A); it was read as ': '"),
                            location: SourceLocation(file: file, line: line, column: column),
                            hints: [Message("键后请用半角冒号加空格，例如 \(key): …", "write an ASCII colon and a space after a key, e.g. \(key): …")])
        }
    }

    /// J016 for `written` (`>=95%`) at a value's start.
    static func blockIndicator(_ written: String, at location: SourceLocation) -> Diagnostic {
        let indicator = written.unicodeScalars.first.map { String($0) } ?? ">"
        let name = indicator == ">" ? ("折叠文本块", "a folded block") : ("多行文本块", "a literal block")
        let symbol = written.hasPrefix(">=") ? "≥" : (written.hasPrefix("<=") ? "≤" : nil)
        var hints = [Message("给整个值加引号：\"\(written.excerpt)\"", "quote the whole value: \"\(written.excerpt)\"")]
        if let symbol {
            let rest = String(written.dropFirst(2))
            hints.insert(Message("或写成 \(symbol)\(rest.excerpt)", "or write \(symbol)\(rest.excerpt)"), at: 0)
        }
        return .error(.yamlIndicator,
                      Message("值开头的“\(indicator)”在 YAML 中表示\(name.0)，“\(written.excerpt)”因此无法读取",
                              "'\(indicator)' at the start of a value begins \(name.1) in YAML, so '\(written.excerpt)' cannot be read"),
                      location: location, hints: hints)
    }

    /// Rewrites every `key：` of `traps` to `key: ` in `text`, from the last to the first so
    /// the byte offsets stay true; returns how to map the new text's columns back.
    static func repairFullWidthColons(_ traps: [RawTextScanner.Trap], in text: inout [UInt8]) -> ColumnShifts {
        var shifts = ColumnShifts()
        for trap in traps.reversed() {
            guard case let .fullWidthColon(_, byte, line, column) = trap else { continue }
            text.replaceSubrange(byte..<(byte + 3), with: [UInt8(ascii: ":"), 0x20])
            shifts.insertedSpace[line] = column + 1
        }
        return shifts
    }
}

/// Columns of the repaired text mapped back to the text as the user wrote it: on a line
/// where `：` (one column) became `: ` (two), everything from the inserted space on moved
/// one column right.
struct ColumnShifts {
    /// Line → the column of the inserted space in the repaired text.
    var insertedSpace: [Int: Int] = [:]

    func original(line: Int, column: Int) -> Int {
        guard let space = insertedSpace[line], column >= space else { return column }
        return column - 1
    }

    func restoring(_ location: SourceLocation) -> SourceLocation {
        guard case let .text(line, column) = location.place else { return location }
        return SourceLocation(file: location.file, line: line, column: original(line: line, column: column))
    }

    func restoring(_ diagnostic: Diagnostic) -> Diagnostic {
        var restored = diagnostic
        restored.location = diagnostic.location.map(restoring)
        return restored
    }
}
