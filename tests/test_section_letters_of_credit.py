"""Letters of credit a syndicated agreement defines by a short term of its own and a section
("Facility LC" means any letter of credit issued pursuant to Section 2.16), their issuers named
by another definition ("LC Issuer" means A, B and any other Lender that ... agrees to issue
Facility LCs): the instrument, ISSUED_UNDER the agreement, ISSUED by the banks named (passages
written for the test)."""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text, lenders_on_signature_pages

_BANKS = ["GRANITE TRUST BANK, as a Lender", "REDFIELD NATIONAL BANK, as a Lender"]

_OWN = "Credit Agreement"


@pytest.mark.parametrize(
    ("definitions", "term", "issuers"),
    [
        (
            '"Facility LC" means any letter of credit issued pursuant to Section 2.16 and any\n'
            "Existing Letter of Credit.\n\n"
            '"LC Issuer" means Granite Trust Bank, Redfield National Bank and any other Lender\n'
            "that, with the consent of the Borrower, agrees to issue Facility LCs hereunder, in\n"
            "each case in its capacity as the issuer of the applicable Facility LCs.",
            "Facility LC",
            {"Granite Trust Bank", "Redfield National Bank"},
        ),
        (
            '"Meridian" means First Meridian Bank, N.A., a national banking association.\n\n'
            '"L/C" means each standby letter of credit issued under Section 2.4(b).\n\n'
            '"Fronting Bank" means Meridian, or such other Lender as agrees to issue L/Cs.',
            "L/C",
            {"First Meridian Bank, N.A."},
        ),
    ],
)
def test_letters_of_credit_of_a_section_are_issued_by_the_banks_defined_to_issue_them(
    definitions: str, term: str, issuers: set[str]
) -> None:
    x = extract_text(lenders_on_signature_pages(definitions, _BANKS))
    assert (term, _OWN) in edges(x, "ISSUED_UNDER")
    issued = {s.casefold() for s, t in edges(x, "ISSUES") if t == term}
    assert issued == {i.casefold() for i in issuers}


def test_letters_of_credit_of_another_agreements_section_are_not_the_own() -> None:
    """Near miss: a section of the Existing Credit Agreement provides for those letters."""
    x = extract_text(
        lenders_on_signature_pages(
            '"Prior LC" means any letter of credit issued pursuant to Section 2.3 of\n'
            "the Existing Credit Agreement.",
            _BANKS,
        )
    )
    assert ("Prior LC", _OWN) not in edges(x, "ISSUED_UNDER")
