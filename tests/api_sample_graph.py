"""A small, true graph of the Zoltek credit facility for the API tests.

Built by hand from the real Second Amendment to Credit Agreement (Exhibit 10.14,
``samples/seeds/002_b203cef46917a992.txt``) until extraction writes it: every node and edge
cites a span of that text, found with ``str.find`` so ``text[start:end]`` is exact.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from api.app import create_app
from dealgraph.settings import Settings
from graph.batch import EdgeRow, Evidence, GraphBatch, NodeRow
from graph.store import GraphStore

SEED = Path(__file__).resolve().parent.parent / "samples" / "seeds" / "002_b203cef46917a992.txt"
TEXT = SEED.read_text(encoding="utf-8", errors="replace")
DOC = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()

CREDIT = "agreement:credit-agreement:2001-05-11"
FIRST = "agreement:credit-agreement-amendment-1:2003-02-13"
SECOND = "agreement:credit-agreement-amendment-2:2004-01-13"
ZOLTEK = "party:zoltek-companies-inc"
BANK = "party:southwest-bank-of-st-louis"
RUMY = "party:zsolt-rumy"
NOTE = "instrument:amended-and-restated-revolving-credit-note:2004-01-13"


def ev(quote: str) -> tuple[Evidence, ...]:
    """Evidence for the first occurrence of ``quote`` in the seed text."""
    start = TEXT.find(quote)
    assert start >= 0, f"quote not in the seed document: {quote!r}"
    return (Evidence(DOC, start, start + len(quote), quote),)


def _edge(
    type_: str,
    key: str,
    source: tuple[str, str],
    target: tuple[str, str],
    quote: str,
    **props: Any,
) -> EdgeRow:
    return EdgeRow(type_, key, source[0], source[1], target[0], target[1], props, ev(quote))


def zoltek_batch() -> GraphBatch:
    a, p, i = "Agreement", "Party", "Instrument"
    nodes = (
        NodeRow(
            "Document",
            DOC,
            {
                "path": "samples/seeds/002_b203cef46917a992.txt",
                "title": "Second Amendment to Credit Agreement",
                "exhibit": "10.14",
                "chars": len(TEXT),
                "ingested_at": "2024-05-01T12:00:00+00:00",
                "text": TEXT,
            },
        ),
        NodeRow(
            a,
            CREDIT,
            {"title": "Credit Agreement", "kind": "credit_agreement", "date": "2001-05-11"},
            evidence=ev("Credit\nAgreement dated as of May 11, 2001"),
        ),
        NodeRow(
            a,
            FIRST,
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
            SECOND,
            {
                "title": "Second Amendment to Credit Agreement",
                "kind": "amendment",
                "date": "2004-01-13",
                "amendment_number": 2,
                "governing_law": "Missouri",
            },
            evidence=ev("This Second Amendment to Credit Agreement"),
        ),
        NodeRow(
            p,
            ZOLTEK,
            {
                "name": "Zoltek Companies, Inc.",
                "kind": "organization",
                "entity_type": "corporation",
                "jurisdiction": "Missouri",
                "address": "3101 McKelvey Road, St. Louis, Missouri 63044",
            },
            aliases=("Parent", "Borrower"),
            evidence=ev("ZOLTEK COMPANIES, INC., a Missouri corporation"),
        ),
        NodeRow(
            p,
            BANK,
            {"name": "Southwest Bank of St. Louis", "kind": "organization", "entity_type": "bank"},
            aliases=("Bank",),
            evidence=ev('SOUTHWEST BANK OF ST. LOUIS (the "Bank")'),
        ),
        NodeRow(p, RUMY, {"name": "Zsolt Rumy", "kind": "person"}, evidence=ev("Name: Zsolt Rumy")),
        NodeRow(
            i,
            NOTE,
            {
                "title": "Amended and Restated Revolving Credit Note",
                "kind": "note",
                "amount": 5000000,
                "currency": "USD",
                "date": "2004-01-13",
            },
            evidence=ev("AMENDED AND RESTATED REVOLVING CREDIT NOTE"),
        ),
    )
    edges = (
        _edge(
            "AMENDS",
            "amends:first-credit",
            (FIRST, a),
            (CREDIT, a),
            "as amended by that certain First\nAmendment to Credit Agreement",
            date="2003-02-13",
            restates=False,
        ),
        _edge(
            "AMENDS",
            "amends:second-credit",
            (SECOND, a),
            (CREDIT, a),
            "Bank and Borrowers desire to amend the Agreement",
            date="2004-01-13",
            restates=False,
        ),
        _edge(
            "PARTY_TO",
            "party_to:zoltek-credit",
            (ZOLTEK, p),
            (CREDIT, a),
            "Bank and Borrowers are parties to that certain Credit\nAgreement",
            role="Borrower",
        ),
        _edge(
            "PARTY_TO",
            "party_to:bank-credit",
            (BANK, p),
            (CREDIT, a),
            "Bank and Borrowers are parties to that certain Credit\nAgreement",
            role="Bank",
        ),
        _edge(
            "PARTY_TO",
            "party_to:zoltek-second-parent",
            (ZOLTEK, p),
            (SECOND, a),
            "ZOLTEK COMPANIES, INC., a Missouri corporation",
            role="Parent",
        ),
        _edge(
            "PARTY_TO",
            "party_to:zoltek-second-borrower",
            (ZOLTEK, p),
            (SECOND, a),
            '(individually and collectively hereinafter\n"Borrowers"',
            role="Borrower",
        ),
        _edge(
            "PARTY_TO",
            "party_to:bank-second",
            (BANK, p),
            (SECOND, a),
            'SOUTHWEST BANK OF ST. LOUIS (the "Bank")',
            role="Bank",
        ),
        _edge(
            "LENDS_TO",
            "lends_to:bank-zoltek",
            (BANK, p),
            (ZOLTEK, p),
            "hereby jointly and severally promise to pay to the order of\n"
            'Southwest Bank of St. Louis (the "Bank")',
            amount=5000000,
            currency="USD",
            instrument=NOTE,
        ),
        _edge(
            "ISSUES",
            "issues:zoltek-note",
            (ZOLTEK, p),
            (NOTE, i),
            "For value received, the undersigned, Zoltek Companies, Inc.",
        ),
        _edge(
            "HOLDS",
            "holds:bank-note",
            (BANK, p),
            (NOTE, i),
            "promise to pay to the order of\nSouthwest Bank of St. Louis",
            amount=5000000,
        ),
        _edge(
            "ISSUED_UNDER",
            "issued_under:note-credit",
            (NOTE, i),
            (CREDIT, a),
            "is issued pursuant to, that\ncertain Credit Agreement",
        ),
        _edge(
            "WAIVES",
            "waives:bank-second",
            (BANK, p),
            (SECOND, a),
            "Bank hereby waives compliance with the financial",
            what="covenants 6.03(a)-(c)",
        ),
        _edge(
            "SIGNED",
            "signed:rumy-second",
            (RUMY, p),
            (SECOND, a),
            "By: /s/ Zsolt Rumy",
            title="President",
            on_behalf_of=ZOLTEK,
        ),
        _edge(
            "CONTAINS",
            "contains:doc-second",
            (DOC, "Document"),
            (SECOND, a),
            "SECOND AMENDMENT TO CREDIT AGREEMENT",
        ),
        _edge(
            "CONTAINS",
            "contains:doc-note",
            (DOC, "Document"),
            (NOTE, i),
            "AMENDED AND RESTATED REVOLVING CREDIT NOTE",
        ),
    )
    return GraphBatch(nodes, edges)


def load_zoltek(store: GraphStore) -> GraphStore:
    """An empty store holding exactly the Zoltek graph."""
    store.clear()
    store.ensure_schema()
    store.upsert(zoltek_batch())
    return store


def client_for(store: GraphStore, listen_host: str | None = None, **settings: Any) -> TestClient:
    """The real app over ``store`` (settings given as keyword arguments)."""
    app = create_app(Settings(**settings), store, listen_host=listen_host)
    return TestClient(app, base_url="http://127.0.0.1")
