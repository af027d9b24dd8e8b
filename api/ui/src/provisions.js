// What amendments changed: the changes of one amendment (listed on the chain page) and the
// "As amended" view of an agreement: each changed provision with its wording in force, its
// history oldest first, and a word-level diff between two versions where both are known.

import { api } from "./api.js";
import { $, h, setChildren } from "./dom.js";
import { documentHref } from "./evidence.js";
import { evidenceOf, nodeName } from "./model.js";
import { diffWords } from "./wordDiff.js";

let token = 0;

/** "Section 3.02", "“Maturity Date”" or "Schedule 2.01" for a Provision node. */
export function provisionName(node) {
  return nodeName({ ...node, label: "Provision" });
}

function sourceLink(change) {
  const ev = evidenceOf(change.relation)[0];
  return ev ? h("a", { href: documentHref(ev), class: "change-source" }, "source text") : null;
}

function wording(text, label) {
  if (!text) return null;
  return h("details", { class: "wording" }, h("summary", {}, label), h("pre", { class: "wording-text", tabindex: "0" }, text));
}

/** One change as a list item: provision, action, new wording (collapsed), evidence link. */
export function changeItem(change, { withAmended = false } = {}) {
  return h(
    "li",
    { class: "change", dataset: { action: change.action, provision: change.provision.id } },
    h("span", { class: "change-provision" }, provisionName(change.provision)),
    change.provision.properties.heading ? h("span", { class: "muted" }, ` ${change.provision.properties.heading}`) : null,
    withAmended && change.amended ? ` of ${nodeName(change.amended)}` : null,
    ": ",
    h("span", { class: `change-action action-${change.action}` }, change.action),
    " (",
    sourceLink(change),
    ")",
    wording(change.new_text, "new wording"),
  );
}

export async function changesOf(key) {
  try {
    const body = await api.changes(key);
    return (body && body.changes) || [];
  } catch {
    return [];
  }
}

function versionsOf(provision, agreement) {
  // Each wording stated in full, oldest first (the original where the graph holds it): the
  // versions a diff compares.
  const original = provision.original
    ? [{ label: `${(agreement.properties && agreement.properties.date) || "undated"} original`, text: provision.original.text }]
    : [];
  return original.concat(
    provision.history
      .filter((c) => c.new_text && (c.action === "replace" || c.action === "add"))
      .map((c) => ({ label: `${c.effective_date || "undated"} ${c.amendment ? nodeName(c.amendment) : ""}`.trim(), text: c.new_text })),
  );
}

function originalItem(entry, agreement) {
  if (!entry.original) return null;
  const date = (agreement.properties && agreement.properties.date) || "";
  return h(
    "li",
    { class: "history-item", dataset: { action: "original" } },
    h("time", { datetime: date }, date || "undated"),
    " ",
    nodeName(agreement),
    ": ",
    h("span", { class: "change-action" }, "original"),
    " (",
    h("a", { href: documentHref(entry.original), class: "change-source" }, "source text"),
    ")",
    wording(entry.original.text, "original wording"),
  );
}

function diffView(versions, from, to) {
  const parts = diffWords(versions[from].text, versions[to].text);
  return h(
    "p",
    { class: "diff", dataset: { from: String(from), to: String(to) } },
    parts.map((p) => [p.op === "same" ? p.text : h(p.op, {}, p.text), " "]),
  );
}

function diffBox(versions, id) {
  if (versions.length < 2) return null;
  const slot = h("div", { class: "diff-slot" });
  const pick = (name, selected) =>
    h(
      "select",
      { id: `${id}-${name}`, class: `diff-${name}` },
      versions.map((v, i) => h("option", { value: String(i), selected: i === selected }, v.label)),
    );
  const fromSel = pick("from", versions.length - 2);
  const toSel = pick("to", versions.length - 1);
  const redraw = () => setChildren(slot, diffView(versions, Number(fromSel.value), Number(toSel.value)));
  fromSel.addEventListener("change", redraw);
  toSel.addEventListener("change", redraw);
  redraw();
  return h(
    "div",
    { class: "diff-box" },
    h("label", { for: fromSel.id }, "Compare "),
    fromSel,
    h("label", { for: toSel.id }, " with "),
    toSel,
    slot,
  );
}

function provisionSection(entry, i, agreement) {
  const p = entry.provision;
  const id = `prov-${i}`;
  const history = entry.history.map((c) =>
    h(
      "li",
      { class: "history-item", dataset: { action: c.action } },
      h("time", { datetime: c.effective_date || "" }, c.effective_date || "undated"),
      " ",
      c.amendment ? h("a", { href: `#/explorer/${encodeURIComponent(c.amendment.id)}` }, nodeName(c.amendment)) : "",
      ": ",
      h("span", { class: `change-action action-${c.action}` }, c.action),
      " (",
      sourceLink(c),
      ")",
      wording(c.new_text, "wording stated"),
    ),
  );
  return h(
    "section",
    { class: "provision panel", dataset: { provision: p.id }, "aria-labelledby": `${id}-title` },
    h("h2", { id: `${id}-title` }, provisionName(p), p.properties.heading ? ` ${p.properties.heading}` : ""),
    h("h3", {}, "Wording in force"),
    entry.current_text
      ? h("pre", { class: "current-text wording-text", tabindex: "0", "aria-label": "Wording in force" }, entry.current_text)
      : h("p", { class: "muted current-text" }, "Not stated in full in the graph (changed in part, or deleted)."),
    h("h3", {}, "History, oldest first"),
    h("ol", { class: "provision-history" }, originalItem(entry, agreement), history),
    diffBox(versionsOf(entry, agreement), id),
  );
}

export async function showAmended(key) {
  const mine = ++token;
  const status = $("#amended-status");
  status.textContent = "Loading the agreement as amended…";
  setChildren($("#amended-list"));
  try {
    const body = await api.provisions(key);
    if (mine !== token) return;
    $("#amended-title").textContent = `As amended: ${nodeName(body.agreement)}`;
    $("#amended-chain").href = `#/chain/${encodeURIComponent(body.agreement.id)}`;
    setChildren($("#amended-list"), body.provisions.map((p, i) => provisionSection(p, i, body.agreement)));
    const n = body.provisions.length;
    status.textContent = n
      ? `${n} changed provision${n === 1 ? "" : "s"}, in section order.`
      : "No change to this agreement is recorded.";
  } catch (err) {
    if (mine !== token) return;
    status.textContent = `Could not load the agreement as amended: ${err.message}`;
  }
}
