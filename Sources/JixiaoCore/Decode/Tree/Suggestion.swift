/// "Did you mean …": the known word closest to a misspelt one.
enum Suggestion {
    /// Chinese words users write for a key, for a hint when the key is unknown.
    static let chineseSynonyms: [String: String] = [
        "名称": "name", "名字": "name", "标题": "title", "方案": "scheme", "封面": "cover", "项目": "project",
        "预算": "budget", "资金": "budget", "目标": "goals", "自评得分": "self_score", "总分": "self_score",
        "章节": "sections", "正文": "sections", "内容": "text", "文字": "text", "指标": "indicators",
        "签字": "signature", "签名": "signature", "日期": "date", "年度指标值": "target", "指标值": "target",
        "目标值": "target", "预期值": "target", "实际完成值": "actual", "实际值": "actual", "完成值": "actual",
        "分值": "weight", "权重": "weight", "得分": "score", "评分": "score", "理由": "reason", "扣分理由": "reason",
        "偏差原因": "deviation", "偏差原因分析": "deviation", "改进措施": "measures", "等级": "band",
        "一级指标": "indicators", "二级指标": "groups", "三级指标": "rows", "单位": "unit", "主管部门": "department",
        "实施单位": "implementer", "年初预算数": "initial", "全年预算数": "adjusted", "全年执行数": "executed",
        "资金来源": "sources", "类型": "kind", "方向": "direction", "别名": "aliases",
    ]

    /// The closest of `candidates` to `word` within a third of its length (at least 1 edit),
    /// or the key a Chinese synonym stands for.
    static func closest(to word: String, among candidates: [String]) -> String? {
        if let synonym = chineseSynonyms[word], candidates.contains(synonym) { return synonym }
        let folded = Array(word.lowercased())
        let allowed = max(1, folded.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(folded, Array(candidate.lowercased()))
            if distance <= allowed, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
    /// two neighbours each cost 1 (`wieght` is one edit from `weight`).
    static func editDistance(_ lhs: [Character], _ rhs: [Character]) -> Int {
        if lhs.isEmpty { return rhs.count }
        if rhs.isEmpty { return lhs.count }
        var beforePrevious = [Int](repeating: 0, count: rhs.count + 1)
        var previous = Array(0...rhs.count)
        var current = [Int](repeating: 0, count: rhs.count + 1)
        for i in 1...lhs.count {
            current[0] = i
            for j in 1...rhs.count {
                let cost = lhs[i - 1] == rhs[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, lhs[i - 1] == rhs[j - 2], lhs[i - 2] == rhs[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[rhs.count]
    }

    /// `“a”、“b”、“c”` for listing what is allowed.
    static func list(_ words: [String]) -> String {
        words.map { "“\($0)”" }.joined(separator: "、")
    }

    /// `'a', 'b', 'c'` for the English gloss.
    static func englishList(_ words: [String]) -> String {
        words.map { "'\($0)'" }.joined(separator: ", ")
    }
}
