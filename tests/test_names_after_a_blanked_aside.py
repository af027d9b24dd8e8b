"""A name listed after a parenthetical aside ("between the Borrower (as successor to ...) and
Wachovia Bank, National Association (as successor Trustee)"): the aside is blanked before the
names are read, and the gap it leaves cuts the run before "and"; the "and" is the list's joint,
never the first word of the next name (passages written for the test)."""

from __future__ import annotations

import pytest

from ingest.names import name_runs
from tests.passages import entity_names, extract_text

_CREDIT = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of October 2, 2006 is among HARROW UTILITIES COMPANY, the banks
listed on the signature pages hereof, and FIRST MERIDIAN BANK, N.A., as Administrative Agent.

"Borrower" means Harrow Utilities Company, an Ohio corporation.

{definition}

SECTION 2.01 Commitments. Each Lender severally agrees to make Advances to the Borrower.
"""


@pytest.mark.parametrize(
    ("definition", "name"),
    [
        (
            '"Harrow Mortgage" means the First Mortgage, dated as of May 1, 1931, between the\n'
            "Borrower (as successor to The Lakeview Gas & Power Company) and Granite Trust Bank,\n"
            "National Association (as successor Trustee).",
            "Granite Trust Bank, National Association",
        ),
        (
            '"Pledge Agreement" means the Pledge Agreement dated as of June 1, 2001, between the\n'
            "Borrower (formerly known as Harrow Electric Works, Inc.) and Redfield Capital LLC\n"
            "(as collateral agent for the Lenders).",
            "Redfield Capital LLC",
        ),
    ],
)
def test_the_party_after_an_aside_is_named_without_the_lists_and(
    definition: str, name: str
) -> None:
    names = set(entity_names(extract_text(_CREDIT.format(definition=definition))).values())
    assert name in names
    assert not any(n.lower().startswith("and ") for n in names)


def test_an_and_inside_a_name_stays_in_it() -> None:
    """Near miss: "and" between two words of one name ("Procter and Gamble Company") and a
    capitalised list joint are as before."""
    runs = [r.text for r in name_runs("Procter and Gamble Company      and Harbor Trust Company")]
    assert runs == ["Procter and Gamble Company", "Harbor Trust Company"]
    assert [r.text for r in name_runs("Smith and Wesson Holding Corp.")] == [
        "Smith and Wesson Holding Corp."
    ]
