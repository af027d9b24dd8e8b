"""The graph the browser tests look at: the Zoltek seed documents, plus one hostile document.

By default the seed documents go through the real ingestion (``dealgraph.pipeline``). While
the extractor is not importable, or with ``DEALGRAPH_BROWSER_GRAPH=handmade``, a hand-built
graph of the 2001 Credit Agreement and its two amendments is written instead; it cites real
spans of the Second Amendment (Exhibit 10.14), found with ``str.find`` so that
``text[start:end] == evidence.text`` holds exactly as it does for ingested facts.

The hostile document's text carries markup that would run if the UI ever parsed document
text as HTML; the XSS test opens its evidence in the inspector.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from dealgraph.settings import Settings
from graph.batch import EdgeRow, Evidence, GraphBatch, NodeRow
from graph.store import GraphStore

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "samples" / "seeds"
SECOND_AMENDMENT = SEEDS / "002_b203cef46917a992.txt"

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


def handmade_batch() -> GraphBatch:
    """The Zoltek credit facility as written in Exhibit 10.14 (Second Amendment)."""
    text = _doc_text(SECOND_AMENDMENT)
    doc = hashlib.sha256(text.encode("utf-8")).hexdigest()

    def ev(quote: str) -> tuple[Evidence, ...]:
        return _ev(text, doc, quote)

    credit = "agreement:credit-agreement:2001-05-11"
    first = "agreement:credit-agreement-amendment-1:2003-02-13"
    second = "agreement:credit-agreement-amendment-2:2004-01-13"
    zoltek = "party:zoltek-companies-inc"
    bank = "party:southwest-bank-of-st-louis"
    a, p = "Agreement", "Party"

    def edge(
        type_: str, key: str, s: tuple[str, str], t: tuple[str, str], quote: str, **props: Any
    ) -> EdgeRow:
        return EdgeRow(type_, key, s[0], s[1], t[0], t[1], props, ev(quote))

    nodes = (
        NodeRow(
            "Document",
            doc,
            {
                "path": "samples/seeds/002_b203cef46917a992.txt",
                "title": "Second Amendment to Credit Agreement",
                "exhibit": "10.14",
                "chars": len(text),
                "ingested_at": "2024-05-01T12:00:00+00:00",
                "text": text,
            },
        ),
        NodeRow(
            a,
            credit,
            {"title": "Credit Agreement", "kind": "credit_agreement", "date": "2001-05-11"},
            evidence=ev("Credit\nAgreement dated as of May 11, 2001"),
        ),
        NodeRow(
            a,
            first,
            {
                "title": "First Amendment to Credit Agreement",
                "kind": "amendment",
                "date": "2003-02-13",
                "amendment_number": 1,
            },
            evidence=ev("First\nAmendment to Credit Agreement dated as of February 13, 2003"),
        ),
        NodeRow(
            a,
            second,
            {
                "title": "Second Amendment to Credit Agreement",
                "kind": "amendment",
                "date": "2004-01-13",
                "amendment_number": 2,
            },
            evidence=ev("This Second Amendment to Credit Agreement"),
        ),
        NodeRow(
            p,
            zoltek,
            {
                "name": "Zoltek Companies, Inc.",
                "kind": "organization",
                "entity_type": "corporation",
                "jurisdiction": "Missouri",
            },
            aliases=("Parent",),
            evidence=ev("ZOLTEK COMPANIES, INC., a Missouri corporation"),
        ),
        NodeRow(
            p,
            bank,
            {"name": "Southwest Bank of St. Louis", "kind": "organization", "entity_type": "bank"},
            aliases=("Bank",),
            evidence=ev('SOUTHWEST BANK OF ST. LOUIS (the "Bank")'),
        ),
    )
    edges = (
        edge(
            "AMENDS",
            "amends:first-credit",
            (first, a),
            (credit, a),
            "as amended by that certain First\nAmendment to Credit Agreement",
            date="2003-02-13",
            restates=False,
        ),
        edge(
            "AMENDS",
            "amends:second-credit",
            (second, a),
            (credit, a),
            "Bank and Borrowers desire to amend the Agreement",
            date="2004-01-13",
            restates=False,
        ),
        edge(
            "PARTY_TO",
            "party_to:zoltek-credit",
            (zoltek, p),
            (credit, a),
            "Bank and Borrowers are parties to that certain Credit\nAgreement",
            role="Borrower",
        ),
        edge(
            "PARTY_TO",
            "party_to:bank-credit",
            (bank, p),
            (credit, a),
            "Bank and Borrowers are parties to that certain Credit\nAgreement",
            role="Bank",
        ),
        edge(
            "PARTY_TO",
            "party_to:zoltek-second",
            (zoltek, p),
            (second, a),
            "ZOLTEK COMPANIES, INC., a Missouri corporation",
            role="Parent",
        ),
        edge(
            "PARTY_TO",
            "party_to:bank-second",
            (bank, p),
            (second, a),
            'SOUTHWEST BANK OF ST. LOUIS (the "Bank")',
            role="Bank",
        ),
        edge(
            "LENDS_TO",
            "lends_to:bank-zoltek",
            (bank, p),
            (zoltek, p),
            'Southwest Bank of St. Louis (the "Bank")',
            currency="USD",
        ),
        edge(
            "CONTAINS",
            "contains:doc-second",
            (doc, "Document"),
            (second, a),
            "SECOND AMENDMENT TO CREDIT AGREEMENT",
        ),
    )
    return GraphBatch(nodes, edges)


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


def _can_ingest() -> bool:
    if os.environ.get("DEALGRAPH_BROWSER_GRAPH", "").lower() == "handmade":
        return False
    try:
        from dealgraph.pipeline import ingest_paths  # noqa: F401
    except ImportError:
        return False
    return True


def load(store: GraphStore, settings: Settings) -> str:
    """Fill an empty store; answers how ("ingested" or "handmade")."""
    store.clear()
    store.ensure_schema()
    how = "handmade"
    if _can_ingest():
        from dealgraph.pipeline import ingest_paths

        summary = ingest_paths(store, [SEEDS], settings)
        assert not summary.errors, summary.errors
        how = "ingested"
    else:
        store.upsert(handmade_batch())
    store.upsert(xss_batch())
    return how
