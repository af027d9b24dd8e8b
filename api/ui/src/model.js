// The graph model as the UI sees it (product.md): labels, relation types, their colours,
// and how to name a node or read its evidence whatever endpoint it came from.

export const LABELS = ["Agreement", "Party", "Instrument", "Asset", "Provision", "Document"];
export const REL_TYPES = [
  "AMENDS", "PARTY_TO", "LENDS_TO", "SECURES", "WAIVES", "SIGNED",
  "ISSUES", "HOLDS", "ISSUED_UNDER", "REFERENCES", "CONTAINS", "FILED_BY", "CHANGES", "PROVISION_OF",
];

// Okabe–Ito based, distinguishable for common colour-vision deficiencies.
export const LABEL_COLORS = {
  Agreement: "#0072B2",
  Party: "#D55E00",
  Instrument: "#009E73",
  Asset: "#CC79A7",
  Provision: "#E69F00",
  Document: "#7f7f7f",
};
export const LABEL_SHAPES = {
  Agreement: "round-rectangle",
  Party: "ellipse",
  Instrument: "diamond",
  Asset: "hexagon",
  Provision: "tag",
  Document: "rectangle",
};
export const TYPE_COLORS = {
  AMENDS: "#0072B2",
  PARTY_TO: "#8c8c8c",
  LENDS_TO: "#D55E00",
  SECURES: "#6a3d9a",
  WAIVES: "#b8860b",
  SIGNED: "#56B4E9",
  ISSUES: "#009E73",
  HOLDS: "#2e8b57",
  ISSUED_UNDER: "#CC79A7",
  REFERENCES: "#b0b0b0",
  CONTAINS: "#5f5f5f",
  FILED_BY: "#9a9a9a",
  CHANGES: "#E69F00",
  PROVISION_OF: "#c2a25a",
};
const FALLBACK = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02"];

function hashColor(name) {
  let h = 0;
  for (const c of String(name)) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return FALLBACK[h % FALLBACK.length];
}

export const labelColor = (label) => LABEL_COLORS[label] || hashColor(label);
export const typeColor = (type) => TYPE_COLORS[type] || hashColor(type);
export const labelShape = (label) => LABEL_SHAPES[label] || "ellipse";

/** A short human name for a node value `{id, label, properties}`. */
export function nodeName(node) {
  const p = (node && node.properties) || {};
  if (node && node.label === "Provision") {
    const s = String(p.section || "");
    if (p.term) return `“${p.term}”`;
    return /^(Schedule|Exhibit|Annex|Appendix|Article)\b/.test(s) ? s : `Section ${s}`;
  }
  const name = p.name || p.title || p.description || p.path || node.id;
  return String(name);
}

/** Evidence of a node or edge: lifted out by the REST API, or inside properties (console). */
export function evidenceOf(item) {
  if (!item) return [];
  if (Array.isArray(item.evidence)) return item.evidence;
  const inProps = item.properties && item.properties.evidence;
  if (Array.isArray(inProps)) return inProps;
  if (typeof inProps === "string") {
    try {
      const parsed = JSON.parse(inProps);
      return Array.isArray(parsed) ? parsed : [];
    } catch {
      return [];
    }
  }
  return [];
}

/** Properties without evidence (shown separately). */
export function plainProperties(item) {
  const out = {};
  for (const [k, v] of Object.entries((item && item.properties) || {})) {
    if (k !== "evidence") out[k] = v;
  }
  return out;
}

export const isNodeValue = (v) =>
  v && typeof v === "object" && !Array.isArray(v) && "id" in v && "label" in v && "properties" in v;
export const isEdgeValue = (v) =>
  v && typeof v === "object" && !Array.isArray(v) && "type" in v && "source" in v && "target" in v;
export const isPathValue = (v) =>
  v && typeof v === "object" && !Array.isArray(v) && Array.isArray(v.nodes) && Array.isArray(v.edges);

/** Cytoscape element definitions for node and edge values. */
export function nodeElement(node) {
  return {
    group: "nodes",
    data: {
      id: node.id,
      label: node.label,
      name: nodeName(node),
      display: truncate(nodeName(node), 42),
      color: labelColor(node.label),
      shape: labelShape(node.label),
      item: node,
    },
  };
}

export function edgeElement(edge) {
  return {
    group: "edges",
    data: {
      id: `e:${edge.id}`,
      key: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      color: typeColor(edge.type),
      item: edge,
    },
  };
}

export function truncate(text, n) {
  const s = String(text);
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** Shared cytoscape style: colour by label and by relation type. */
export function graphStyle() {
  return [
    {
      selector: "node",
      style: {
        "background-color": "data(color)",
        shape: "data(shape)",
        label: "data(display)",
        color: "#1a1a1a",
        "font-size": 11,
        "text-valign": "bottom",
        "text-margin-y": 4,
        "text-wrap": "wrap",
        "text-max-width": 150,
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.85,
        "text-background-padding": 2,
        width: 28,
        height: 28,
        "border-width": 1,
        "border-color": "#ffffff",
      },
    },
    { selector: "node[more > 0]", style: { "border-width": 3, "border-color": "#333", "border-style": "dashed" } },
    {
      selector: "edge",
      style: {
        width: 2,
        "line-color": "data(color)",
        "target-arrow-color": "data(color)",
        "target-arrow-shape": "triangle",
        "curve-style": "bezier",
        label: "data(type)",
        "font-size": 9,
        color: "#333",
        "text-rotation": "autorotate",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.85,
        "text-background-padding": 1,
      },
    },
    { selector: "node:selected", style: { "border-width": 4, "border-color": "#111", "border-style": "solid" } },
    { selector: "edge:selected", style: { width: 5, "line-color": "#111", "target-arrow-color": "#111" } },
    { selector: ".filtered", style: { display: "none" } },
    { selector: ".focus", style: { "overlay-color": "#ffd400", "overlay-opacity": 0.35, "overlay-padding": 6 } },
  ];
}
