"""An issuer's active clause issuing its notes under an agreement ("The Issuer has issued
$325,000,000 aggregate principal amount of its 7.875% Senior Secured Notes due 2028 (the
"Notes") under an Indenture dated as of ..."), as the recital of a collateral agreement or
guarantee given for the notes states it: the notes are ISSUED_UNDER that agreement. Passages
written for the test in that shape."""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

_COLLATERAL = """{title}

{title} dated as of {date}, by {issuer}, a Delaware corporation (the "Issuer"), in favor of
{agent}, as collateral agent (the "Collateral Agent").

PRELIMINARY STATEMENT

{recital}

1. Grant. The Issuer hereby grants to the Collateral Agent a security interest in all of its
Equipment to secure the Secured Obligations.
"""


@pytest.mark.parametrize(
    ("title", "issuer", "agent", "recital", "notes", "agreement"),
    [
        (
            "COLLATERAL AGREEMENT",
            "BRANTLEY OFFSHORE HOLDINGS, INC.",
            "Norwick Trust Company, N.A.",
            "The Issuer has issued $275,000,000 aggregate principal amount of its 8.125% Senior "
            'Secured Notes due 2029 (the "Notes") under an Indenture dated as of March 3, 2022 '
            '(the "Indenture") among the Issuer and Norwick Trust Company, N.A., as trustee.',
            "8.125% Senior Secured Notes due 2029",
            "Indenture",
        ),
        (
            "PLEDGE AGREEMENT",
            "CALLOWAY RIDGE ENERGY CORP.",
            "Pemberton Bank and Trust Company",
            "On the date hereof the Issuer issued its 11% Senior Subordinated Notes, Series B "
            '(the "Series B Notes") pursuant to the Note Purchase Agreement dated as of March 3, '
            '2022 (the "Note Purchase Agreement") among the Issuer and the purchasers named '
            "therein.",
            "Series B Notes",
            "Note Purchase Agreement",
        ),
    ],
)
def test_notes_an_issuer_issued_under_an_agreement(
    title: str, issuer: str, agent: str, recital: str, notes: str, agreement: str
) -> None:
    text = _COLLATERAL.format(
        title=title, date="March 3, 2022", issuer=issuer, agent=agent, recital=recital
    )
    issued_under = edges(extract_text(text), "ISSUED_UNDER")
    assert (notes, agreement) in issued_under, issued_under


def test_shares_issued_under_a_plan_are_no_notes_of_it() -> None:
    # near miss: stock issued under a plan names no note, and a plan is no agreement
    text = _COLLATERAL.format(
        title="SECURITY AGREEMENT",
        date="March 3, 2022",
        issuer="HOLLISTER GRAIN CORP.",
        agent="Dorrance Bank",
        recital="The Issuer has issued 400,000 shares of its Common Stock under the Stock "
        "Incentive Plan of the Issuer.",
    )
    assert not edges(extract_text(text), "ISSUED_UNDER")
