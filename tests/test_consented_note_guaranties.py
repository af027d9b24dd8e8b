"""An amendment's appended guarantors' consent that says their guaranty extends to the notes
the amendment brings ("agrees that its obligations under such Guaranty Agreement extend to the
Credit Agreement as amended thereby and to the replacement Revolving Notes"): each company
signing it SECURES those notes as well as the credit agreement. Passages written for these
tests."""

from __future__ import annotations

from tests.passages import edges, extract_text

_AMENDMENT = """THIRD AMENDMENT TO CREDIT AGREEMENT

THIRD AMENDMENT TO CREDIT AGREEMENT, dated as of May 2, 2003, among HOLLIS RIVER FOODS, INC., an
Ohio corporation (the "Company"), the banks listed on the signature pages hereof (the "Banks")
and FIRST OHIO VALLEY BANK, as agent for the Banks (the "Agent").

The Company, the Banks and the Agent are parties to a Credit Agreement dated as of June 1, 2000
(the "Credit Agreement").

1. Amendment. The Company shall execute and deliver to each Bank a replacement Revolving Note
in the amount of such Bank's Commitment, in exchange for the Revolving Note of the Company held
by such Bank.

IN WITNESS WHEREOF, the parties hereto have caused this Amendment to be duly executed.

HOLLIS RIVER FOODS, INC.

By: /s/ Dana Whitcomb
Title: Treasurer

FIRST OHIO VALLEY BANK, as Agent and as a Bank

By: /s/ Leon Carver
Title: Vice President



                         {heading}

     Each of the undersigned, as a guarantor of the obligations of the Company under the
Credit Agreement pursuant to the Guaranty Agreement dated as of June 1, 2000 made by the
undersigned in favor of the Agent and the Banks, hereby acknowledges and consents to the
foregoing Third Amendment and agrees that {clause}

                                       HOLLIS RIVER LOGISTICS, INC.

                                       By: /s/ Dana Whitcomb
                                       Title: Treasurer

                                       HRF PROPERTIES, LLC

                                       By: /s/ Dana Whitcomb
                                       Title: Manager
"""

_GUARANTORS = ("HOLLIS RIVER LOGISTICS, INC.", "HRF PROPERTIES, LLC")


def _secures(clause: str, heading: str = "ACKNOWLEDGMENT OF GUARANTORS") -> set[tuple[str, str]]:
    return edges(extract_text(_AMENDMENT.format(clause=clause, heading=heading)), "SECURES")


def test_the_guaranty_extends_to_the_replacement_notes() -> None:
    found = _secures(
        "its obligations under such Guaranty Agreement extend to the Credit Agreement as amended "
        "thereby and to the replacement Revolving Notes."
    )
    for guarantor in _GUARANTORS:
        assert (guarantor, "Credit Agreement") in found
        assert (guarantor, "Revolving Note") in found


def test_the_guaranty_guarantees_the_notes_it_names() -> None:
    found = _secures(
        "the Guaranty Agreement extends to and guarantees the Obligations of the Company under "
        "the Credit Agreement as so amended, including the replacement Revolving Notes, all of "
        "which shall continue in full force and effect.",
        heading="CONSENT AND REAFFIRMATION OF GUARANTORS",
    )
    for guarantor in _GUARANTORS:
        assert (guarantor, "Revolving Note") in found


def test_a_consent_that_names_no_notes_gives_the_credit_agreement_only() -> None:
    found = _secures(
        "its obligations under such Guaranty Agreement remain in full force and effect. The "
        "Revolving Notes are not affected by the Amendment."
    )
    for guarantor in _GUARANTORS:
        assert (guarantor, "Credit Agreement") in found
        assert (guarantor, "Revolving Note") not in found


def test_the_next_paper_of_the_filing_gives_its_signers_no_note() -> None:
    # a page break ends the consent: a bank signing a letter of credit filed after it stands
    # behind no note
    found = _secures(
        "its obligations under such Guaranty Agreement extend to the replacement Revolving "
        "Notes.\n\n                                       HOLLIS RIVER LOGISTICS, INC.\n\n"
        "                                       By: /s/ Dana Whitcomb\n"
        "                                       Title: Treasurer\n\n<PAGE>\n\n"
        "                         FIRST OHIO VALLEY BANK\n\n"
        "               IRREVOCABLE STANDBY LETTER OF CREDIT NO. 4471\n\n"
        "We hereby establish our Irrevocable Standby Letter of Credit in your favor.\n\n"
        "                                       FIRST OHIO VALLEY BANK\n\n"
        "                                       By: /s/ Leon Carver\n"
        "                                       Title: Vice President\n\n<PAGE>\n"
    )
    assert ("HOLLIS RIVER LOGISTICS, INC.", "Revolving Note") in found
    assert ("First Ohio Valley Bank", "Revolving Note") not in found
    assert ("FIRST OHIO VALLEY BANK", "Revolving Note") not in found
