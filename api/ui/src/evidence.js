// Evidence: the document, the quoted text with the span highlighted, and a link to the
// document's text at that place. Document text only ever enters the page as text nodes.

import { api, documentTextUrl } from "./api.js";
import { h, setChildren } from "./dom.js";
import { plainProperties } from "./model.js";

const CONTEXT = 160; // characters of context shown each side of the span
const texts = new Map(); // document key -> Promise<string>
const titles = new Map(); // document key -> Promise<string|null>

export function documentText(key) {
  if (!texts.has(key)) {
    const p = api.documentText(key).then((t) => (typeof t === "string" ? t : JSON.stringify(t)));
    p.catch(() => texts.delete(key));
    texts.set(key, p);
  }
  return texts.get(key);
}

function documentTitle(key) {
  if (!titles.has(key)) {
    titles.set(
      key,
      api
        .document(key)
        .then((d) => {
          const p = (d && d.document && d.document.properties) || {};
          return p.title || p.path || null;
        })
        .catch(() => null),
    );
  }
  return titles.get(key);
}

export function documentHref(ev) {
  return `#/document/${encodeURIComponent(ev.document)}/${ev.start}/${ev.end}`;
}

/** One evidence entry as a figure; context around the span is filled in when loaded. */
export function evidenceFigure(ev) {
  const key = String(ev.document || "");
  const start = Number(ev.start);
  const end = Number(ev.end);
  const quote = h("blockquote", { class: "quote" }, h("mark", {}, String(ev.text ?? "")));
  const titleSlot = h("span", { class: "doc-title" });
  const fig = h(
    "figure",
    { class: "evidence", dataset: { document: key, start: String(start), end: String(end) } },
    h(
      "figcaption",
      {},
      titleSlot,
      h("span", { class: "doc-key", title: key }, `document ${key.slice(0, 12)}${key.length > 12 ? "…" : ""}`),
      h("span", { class: "offsets" }, ` characters ${start}–${end}`),
      " ",
      h("a", { href: documentHref(ev) }, "Show in document"),
      " · ",
      h("a", { href: documentTextUrl(key), target: "_blank", rel: "noopener" }, "plain text"),
    ),
    quote,
  );
  documentTitle(key).then((title) => {
    if (title) titleSlot.textContent = `${title} · `;
  });
  documentText(key)
    .then((text) => {
      if (!Number.isFinite(start) || !Number.isFinite(end) || text.slice(start, end) !== String(ev.text)) return;
      const from = Math.max(0, start - CONTEXT);
      const to = Math.min(text.length, end + CONTEXT);
      setChildren(
        quote,
        from > 0 ? "…" : "",
        text.slice(from, start),
        h("mark", {}, text.slice(start, end)),
        text.slice(end, to),
        to < text.length ? "…" : "",
      );
    })
    .catch(() => {
      /* keep the quote alone */
    });
  return fig;
}

export function evidenceList(evidence) {
  if (!evidence || !evidence.length) return h("p", { class: "muted" }, "No evidence recorded.");
  return h("div", { class: "evidence-list" }, evidence.map(evidenceFigure));
}

/** The document view: the whole text with [start, end) marked and scrolled into view. */
export async function showDocument(key, start, end) {
  const pre = document.getElementById("document-text");
  const status = document.getElementById("document-status");
  const title = document.getElementById("document-title");
  document.getElementById("document-raw").setAttribute("href", documentTextUrl(key));
  title.textContent = "Document";
  setChildren(pre);
  status.textContent = "Loading the document…";
  documentTitle(key).then((t) => {
    if (t) title.textContent = t;
  });
  try {
    const text = await documentText(key);
    const s = Number.isFinite(start) ? Math.max(0, Math.min(start, text.length)) : 0;
    const e = Number.isFinite(end) ? Math.max(s, Math.min(end, text.length)) : s;
    const mark = h("mark", { id: "document-mark" }, text.slice(s, e));
    setChildren(pre, text.slice(0, s), mark, text.slice(e));
    status.textContent = e > s ? `Characters ${s}–${e} are highlighted.` : `${text.length} characters.`;
    if (e > s) mark.scrollIntoView({ block: "center" });
  } catch (err) {
    status.textContent = `Could not load the document: ${err.message}`;
  }
}

/** Properties (without evidence) as a definition list. */
export function propertyList(item) {
  const props = plainProperties(item);
  const entries = Object.entries(props);
  if (!entries.length) return h("p", { class: "muted" }, "No properties.");
  return h(
    "dl",
    { class: "props" },
    entries.flatMap(([k, v]) => [
      h("dt", {}, k),
      h("dd", {}, Array.isArray(v) ? v.join(", ") : typeof v === "object" && v !== null ? JSON.stringify(v) : String(v)),
    ]),
  );
}
