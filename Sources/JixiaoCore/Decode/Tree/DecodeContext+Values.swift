import Foundation

/// Which numbers a field accepts, beyond being a finite number.
enum NumberRule {
    /// Ratios: zero or less means nothing.
    case positive
    /// Money and scores: zero is meaningful, a negative amount is not.
    case nonNegative
    /// Weights (分值): positive, and at most two decimals. Scores are rounded to two, so a
    /// finer weight (0.006) would score above itself (0.01) and the total could pass 100.
    case weight

    var chinese: String { self == .nonNegative ? "不小于 0" : "大于 0" }
    var english: String { self == .nonNegative ? "0 or more" : "greater than 0" }
    var maxDecimalPlaces: Int? { self == .weight ? 2 : nil }
}

/// Reading typed values out of nodes, each recorded in the source map and checked.
extension DecodeContext {
    /// A scalar's text as written (`15959271976`, `2025.5.12` stay text), control characters
    /// removed with a J013 warning; J006 for a list or mapping.
    mutating func text(_ node: InputNode, at path: FieldPath) -> String? {
        record(path, node)
        guard let written = node.scalarText else {
            error(.wrongType,
                  Message("\(path) 应是一段文字，但写成了\(NodeKind(node).chinese)", "\(path) must be text, not \(NodeKind(node).english)"),
                  at: path, node: node,
                  hints: [Message("多段文字请写成 text: | 并另起行缩进，段与段之间空一行",
                                  "for several paragraphs write 'text: |' and indent the lines; a blank line separates paragraphs")])
            return nil
        }
        let (cleaned, removed) = ControlCharacters.removing(from: written)
        if !removed.isEmpty {
            warning(.controlCharacter,
                    Message("\(path) 含有控制字符（\(ControlCharacters.names(removed))），已删除",
                            "\(path) contains control characters (\(ControlCharacters.names(removed))); they were removed"),
                    at: path, node: node,
                    hints: [Message("这类字符常来自从 Word 复制的文字；请在编辑器中删除它们以消除此警告",
                                    "such characters usually come from text copied out of Word; delete them to silence this warning")])
        }
        return cleaned
    }

    /// Optional text under `key`.
    mutating func text(_ key: String, in mapping: MappingReader) -> String? {
        mapping.value(key).flatMap { text($0, at: mapping.path.key(key)) }
    }

    /// Required text under `key` (J005 when missing).
    mutating func requiredText(_ key: String, in mapping: MappingReader, hint: Message? = nil) -> String? {
        mapping.required(key, context: &self, hint: hint).flatMap { text($0, at: mapping.path.key(key)) }
    }

    /// Required text under `key` that must show something: J005 when it is missing, or written
    /// as `""` or only spaces, which would print a bare heading number ("一、").
    mutating func requiredVisibleText(_ key: String, in mapping: MappingReader, hint: Message) -> String? {
        guard let node = mapping.required(key, context: &self, hint: hint), let written = text(node, at: mapping.path.key(key)) else {
            return nil
        }
        guard written.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            let path = mapping.path.key(key)
            error(.missingField, Message("\(path) 是空的：不能只有空格或写成 \"\"", "\(path) is empty: it cannot be blank or \"\""),
                  at: path, node: node, hints: [hint])
            return nil
        }
        return written
    }

    /// The items of a list; J006 for anything else.
    mutating func list(_ node: InputNode, at path: FieldPath, what: Message) -> [InputNode]? {
        record(path, node)
        guard case .sequence(let items) = node.content else {
            error(.wrongType,
                  Message("\(path) 应是\(what.chinese)的列表（每项以“- ”开头），但写成了\(NodeKind(node).chinese)",
                          "\(path) must be a list of \(what.english) (items starting with '- '), not \(NodeKind(node).english)"),
                  at: path, node: node,
                  hints: [Message("每项另起一行，以“- ”开头并缩进；没有内容时写 []",
                                  "put each item on its own indented line starting with '- '; write [] for none")])
            return nil
        }
        return items
    }

    /// A list of text items, e.g. `aliases: [社会效益]`.
    mutating func textList(_ node: InputNode, at path: FieldPath) -> [String]? {
        guard let items = list(node, at: path, what: Message("文字", "text")) else { return nil }
        let texts = items.enumerated().compactMap { text($1, at: path.index($0 + 1)) }
        return texts.count == items.count ? texts : nil
    }

    /// A finite number within `rule`, exact; J006 when not a number, J009 when out of range.
    mutating func decimal(_ node: InputNode, at path: FieldPath, rule: NumberRule) -> Decimal? {
        guard var written = text(node, at: path) else { return nil }
        if rule == .weight, let number = Self.weightWithoutUnit(written) {
            warning(.weightWithUnit,
                    Message("\(path) 写成“\(written.excerpt)”，已按 \(number) 读取", "\(path) is written “\(written.excerpt)”; it was read as \(number)"),
                    at: path, node: node,
                    hints: [Message("分值只写数字，例如 \(number)", "write the weight as a number alone, e.g. \(number)")])
            written = number
        }
        switch NumberText.parse(written, maxSignificantDigits: limits.maxSignificantDigits) {
        case .success(let value):
            let fits = rule == .nonNegative ? value >= 0 : value > 0
            if !fits {
                error(.numberOutOfRange, Message("\(path) 必须\(rule.chinese)，但写的是 \(written.excerpt)", "\(path) must be \(rule.english), not \(written.excerpt)"),
                      at: path, node: node,
                      hints: [rule == .nonNegative
                              ? Message("金额和得分不能为负数；没有数值时删去此项", "amounts and scores cannot be negative; leave the key out when there is no figure")
                              : Message("分值应为正数，例如 5；不计分的指标请删去该行", "a weight is a positive number such as 5; delete a row that carries no points")])
                return nil
            }
            if let places = rule.maxDecimalPlaces, value != value.roundedHalfUp(places: places) {
                error(.numberOutOfRange,
                      Message("\(path) 最多两位小数，但写的是 \(written.excerpt)", "\(path) allows at most two decimals, not \(written.excerpt)"),
                      at: path, node: node,
                      hints: [Message("得分按两位小数计，分值也请写到两位小数以内，例如 0.5 或 2.25",
                                      "scores are kept to two decimals, so write weights with at most two, e.g. 0.5 or 2.25")])
                return nil
            }
            return value
        case .failure(.notANumber):
            error(.wrongType, Message("\(path) 应是数字，但写的是“\(written.excerpt)”", "\(path) must be a number, not '\(written.excerpt)'"),
                  at: path, node: node,
                  hints: [Message("只写数字，例如 100 或 12.5；单位和百分号不要写在这里",
                                  "write the number only, e.g. 100 or 12.5, without unit or percent sign")])
        case .failure(.notFinite):
            error(.numberOutOfRange, Message("\(path) 不是有限的数（\(written.excerpt)）", "\(path) is not a finite number (\(written.excerpt))"),
                  at: path, node: node, hints: [Message("请写出具体数值", "write an actual figure")])
        case .failure(.tooManyDigits(let count)):
            error(.numberOutOfRange,
                  Message("\(path) 有 \(count) 位有效数字，超过上限 \(limits.maxSignificantDigits) 位",
                          "\(path) has \(count) significant digits, more than the limit of \(limits.maxSignificantDigits)"),
                  at: path, node: node, hints: [Message("检查是否多粘贴了数字", "check for digits pasted by mistake")])
        case .failure(.outOfRange):
            error(.numberOutOfRange, Message("\(path) 的指数超出范围（\(written.excerpt)）", "\(path) has an exponent out of range (\(written.excerpt))"),
                  at: path, node: node, hints: [Message("直接写出数值，例如 1000 而不是 1e3000", "write the figure out, e.g. 1000")])
        }
        return nil
    }

    /// `20` for a weight printed as `20%`, `20分` or `２０％`; nil for anything else. Tables
    /// print weights both ways, and 20% of 100 points is 20 points.
    static func weightWithoutUnit(_ written: String) -> String? {
        var text = FullWidth.folded(written).trimmingCharacters(in: .whitespaces)
        guard let last = text.last, last == "%" || last == "分" else { return nil }
        text.removeLast()
        text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
        return text
    }

    /// Optional number under `key`.
    mutating func decimal(_ key: String, in mapping: MappingReader, rule: NumberRule) -> Decimal? {
        mapping.value(key).flatMap { decimal($0, at: mapping.path.key(key), rule: rule) }
    }

    /// Required number under `key`.
    mutating func requiredDecimal(_ key: String, in mapping: MappingReader, rule: NumberRule) -> Decimal? {
        mapping.required(key, context: &self).flatMap { decimal($0, at: mapping.path.key(key), rule: rule) }
    }

    /// One of a fixed set of words (`kind`, `direction`, `generate`); J006 with "did you mean".
    mutating func choice<Value>(_ key: String, in mapping: MappingReader, options: [(word: String, value: Value)],
                                code: DiagnosticCode = .wrongType) -> Value? {
        guard let node = mapping.value(key) else { return nil }
        let path = mapping.path.key(key)
        guard let written = text(node, at: path) else { return nil }
        let word = written.trimmingCharacters(in: .whitespaces)
        if let match = options.first(where: { $0.word == word }) { return match.value }
        let words = options.map(\.word)
        var hints: [Message] = []
        if let guess = Suggestion.closest(to: word, among: words) {
            hints.append(Message("你是不是想写“\(guess)”？", "did you mean '\(guess)'?"))
        }
        hints.append(Message("可选值：\(Suggestion.list(words))", "allowed values: \(Suggestion.englishList(words))"))
        error(code, Message("\(path) 的值“\(word.excerpt)”无效", "'\(word.excerpt)' is not a valid value for \(path)"),
              at: path, node: node, hints: hints)
        return nil
    }
}
