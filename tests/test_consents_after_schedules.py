"""A guarantors' consent signed below a schedule that an amendment attaches: the amendment's
signature pages, then "SCHEDULE 2.01 / REVOLVING COMMITMENTS" (a table of lenders), then
"CONSENT OF GUARANTORS / Each of the undersigned is a guarantor ... consents to the foregoing
Amendment" and the guarantors' executed blocks. The consent is an agreement of its own, as one
set right below the signature pages is; a form of consent in an exhibit is left alone.

Passages written for the test in the shape of amendments filed with their replaced schedules
and the guarantors' consent last; never copied from a filing. Found by round 13 of the written
documents (h24-c).
"""

from __future__ import annotations

from ingest.structure.analysis import analyze
from tests.passages import edges, extract_text

_AMENDMENT = """FIRST AMENDMENT TO CREDIT AGREEMENT

THIS FIRST AMENDMENT TO CREDIT AGREEMENT (this "Amendment") dated as of June 9, 2021 is among
HALLOWAY FOODS CORPORATION, a Minnesota corporation (the "Borrower"), the Lenders party hereto,
and MERIDIAN CREST BANK, N.A., as administrative agent for the Lenders (the "Administrative
Agent").

1. Amendment. Schedule 2.01 to the Credit Agreement dated as of April 2, 2018 among the
Borrower, the Lenders and the Administrative Agent (the "Credit Agreement") is replaced by
Schedule 2.01 attached hereto.

IN WITNESS WHEREOF, the parties have caused this Amendment to be executed as of the date first
above written.

HALLOWAY FOODS CORPORATION

By: /s/ Lena K. Strand
Name: Lena K. Strand
Title: Vice President

MERIDIAN CREST BANK, N.A.,
as Administrative Agent and as a Lender

By: /s/ Thomas A. Whitford
Name: Thomas A. Whitford
Title: Senior Vice President


{heading}

{table}


{consent_heading}

     {consent_text} the Guaranty dated as of April 2, 2018 (the "Guaranty") made by the
Guarantors in favor of the Administrative Agent. Each Guarantor consents to the foregoing
Amendment and agrees that the Guaranty continues to guarantee the Obligations of the Borrower
under the Credit Agreement.

HALLOWAY HOLDINGS, INC.

By: {sig}
Name: Owen P. Marchetti
Title: President
"""

_TABLE = """     Lender                                   Revolving Commitment
     Meridian Crest Bank, N.A.                $20,000,000
     Total                                    $20,000,000"""


def _party_to(heading: str, consent_heading: str, consent_text: str, sig: str) -> set[str]:
    x = extract_text(
        _AMENDMENT.format(
            heading=heading,
            table=_TABLE,
            consent_heading=consent_heading,
            consent_text=consent_text,
            sig=sig,
        )
    )
    return {to for who, to in edges(x, "PARTY_TO") if who == "HALLOWAY HOLDINGS, INC."}


def test_a_consent_of_guarantors_after_the_commitments_schedule() -> None:
    joined = _party_to(
        "SCHEDULE 2.01\n\nREVOLVING COMMITMENTS",
        "CONSENT OF GUARANTORS",
        'Each of the undersigned is a guarantor (each, a "Guarantor") under',
        "/s/ Owen P. Marchetti",
    )
    assert "Consent of Guarantors" in joined or "CONSENT OF GUARANTORS" in joined


def test_an_acknowledgment_and_reaffirmation_after_an_annex_schedule() -> None:
    joined = _party_to(
        "SCHEDULE I\n\nCOMMITMENTS",
        "ACKNOWLEDGMENT AND REAFFIRMATION OF GUARANTOR",
        'The undersigned, a guarantor (the "Guarantor") under',
        "/s/ Owen P. Marchetti",
    )
    assert any("Reaffirmation" in t or "REAFFIRMATION" in t for t in joined)


def test_a_consent_in_an_exhibit_stays_in_the_exhibit() -> None:
    # near miss: an exhibit is a form (its consent is read, if at all, as the exhibit's)
    text = _AMENDMENT.format(
        heading="EXHIBIT C\n\nFORM OF GUARANTORS' CONSENT",
        table=_TABLE,
        consent_heading="CONSENT OF GUARANTORS",
        consent_text='Each of the undersigned is a guarantor (each, a "Guarantor") under',
        sig="____________________",
    )
    st = analyze(text)
    assert not st.appended
    assert st.attachments[0].end == len(text)


def test_a_schedule_with_no_consent_below_keeps_its_end() -> None:
    text = _AMENDMENT.format(
        heading="SCHEDULE 2.01\n\nREVOLVING COMMITMENTS",
        table=_TABLE,
        consent_heading="NOTICE ADDRESSES",
        consent_text="The addresses for notices of the Lenders are set forth in",
        sig="/s/ Owen P. Marchetti",
    )
    st = analyze(text)
    assert not st.appended
    assert st.attachments[0].end == len(text)


def test_issuers_acknowledging_a_pledge_below_its_schedule_stay_in_it() -> None:
    # near miss: the issuers of the pledged stock a schedule lists acknowledge the pledge
    amendment = _AMENDMENT.format(
        heading="SCHEDULE I\n\nDESCRIPTION OF PLEDGED STOCK",
        table=_TABLE,
        consent_heading="ACKNOWLEDGMENT AND CONSENT",
        consent_text="",
        sig="/s/ Owen P. Marchetti",
    )
    consent = amendment.index("ACKNOWLEDGMENT AND CONSENT")
    text = (
        amendment[:consent]
        + "ACKNOWLEDGMENT AND CONSENT\n\n     Each Issuer referred to in the foregoing Amendment"
        " hereby acknowledges receipt of a copy thereof and agrees to be bound thereby.\n\n"
        "HALLOWAY HOLDINGS, INC.\n\nBy: /s/ Owen P. Marchetti\nName: Owen P. Marchetti\n"
        "Title: President\n"
    )
    assert not analyze(text).appended
