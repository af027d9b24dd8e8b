// Entry point: hash routes pick the view; `window.dealgraph` exposes state for tests.
//   #/explorer[/KEY]   the explorer (opening KEY's neighbourhood)
//   #/chain/KEY        the amendment chain of an agreement
//   #/amended/KEY      the agreement as amended: changed provisions, history, diffs
//   #/document/KEY[/START/END]  a document's text with a span marked
//   #/console          the Cypher console

import { getChainCy, resizeChain, showChain } from "./chain.js";
import { getResultCy, initConsole, resizeConsole } from "./console.js";
import { showDocument } from "./evidence.js";
import { initExplorer, resizeExplorer } from "./explorer.js";
import { showAmended } from "./provisions.js";

const VIEWS = ["explorer", "chain", "amended", "document", "console"];
const TITLES = { explorer: "Explorer", chain: "Amendment chain", amended: "As amended", document: "Document", console: "Cypher console" };

function parseRoute() {
  const parts = location.hash.replace(/^#\/?/, "").split("/").map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  const view = VIEWS.includes(parts[0]) ? parts[0] : "explorer";
  return { view, args: parts.slice(1) };
}

function show(view) {
  for (const v of VIEWS) document.getElementById(`view-${v}`).hidden = v !== view;
  document.querySelectorAll("[data-view-link]").forEach((a) => {
    const current = a.dataset.viewLink === view || (view !== "console" && a.dataset.viewLink === "explorer");
    if (current) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  });
  document.body.dataset.view = view;
  document.title = `${TITLES[view]} · DealGraph`;
}

function start() {
  const explorer = initExplorer();
  const consoleApi = initConsole();
  let opened = null;

  const route = () => {
    const { view, args } = parseRoute();
    show(view);
    if (view === "explorer") {
      resizeExplorer();
      const key = args[0];
      if (key && (key !== opened || explorer.cy.getElementById(key).empty())) {
        opened = key;
        explorer.openNode(key);
      }
    } else if (view === "chain" && args[0]) {
      showChain(args[0]).then(resizeChain);
    } else if (view === "amended" && args[0]) {
      showAmended(args[0]);
    } else if (view === "document" && args[0]) {
      showDocument(args[0], Number.parseInt(args[1], 10), Number.parseInt(args[2], 10));
    } else if (view === "console") {
      resizeConsole();
    }
  };
  window.addEventListener("hashchange", route);
  window.addEventListener("resize", () => {
    resizeExplorer();
    resizeChain();
  });
  route();

  window.dealgraph = {
    cy: explorer.cy,
    explorer,
    console: consoleApi,
    get chainCy() {
      return getChainCy();
    },
    get resultCy() {
      return getResultCy();
    },
    ready: true,
  };
  document.body.dataset.ready = "true";
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
