// Jixiao's web editor: a form over the report's tree (the same keys as the YAML file), a live
// check and page preview from the server's pipeline, and saving into the workspace.
// User text only ever goes into .value and .textContent, never into markup.
"use strict";

const token = new URLSearchParams(location.search).get("token");
const state = { path: null, revision: null, report: null, dirty: false, comments: 0, seq: 0, shown: 0, timer: null };
const $ = (id) => document.getElementById(id);

function api(url, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (token) headers["X-Jixiao-Token"] = token;
  return fetch(url, Object.assign({}, options, { headers }));
}

function say(text) { $("status").textContent = text; }

// ---- The tree ----------------------------------------------------------------------------

function get(path) { return path.reduce((node, key) => (node == null ? undefined : node[key]), state.report); }

function set(path, value) {
  let node = state.report;
  for (let i = 0; i < path.length - 1; i++) {
    if (node[path[i]] == null || typeof node[path[i]] !== "object") node[path[i]] = typeof path[i + 1] === "number" ? [] : {};
    node = node[path[i]];
  }
  const last = path[path.length - 1];
  if (value === "" && !Array.isArray(node)) delete node[last]; else node[last] = value;
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

function labelled(label, path, field, options = {}) {
  return el("label", { class: "field" }, el("span", { text: label }), textInput(path, field, Object.assign({ label }, options)));
}

function button(text, action, title) {
  return el("button", { type: "button", class: "small", text, title: title || text, onclick: () => { action(); build(); changed(); } });
}

function build() {
  const form = $("report-form");
  form.replaceChildren();
  if (!state.report) return;
  const r = state.report;
  if (typeof r.cover !== "object" || r.cover == null) r.cover = {};
  if (!Array.isArray(r.cover.fields)) r.cover.fields = [];

  form.append(el("fieldset", {}, el("legend", { text: "封面" }),
    labelled("标题", ["cover", "title"], "cover.title"),
    coverFields(),
    labelled("印制单位", ["cover", "issuer"], "cover.issuer"),
    labelled("年份", ["cover", "year"], "cover.year")));

  form.append(el("fieldset", {}, el("legend", { text: "项目" }),
    labelled("评分方案", ["scheme"], "scheme"),
    labelled("项目名称", ["project", "name"], "project.name"),
    labelled("主管部门", ["project", "department"], "project.department"),
    labelled("实施单位", ["project", "implementer"], "project.implementer"),
    labelled("填报日期", ["project", "date"], "project.date"),
    labelled("自评总分", ["self_score"], "self_score")));

  form.append(budgetEditor());
  form.append(indicatorEditor());
  const sections = el("fieldset", {}, el("legend", { text: "正文章节" }));
  if (!Array.isArray(r.sections)) r.sections = [];
  sections.append(sectionList(["sections"], "sections"));
  form.append(sections);
  form.append(el("fieldset", {}, el("legend", { text: "落款" }), labelled("日期", ["signature", "date"], "signature.date")));
  showDiagnostics(state.lastCheck);
}

function coverFields() {
  const table = el("table", { class: "grid", "data-field": "cover.fields" },
    el("tr", {}, el("th", { text: "封面栏目" }), el("th", { text: "内容" }), el("th", { text: "" })));
  state.report.cover.fields.forEach((entry, i) => {
    const label = Object.keys(entry || {})[0] || "";
    const labelInput = el("input", { type: "text", "aria-label": "栏目名", "data-field": `cover.fields[${i + 1}]` });
    labelInput.value = label;
    labelInput.addEventListener("change", () => {
      const value = (state.report.cover.fields[i] || {})[label] || "";
      state.report.cover.fields[i] = { [labelInput.value]: value };
      build(); changed();
    });
    table.append(el("tr", {}, el("td", {}, labelInput),
      el("td", {}, textInput(["cover", "fields", i, label], `cover.fields[${i + 1}]`, { label })),
      el("td", { class: "tools" }, button("删除", () => state.report.cover.fields.splice(i, 1)))));
  });
  return el("div", {}, table, button("添加栏目", () => state.report.cover.fields.push({ "新栏目": "" })));
}

function budgetEditor() {
  const r = state.report;
  if (typeof r.budget !== "object" || r.budget == null) r.budget = {};
  if (!Array.isArray(r.budget.sources)) r.budget.sources = [];
  const box = el("fieldset", {}, el("legend", { text: "预算" }),
    labelled("金额单位", ["budget", "unit"], "budget.unit"),
    labelled("年初预算数", ["budget", "initial"], "budget.initial"),
    labelled("全年预算数", ["budget", "adjusted"], "budget.adjusted"),
    labelled("全年执行数", ["budget", "executed"], "budget.executed"));
  const keys = [["name", "其中"], ["initial", "年初预算数"], ["adjusted", "全年预算数"], ["executed", "全年执行数"]];
  const table = el("table", { class: "grid", "data-field": "budget.sources" },
    el("tr", {}, ...keys.map(([, label]) => el("th", { text: label })), el("th", { text: "" })));
  r.budget.sources.forEach((source, i) => {
    table.append(el("tr", {}, ...keys.map(([key, label]) =>
      el("td", {}, textInput(["budget", "sources", i, key], `budget.sources[${i + 1}].${key}`, { label }))),
      el("td", { class: "tools" }, button("删除", () => r.budget.sources.splice(i, 1)))));
  });
  box.append(table, button("添加其中行", () => r.budget.sources.push({ name: "当年财政拨款" })));
  return box;
}

const rowKeys = [["name", "三级指标"], ["target", "年度指标值"], ["actual", "实际完成值"], ["weight", "分值"],
                 ["score", "得分"], ["reason", "评分理由"], ["deviation", "偏差原因"]];

function indicatorEditor() {
  const r = state.report;
  if (!Array.isArray(r.indicators)) r.indicators = [];
  const box = el("fieldset", {}, el("legend", { text: "绩效指标" }));
  r.indicators.forEach((level, li) => {
    if (!Array.isArray(level.groups)) level.groups = [];
    const levelBox = el("div", { class: "level", "data-field": `indicators[${level.name}]` },
      el("label", { class: "field" }, el("span", { text: `一级指标 ${li + 1}` }),
        textInput(["indicators", li, "name"], `indicators[${level.name}].name`, { label: "一级指标" })),
      button("删除一级指标", () => r.indicators.splice(li, 1)));
    level.groups.forEach((group, gi) => {
      if (!Array.isArray(group.rows)) group.rows = [];
      const prefix = `indicators[${level.name}][${group.name}]`;
      const table = el("table", { class: "grid", "data-field": `${prefix}.rows` },
        el("tr", {}, ...rowKeys.map(([, label]) => el("th", { text: label })), el("th", { text: "" })));
      group.rows.forEach((row, ri) => {
        const tr = el("tr", { "data-field": `${prefix}[${ri + 1}]` });
        for (const [key, label] of rowKeys) {
          tr.append(el("td", {}, textInput(["indicators", li, "groups", gi, "rows", ri, key], `${prefix}[${ri + 1}].${key}`, { label })));
        }
        tr.append(el("td", { class: "tools" },
          button("↑", () => ri > 0 && group.rows.splice(ri - 1, 0, group.rows.splice(ri, 1)[0]), "上移"),
          button("↓", () => ri < group.rows.length - 1 && group.rows.splice(ri + 1, 0, group.rows.splice(ri, 1)[0]), "下移"),
          button("删除", () => group.rows.splice(ri, 1))));
        table.append(tr);
      });
      levelBox.append(el("div", { class: "group", "data-field": prefix },
        el("label", { class: "field" }, el("span", { text: "二级指标" }),
          textInput(["indicators", li, "groups", gi, "name"], `${prefix}.name`, { label: "二级指标" })),
        table,
        button("添加一行", () => group.rows.push({ name: "新指标", target: "", actual: "", weight: "" })),
        button("删除二级指标", () => level.groups.splice(gi, 1))));
    });
    levelBox.append(button("添加二级指标", () => level.groups.push({ name: "新二级指标", rows: [] })));
    box.append(levelBox);
  });
  box.append(button("添加一级指标", () => r.indicators.push({ name: "新一级指标", groups: [] })));
  return box;
}

function sectionList(path, field) {
  const list = get(path) || [];
  const box = el("div", {});
  list.forEach((section, i) => {
    const here = path.concat([i]), name = `${field}[${i + 1}]`;
    const editor = el("div", { class: "section-editor", "data-field": name },
      labelled("标题", here.concat(["title"]), `${name}.title`),
      labelled("正文", here.concat(["text"]), `${name}.text`, { multiline: true }));
    if (!Array.isArray(section.sections)) section.sections = [];
    editor.append(sectionList(here.concat(["sections"]), `${name}.sections`));
    if (section.sections.length === 0) delete section.sections;
    editor.append(button("删除本节", () => list.splice(i, 1)),
      button("添加下级小节", () => { section.sections = section.sections || []; section.sections.push({ title: "新小节", text: "" }); }));
    box.append(editor);
  });
  box.append(button("添加一节", () => { list.push({ title: "新章节", text: "" }); set(path, list); }));
  return box;
}

// ---- Check and preview -------------------------------------------------------------------

async function refresh() {
  if (!state.report) return;
  const seq = ++state.seq;
  const body = JSON.stringify(state.report);
  const name = encodeURIComponent(state.path || "新报告.yaml");
  const started = performance.now();
  let reply;
  try {
    reply = await (await api(`/api/preview?dpi=50&name=${name}`, { method: "POST", body })).json();
  } catch (error) {
    $("preview-state").textContent = "预览失败：" + error;
    return;
  }
  if (seq < state.shown) return;
  state.shown = seq;
  state.lastCheck = reply.check;
  showDiagnostics(reply.check);
  if (reply.pages.length > 0) {
    $("pages").replaceChildren(...reply.pages.map((png, i) => el("img", { src: "data:image/png;base64," + png, alt: `第 ${i + 1} 页` })));
    $("preview-state").textContent = `${reply.pages.length} 页 · ${Math.round(performance.now() - started)} ms`;
  } else {
    $("preview-state").textContent = "有错误，预览为上次的结果";
  }
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

window.addEventListener("beforeunload", (event) => { if (state.dirty) { event.preventDefault(); event.returnValue = ""; } });
$("open-file").addEventListener("click", () => $("file-list").value && openFile($("file-list").value));
$("new-report").addEventListener("click", newReport);
$("upload").addEventListener("change", (event) => upload(event.target.files[0]));
$("save").addEventListener("click", save);
$("download-pdf").addEventListener("click", downloadPDF);
listFiles().then(() => { const first = $("file-list").value; if (first) openFile(first); });
