"""A list of companies whose names are set in capitals, suffix and all ("guaranteed by MARROWBY
DAIRY LLC, a Wisconsin limited liability company, and MARROWBY TRANSPORT, INC., an Iowa
corporation"): the comma before a capitalised suffix ("INC.", "CORP.", "LTD.") is inside a
name, never between two, and the suffix's period is the name's."""

from __future__ import annotations

from ingest.roles import listed_names
from tests.passages import edges, extract_text

_NPA = """\
NOTE PURCHASE AGREEMENT

This NOTE PURCHASE AGREEMENT is dated as of May 1, 2011 between MARROWBY FOODS, INC., a \
Wisconsin corporation (the "Company"), and the purchasers named on Schedule A.

2.2 Subsidiary Guaranty. The payment by the Company of all amounts due with respect to the \
Notes and the performance by the Company of its obligations under this Agreement will be \
absolutely and unconditionally guaranteed by MARROWBY DAIRY LLC, a Wisconsin limited liability \
company, and MARROWBY TRANSPORT, INC., an Iowa corporation (together, the "Subsidiary \
Guarantors"), pursuant to the Subsidiary Guaranty dated as of May 1, 2011.
"""


def test_a_capitalised_suffix_stays_with_its_name() -> None:
    for text, names in (
        ("ACME DAIRY LLC and ACME TRANSPORT, INC.", ["ACME DAIRY LLC", "ACME TRANSPORT, INC."]),
        ("BOREAL MINES, LTD., CARIB CORP. and DELTA, CO.", ["BOREAL MINES, LTD.", "CARIB CORP."]),
    ):
        found = [text[s:e] for s, e in listed_names(text, 0, len(text))]
        assert found[: len(names)] == names


def test_each_capitalised_guarantor_guarantees() -> None:
    x = extract_text(_NPA)
    secures = edges(x, "SECURES")
    assert ("MARROWBY TRANSPORT, INC.", "Note Purchase Agreement") in secures
    assert ("MARROWBY DAIRY LLC", "Note Purchase Agreement") in secures
    assert ("MARROWBY TRANSPORT, INC.", "Subsidiary Guaranty") in edges(x, "PARTY_TO")
