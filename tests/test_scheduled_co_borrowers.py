"""Co-borrowers named only on a schedule and in uncaptioned signature blocks: "Acme Holdings,
Inc. and the other entities listed on SCHEDULE I hereto, as joint and several borrowers ...,
the LENDERS party hereto, and Acme Bank, as Administrative Agent". Each subsidiary and each
limited partnership (its name wrapped before "PARTNERSHIP", signed by its general partner)
signs a block of its own; none of them is a lender. A passage written for this test
(invented parties)."""

from __future__ import annotations

from ingest.signatures.wrapped_partnerships import wrapped_partnership
from tests.passages import edges, extract_text, own_roles

_TEXT = """CREDIT AGREEMENT dated as of June 3, 1996, among Lakeview Care Holdings, Inc.
("LCH"), and the other entities listed on SCHEDULE I hereto, as joint and several
borrowers hereunder (each a "BORROWER" and collectively the "BORROWERS"), the LENDERS
party hereto, and FIRST PRAIRIE BANK, N.A., as Administrative Agent.

Section 2.01 COMMITMENTS. Each Lender agrees to make Revolving Loans to the Borrowers.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be
duly executed by their respective authorized officers as of the day and year
first above written.

LAKEVIEW CARE HOLDINGS, INC.


By  /s/ Nora T. Lindqvist
Name: Nora T. Lindqvist
Title: Chief Financial Officer

ASPEN GROVE NURSING CORP.
MAPLE HILL CARE CENTER CORP.
LAKEVIEW CARE I CORPORATION


By  /s/ Nora T. Lindqvist
Name: Nora T. Lindqvist
Title:   Treasurer


LAKEVIEW OF DAYTON LIMITED
PARTNERSHIP

By: Lakeview Care I Corporation
Its General Partner

By  /s/ Nora T. Lindqvist
Name: Nora T. Lindqvist
Title:   Treasurer


LAKEVIEW REHABILITATION
LIMITED PARTNERSHIP

By: Lakeview Care I Corporation
Its General Partner

By  /s/ Nora T. Lindqvist
Name: Nora T. Lindqvist
Title:   Treasurer


PINECREST RETIREMENT LIMITED PARTNERSHIP

By: Lakeview Care I Corporation
Its General Partner

By  /s/ Nora T. Lindqvist
Name: Nora T. Lindqvist
Title:   Treasurer


FIRST PRAIRIE BANK, N.A., individually and
as Administrative Agent,


By  /s/ Carl B. Mendes
Name: Carl B. Mendes
Title: Vice President


SCHEDULE I

BORROWERS:

Aspen Grove Nursing Corp.
Lakeview Care Holdings, Inc.
Lakeview Care I Corporation
Lakeview of Dayton Limited Partnership
Lakeview Rehabilitation Limited Partnership
Maple Hill Care Center Corp.
Pinecrest Retirement Limited Partnership
"""

_BORROWERS = {
    "Aspen Grove Nursing Corp.",
    "Lakeview Care Holdings, Inc.",
    "Lakeview Care I Corporation",
    "Lakeview of Dayton Limited Partnership",
    "Lakeview Rehabilitation Limited Partnership",
    "Maple Hill Care Center Corp.",
    "Pinecrest Retirement Limited Partnership",
}


def test_scheduled_co_borrowers_signing_without_captions_are_borrowers_not_lenders() -> None:
    x = extract_text(_TEXT)
    roles = {name.upper(): role for name, role in own_roles(x).items()}
    for name in _BORROWERS:
        assert roles.get(name.upper()) == "Borrower", (name, roles)
    assert edges(x, "LENDS_TO") == {("FIRST PRAIRIE BANK, N.A.", b) for b in _BORROWERS}


def test_a_partnership_wrapped_before_its_form_is_one_party() -> None:
    x = extract_text(_TEXT)
    names = {str(e.props.get("name")).upper() for e in x.entities if e.label == "Party"}
    assert "PARTNERSHIP" not in names, names
    assert "LIMITED PARTNERSHIP" not in names, names


def test_the_head_must_stand_right_above_the_form() -> None:
    text = "LAKEVIEW OF DAYTON LIMITED\nPARTNERSHIP\n"
    start = text.index("PARTNERSHIP")
    assert wrapped_partnership(text, "PARTNERSHIP", start, start + 11) == (
        "LAKEVIEW OF DAYTON LIMITED PARTNERSHIP",
        0,
        start + 11,
    )
    # a blank line or a general partner's "By:" line above: no head
    for above in ("LAKEVIEW OF DAYTON LIMITED\n\n", "By: Lakeview Care I Corporation\n"):
        text = above + "PARTNERSHIP\n"
        start = text.index("PARTNERSHIP")
        assert wrapped_partnership(text, "PARTNERSHIP", start, start + 11)[0] == "PARTNERSHIP"
