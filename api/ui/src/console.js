// The read-only Cypher console: CodeMirror editor, Ctrl+Enter runs, Table / Graph / JSON,
// examples, history in localStorage, parameters, CSV/JSON download, errors at their position.

import cytoscape from "cytoscape";
import { defaultKeymap, history as editHistory, historyKeymap } from "@codemirror/commands";
import { StreamLanguage, bracketMatching, defaultHighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { cypher } from "@codemirror/legacy-modes/mode/cypher";
import { EditorState, StateEffect, StateField } from "@codemirror/state";
import { Decoration, EditorView, drawSelection, highlightActiveLine, keymap, lineNumbers } from "@codemirror/view";
import { api, getToken, setToken } from "./api.js";
import { $, download, h, setChildren } from "./dom.js";
import { evidenceList, propertyList } from "./evidence.js";
import {
  edgeElement,
  evidenceOf,
  graphStyle,
  isEdgeValue,
  isNodeValue,
  isPathValue,
  nodeElement,
  nodeName,
} from "./model.js";

const HISTORY_KEY = "dealgraph.console.history";
const DRAFT_KEY = "dealgraph.console.draft";
const HISTORY_MAX = 50;

export const EXAMPLES = [
  {
    name: "What amends the Credit Agreement",
    query:
      "MATCH (a:Agreement)<-[r:AMENDS]-(b:Agreement)\nWHERE a.title = $title\nRETURN b.date AS date, b.title AS amendment, a.title AS amends\nORDER BY date",
    params: { title: "Credit Agreement" },
  },
  {
    name: "Who lends to Zoltek",
    query:
      "MATCH p = (lender:Party)-[l:LENDS_TO]->(borrower:Party)\nWHERE toLower(borrower.name) CONTAINS toLower($name)\nRETURN lender.name AS lender, borrower.name AS borrower, l.amount AS amount, l.currency AS currency, p\nLIMIT 100",
    params: { name: "Zoltek" },
  },
  {
    name: "What was waived",
    query:
      "MATCH (p:Party)-[w:WAIVES]->(x)\nRETURN p.name AS by, w.what AS waived, w.until AS until, x.title AS under\nLIMIT 50",
    params: {},
  },
  {
    name: "Every change to the Maturity Date",
    query:
      "MATCH (a)-[c:CHANGES]->(p:Provision)-[:PROVISION_OF]->(x)\nWHERE toLower(coalesce(p.term, '')) CONTAINS toLower($term)\n   OR toLower(coalesce(c.new_text, '')) CONTAINS toLower($term)\nRETURN c.effective_date AS date, a.title AS amendment, x.title AS amends,\n       coalesce(p.term, p.section) AS provision, c.action AS action, c.new_text AS wording\nORDER BY date\nLIMIT 100",
    params: { term: "Maturity Date" },
  },
  {
    name: "What the Second Amendment changed",
    query:
      "MATCH (a:Agreement)-[c:CHANGES]->(p:Provision)-[:PROVISION_OF]->(x)\nWHERE a.title = $title\nRETURN p.section AS section, p.term AS term, c.action AS action, x.title AS of, c.new_text AS wording\nORDER BY section, term",
    params: { title: "Second Amendment to Credit Agreement" },
  },
  {
    name: "Amendment paths",
    query: "MATCH p = (b:Agreement)-[:AMENDS*1..3]->(a:Agreement)\nRETURN p\nLIMIT 25",
    params: {},
  },
];

// ------------------------------------------------------------------ editor

const setErrorMark = StateEffect.define();
const errorMarkField = StateField.define({
  create: () => Decoration.none,
  update(marks, tr) {
    marks = marks.map(tr.changes);
    for (const e of tr.effects) {
      if (e.is(setErrorMark)) marks = e.value;
    }
    if (tr.docChanged) marks = Decoration.none; // an edit makes the old position stale
    return marks;
  },
  provide: (f) => EditorView.decorations.from(f),
});

function createEditor(parent, doc, onRun) {
  const runKeys = keymap.of([
    { key: "Mod-Enter", run: () => (onRun(), true), preventDefault: true },
    { key: "Shift-Enter", run: () => (onRun(), true), preventDefault: true },
  ]);
  return new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        runKeys,
        lineNumbers(),
        editHistory(),
        drawSelection(),
        highlightActiveLine(),
        bracketMatching(),
        StreamLanguage.define(cypher),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        EditorView.lineWrapping,
        errorMarkField,
        EditorView.contentAttributes.of({ "aria-labelledby": "editor-label", "aria-multiline": "true" }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) saveDraft(u.state.doc.toString());
        }),
      ],
    }),
  });
}

function editorText(view) {
  return view.state.doc.toString();
}

function setEditorText(view, text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

/** Mark the error position (line/column, 1-based, or offset) in the editor. */
function markError(view, position) {
  const doc = view.state.doc;
  let from;
  if (position.line && position.column && position.line <= doc.lines) {
    const line = doc.line(position.line);
    from = Math.min(line.from + position.column - 1, line.to);
  } else if (Number.isFinite(position.offset)) {
    from = Math.min(position.offset, doc.length);
  } else {
    return;
  }
  let to = from;
  const lineEnd = doc.lineAt(from).to;
  while (to < lineEnd && /[\w$`]/.test(doc.sliceString(to, to + 1))) to += 1;
  if (to === from) to = Math.min(from + 1, lineEnd);
  const line = doc.lineAt(from);
  const marks = [Decoration.line({ class: "cm-error-line" }).range(line.from)];
  if (to > from) marks.push(Decoration.mark({ class: "cm-error-mark", attributes: { title: "error here" } }).range(from, to));
  view.dispatch({
    effects: setErrorMark.of(Decoration.set(marks, true)),
    selection: { anchor: from },
    scrollIntoView: true,
  });
}

function clearErrorMark(view) {
  view.dispatch({ effects: setErrorMark.of(Decoration.none) });
}

// ------------------------------------------------------------------ storage

function loadHistory() {
  try {
    const list = JSON.parse(localStorage.getItem(HISTORY_KEY) || "[]");
    return Array.isArray(list) ? list.filter((x) => x && typeof x.query === "string") : [];
  } catch {
    return [];
  }
}

function saveHistory(list) {
  try {
    localStorage.setItem(HISTORY_KEY, JSON.stringify(list.slice(0, HISTORY_MAX)));
  } catch {
    /* storage full or unavailable */
  }
}

function saveDraft(text) {
  try {
    localStorage.setItem(DRAFT_KEY, text);
  } catch {
    /* ignore */
  }
}

function loadDraft() {
  try {
    return localStorage.getItem(DRAFT_KEY);
  } catch {
    return null;
  }
}

// ------------------------------------------------------------------ results

function cellText(v) {
  if (v === null || v === undefined) return "";
  if (isNodeValue(v)) return `(${v.label}) ${nodeName(v)}`;
  if (isEdgeValue(v)) return `[:${v.type}] ${v.source} → ${v.target}`;
  if (isPathValue(v)) return `path of ${v.edges.length} relation${v.edges.length === 1 ? "" : "s"}: ${v.nodes.map(nodeName).join(" → ")}`;
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

function csvCell(v) {
  let s = v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`; // keep spreadsheets from running cell text as a formula
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(result) {
  const lines = [result.columns.map(csvCell).join(",")];
  for (const row of result.rows) lines.push(row.map(csvCell).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

function renderTable(result) {
  const panel = $("#panel-table");
  if (!result.columns.length) {
    setChildren(panel, h("p", { class: "muted" }, "The query returned no columns."));
    return;
  }
  const table = h(
    "table",
    { class: "result-table", dataset: { rowCount: String(result.rows.length) } },
    h("caption", { class: "visually-hidden" }, `Result: ${result.rows.length} rows`),
    h("thead", {}, h("tr", {}, result.columns.map((c) => h("th", { scope: "col" }, c)))),
    h(
      "tbody",
      {},
      result.rows.map((row) => h("tr", {}, row.map((v) => h("td", {}, cellText(v))))),
    ),
  );
  setChildren(panel, result.rows.length ? h("div", { class: "table-scroll" }, table) : h("p", { class: "muted" }, "No rows."));
}

let resultCy = null;

function graphOf(result) {
  const nodes = new Map();
  const edges = new Map();
  const g = result.graph || {};
  for (const n of g.nodes || []) nodes.set(n.id, n);
  for (const e of g.edges || []) edges.set(e.id, e);
  // Also collect nodes/edges/paths from the rows in case the server's graph is partial.
  const visit = (v) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isNodeValue(v)) nodes.set(v.id, nodes.get(v.id) || v);
    else if (isEdgeValue(v)) edges.set(v.id, edges.get(v.id) || v);
    else if (isPathValue(v)) {
      v.nodes.forEach(visit);
      v.edges.forEach(visit);
    }
  };
  result.rows.forEach(visit);
  return { nodes: [...nodes.values()], edges: [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target)) };
}

function renderGraph(result) {
  const g = graphOf(result);
  const container = $("#result-cy");
  container.dataset.nodeCount = String(g.nodes.length);
  container.dataset.edgeCount = String(g.edges.length);
  if (resultCy) resultCy.destroy();
  resultCy = cytoscape({
    container,
    elements: [...g.nodes.map(nodeElement), ...g.edges.map(edgeElement)],
    style: graphStyle(),
  });
  layoutResult();
  setChildren($("#result-detail"), h("p", { class: "muted" }, "Click a node or a relationship to see its properties and evidence; double-click a node to open it in the explorer."));
  resultCy.on("tap", "node, edge", (evt) => showResultDetail(evt.target.data("item")));
  resultCy.on("dbltap", "node", (evt) => {
    location.hash = `#/explorer/${encodeURIComponent(evt.target.id())}`;
  });
}

function showResultDetail(item) {
  const isEdge = isEdgeValue(item);
  const heading = isEdge ? `${item.type}` : `${item.label}: ${nodeName(item)}`;
  setChildren(
    $("#result-detail"),
    h("h3", { class: "inspector-heading" }, heading),
    isEdge ? h("p", { class: "edge-ends" }, `${item.source} → ${item.target}`) : null,
    isEdge ? null : h("p", {}, h("a", { href: `#/explorer/${encodeURIComponent(item.id)}` }, "Open in the explorer")),
    propertyList(item),
    h("h4", {}, "Evidence"),
    evidenceList(evidenceOf(item)),
  );
}

function layoutResult() {
  if (!resultCy || resultCy.nodes().empty()) return;
  resultCy.resize();
  resultCy.layout({ name: "cose", animate: false, padding: 30, nodeRepulsion: () => 9000 }).run();
}

export function getResultCy() {
  return resultCy;
}

function selectTab(name, focus = false) {
  for (const t of ["table", "graph", "json"]) {
    const tab = $(`#tab-${t}`);
    const on = t === name;
    tab.setAttribute("aria-selected", on ? "true" : "false");
    tab.tabIndex = on ? 0 : -1;
    $(`#panel-${t}`).hidden = !on;
    if (on && focus) tab.focus();
  }
  if (name === "graph") layoutResult();
}

function initTabs() {
  const names = ["table", "graph", "json"];
  names.forEach((name, i) => {
    const tab = $(`#tab-${name}`);
    tab.addEventListener("click", () => selectTab(name));
    tab.addEventListener("keydown", (e) => {
      let j = null;
      if (e.key === "ArrowRight") j = (i + 1) % names.length;
      else if (e.key === "ArrowLeft") j = (i + names.length - 1) % names.length;
      else if (e.key === "Home") j = 0;
      else if (e.key === "End") j = names.length - 1;
      if (j !== null) {
        e.preventDefault();
        selectTab(names[j], true);
      }
    });
  });
}

// ------------------------------------------------------------------ setup

export function initConsole() {
  const state = { result: null, running: false, view: null };
  const errorBox = $("#console-error");
  const statusEl = $("#console-status");
  const paramsEl = $("#params");
  const truncatedEl = $("#console-truncated");
  const tokenEl = $("#api-token");
  tokenEl.value = getToken();
  tokenEl.addEventListener("change", () => setToken(tokenEl.value.trim()));
  $("#token-form").addEventListener("submit", (e) => {
    e.preventDefault();
    setToken(tokenEl.value.trim());
  });

  const showError = (code, message, position) => {
    errorBox.hidden = false;
    errorBox.dataset.code = code;
    delete errorBox.dataset.line;
    delete errorBox.dataset.column;
    const parts = [h("strong", {}, code), ": ", message];
    if (position && (position.line || Number.isFinite(position.offset))) {
      if (position.line) {
        errorBox.dataset.line = String(position.line);
        errorBox.dataset.column = String(position.column);
        parts.push(h("span", { class: "error-position" }, ` (line ${position.line}, column ${position.column})`));
      }
      markError(state.view, position);
    }
    setChildren(errorBox, ...parts);
  };
  const clearError = () => {
    errorBox.hidden = true;
    setChildren(errorBox);
    delete errorBox.dataset.code;
    clearErrorMark(state.view);
  };

  const renderHistory = () => {
    const list = loadHistory();
    setChildren(
      $("#history-list"),
      list.length
        ? list.map((entry) =>
            h(
              "li",
              {},
              h(
                "button",
                {
                  type: "button",
                  class: "history-item",
                  title: entry.query,
                  onclick: () => {
                    setEditorText(state.view, entry.query);
                    paramsEl.value = JSON.stringify(entry.params || {}, null, 0);
                    state.view.focus();
                  },
                },
                h("code", {}, entry.query.length > 120 ? `${entry.query.slice(0, 119)}…` : entry.query),
              ),
              entry.at ? h("span", { class: "muted history-time" }, new Date(entry.at).toLocaleString()) : null,
            ),
          )
        : [h("li", { class: "muted" }, "Queries you run appear here.")],
    );
  };
  const remember = (query, params) => {
    const list = loadHistory().filter((e) => !(e.query === query && JSON.stringify(e.params || {}) === JSON.stringify(params)));
    list.unshift({ query, params, at: Date.now() });
    saveHistory(list);
    renderHistory();
  };

  const run = async () => {
    if (state.running) return;
    const query = editorText(state.view).trim();
    clearError();
    if (!query) {
      showError("empty_query", "Type a Cypher query first.");
      return;
    }
    let params;
    try {
      params = JSON.parse(paramsEl.value.trim() || "{}");
      if (!params || typeof params !== "object" || Array.isArray(params)) throw new Error("not an object");
      paramsEl.removeAttribute("aria-invalid");
    } catch (err) {
      paramsEl.setAttribute("aria-invalid", "true");
      showError("invalid_params", `The parameters must be a JSON object (${err.message}).`);
      return;
    }
    state.running = true;
    $("#btn-run").disabled = true;
    statusEl.textContent = "Running…";
    $("#view-console").dataset.state = "running";
    remember(query, params);
    try {
      const result = await api.cypher(query, params);
      result.columns = result.columns || [];
      result.rows = result.rows || [];
      state.result = result;
      renderTable(result);
      setChildren($("#result-json"), JSON.stringify(result, null, 2));
      renderGraph(result);
      const n = result.rows.length;
      statusEl.textContent = `${n} row${n === 1 ? "" : "s"} in ${Math.round(result.elapsed_ms || 0)} ms.`;
      truncatedEl.hidden = !result.truncated;
      truncatedEl.textContent = result.truncated ? `Truncated at ${n} rows: the server caps console results; add LIMIT or narrow the query.` : "";
      $("#btn-csv").disabled = false;
      $("#btn-json").disabled = false;
      $("#view-console").dataset.state = "done";
    } catch (err) {
      statusEl.textContent = "The query failed.";
      showError(err.code || "error", err.message, err.position);
      if (err.status === 401) tokenEl.closest("details").open = true;
      $("#view-console").dataset.state = "error";
    } finally {
      state.running = false;
      $("#btn-run").disabled = false;
    }
  };

  const draft = loadDraft();
  const first = loadHistory()[0];
  state.view = createEditor($("#editor"), draft ?? (first ? first.query : EXAMPLES[0].query), run);
  if (draft === null && !first) paramsEl.value = JSON.stringify(EXAMPLES[0].params);
  else if (first && draft === first.query) paramsEl.value = JSON.stringify(first.params || {});

  setChildren(
    $("#examples"),
    EXAMPLES.map((ex) =>
      h(
        "button",
        {
          type: "button",
          class: "example",
          onclick: () => {
            setEditorText(state.view, ex.query);
            paramsEl.value = JSON.stringify(ex.params);
            clearError();
            state.view.focus();
          },
        },
        ex.name,
      ),
    ),
  );
  $("#btn-run").addEventListener("click", run);
  paramsEl.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      run();
    }
  });
  $("#btn-csv").addEventListener("click", () => {
    if (state.result) download(new Blob([toCsv(state.result)], { type: "text/csv;charset=utf-8" }), "dealgraph-result.csv");
  });
  $("#btn-json").addEventListener("click", () => {
    if (state.result) download(new Blob([JSON.stringify(state.result, null, 2)], { type: "application/json" }), "dealgraph-result.json");
  });
  $("#btn-clear-history").addEventListener("click", () => {
    saveHistory([]);
    renderHistory();
  });
  initTabs();
  renderHistory();
  return {
    get editor() {
      return state.view;
    },
    get result() {
      return state.result;
    },
    run,
    setQuery: (q) => setEditorText(state.view, q),
    getQuery: () => editorText(state.view),
    selectTab,
  };
}

export function resizeConsole() {
  layoutResult();
}
