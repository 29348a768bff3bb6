// Jixiao's web editor: a form over the report's tree (the same keys as the YAML file), a live
// check and page preview from the server's pipeline, and saving into the workspace.
// User text only ever goes into .value and .textContent, never into markup.
"use strict";

const token = new URLSearchParams(location.search).get("token");
const state = { path: null, revision: null, report: null, dirty: false, comments: 0, timer: null,
                inFlight: false, again: false, images: new Map() };
const $ = (id) => document.getElementById(id);

function api(url, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (token) headers["X-Jixiao-Token"] = token;
  return fetch(url, Object.assign({}, options, { headers }));
}

function say(text) { $("status").textContent = text; }

// ---- The tree ----------------------------------------------------------------------------

// The top-level blocks a report may leave out: each is made by typing into it.
const optionalBlocks = new Set(["goals", "opening", "closing", "signature"]);

function get(path) { return path.reduce((node, key) => (node == null ? undefined : node[key]), state.report); }

function set(path, value) {
  let node = state.report;
  for (let i = 0; i < path.length - 1; i++) {
    if (node[path[i]] == null || typeof node[path[i]] !== "object") node[path[i]] = typeof path[i + 1] === "number" ? [] : {};
    node = node[path[i]];
  }
  const last = path[path.length - 1];
  if (value === "" && !Array.isArray(node)) delete node[last]; else node[last] = value;
  // An optional block emptied field by field is left out, not written as an empty mapping.
  if (path.length === 2 && optionalBlocks.has(path[0]) && Object.keys(state.report[path[0]] || {}).length === 0) {
    delete state.report[path[0]];
  }
  changed();
}

function changed() {
  state.dirty = true;
  say("未保存");
  clearTimeout(state.timer);
  state.timer = setTimeout(refresh, 150);
}

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

// ---- Check and preview -------------------------------------------------------------------

// One preview request at a time: a change made while one is on its way is sent when it comes
// back, so a fast typist's keystrokes never queue up on the server (only the newest is drawn).
async function refresh() {
  if (!state.report) return;
  if (state.inFlight) { state.again = true; return; }
  state.inFlight = true;
  const body = JSON.stringify(state.report);
  const name = encodeURIComponent(state.path || "新报告.yaml");
  const known = encodeURIComponent([...state.images.keys()].join(","));
  const started = performance.now();
  let reply;
  try {
    reply = await (await api(`/api/preview?dpi=50&name=${name}&known=${known}`, { method: "POST", body })).json();
  } catch (error) {
    $("preview-state").textContent = "预览失败：" + error;
    reply = null;
  }
  state.inFlight = false;
  if (state.again) { state.again = false; refresh(); return; }
  if (reply) showPreview(reply, started);
}

// The pages as the server gave them: a page it sent without an image is one the page already
// has (by digest), and is kept as it is rather than decoded again.
function showPreview(reply, started) {
  state.lastCheck = reply.check;
  showDiagnostics(reply.check);
  if (reply.pages.length === 0) { $("preview-state").textContent = "有错误，预览为上次的结果"; return; }
  const images = new Map();
  const shown = reply.pages.map((page, i) => {
    let image = state.images.get(page.digest);
    if (!image || images.has(page.digest)) {
      image = el("img", { src: page.png ? "data:image/png;base64," + page.png : state.images.get(page.digest).src });
    }
    image.alt = `第 ${i + 1} 页`;
    images.set(page.digest, image);
    return image;
  });
  state.images = images;
  $("pages").replaceChildren(...shown);
  $("preview-state").textContent = `${shown.length} 页 · ${Math.round(performance.now() - started)} ms`;
}

function showDiagnostics(check) {
  document.querySelectorAll(".has-error, .has-warning").forEach((node) => node.classList.remove("has-error", "has-warning"));
  document.querySelectorAll(".note").forEach((node) => node.remove());
  const box = $("messages");
  box.replaceChildren();
  if (!check) return;
  const errors = check.errors || [], warnings = check.warnings || [];
  $("total").textContent = check.scored === false ? "—" : String(check.total);
  $("grade").textContent = check.scored === false ? "—" : check.grade;
  const summary = el("div", { class: "summary" + (errors.length ? " error" : "") },
    el("span", { text: `${errors.length} 个错误，${warnings.length} 个警告` }));
  const list = el("ul", {});
  for (const [kind, items] of [["error", errors], ["warning", warnings]]) {
    for (const d of items) {
      list.append(el("li", { class: kind, text: `${d.code} [${d.field}] ${d.message}` }));
      const target = fieldElement(d.field);
      if (target) {
        target.classList.add(kind === "error" ? "has-error" : "has-warning");
        const holder = target.matches("input, textarea") ? target.closest("label, td, .section-editor") || target.parentNode : target;
        // In a table cell only the code shows (the whole message on hover and in the list above),
        // so one message does not stretch a row of the indicator table.
        const inCell = holder.matches("td, tr");
        const note = el("div", { class: `note ${kind}`, role: "note", "data-code": d.code, title: d.message,
                                 text: inCell ? `${d.code} ⓘ` : `${d.code} ${d.message}` });
        (holder.matches("tr") ? holder.lastElementChild : holder).append(note);
      }
    }
  }
  summary.append(list);
  box.append(summary);
}

// The input for a diagnostic's field, or the nearest enclosing one (a row, a table).
function fieldElement(field) {
  let path = field;
  while (path) {
    const found = document.querySelector(`[data-field="${CSS.escape(path)}"]`);
    if (found) return found;
    const cut = Math.max(path.lastIndexOf("."), path.lastIndexOf("["));
    if (cut <= 0) return null;
    path = path.slice(0, cut);
  }
  return null;
}

// ---- Files -------------------------------------------------------------------------------

async function listFiles() {
  const files = await (await api("/api/files")).json();
  $("file-list").replaceChildren(...files.map((file) => el("option", { value: file.path, text: file.path })));
}

function leaveUnsaved() { return !state.dirty || confirm("有未保存的修改，确定放弃吗？"); }

async function openFile(path) {
  if (!leaveUnsaved()) return;
  const reply = await (await api(`/api/file?path=${encodeURIComponent(path)}`)).json();
  if (reply.error) { say(reply.error.zh); return; }
  state.path = path; state.revision = reply.revision; state.comments = reply.comments || 0;
  $("save-as").value = path;
  if (!reply.report) { state.report = null; showDiagnostics(reply.check); say("无法读取"); return; }
  state.report = reply.report; state.dirty = false;
  build(); say(`已打开 ${path}`); refresh();
}

async function newReport() {
  if (!leaveUnsaved()) return;
  const reply = await (await api("/api/template")).json();
  state.path = null; state.revision = null; state.comments = 0; state.report = reply.report;
  $("save-as").value = "新报告.yaml";
  build(); changed();
}

// An uploaded report, workbook or Word file opens unsaved, under the name it will be saved as.
async function upload(file) {
  if (!file || !leaveUnsaved()) return;
  const response = await api(`/api/import?name=${encodeURIComponent(file.name)}`, { method: "POST", body: await file.arrayBuffer() });
  const reply = await response.json();
  if (!reply.report) { state.lastCheck = reply.check; showDiagnostics(reply.check); say("无法读取上传的文件"); return; }
  state.path = null; state.revision = null; state.comments = 0; state.report = reply.report;
  $("save-as").value = file.name.replace(/\.(xlsx|docx|txt|json|yml)$/i, ".yaml");
  build(); changed();
  say(`已读入 ${file.name}（${(reply.warnings || []).length} 条导入提示）`);
}

async function save() {
  if (!state.report) return;
  const path = $("save-as").value.trim();
  if (!path) { say("请填写文件名"); return; }
  if (state.comments > 0 && !confirm(`原文件有 ${state.comments} 行注释，保存后注释不会保留。继续保存吗？`)) return;
  const revision = path === state.path ? state.revision || "" : "";
  const reply = await (await api(`/api/file?path=${encodeURIComponent(path)}&revision=${revision}`,
                                 { method: "PUT", body: JSON.stringify(state.report) })).json();
  if (!reply.saved) { say(reply.error ? reply.error.zh : "未保存：内容有误"); if (reply.check) showDiagnostics(reply.check); return; }
  state.path = path; state.revision = reply.revision; state.dirty = false; state.comments = 0;
  say(`已保存 ${path}`); listFiles();
}

async function downloadPDF() {
  if (!state.report) return;
  const name = (state.path || "新报告.yaml").replace(/\.(ya?ml|json)$/i, "") + ".pdf";
  const response = await api(`/api/pdf?name=${encodeURIComponent(state.path || "新报告.yaml")}`,
                             { method: "POST", body: JSON.stringify(state.report) });
  if (!response.ok) { showDiagnostics(await response.json()); say("有错误，未生成 PDF"); return; }
  const link = el("a", { href: URL.createObjectURL(await response.blob()), download: name.split("/").pop() });
  document.body.append(link); link.click(); link.remove();
  say("PDF 已生成");
}

$("report-form").addEventListener("submit", (event) => event.preventDefault());
window.addEventListener("beforeunload", (event) => { if (state.dirty) { event.preventDefault(); event.returnValue = ""; } });
$("open-file").addEventListener("click", () => $("file-list").value && openFile($("file-list").value));
$("new-report").addEventListener("click", newReport);
$("upload").addEventListener("change", (event) => upload(event.target.files[0]));
$("save").addEventListener("click", save);
$("download-pdf").addEventListener("click", downloadPDF);
listFiles().then(() => { const first = $("file-list").value; if (first) openFile(first); });
