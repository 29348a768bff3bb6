// Jixiao's web editor: the report's tree (the same keys as the YAML file; form.js builds its form), a live
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
