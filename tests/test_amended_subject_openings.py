"""A short amendment that opens on the agreement it changes as its sentence's subject: "The Loan
Agreement made and entered into as of March 1, 2001, by and between A and B, is hereby amended
as follows:" under a heading that titles the amendment ("FIRST AMENDMENT TO LOAN AGREEMENT") or
names the base and the change ("CREDIT AGREEMENT MODIFICATION", a real filing's shape:
lexpredict-1023902-2002-05-01). The amendment is dated by its own date line, not by the base's
"made ... as of"; the base is a node of its own, amended, with the two parties (passages written
for the test). An opening on "This Loan Agreement" is the document itself."""

from __future__ import annotations

import pytest

from tests.passages import OWN, edges, extract_text
from tests.paths import CORPUS

_SIGNATURES = """
{borrower}

By: /s/ Jane Roe
Title: President

{bank}

By: /s/ Tom Smith
Title: Vice President
"""

_FIRST = """FIRST AMENDMENT TO LOAN AGREEMENT

June 3, 2003

The Loan Agreement made and entered into as of March 1, 2001, by and between HARBOR TOOL
WORKS, INC. ("Borrower") and MIDLAND STATE BANK ("Bank"), is hereby amended as follows:

1. Section 2.1 of the Loan Agreement is amended by deleting "$2,000,000" and inserting
"$3,000,000".

2. Except as amended hereby, the Loan Agreement remains in full force and effect.
""" + _SIGNATURES.format(borrower="HARBOR TOOL WORKS, INC.", bank="MIDLAND STATE BANK")

_THIRD = """AMENDMENT NO. 3 TO SECURITY AGREEMENT

Dated: October 14, 2009

That certain Security Agreement dated as of April 2, 2007, between Pinecrest Dairy Co., a
Vermont corporation (the "Debtor"), and Granite Valley Bank (the "Secured Party"), is hereby
further amended in the following respects:

(a) Section 4 of the Security Agreement is amended by adding the words "and all farm
equipment" at the end thereof.
""" + _SIGNATURES.format(borrower="PINECREST DAIRY CO.", bank="GRANITE VALLEY BANK")

_MODIFICATION = """LOAN AGREEMENT MODIFICATION

SPOKANE, WASHINGTON
AUGUST 1, 2004

The Loan Agreement dated as of January 5, 2002, by and between CASCADE FEED CO. ("Borrower")
and NORTHERN PLAINS CREDIT CORP. ("Lender"), is hereby modified as follows:

Section 3, THE REVOLVING LOAN, of the Loan Agreement shall be modified by deleting "$500,000"
and inserting "$750,000".
""" + _SIGNATURES.format(borrower="CASCADE FEED CO.", bank="NORTHERN PLAINS CREDIT CORP.")


@pytest.mark.parametrize(
    ("text", "own_date", "base", "base_date", "parties"),
    [
        (
            _FIRST,
            "2003-06-03",
            "Loan Agreement",
            "2001-03-01",
            {"HARBOR TOOL WORKS, INC.", "MIDLAND STATE BANK"},
        ),
        (
            _THIRD,
            "2009-10-14",
            "Security Agreement",
            "2007-04-02",
            {"Pinecrest Dairy Co.", "Granite Valley Bank"},
        ),
        (
            _MODIFICATION,
            "2004-08-01",
            "Loan Agreement",
            "2002-01-05",
            {"CASCADE FEED CO.", "NORTHERN PLAINS CREDIT CORP."},
        ),
    ],
)
def test_opening_on_the_amended_agreement(
    text: str, own_date: str, base: str, base_date: str, parties: set[str]
) -> None:
    x = extract_text(text)
    by_ref = {e.ref: e for e in x.entities}
    own = by_ref[OWN]
    assert own.props["kind"] == "amendment"
    assert own.props["date"] == own_date
    amended = [r.target for r in x.relations if r.type == "AMENDS" and r.source == OWN]
    assert [by_ref[t].props["title"] for t in amended] == [base]
    assert by_ref[amended[0]].props["date"] == base_date
    assert {s for s, t in edges(x, "PARTY_TO") if t == base} == parties


def test_an_opening_on_this_agreement_is_the_document() -> None:
    text = """LOAN AGREEMENT

This Loan Agreement made and entered into as of March 1, 2001, by and between KESTREL
MILLS, INC. ("Borrower") and FIRST PRAIRIE BANK ("Bank") is hereby agreed as follows:

1. The Bank agrees to lend to the Borrower up to $1,000,000.
""" + _SIGNATURES.format(borrower="KESTREL MILLS, INC.", bank="FIRST PRAIRIE BANK")
    x = extract_text(text)
    own = next(e for e in x.entities if e.ref == OWN)
    assert (own.props["title"], own.props["kind"], own.props["date"]) == (
        "Loan Agreement",
        "loan_agreement",
        "2001-03-01",
    )
    assert not edges(x, "AMENDS")


def test_a_real_modification_names_the_base_parties() -> None:
    """AG Capital's "CREDIT AGREEMENT MODIFICATION" of RDO Equipment's Credit Agreement: its
    title names the base, found once the exhibits are read; the parties are the base's too."""
    path = CORPUS / "credit-dev" / "lexpredict-1023902-2002-05-01.txt"
    x = extract_text(path.read_text(encoding="utf-8"))
    to_base = {s for s, t in edges(x, "PARTY_TO") if t == "Credit Agreement"}
    assert to_base == {"RDO EQUIPMENT CO.", "AG CAPITAL COMPANY"}
