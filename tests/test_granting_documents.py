"""A note "secured by" the documents that grant its collateral, each described by its
participle: "(a) a Security Agreement ... granting the Bank a security interest in all of the
Borrower's inventory, accounts and equipment (the "Collateral"); and (b) a Mortgage ...
encumbering the Borrower's mill located at 12 River Road (the "Mortgaged Property")": each
collateral, by its term, SECURES the note."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import extract_text

_NOTE = """\
                        PROMISSORY NOTE

$900,000.00                                          May 5, 2003

     FOR VALUE RECEIVED, KESTON PAPER CO., a Maine corporation (the "Borrower"), promises to
pay to the order of COASTAL FIRST BANK (the "Bank") the principal sum of $900,000.00.

     SECURITY. This Note is secured by (a) a Security Agreement dated as of May 5, 2003
executed by the Borrower in favor of the Bank (the "Security Agreement"), granting the Bank a
security interest in all of the Borrower's inventory, accounts and equipment (the
"Collateral"); and (b) a Mortgage dated as of May 5, 2003 from the Borrower to the Bank (the
"Mortgage") encumbering the Borrower's mill located at 12 River Road, Rumford, Maine (the
"Mortgaged Property").

     COVENANT. The Borrower shall not grant any Person a security interest in its accounts
(the "Receivables") without the Bank's consent.
"""


def _secured_assets(x: Extraction) -> set[str]:
    assets = {e.ref: str(e.props.get("description")) for e in x.entities if e.label == "Asset"}
    own = {e.ref for e in x.entities if e.label == "Instrument" and e.ref == "agreement:self"}
    return {
        assets[r.source]
        for r in x.relations
        if r.type == "SECURES" and r.source in assets and r.target in own
    }


def test_each_granted_collateral_secures_the_note() -> None:
    x = extract_text(_NOTE)
    assert {"Collateral", "Mortgaged Property"} <= _secured_assets(x)


def test_a_covenant_against_grants_secures_nothing() -> None:
    x = extract_text(_NOTE)
    assert "Receivables" not in _secured_assets(x)
