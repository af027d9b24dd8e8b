"""A bank that "agrees to extend a revolving credit (the "Revolving Credit")" to its borrower
provides a credit facility of that name (ingest.instruments.defined_facilities)."""

from __future__ import annotations

from tests.passages import extract_text

_TEXT = """CREDIT AGREEMENT

This Credit Agreement is dated as of June 9, 2003 between Dorrance Valve Co., a Wisconsin
corporation (the "Borrower"), and Lakeshore National Bank (the "Bank").

Section 1.1. Revolving Credit. Subject to the terms and conditions hereof, the Bank agrees to
extend a revolving credit (the "Revolving Credit") to the Borrower which may be availed of
from time to time, provided that the aggregate principal amount of Loans outstanding at any
one time shall not exceed $6,500,000 (the "Commitment").
"""


def test_an_extended_revolving_credit_is_a_facility_with_its_limit() -> None:
    x = extract_text(_TEXT)
    facilities = [e for e in x.entities if e.props.get("kind") == "credit_facility"]
    assert [(e.props.get("title"), e.props.get("amount")) for e in facilities] == [
        ("Revolving Credit", 6500000)
    ]
    issued = {(r.source, r.target) for r in x.relations if r.type == "ISSUED_UNDER"}
    assert (facilities[0].ref, "agreement:self") in issued
