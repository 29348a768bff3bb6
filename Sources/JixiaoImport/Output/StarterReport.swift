import Foundation
import JixiaoCore

/// The report file of `jixiao new`: every field a report usually has, each with a comment in
/// Chinese and an English gloss, and placeholder values that `check` accepts as they stand (the
/// scheme's levels with their usual groups and weights that add up, from `StarterIndicators`).
/// A clerk replaces the values; nothing has to be added before the first `check` or `render`.
/// Written by the same `ReportYAMLWriter` as `jixiao import`, through its notes hook.
///
/// ```swift
/// let text = StarterReport.yaml(scheme: SchemeLibrary.preset(id: "national-2020")!)
/// ```
public enum StarterReport {
    public static func yaml(scheme: Scheme) -> String {
        // Each field is explained once, where it first appears (the writer asks in file order).
        var explained = Set<String>()
        // The header stands apart from the first field's note, by a blank line.
        return ReportYAMLWriter.commentLines(header(scheme), pad: "") + "\n" + ReportYAMLWriter.write(tree(scheme: scheme)) { path in
            guard let key = kind(of: path), let note = notes[key], explained.insert(key).inserted else { return nil }
            return note
        }
    }

    static func header(_ scheme: Scheme) -> String {
        """
        由 jixiao new 生成的报告文件：把示例值换成本项目的内容，然后运行 jixiao check 本文件。
        A starter report from jixiao new: replace the example values, then run jixiao check on it.
        每个字段上方的注释说明它的含义；全部字段见 docs/input-format.md。~ 表示留空（等于没写）。
        The comment above each field says what it holds; every field: docs/input-format.md. ~ is empty.
        评分方案 Scheme: \(scheme.id)（\(scheme.name)）
        """
    }

    static func text(_ value: String) -> InputNode { .text(value, at: nil) }
    static func number(_ value: Decimal) -> InputNode { .text(ScoreFormat.number(value), at: nil) }
    static let empty = InputNode(.scalar("~", plain: true), at: nil)

    static func mapping(_ pairs: [(String, InputNode)]) -> InputNode {
        .mapping(pairs.map { InputPair($0.0, $0.1) }, at: nil)
    }

    static func tree(scheme: Scheme) -> InputNode {
        let levels = StarterIndicators(scheme: scheme).levels.map { level in
            mapping([("name", text(level.name)), ("groups", .sequence(level.groups.map { group in
                mapping([("name", text(group.name)), ("rows", .sequence([mapping([
                    ("name", text(group.row.name)), ("target", text(group.row.target)), ("actual", text(group.row.actual)),
                    ("weight", number(group.row.weight)), ("deviation", empty), ("measures", empty),
                ])], at: nil))])
            }, at: nil))])
        }
        return mapping([
            ("scheme", text(scheme.id)),
            ("cover", mapping([
                ("title", text("项目支出绩效自评报告")),
                ("fields", .sequence([mapping([("项目名称", text("（项目名称）"))]), mapping([("主管部门", text("（主管部门）"))]),
                                      mapping([("填报日期", empty)])], at: nil)),
                ("issuer", empty), ("year", empty),
            ])),
            ("project", mapping([("name", text("（项目名称）")), ("department", text("（主管部门）")),
                                 ("implementer", text("（实施单位）")), ("date", empty), ("year", empty)])),
            ("budget", mapping([("unit", text(Budget.defaultUnit)), ("initial", number(100)), ("adjusted", number(100)),
                                ("executed", number(100)),
                                ("sources", .sequence([mapping([("name", text("当年财政拨款")), ("adjusted", number(100)),
                                                                ("executed", number(100))])], at: nil))])),
            ("goals", mapping([("expected", text("（年度总体目标：本年计划完成的主要任务和要达到的效果）")),
                               ("achieved", text("（全年实际完成情况）"))])),
            ("sections", .sequence([
                mapping([("title", text("项目基本情况")), ("sections", .sequence([
                    mapping([("title", text("项目概况")), ("text", text("（项目背景、主要内容及实施情况。）"))]),
                    mapping([("title", text("资金投入使用")), ("generate", text("funds"))]),
                ], at: nil))]),
                mapping([("title", text("绩效自评工作组织情况")), ("text", text("（自评工作的组织、方法和过程。）"))]),
                mapping([("title", text("绩效指标分析情况")), ("sections", .sequence([
                    mapping([("title", text("自评分数")), ("generate", text("score"))]),
                    mapping([("title", text("评价指标分析")), ("generate", text("analysis"))]),
                ], at: nil))]),
                mapping([("title", text("改进意见（计划）")), ("text", text("（存在的问题和改进措施。）"))]),
                mapping([("title", text("其他需要说明的情况")), ("text", text("无"))]),
            ], at: nil)),
            ("indicators", .sequence(levels, at: nil)),
        ])
    }

    /// The kind of field at `path`, positions dropped: `indicators[].groups[].rows[].target`.
    static func kind(of path: FieldPath) -> String? {
        var key = ""
        for component in path.components {
            switch component {
            case .key(let name): key += key.isEmpty ? name : "." + name
            case .index: key += "[]"
            case .name: return nil
            }
        }
        return key
    }

    static let notes: [String: String] = [
        "scheme": "评分方案：\(SchemeLibrary.presetIDs.joined(separator: "、"))，或直接写出方案 (the scoring scheme: a preset, or one written out)",
        "cover": "封面 (the cover page)",
        "cover.title": "封面标题 (the cover's title)",
        "cover.fields": "封面栏目，每行“标签: 内容”，标签自定，内容可空 (cover lines, label: value; the value may be empty)",
        "cover.fields[]": "例：项目名称、主管部门、填报人姓名、联系电话、填报日期 (e.g. project, department, contact, date)",
        "cover.issuer": "制发单位，如“某某市财政局制” (the issuing body)",
        "cover.year": "封面年份，如“2025年” (the cover's year)",
        "project": "项目信息 (project facts)",
        "project.name": "项目名称，必填 (project name; required)",
        "project.department": "主管部门，必填 (supervising department; required)",
        "project.implementer": "实施单位，不写则同主管部门 (implementing unit; default: the department)",
        "project.date": "填报日期，如 2025-05-12，决定 PDF 的日期 (report date, e.g. 2025-05-12; dates the PDF)",
        "project.year": "预算年度，如 2024，印在自评表标题下 (budget year, printed under the table's title)",
        "budget": "资金，金额为数字，不带单位 (funds: plain numbers, no unit)",
        "budget.unit": "金额单位 (the unit of every amount)",
        "budget.initial": "年初预算数 (initial budget)",
        "budget.adjusted": "全年预算数（调整后），必填，执行率的分母 (adjusted budget; required; the rate's denominator)",
        "budget.executed": "全年执行数，必填 (executed; required)",
        "budget.sources": "资金来源，可删 (funding sources; optional)",
        "budget.sources[].name": "来源名称，如 当年财政拨款、上年结转资金、其他资金 (source name)",
        "budget.sources[].adjusted": "该来源的全年预算数 (its adjusted budget)",
        "budget.sources[].executed": "该来源的全年执行数 (its executed amount)",
        "goals": "年度总体目标与完成情况，两项都写 (goals: both texts)",
        "goals.expected": "年度总体目标 (the year's overall goal)",
        "goals.achieved": "全年实际完成情况 (what was achieved)",
        "sections": "正文章节，按顺序排版；标题不写编号，一、（一）由程序生成 (the narrative; headings are numbered by the program)",
        "sections[].title": "章节标题 (heading)",
        "sections[].text": "正文，空一行分段；多段时写 text: | 再换行缩进 (text; a blank line starts a paragraph)",
        "sections[].sections": "下级章节，结构相同 (subsections, same shape)",
        "sections[].sections[].title": "下级标题 (subheading)",
        "sections[].sections[].text": "正文 (text)",
        "sections[].sections[].generate": "不写 text 时由程序生成：funds 资金使用、score 自评分数、analysis 指标分析 (generated paragraph)",
        "indicators": "绩效指标：一级指标 → groups 二级指标 → rows 三级指标；分值合计须符合评分方案 (the indicator tree; weights must add up as the scheme says)",
        "indicators[].name": "一级指标，与评分方案的名称对应 (level-1 indicator, as the scheme names it)",
        "indicators[].groups": "二级指标 (groups)",
        "indicators[].groups[].name": "二级指标名称，如 数量指标、质量指标、时效指标、成本指标 (group name)",
        "indicators[].groups[].rows": "三级指标，可写多行 (rows; add as many as needed)",
        "indicators[].groups[].rows[].name": "三级指标名称 (row name)",
        "indicators[].groups[].rows[].target": "年度指标值，如 ≥20人、≤100万元、=100%、年底前完成、满意 (target)",
        "indicators[].groups[].rows[].actual": "实际完成值，如 25人、100%、按期完成 (actual)",
        "indicators[].groups[].rows[].weight": "分值，大于 0，最多两位小数 (weight: > 0, at most 2 decimals)",
        "indicators[].groups[].rows[].deviation": "偏差原因分析，未完成时填写 (why the target was missed)",
        "indicators[].groups[].rows[].measures": "改进措施 (measures to improve)",
    ]
}
