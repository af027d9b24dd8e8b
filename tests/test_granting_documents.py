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


_BANK_FORM_NOTE = """\
                        PROMISSORY NOTE

$250,000.00                                          June 9, 2011

     FOR VALUE RECEIVED, LARCH VALLEY PRINTING, INC., a Montana corporation ("Borrower"),
promises to pay to the order of BIG SKY STATE BANK ("Lender") the principal sum of
$250,000.00.

     COLLATERAL. Borrower acknowledges this Note is secured by a Commercial Security Agreement
dated June 9, 2011 made by Borrower in favor of Lender covering inventory, accounts and
equipment.

     DEFINITIONS. The word "Collateral" means all property granted as security for this Note.
"""


def test_a_covered_description_is_the_collateral_a_bank_form_defines() -> None:
    # a form that defines "Collateral" names the collateral of its securing document so
    assert _secured_assets(extract_text(_BANK_FORM_NOTE)) == {"Collateral"}


def test_a_covered_description_with_no_defined_collateral_stands_as_written() -> None:
    text = _BANK_FORM_NOTE.split("     DEFINITIONS.")[0]
    assert _secured_assets(extract_text(text)) == {"inventory, accounts and equipment"}
