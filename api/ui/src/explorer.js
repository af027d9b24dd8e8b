// The explorer: search, the neighbourhood graph, expansion, legend filters, inspector.

import cytoscape from "cytoscape";
import { api } from "./api.js";
import { $, debounce, download, h, setChildren } from "./dom.js";
import { evidenceList, propertyList } from "./evidence.js";
import {
  LABELS,
  REL_TYPES,
  edgeElement,
  evidenceOf,
  graphStyle,
  labelColor,
  nodeElement,
  nodeName,
  truncate,
  typeColor,
} from "./model.js";

/** Most relations one expansion adds; the rest is announced as "+k more". */
export const EXPAND_CAP = 20;

const state = {
  cy: null,
  hiddenLabels: new Set(),
  hiddenTypes: new Set(),
  offsets: new Map(), // "key|types|direction" -> relations already loaded
  busy: 0,
  inspected: null, // {kind, id}
  expandCap: EXPAND_CAP,
};

function status(text) {
  $("#explorer-status").textContent = text;
}

function setBusy(delta) {
  state.busy += delta;
  $("#cy").dataset.busy = state.busy > 0 ? "true" : "false";
}

async function withBusy(promise) {
  setBusy(1);
  try {
    return await promise;
  } finally {
    setBusy(-1);
  }
}

// ------------------------------------------------------------------ graph

function initGraph() {
  const cy = cytoscape({
    container: $("#cy"),
    style: graphStyle(),
    minZoom: 0.15,
    maxZoom: 4,
    boxSelectionEnabled: false,
  });
  cy.on("tap", "node", (evt) => inspectNode(evt.target.id()));
  cy.on("tap", "edge", (evt) => inspectEdge(evt.target.id()));
  cy.on("dbltap", "node", (evt) => {
    expand(evt.target.id());
  });
  state.cy = cy;
  $("#cy").dataset.busy = "false";
  return cy;
}

function displayLabel(node) {
  const more = node.data("more") || 0;
  const base = truncate(node.data("name"), 42);
  return more > 0 ? `${base}\n+${more} more` : base;
}

/** Add node and edge values; returns the number of new nodes. New nodes start near `near`. */
function addGraph(nodes, edges, near) {
  const cy = state.cy;
  const origin = near && cy.getElementById(near);
  const center = origin && origin.nonempty() ? origin.position() : null;
  let added = 0;
  cy.batch(() => {
    for (const node of nodes || []) {
      const existing = cy.getElementById(node.id);
      if (existing.nonempty()) {
        existing.data("item", { ...existing.data("item"), ...node });
        continue;
      }
      const el = nodeElement(node);
      if (center) el.position = { x: center.x + (Math.random() - 0.5) * 80, y: center.y + (Math.random() - 0.5) * 80 };
      cy.add(el);
      added += 1;
    }
    for (const edge of edges || []) {
      const el = edgeElement(edge);
      if (cy.getElementById(el.data.id).nonempty()) continue;
      if (cy.getElementById(edge.source).empty() || cy.getElementById(edge.target).empty()) continue;
      cy.add(el);
    }
    cy.nodes().forEach((n) => n.data("display", displayLabel(n)));
  });
  applyFilters();
  return added;
}

export function runLayout(fit = true, randomize = false) {
  const cy = state.cy;
  if (!cy || cy.nodes().empty()) return;
  const name = $("#layout-select").value || "cose";
  const visible = cy.elements().filter((e) => isShown(e));
  const options = {
    cose: {
      name: "cose",
      animate: false,
      randomize,
      nodeRepulsion: () => 400000,
      idealEdgeLength: () => 120,
      edgeElasticity: () => 100,
      nodeOverlap: 20,
      gravity: 60,
      numIter: 1500,
      padding: 40,
      fit,
    },
    concentric: {
      name: "concentric",
      animate: false,
      padding: 40,
      fit,
      minNodeSpacing: 40,
      concentric: (n) => n.degree(),
      levelWidth: () => 2,
    },
    breadthfirst: { name: "breadthfirst", animate: false, padding: 40, fit, directed: false, spacingFactor: 1.2 },
  }[name];
  visible.layout(options).run();
}

function clearGraph() {
  state.cy.elements().remove();
  state.offsets.clear();
  state.inspected = null;
  setChildren($("#inspector-body"), h("p", { class: "muted" }, "Click a node or an edge to see its properties and the text it comes from."));
  updateViewState();
}

/** Open one node: its neighbourhood replaces the view. */
export async function openNode(key) {
  status("Loading…");
  try {
    const data = await withBusy(api.neighbors(key, { limit: state.expandCap }));
    clearGraph();
    addGraph(data.nodes, data.edges);
    state.offsets.set(`${key}||both`, (data.edges || []).length);
    setMore(key, data.more || 0);
    runLayout(true, true);
    const node = state.cy.getElementById(key);
    node.select();
    inspectNode(key);
    status(`${nodeName(node.data("item"))}: ${state.cy.nodes().length} nodes, ${state.cy.edges().length} relations${moreText(data.more)}.`);
  } catch (err) {
    status(`Could not open ${key}: ${err.message}`);
  }
}

function moreText(more) {
  return more > 0 ? ` (+${more} more: double-click the node to load them)` : "";
}

function setMore(key, more) {
  const node = state.cy.getElementById(key);
  if (node.empty()) return;
  node.data("more", more);
  node.data("display", displayLabel(node));
}

/** Add neighbours of `key` (optionally one relation type and direction), capped. */
export async function expand(key, { types = [], direction = "both" } = {}) {
  const id = `${key}|${types.join(",")}|${direction}`;
  const offset = state.offsets.get(id) || 0;
  const node = state.cy.getElementById(key);
  const name = node.nonempty() ? node.data("name") : key;
  status(`Expanding ${name}…`);
  try {
    const data = await withBusy(api.neighbors(key, { types, direction, limit: state.expandCap, offset }));
    const added = addGraph(data.nodes, data.edges, key);
    state.offsets.set(id, offset + (data.edges || []).length);
    if (!types.length && direction === "both") setMore(key, data.more || 0);
    if (added) runLayout(false);
    updateViewState();
    const what = types.length ? `${types.join(", ")} ${direction === "both" ? "" : direction}`.trim() : "all relations";
    status(`${name} (${what}): ${added} new node${added === 1 ? "" : "s"}${data.more > 0 ? `, +${data.more} more` : ""}.`);
  } catch (err) {
    status(`Could not expand ${name}: ${err.message}`);
  }
}

// ------------------------------------------------------------------ legend and filters

/** Whether the legend's toggles let an element be seen (an edge also needs both ends). */
function isShown(el) {
  if (el.isNode()) return !state.hiddenLabels.has(el.data("label"));
  return !state.hiddenTypes.has(el.data("type")) && isShown(el.source()) && isShown(el.target());
}

function applyFilters() {
  const cy = state.cy;
  cy.batch(() => {
    cy.nodes().forEach((n) => n.toggleClass("filtered", state.hiddenLabels.has(n.data("label"))));
    cy.edges().forEach((e) => e.toggleClass("filtered", state.hiddenTypes.has(e.data("type"))));
  });
  updateViewState();
}

function legendItem(kind, name, color, count, hidden) {
  const id = `legend-${kind}-${name}`;
  const box = h("input", { type: "checkbox", id, dataset: { kind, name } });
  box.checked = !hidden;
  box.addEventListener("change", () => {
    const set = kind === "label" ? state.hiddenLabels : state.hiddenTypes;
    if (box.checked) set.delete(name);
    else set.add(name);
    applyFilters();
    status(`${name} ${box.checked ? "shown" : "hidden"}.`);
  });
  const swatch = h("span", {
    class: kind === "label" ? "swatch swatch-node" : "swatch swatch-edge",
    "aria-hidden": "true",
  });
  swatch.style.setProperty("--swatch", color);
  return h(
    "li",
    { class: count ? "" : "absent" },
    box,
    h("label", { for: id }, swatch, name, h("span", { class: "count" }, ` ${count}`)),
  );
}

function renderLegend() {
  const cy = state.cy;
  const labelCounts = {};
  const typeCounts = {};
  cy.nodes().forEach((n) => (labelCounts[n.data("label")] = (labelCounts[n.data("label")] || 0) + 1));
  cy.edges().forEach((e) => (typeCounts[e.data("type")] = (typeCounts[e.data("type")] || 0) + 1));
  const labels = [...new Set([...LABELS, ...Object.keys(labelCounts)])];
  const types = [...new Set([...REL_TYPES, ...Object.keys(typeCounts)])];
  setChildren(
    $("#legend-labels"),
    labels.map((l) => legendItem("label", l, labelColor(l), labelCounts[l] || 0, state.hiddenLabels.has(l))),
  );
  setChildren(
    $("#legend-types"),
    types.map((t) => legendItem("type", t, typeColor(t), typeCounts[t] || 0, state.hiddenTypes.has(t))),
  );
}

/** Counts for tests and screen readers, the legend, and the keyboard list of nodes. */
function updateViewState() {
  const cy = state.cy;
  const el = $("#cy");
  el.dataset.nodeCount = String(cy.nodes().length);
  el.dataset.edgeCount = String(cy.edges().length);
  const shownNodes = cy.nodes().filter((n) => isShown(n));
  el.dataset.visibleNodeCount = String(shownNodes.length);
  el.dataset.visibleEdgeCount = String(cy.edges().filter((e) => isShown(e)).length);
  $("#graph-empty").hidden = cy.nodes().length > 0;
  const active = document.activeElement;
  const keepFocus = active && active.closest && active.closest(".legend") ? active.id : null;
  renderLegend();
  if (keepFocus) document.getElementById(keepFocus)?.focus();
  const items = shownNodes
    .sort((a, b) => a.data("name").localeCompare(b.data("name")))
    .map((n) =>
      h(
        "li",
        {},
        h(
          "button",
          { type: "button", class: "linkish", onclick: () => focusNode(n.id()) },
          `${n.data("name")} (${n.data("label")})`,
        ),
        " ",
        h("button", { type: "button", class: "small", onclick: () => expand(n.id()), "aria-label": `Expand ${n.data("name")}` }, "Expand"),
      ),
    );
  setChildren($("#node-list"), items);
}

function focusNode(key) {
  const cy = state.cy;
  const node = cy.getElementById(key);
  if (node.empty()) return;
  cy.elements().unselect();
  node.select();
  cy.animate({ center: { eles: node } }, { duration: 200 });
  inspectNode(key);
}

// ------------------------------------------------------------------ inspector

function nodeButton(key) {
  const n = state.cy.getElementById(key);
  const name = n.nonempty() ? n.data("name") : key;
  return h("button", { type: "button", class: "linkish", onclick: () => focusNode(key) }, name);
}

function inspectorShell(kind, id, heading, ...children) {
  const body = $("#inspector-body");
  body.dataset.kind = kind;
  body.dataset.id = id;
  state.inspected = { kind, id };
  setChildren(body, h("h3", { class: "inspector-heading" }, heading), ...children);
}

export function inspectNode(key) {
  const node = state.cy.getElementById(key);
  if (node.empty()) return;
  const item = node.data("item");
  const actions = h(
    "div",
    { class: "actions" },
    h("button", { type: "button", onclick: () => expand(key) }, "Expand all"),
    item.label === "Agreement" ? h("a", { class: "button", href: `#/chain/${encodeURIComponent(key)}` }, "Amendment chain") : null,
    item.label === "Agreement" || item.label === "Instrument"
      ? h("a", { class: "button", href: `#/amended/${encodeURIComponent(key)}` }, "As amended")
      : null,
    item.label === "Document" ? h("a", { class: "button", href: `#/document/${encodeURIComponent(key)}` }, "Read document") : null,
  );
  const relSlot = h("div", { class: "relations" }, h("p", { class: "muted" }, "Loading relations…"));
  // lists (search, neighbours) carry no node evidence: the node's own answer below has it
  const evidenceSlot = h(
    "div",
    { class: "node-evidence" },
    Array.isArray(item.evidence) ? evidenceList(item.evidence) : h("p", { class: "muted" }, "Loading evidence…"),
  );
  const badge = h("span", { class: "badge", "aria-hidden": "true" });
  badge.style.setProperty("--swatch", labelColor(item.label));
  inspectorShell(
    "node",
    key,
    [badge, `${item.label}: ${nodeName(item)}`],
    h("p", { class: "key" }, "key ", h("code", {}, key)),
    actions,
    h("h4", {}, "Properties"),
    propertyList(item),
    h("h4", {}, "Relations"),
    relSlot,
    edgesInView(node),
    h("h4", {}, "Evidence"),
    evidenceSlot,
  );
  api
    .node(key)
    .then((detail) => {
      if (!state.inspected || state.inspected.id !== key) return;
      if (detail && detail.node) {
        const merged = { ...item, ...detail.node };
        node.data("item", merged);
        setChildren(evidenceSlot, evidenceList(evidenceOf(merged)));
      }
      setChildren(relSlot, relationTable(key, (detail && detail.relations) || {}, detail && detail.truncated));
    })
    .catch((err) => {
      setChildren(relSlot, h("p", { class: "muted" }, `Relations unavailable: ${err.message}`));
      if (!Array.isArray(item.evidence)) setChildren(evidenceSlot, h("p", { class: "muted" }, `Evidence unavailable: ${err.message}`));
    });
}

/** The relations of `node` drawn in the view, as buttons: keyboard access to edge evidence. */
function edgesInView(node) {
  const edges = node.connectedEdges().filter((e) => isShown(e));
  if (edges.empty()) return null;
  const items = edges
    .sort((a, b) => (a.data("type") + a.id()).localeCompare(b.data("type") + b.id()))
    .map((e) => {
      const out = e.source().id() === node.id();
      const other = out ? e.target() : e.source();
      const text = `${e.data("type")} ${out ? "to" : "from"} ${other.data("name")}`;
      return h("li", {}, h("button", { type: "button", class: "linkish", onclick: () => selectEdge(e.id()) }, text));
    });
  return h("details", { class: "edges-in-view" }, h("summary", {}, `Relations in view (${edges.length})`), h("ul", {}, items));
}

function selectEdge(id) {
  const edge = state.cy.getElementById(id);
  if (edge.empty()) return;
  state.cy.elements().unselect();
  edge.select();
  inspectEdge(id);
  $("#inspector").focus();
}

function relationTable(key, grouped, truncated) {
  const counts = new Map();
  for (const [type, rels] of Object.entries(grouped)) {
    for (const rel of rels || []) {
      const k = `${type}|${rel.direction}`;
      counts.set(k, (counts.get(k) || 0) + 1);
    }
  }
  if (!counts.size) return h("p", { class: "muted" }, "No relations.");
  const rows = [...counts.entries()].sort().map(([k, n]) => {
    const [type, direction] = k.split("|");
    const arrow = direction === "out" ? "outgoing →" : "← incoming";
    return h(
      "tr",
      {},
      h("th", { scope: "row" }, type),
      h("td", {}, arrow),
      h("td", { class: "num" }, String(n)),
      h(
        "td",
        {},
        h(
          "button",
          {
            type: "button",
            class: "small",
            dataset: { expandType: type, expandDirection: direction },
            "aria-label": `Expand ${type} ${direction === "out" ? "outgoing" : "incoming"}`,
            onclick: () => expand(key, { types: [type], direction }),
          },
          "Expand",
        ),
      ),
    );
  });
  return h(
    "div",
    {},
    h(
      "table",
      { class: "rel-table" },
      h("caption", { class: "visually-hidden" }, "Relations by type and direction"),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Type"), h("th", { scope: "col" }, "Direction"), h("th", { scope: "col" }, "Count"), h("td", {}))),
      h("tbody", {}, rows),
    ),
    truncated ? h("p", { class: "muted" }, "More relations exist than are listed.") : null,
  );
}

export function inspectEdge(id) {
  const edge = state.cy.getElementById(id);
  if (edge.empty()) return;
  const item = edge.data("item");
  const swatch = h("span", { class: "badge", "aria-hidden": "true" });
  swatch.style.setProperty("--swatch", typeColor(item.type));
  inspectorShell(
    "edge",
    item.id,
    [swatch, item.type],
    h("p", { class: "edge-ends" }, nodeButton(item.source), ` —${item.type}→ `, nodeButton(item.target)),
    h("p", { class: "key" }, "key ", h("code", {}, item.id)),
    h("h4", {}, "Properties"),
    propertyList(item),
    h("h4", {}, "Evidence"),
    evidenceList(evidenceOf(item)),
  );
}

// ------------------------------------------------------------------ search

function initSearch() {
  const input = $("#search-input");
  const list = $("#search-results");
  let items = [];
  let active = -1;
  let controller = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const highlight = (i) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute("aria-selected", j === i ? "true" : "false"));
    if (i >= 0) input.setAttribute("aria-activedescendant", `suggestion-${i}`);
    else input.removeAttribute("aria-activedescendant");
  };
  const pick = (i) => {
    const hit = items[i];
    if (!hit) return;
    input.value = hit.name;
    close();
    const target = `#/explorer/${encodeURIComponent(hit.id)}`;
    if (location.hash === target) openNode(hit.id);
    else location.hash = target;
  };
  const render = () => {
    setChildren(
      list,
      items.length
        ? items.map((hit, i) => {
            const swatch = h("span", { class: "swatch swatch-node", "aria-hidden": "true" });
            swatch.style.setProperty("--swatch", labelColor(hit.label));
            return h(
              "li",
              {
                id: `suggestion-${i}`,
                role: "option",
                "aria-selected": "false",
                dataset: { key: hit.id, label: hit.label },
                onmousedown: (e) => {
                  e.preventDefault();
                  pick(i);
                },
              },
              swatch,
              h("span", { class: "hit-name" }, hit.name),
              h("span", { class: "hit-label" }, hit.label),
            );
          })
        : [h("li", { role: "option", "aria-disabled": "true", "aria-selected": "false", class: "muted" }, "No matches")],
    );
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    active = -1;
  };
  const lookup = debounce(async (q) => {
    if (controller) controller.abort();
    controller = new AbortController();
    try {
      const result = await api.search(q, controller.signal);
      if (input.value.trim() !== q) return;
      items = (result && result.items) || [];
      render();
      status(`${items.length} suggestion${items.length === 1 ? "" : "s"} for "${q}".`);
    } catch (err) {
      if (err.name !== "AbortError") status(`Search failed: ${err.message}`);
    }
  }, 200);

  input.addEventListener("input", () => {
    const q = input.value.trim();
    if (!q) {
      items = [];
      close();
      return;
    }
    lookup(q);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" && items.length) {
      e.preventDefault();
      if (list.hidden) render();
      highlight((active + 1) % items.length);
    } else if (e.key === "ArrowUp" && items.length) {
      e.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (e.key === "Escape") {
      close();
    }
  });
  $("#search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    if (items.length) pick(active >= 0 ? active : 0);
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
}

// ------------------------------------------------------------------ setup

export function initExplorer() {
  const cy = initGraph();
  initSearch();
  $("#btn-fit").addEventListener("click", () => cy.fit(cy.elements().filter((e) => isShown(e)), 40));
  $("#btn-clear").addEventListener("click", () => {
    clearGraph();
    status("Cleared.");
  });
  $("#layout-select").addEventListener("change", () => runLayout(true, true));
  $("#btn-png").addEventListener("click", () => {
    if (cy.nodes().empty()) {
      status("Nothing to export yet.");
      return;
    }
    const blob = cy.png({ output: "blob", bg: "#ffffff", full: true, scale: 2 });
    download(blob, "dealgraph.png");
    status("Exported the view as dealgraph.png.");
  });
  updateViewState();
  return { cy, state, openNode, expand, inspectNode, inspectEdge, runLayout };
}

export function resizeExplorer() {
  if (state.cy) {
    state.cy.resize();
  }
}
