"""A commitments schedule whose lender cell wraps, the amount column on the name's first line:
"Southern Trust Bank                $25,000,000" / "of Tennessee                  62.5%". The
head of the name is the lender's row where the next line opens on the rest of the name; each
lender's LENDS_TO carries its commitment.
"""

from __future__ import annotations

from tests.passages import entity_names, extract_text

_AGREEMENT = (
    "CREDIT AGREEMENT\n\n"
    "CREDIT AGREEMENT, dated as of May 9, 2002, by and among HARBORVIEW GRILLS, INC., a "
    'corporation organized under the laws of Tennessee (the "Borrower"), the Lenders who are or '
    "may become a party to this Agreement, and SOUTHERN TRUST BANK OF TENNESSEE, as Agent for "
    "the Lenders.\n\n"
    '"Lender" means each Person executing this Agreement as a Lender set forth on the '
    "signature pages hereto.\n\n"
    "SECTION 2.1 Loans. Subject to the terms and conditions of this Agreement, each Lender "
    "severally agrees to make Loans to the Borrower from time to time up to the amount set forth "
    "opposite its name on Schedule 1.\n\n"
    "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed by their "
    "duly authorized officers, all as of the day and year first written above.\n\n"
    "HARBORVIEW GRILLS, INC.\n\nBy:\nName:\nTitle:\n\n"
    "SOUTHERN TRUST BANK OF TENNESSEE, as Agent and Lender\n\nBy:\nName:\nTitle:\n\n"
    "PIEDMONT NATIONAL BANK, as Lender\n\nBy:\nName:\nTitle:\n\n"
    "SCHEDULE 1: LENDERS AND COMMITMENTS\n\n"
    "LENDER                                  COMMITMENT\n\n"
    "Southern Trust Bank                     $25,000,000\n"
    "of Tennessee                                  62.5%\n"
    "410 Church Street\n"
    "Nashville, TN 37219\n\n"
    "Piedmont National Bank                  $15,000,000\n"
    "88 Tryon Street                               37.5%\n"
    "Charlotte, NC 28202\n"
)


def _lent(text: str = _AGREEMENT) -> dict[str, object]:
    """Lender name (upper case) -> the amount of its LENDS_TO."""
    x = extract_text(text)
    n = entity_names(x)
    return {n[r.source].upper(): r.props.get("amount") for r in x.relations if r.type == "LENDS_TO"}


def test_the_wrapped_row_gives_its_lender_the_commitment() -> None:
    assert _lent() == {
        "SOUTHERN TRUST BANK OF TENNESSEE": 25_000_000,
        "PIEDMONT NATIONAL BANK": 15_000_000,
    }


def test_a_head_whose_next_line_goes_on_otherwise_is_no_row() -> None:
    """The next line must open on the rest of the name: a head followed by an address line is
    another bank's name, not this one's."""
    text = _AGREEMENT.replace("of Tennessee                                  62.5%\n", "")
    assert _lent(text)["SOUTHERN TRUST BANK OF TENNESSEE"] is None
