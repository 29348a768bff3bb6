/// The words people write around a number, a deadline or a rating in 绩效目标表, and what
/// each one means. Kept apart from the parser so the accepted forms are listed in one place.
enum ValueVocabulary {
    typealias Comparator = Quantity.Comparator

    /// Words or signs before a number, longest first so 大于等于 is not read as 大于.
    static let prefixes: [(word: String, comparator: Comparator?)] = [
        ("大于或等于", .atLeast), ("小于或等于", .atMost), ("低于或等于", .atMost), ("高于或等于", .atLeast),
        ("大于等于", .atLeast), ("小于等于", .atMost), ("不低于", .atLeast), ("不少于", .atLeast),
        ("不小于", .atLeast), ("不超过", .atMost), ("不高于", .atMost), ("不多于", .atMost), ("不大于", .atMost),
        ("控制在", .atMost), ("至少", .atLeast), ("至多", .atMost), ("最多", .atMost), ("最少", .atLeast),
        ("大于", .greater), ("高于", .greater), ("超过", .greater), ("多于", .greater),
        ("小于", .less), ("低于", .less), ("少于", .less), ("等于", .equal),
        ("达到", nil), ("≥", .atLeast), ("≤", .atMost), ("=", .equal), (">", .greater), ("<", .less),
    ]

    /// Words after a number and its unit: 100万元以内, 20人以上.
    static let suffixes: [(word: String, comparator: Comparator)] = [
        ("及以上", .atLeast), ("及以下", .atMost), ("以上", .atLeast), ("以下", .atMost),
        ("以内", .atMost), ("之内", .atMost),
    ]

    /// Deadline targets written as a fixed phrase.
    static let deadlinePhrases: Set<String> = [
        "按期完成", "按时完成", "如期完成", "及时完成", "及时", "按期", "按时", "按计划完成", "按进度完成",
    ]

    /// Characters a time expression before 完成/前 may consist of: 上半年, 年底, 12月底, 第三季度.
    static let timeCharacters: Set<Character> = Set("0123456789一二三四五六七八九十年月日季度上下半底末内份第旬中初当本")

    /// Actual values saying the work was done in time.
    static let completedInTime: Set<String> = [
        "按期完成", "按时完成", "已完成", "提前完成", "如期完成", "及时完成", "已按期完成", "已按时完成",
        "全部完成", "完成", "已全部完成", "按计划完成", "及时",
    ]

    /// Actual values saying it was not: checked before the positive list, which they contain.
    static let notCompletedInTime: Set<String> = [
        "未完成", "延期完成", "逾期完成", "未按期", "未按期完成", "未按时完成", "未按时", "未及时完成",
        "不及时", "延期", "逾期", "未如期完成", "尚未完成",
    ]

    /// Satisfaction ratings, highest first; 较满意 (比较满意) sits between 满意 and 基本满意.
    static let ratings: [(word: String, rank: Int)] = [
        ("非常满意", 5), ("很满意", 5), ("满意", 4), ("较满意", 3), ("比较满意", 3), ("基本满意", 2),
        ("不满意", 1), ("很不满意", 0), ("非常不满意", 0),
    ]

    /// What the error message lists as accepted, once in Chinese and once in English.
    static let acceptedForms = Message(
        "可写：≥20个、≤100万元、=100%、95%、不低于95%、不超过100万元、100万元以内、1,000人；"
            + "时限如 上半年完成、年底前完成、12月底前完成、按期完成（实际值写 按期完成/已完成/未完成/延期完成）；"
            + "评价如 非常满意、满意、较满意、基本满意、不满意；文字描述请把该行 kind 设为 qualitative",
        "accepted: ≥20个, ≤100万元, =100%, 95%, 不低于95%, 不超过100万元, 100万元以内, 1,000人; deadlines such as "
            + "上半年完成, 年底前完成, 12月底前完成, 按期完成 (actuals 按期完成/已完成/未完成/延期完成); ratings 非常满意, "
            + "满意, 较满意, 基本满意, 不满意; for free text set the row's kind to qualitative"
    )
}
