"""A note recited with its principal before its date, or before its term alone: "the Company
issued to the Holder a Secured Convertible Promissory Note in the principal amount of $750,000
dated as of October 15, 2014 (the "Note")". Modifications, forbearances and guaranties recite
their note this way as often as with the date first; the note, its maker, its holder and the
agreement it was issued under were all lost. Passages written for the test, probed by the lead;
never copied from a filing.
"""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

_MODIFICATION = """                        NOTE MODIFICATION AGREEMENT

     This Note Modification Agreement (this "Agreement") is made effective as of April 1, 2016
by and between {maker}, a Nevada corporation (the "Company"), and {holder} (the "Holder").

     WHEREAS, the Company issued to the Holder a {title} {description} (the "Note") pursuant
to a Note Purchase Agreement dated as of October 15, 2014 between the Company and the Holder
(the "Purchase Agreement"); and

     WHEREAS, the Company and the Holder wish to extend the maturity date of the Note.

     NOW, THEREFORE, the parties agree as follows:

     1. The Maturity Date of the Note is hereby extended to October 15, 2017.

     IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written
above.

{maker_upper}

By: /s/ Helen Marsh
    Helen Marsh, Chief Executive Officer

{holder_upper}

By: /s/ Victor Oriel
    Victor Oriel, Managing Member
"""


@pytest.mark.parametrize(
    ("maker", "holder", "title", "description"),
    [
        (
            "Redfern Medical Devices, Inc.",
            "Oriel Capital Partners LP",
            "Secured Convertible Promissory Note",
            "in the principal amount of $750,000 dated as of October 15, 2014",
        ),
        (
            "Lumen Assay Corp.",
            "Greyhawk Partners Fund LP",
            "Convertible Promissory Note",
            "in the original principal amount of Five Hundred Thousand Dollars ($500,000), "
            "dated October 15, 2014",
        ),
        (
            "Tessel Robotics, Inc.",
            "Marrow Street Capital LLC",
            "Senior Secured Note",
            "in the aggregate principal amount of $1,200,000",
        ),
    ],
)
def test_note_with_its_principal_before_its_date(
    maker: str, holder: str, title: str, description: str
) -> None:
    x = extract_text(
        _MODIFICATION.format(
            maker=maker,
            holder=holder,
            title=title,
            description=description,
            maker_upper=maker.upper(),
            holder_upper=holder.upper(),
        )
    )
    assert ("Note Modification Agreement", title) in edges(x, "AMENDS")
    assert (maker, title) in edges(x, "ISSUES")
    assert (holder, title) in edges(x, "HOLDS")
    assert (title, "Note Purchase Agreement") in edges(x, "ISSUED_UNDER")


def test_an_agreement_with_an_amount_is_no_note() -> None:
    """Only a note's title takes its principal before its date: a loan agreement "in the
    principal amount of $X" is left to the readers of facilities."""
    text = _MODIFICATION.format(
        maker="Redfern Medical Devices, Inc.",
        holder="Oriel Capital Partners LP",
        title="Loan Agreement",
        description="in the principal amount of $750,000",
        maker_upper="REDFERN MEDICAL DEVICES, INC.",
        holder_upper="ORIEL CAPITAL PARTNERS LP",
    )
    assert not edges(extract_text(text), "ISSUES")
