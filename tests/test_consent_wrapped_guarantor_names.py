"""A guarantors' consent appended below an amendment whose signature page lists the guarantors
one after another with no caption, each name straight above its "By:", one name wrapped over
two lines before its "of" or after its "and" ("Northern Lakes Tooling and Fabrication Services
of" / "Michigan, LLC"). The appended agreement's blocks are read by ``ingest.appended``, which
now joins the head on the line above as the main signature pages' reader does
(``signatures.wrapped_heads.joined_head``): the whole name is the guarantor, never its tail."""

from __future__ import annotations

from tests.passages import edges, extract_text

_AMENDMENT = """FIRST AMENDMENT TO CREDIT AGREEMENT

This FIRST AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is dated as of May 2, 2016 among
PARROTT MILLS, INC., an Ohio corporation (the "Borrower"), the Lenders party hereto and
CASCADE NATIONAL BANK, as administrative agent (the "Agent").

1. The Borrower, the Lenders and the Agent are parties to a Credit Agreement dated as of
March 1, 2014 (the "Credit Agreement"). Section 6.1 of the Credit Agreement is amended by
replacing "2.00" with "2.25".

2. This Amendment shall be governed by the laws of the State of Ohio.

IN WITNESS WHEREOF, the parties have executed this Amendment as of the date above.

PARROTT MILLS, INC.

By: /s/ Lena Ford
Name: Lena Ford
Title: President

CASCADE NATIONAL BANK, as Agent and as a Lender

By: /s/ Omar Reyes
Name: Omar Reyes
Title: Vice President

<PAGE>

CONSENT AND AGREEMENT OF SUBSIDIARY GUARANTORS

Each of the undersigned, being a guarantor under the Subsidiary Guaranty dated as of March 1,
2014, consents to the foregoing Amendment and agrees that the Subsidiary Guaranty remains in
full force and effect and continues to guarantee the obligations of the Borrower under the
Credit Agreement.

"""

_WRAPPED_OF = """Parrott Tooling Co.
By: ______________________
Name: Lena Ford
Title: Treasurer

Great Lakes Precision Machining and Fabrication Services of
Northern Michigan, LLC
By: ______________________
Name: Lena Ford
Title: Treasurer

Parrott Realty LLC
By: ______________________
Name: Ian Moss
Title: Manager
"""

_WRAPPED_AND = """PARROTT TOOLING CO.
By: /s/ Lena Ford
Name: Lena Ford
Title: Treasurer

GREAT LAKES PRECISION MACHINING AND
FABRICATION SERVICES, LLC
By: /s/ Lena Ford
Name: Lena Ford
Title: Treasurer

PARROTT REALTY LLC
By: /s/ Ian Moss
Name: Ian Moss
Title: Manager
"""


def _guarantors(text: str) -> set[str]:
    x = extract_text(text)
    consent = "Consent and Agreement of Subsidiary Guarantors"
    return {p for p, a in edges(x, "PARTY_TO") if a == consent}


def _secured(text: str) -> set[str]:
    return {p for p, a in edges(extract_text(text), "SECURES") if a == "Credit Agreement"}


def test_a_name_wrapped_before_its_tail_is_one_guarantor() -> None:
    for page, whole in (
        (
            _WRAPPED_OF,
            "Great Lakes Precision Machining and Fabrication Services of Northern Michigan, LLC",
        ),
        (_WRAPPED_AND, "GREAT LAKES PRECISION MACHINING AND FABRICATION SERVICES, LLC"),
    ):
        text = _AMENDMENT + page
        found = _guarantors(text)
        assert whole in found, found
        assert whole in _secured(text)
        tails = {"Northern Michigan, LLC", "FABRICATION SERVICES, LLC"}
        assert not found & tails


def test_names_on_one_line_stay_as_they_are() -> None:
    found = _guarantors(_AMENDMENT + _WRAPPED_OF)
    assert {"Parrott Tooling Co.", "Parrott Realty LLC"} <= found
    # the title line above the next company is no head of its name
    assert not any(name.startswith(("Title", "Treasurer")) for name in found)
