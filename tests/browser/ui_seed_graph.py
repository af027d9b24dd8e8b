"""The graph the browser tests look at: the Zoltek seed documents, plus one hostile document.

The seed documents go through the real ingestion (``dealgraph.pipeline``). The hostile
document's text carries markup that would run if the UI ever parsed document text as HTML;
the XSS test opens its evidence in the inspector.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from dealgraph.settings import Settings
from graph.batch import EdgeRow, Evidence, GraphBatch, NodeRow
from graph.store import GraphStore

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "samples" / "seeds"
SECOND_AMENDMENT = SEEDS / "002_b203cef46917a992.txt"
#: A later amendment written for the tests: it restates Section 3.02 again (two wordings to
#: diff), amends a definition, adds two and deletes a section.
THIRD_AMENDMENT = ROOT / "tests" / "data" / "changes" / "third_amendment.txt"
#: The Credit Agreement's own text (a short one written for the tests): the original wording.
CREDIT_AGREEMENT = ROOT / "tests" / "data" / "changes" / "credit_agreement.txt"

XSS_SCRIPT = "<script>window.__xss=1</script>"
XSS_IMG = '<img src=x onerror="window.__xss=1">'
XSS_TEXT = (
    "GUARANTY AGREEMENT\n\n"
    f"This Guaranty is made by Mallory Holdings {XSS_SCRIPT} LLC, a Delaware limited "
    f'liability company (the "Guarantor" {XSS_IMG}), in favour of the Bank.\n'
)
XSS_DOC = hashlib.sha256(XSS_TEXT.encode("utf-8")).hexdigest()
XSS_PARTY = "party:mallory-holdings-xss"
XSS_AGREEMENT = "agreement:guaranty-xss:2005-01-01"
XSS_PARTY_NAME = "Mallory Holdings <img src=x onerror=window.__xss=1> LLC"


def _doc_text(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def _ev(text: str, doc: str, quote: str) -> tuple[Evidence, ...]:
    start = text.find(quote)
    assert start >= 0, f"quote not in the document: {quote!r}"
    return (Evidence(doc, start, start + len(quote), quote),)


def xss_batch() -> GraphBatch:
    """A guaranty whose names and evidence contain markup that must never run."""

    def ev(quote: str) -> tuple[Evidence, ...]:
        return _ev(XSS_TEXT, XSS_DOC, quote)

    party_quote = f"Mallory Holdings {XSS_SCRIPT} LLC"
    nodes = (
        NodeRow(
            "Document",
            XSS_DOC,
            {
                "path": "hostile/guaranty.txt",
                "title": f"Guaranty {XSS_SCRIPT}",
                "exhibit": "10.99",
                "chars": len(XSS_TEXT),
                "ingested_at": "2024-05-01T12:00:00+00:00",
                "text": XSS_TEXT,
            },
        ),
        NodeRow(
            "Party",
            XSS_PARTY,
            {"name": XSS_PARTY_NAME, "kind": "organization"},
            evidence=ev(party_quote),
        ),
        NodeRow(
            "Agreement",
            XSS_AGREEMENT,
            {"title": "Guaranty Agreement", "kind": "guaranty", "date": "2005-01-01"},
            evidence=ev("GUARANTY AGREEMENT"),
        ),
    )
    edges = (
        EdgeRow(
            "PARTY_TO",
            "party_to:xss",
            XSS_PARTY,
            "Party",
            XSS_AGREEMENT,
            "Agreement",
            {"role": "Guarantor"},
            ev(f'{party_quote}, a Delaware limited liability company (the "Guarantor" {XSS_IMG})'),
        ),
    )
    return GraphBatch(nodes, edges)


def load(store: GraphStore, settings: Settings) -> None:
    """Fill an empty store: the seeds through the real ingestion, then the hostile document.

    The hostile document is written through the store, not extracted: it stands for any
    text or name a future document might carry, which the UI must show as text.
    """
    from dealgraph.pipeline import ingest_paths

    store.clear()
    store.ensure_schema()
    summary = ingest_paths(store, [SEEDS, THIRD_AMENDMENT, CREDIT_AGREEMENT], settings)
    assert not summary.errors, summary.errors
    store.upsert(xss_batch())
