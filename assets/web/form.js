// Jixiao's web editor, the form: every field of the report's tree as an input, every list
// with its tools. Loaded before app.js, whose `get`, `set`, `changed`, `state` and
// `showDiagnostics` it calls (at run time, not at load). User text only ever goes into
// .value and .textContent, never into markup.
"use strict";

// ---- Form building -----------------------------------------------------------------------

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

function textInput(path, field, options = {}) {
  const value = get(path);
  const input = el(options.multiline ? "textarea" : "input", { "data-field": field, "aria-label": options.label || field });
  if (!options.multiline) input.type = "text";
  input.value = value == null ? "" : String(value);
  input.addEventListener("input", () => set(path, input.value));
  return input;
}

// A field with a fixed set of values (kind, direction, band, generate). The first choice is
// "not written": the key is left out and the default applies. A value the file has that is
// not among the choices stays, shown as it is, so opening a file never changes it.
function choiceInput(path, field, choices, label) {
  const value = get(path) == null ? "" : String(get(path));
  const select = el("select", { "data-field": field, "aria-label": label });
  const all = [["", "（默认）"]].concat(choices);
  if (!all.some(([key]) => key === value)) all.push([value, value]);
  for (const [key, text] of all) {
    const option = el("option", { value: key, text });
    if (key === value) option.selected = true;
    select.append(option);
  }
  select.addEventListener("change", () => set(path, select.value));
  return select;
}

function labelled(label, path, field, options = {}) {
  const input = options.choices ? choiceInput(path, field, options.choices, label)
                                : textInput(path, field, Object.assign({ label }, options));
  return el("label", { class: "field" }, el("span", { text: label }), input);
}

function button(text, action, title) {
  return el("button", { type: "button", class: "small", text, title: title || text, onclick: () => { action(); build(); changed(); } });
}

// ↑ ↓ and 删除 for item `i` of `list`: the same three tools on every list in the form. Outside
// a table row they say what they move (本节、二级指标……), so two sets side by side are clear.
function listTools(list, i, what, named = false) {
  const move = (to) => { if (to >= 0 && to < list.length) list.splice(to, 0, list.splice(i, 1)[0]); };
  const tools = [button("↑", () => move(i - 1), `${what}上移`), button("↓", () => move(i + 1), `${what}下移`),
                 button("删除", () => list.splice(i, 1), `删除${what}`)];
  return named ? [el("span", { class: "tools-name", text: `${what}：` }), ...tools] : tools;
}

// An object at `key` of `owner`, made when missing (the form always has somewhere to type).
function objectAt(owner, key) {
  if (typeof owner[key] !== "object" || owner[key] == null || Array.isArray(owner[key])) owner[key] = {};
  return owner[key];
}

function listAt(owner, key) {
  if (!Array.isArray(owner[key])) owner[key] = [];
  return owner[key];
}

function fieldset(legend, ...children) {
  return el("fieldset", {}, el("legend", { text: legend }), ...children);
}

function build() {
  const form = $("report-form");
  form.replaceChildren();
  if (!state.report) return;
  const r = state.report;
  listAt(objectAt(r, "cover"), "fields");

  form.append(fieldset("封面",
    labelled("标题", ["cover", "title"], "cover.title"),
    coverFields(),
    labelled("印制单位", ["cover", "issuer"], "cover.issuer"),
    labelled("年份", ["cover", "year"], "cover.year")));

  form.append(fieldset("项目",
    labelled("评分方案", ["scheme"], "scheme"),
    labelled("项目名称", ["project", "name"], "project.name"),
    labelled("主管部门", ["project", "department"], "project.department"),
    labelled("实施单位", ["project", "implementer"], "project.implementer"),
    labelled("预算年度", ["project", "year"], "project.year"),
    labelled("填报日期", ["project", "date"], "project.date"),
    labelled("自评总分", ["self_score"], "self_score")));

  form.append(fieldset("年度总体目标",
    labelled("年度总体目标", ["goals", "expected"], "goals.expected", { multiline: true }),
    labelled("全年实际完成情况", ["goals", "achieved"], "goals.achieved", { multiline: true })));

  form.append(budgetEditor());
  form.append(indicatorEditor());
  form.append(fieldset("正文标题与开头语",
    labelled("文件标题", ["opening", "title"], "opening.title"),
    labelled("开头语", ["opening", "text"], "opening.text", { multiline: true })));
  form.append(fieldset("正文章节", sectionList(listAt(r, "sections"), ["sections"], "sections")));
  form.append(fieldset("正文落款",
    labelled("落款单位", ["closing", "unit"], "closing.unit"),
    labelled("成文日期", ["closing", "date"], "closing.date")));
  form.append(signatureEditor());
  showDiagnostics(state.lastCheck);
}

function coverFields() {
  const fields = state.report.cover.fields;
  const table = el("table", { class: "grid", "data-field": "cover.fields" },
    el("tr", {}, el("th", { text: "封面栏目" }), el("th", { text: "内容" }), el("th", { text: "" })));
  fields.forEach((entry, i) => {
    const label = Object.keys(entry || {})[0] || "";
    const labelInput = el("input", { type: "text", "aria-label": "栏目名", "data-field": `cover.fields[${i + 1}]` });
    labelInput.value = label;
    labelInput.addEventListener("change", () => {
      const value = (fields[i] || {})[label] || "";
      fields[i] = { [labelInput.value]: value };
      build(); changed();
    });
    table.append(el("tr", {}, el("td", {}, labelInput),
      el("td", {}, textInput(["cover", "fields", i, label], `cover.fields[${i + 1}]`, { label })),
      el("td", { class: "tools" }, ...listTools(fields, i, "栏目"))));
  });
  return el("div", {}, table, button("添加栏目", () => fields.push({ "新栏目": "" })));
}

const sourceKeys = [["name", "其中"], ["initial", "年初预算数"], ["adjusted", "全年预算数"], ["executed", "全年执行数"]];

function budgetEditor() {
  const sources = listAt(objectAt(state.report, "budget"), "sources");
  const table = el("table", { class: "grid", "data-field": "budget.sources" },
    el("tr", {}, ...sourceKeys.map(([, label]) => el("th", { text: label })), el("th", { text: "" })));
  sources.forEach((source, i) => {
    table.append(el("tr", { "data-field": `budget.sources[${i + 1}]` }, ...sourceKeys.map(([key, label]) =>
      el("td", {}, textInput(["budget", "sources", i, key], `budget.sources[${i + 1}].${key}`, { label }))),
      el("td", { class: "tools" }, ...listTools(sources, i, "其中行"))));
  });
  return fieldset("预算",
    labelled("金额单位", ["budget", "unit"], "budget.unit"),
    labelled("年初预算数", ["budget", "initial"], "budget.initial"),
    labelled("全年预算数", ["budget", "adjusted"], "budget.adjusted"),
    labelled("全年执行数", ["budget", "executed"], "budget.executed"),
    table, button("添加其中行", () => sources.push({ name: "当年财政拨款" })),
    el("details", { class: "review" }, el("summary", { text: "审核已填报的表：表中印的数字（可选）" }),
      labelled("印的执行率", ["budget", "printed_rate"], "budget.printed_rate"),
      labelled("印的分值", ["budget", "printed_weight"], "budget.printed_weight"),
      labelled("印的得分", ["budget", "printed_score"], "budget.printed_score")));
}

const rowKeys = [["name", "三级指标"], ["target", "年度指标值"], ["actual", "实际完成值"], ["weight", "分值"],
                 ["score", "得分"], ["reason", "评分理由"], ["deviation", "偏差原因"]];
const kinds = [["measured", "按值计算"], ["qualitative", "定性指标"], ["budget-execution", "预算执行率"]];
const directions = [["positive", "正向（≥）"], ["reverse", "反向（≤）"], ["exact", "等于"]];
const bands = [["达成", "达成"], ["部分达成", "部分达成"], ["未达成", "未达成"]];

// One indicator row: the usual columns, then a second line with the rest of the row's keys.
function indicatorRow(rows, ri, path, prefix) {
  const row = `${prefix}[${ri + 1}]`;
  const cell = (key, label) => el("td", {}, textInput(path.concat([key]), `${row}.${key}`, { label }));
  const line = el("tr", { "data-field": row }, ...rowKeys.map(([key, label]) => cell(key, label)),
    el("td", { class: "tools" }, ...listTools(rows, ri, "本行")));
  const small = (label, input) => el("label", { class: "inline" }, el("span", { text: label }), input);
  const more = el("tr", { class: "more" }, el("td", { colspan: String(rowKeys.length + 1) },
    small("计分方式", choiceInput(path.concat(["kind"]), `${row}.kind`, kinds, "计分方式")),
    small("方向", choiceInput(path.concat(["direction"]), `${row}.direction`, directions, "方向")),
    small("定性档次", choiceInput(path.concat(["band"]), `${row}.band`, bands, "定性档次")),
    small("表中印的得分", textInput(path.concat(["printed_score"]), `${row}.printed_score`, { label: "表中印的得分" })),
    small("改进措施", textInput(path.concat(["measures"]), `${row}.measures`, { label: "改进措施" }))));
  return [line, more];
}

function indicatorEditor() {
  const levels = listAt(state.report, "indicators");
  const box = fieldset("绩效指标");
  levels.forEach((level, li) => {
    const groups = listAt(level, "groups");
    const levelField = `indicators[${level.name}]`;
    const levelBox = el("div", { class: "level", "data-field": levelField },
      el("label", { class: "field" }, el("span", { text: `一级指标 ${li + 1}` }),
        textInput(["indicators", li, "name"], `${levelField}.name`, { label: "一级指标" })),
      labelled("手填小计", ["indicators", li, "score"], `${levelField}.score`),
      el("div", { class: "tools" }, ...listTools(levels, li, "一级指标", true)));
    groups.forEach((group, gi) => {
      const rows = listAt(group, "rows");
      const prefix = `${levelField}[${group.name}]`;
      const table = el("table", { class: "grid", "data-field": `${prefix}.rows` },
        el("tr", {}, ...rowKeys.map(([, label]) => el("th", { text: label })), el("th", { text: "" })));
      rows.forEach((_, ri) => table.append(...indicatorRow(rows, ri, ["indicators", li, "groups", gi, "rows", ri], prefix)));
      levelBox.append(el("div", { class: "group", "data-field": prefix },
        el("label", { class: "field" }, el("span", { text: "二级指标" }),
          textInput(["indicators", li, "groups", gi, "name"], `${prefix}.name`, { label: "二级指标" })),
        labelled("手填小计", ["indicators", li, "groups", gi, "score"], `${prefix}.score`),
        table,
        el("div", { class: "tools" }, button("添加一行", () => rows.push({ name: "新指标", target: "", actual: "", weight: "" })),
          ...listTools(groups, gi, "二级指标", true))));
    });
    levelBox.append(button("添加二级指标", () => groups.push({ name: "新二级指标", rows: [] })));
    box.append(levelBox);
  });
  box.append(button("添加一级指标", () => levels.push({ name: "新一级指标", groups: [] })));
  return box;
}

const generated = [["funds", "资金使用（程序生成）"], ["score", "自评分数（程序生成）"], ["analysis", "指标分析（程序生成）"]];

function sectionList(list, path, field) {
  const box = el("div", {});
  list.forEach((section, i) => {
    const here = path.concat([i]), name = `${field}[${i + 1}]`;
    const subsections = listAt(section, "sections");
    const editor = el("div", { class: "section-editor", "data-field": name },
      labelled("标题", here.concat(["title"]), `${name}.title`),
      labelled("正文", here.concat(["text"]), `${name}.text`, { multiline: true }),
      labelled("无正文时生成", here.concat(["generate"]), `${name}.generate`, { choices: generated }),
      // A section without sub-sections shows no empty list: 添加下级小节 below starts one.
      subsections.length > 0 ? sectionList(subsections, here.concat(["sections"]), `${name}.sections`) : null,
      el("div", { class: "tools" }, ...listTools(list, i, "本节", true),
        button("添加下级小节", () => { section.sections = subsections; subsections.push({ title: "新小节", text: "" }); })));
    if (subsections.length === 0) delete section.sections;
    box.append(editor);
  });
  box.append(button("添加一节", () => list.push({ title: "新章节", text: "" })));
  return box;
}

function signatureEditor() {
  const r = state.report;
  const lines = Array.isArray((r.signature || {}).lines) ? r.signature.lines : null;
  const box = fieldset("自评表签字栏");
  if (lines) {
    lines.forEach((_, i) => box.append(el("div", { class: "line-editor", "data-field": `signature.lines[${i + 1}]` },
      textInput(["signature", "lines", i], `signature.lines[${i + 1}]`, { label: `签字行 ${i + 1}` }),
      ...listTools(lines, i, "签字行"))));
    box.append(button("添加签字行", () => lines.push("")));
  } else {
    box.append(el("p", { class: "hint", text: "签字行：默认三行（填报人、单位负责人、单位盖章）。" }),
      button("自定签字行", () => { objectAt(r, "signature").lines = ["填报人（签字）：", "单位负责人（签字）：", "单位（盖章）："]; }));
  }
  box.append(labelled("日期", ["signature", "date"], "signature.date"));
  return box;
}
