// The amendment chain of one agreement: oldest on the left, each amendment to its right in
// date order (dagre), and the same as an ordered list: date, title, what it amends or waives.

import cytoscape from "cytoscape";
import dagre from "cytoscape-dagre";
import { api } from "./api.js";
import { $, h, setChildren } from "./dom.js";
import { documentHref } from "./evidence.js";
import { evidenceOf, labelColor, nodeName, truncate, typeColor } from "./model.js";
import { changeItem, changesOf } from "./provisions.js";

cytoscape.use(dagre);

let chainCy = null;
let token = 0;

export function getChainCy() {
  return chainCy;
}

/** Entries `{agreement, amends: [edge]}`, original first, from /chain or /amendments. */
async function loadEntries(key) {
  const [chain, amendments] = await Promise.allSettled([api.chain(key), api.amendments(key)]);
  if (chain.status === "fulfilled" && chain.value && Array.isArray(chain.value.chain)) {
    return { subject: chain.value.agreement, entries: chain.value.chain.map((l) => ({ agreement: l.agreement, amends: l.amends || [] })) };
  }
  if (amendments.status === "fulfilled" && amendments.value) {
    const body = amendments.value;
    return {
      subject: body.agreement,
      entries: [
        { agreement: body.agreement, amends: [] },
        ...(body.amendments || []).map((a) => ({ agreement: a.agreement, amends: a.relation ? [a.relation] : [] })),
      ],
    };
  }
  throw amendments.reason || chain.reason;
}

function dateOf(node) {
  return (node.properties && node.properties.date) || "";
}

async function waiversOf(key) {
  try {
    const detail = await api.agreement(key);
    return (detail && detail.waivers) || [];
  } catch {
    return [];
  }
}

function describeWaiver(rel) {
  const p = rel.edge.properties || {};
  const parts = [`waived ${p.what || "rights"}`];
  if (rel.node) parts.push(`by ${nodeName(rel.node)}`);
  if (p.from) parts.push(`from ${p.from}`);
  if (p.until) parts.push(`until ${p.until}`);
  if (p.condition) parts.push(`on condition: ${p.condition}`);
  return parts.join(" ");
}

function renderList(entries, names, waivers, changes = []) {
  const items = entries.map((entry, i) => {
    const a = entry.agreement;
    const date = dateOf(a);
    const amends = entry.amends.map((e) => {
      const ev = evidenceOf(e)[0];
      return h(
        "li",
        {},
        `${e.properties && e.properties.restates ? "restates" : "amends"} `,
        h("a", { href: `#/explorer/${encodeURIComponent(e.target)}` }, names.get(e.target) || e.target),
        ev ? [" (", h("a", { href: documentHref(ev) }, "source text"), ")"] : null,
      );
    });
    const waived = (waivers[i] || []).map((rel) => h("li", {}, describeWaiver(rel)));
    const changed = changes[i] || [];
    return h(
      "li",
      { class: "chain-item", dataset: { key: a.id, date } },
      h("span", { class: "chain-date" }, date ? h("time", { datetime: date }, date) : "undated"),
      " ",
      h("a", { class: "chain-name", href: `#/explorer/${encodeURIComponent(a.id)}` }, nodeName(a)),
      i === 0 && !amends.length ? h("span", { class: "muted" }, " (original agreement)") : null,
      i === 0 ? [" ", h("a", { class: "as-amended", href: `#/amended/${encodeURIComponent(a.id)}` }, "As amended")] : null,
      amends.length || waived.length ? h("ul", { class: "chain-facts" }, amends, waived) : null,
      changed.length
        ? [
            h("p", { class: "changes-title" }, `What it changes (${changed.length}):`),
            h("ul", { class: "chain-changes" }, changed.map((c) => changeItem(c, { withAmended: true }))),
          ]
        : null,
    );
  });
  setChildren($("#chain-list"), items);
}

function renderGraph(entries, names) {
  if (chainCy) chainCy.destroy();
  const index = new Map(entries.map((e, i) => [e.agreement.id, i]));
  const elements = [];
  entries.forEach((e, i) => {
    const date = dateOf(e.agreement);
    elements.push({
      group: "nodes",
      data: {
        id: e.agreement.id,
        display: `${date || "undated"}\n${truncate(nodeName(e.agreement), 64)}`,
        color: labelColor(e.agreement.label || "Agreement"),
      },
    });
    if (i > 0) {
      elements.push({ group: "edges", classes: "seq", data: { id: `seq:${i}`, source: entries[i - 1].agreement.id, target: e.agreement.id } });
    }
  });
  for (const e of entries) {
    for (const edge of e.amends) {
      if (!index.has(edge.source) || !index.has(edge.target)) continue;
      const span = Math.abs(index.get(edge.source) - index.get(edge.target));
      elements.push({
        group: "edges",
        classes: "amends",
        data: { id: `e:${edge.id}`, source: edge.source, target: edge.target, type: edge.type, color: typeColor(edge.type), arc: span > 1 ? 50 * span : 0 },
      });
    }
  }
  chainCy = cytoscape({
    container: $("#chain-cy"),
    elements,
    maxZoom: 1.3,
    minZoom: 0.2,
    style: [
      {
        selector: "node",
        style: {
          shape: "round-rectangle",
          "background-color": "data(color)",
          width: 26,
          height: 26,
          label: "data(display)",
          "text-wrap": "wrap",
          "text-max-width": 170,
          "text-valign": "bottom",
          "text-margin-y": 6,
          "font-size": 12,
          color: "#1a1a1a",
        },
      },
      { selector: "edge.seq", style: { width: 1, "line-style": "dotted", "line-color": "#bbb", "target-arrow-shape": "none" } },
      {
        selector: "edge.amends",
        style: {
          width: 2.5,
          "line-color": "data(color)",
          "target-arrow-color": "data(color)",
          "target-arrow-shape": "triangle",
          "curve-style": "unbundled-bezier",
          "control-point-distances": "data(arc)",
          "control-point-weights": 0.5,
          label: "data(type)",
          "font-size": 10,
          "text-background-color": "#fff",
          "text-background-opacity": 0.9,
        },
      },
    ],
  });
  chainCy
    .elements("node, edge.seq")
    .layout({ name: "dagre", rankDir: "LR", rankSep: 170, nodeSep: 40, padding: 60, fit: true })
    .run();
  chainCy.fit(undefined, 60);
  $("#chain-cy").dataset.nodeCount = String(chainCy.nodes().length);
  chainCy.on("tap", "node", (evt) => {
    location.hash = `#/explorer/${encodeURIComponent(evt.target.id())}`;
  });
  void names;
}

export async function showChain(key) {
  const mine = ++token;
  const status = $("#chain-status");
  status.textContent = "Loading the amendment chain…";
  setChildren($("#chain-list"));
  $("#chain-cy").dataset.ready = "false";
  try {
    const { subject, entries } = await loadEntries(key);
    if (mine !== token) return;
    const names = new Map(entries.map((e) => [e.agreement.id, nodeName(e.agreement)]));
    $("#chain-title").textContent = `Amendment chain: ${nodeName(subject || entries[0].agreement)}`;
    renderGraph(entries, names);
    renderList(entries, names, []);
    const n = entries.length - 1;
    status.textContent = n
      ? `${n} amendment${n === 1 ? "" : "s"}, oldest first.`
      : "No amendments recorded for this agreement.";
    const [waivers, changes] = await Promise.all([
      Promise.all(entries.slice(0, 30).map((e) => waiversOf(e.agreement.id))),
      Promise.all(entries.slice(0, 30).map((e, i) => (i === 0 ? [] : changesOf(e.agreement.id)))),
    ]);
    if (mine !== token) return;
    if (waivers.some((w) => w.length) || changes.some((c) => c.length)) renderList(entries, names, waivers, changes);
    $("#chain-cy").dataset.ready = "true";
  } catch (err) {
    if (mine !== token) return;
    status.textContent = `Could not load the amendment chain: ${err.message}`;
    $("#chain-cy").dataset.ready = "true";
  }
}

export function resizeChain() {
  if (chainCy) {
    chainCy.resize();
    chainCy.fit(undefined, 60);
  }
}
