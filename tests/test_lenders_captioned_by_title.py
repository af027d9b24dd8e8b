"""An amendment of a syndicated credit agreement that borrows its terms from the agreement it
amends ("the Company" is defined there, not here) and that the lenders consent to below the
parties' blocks, grouped by their titles: "AGENTS:", "CO-AGENTS:", then "OTHER LENDERS:".
The agents and co-agents sign in no capacity of their own: "other lenders" says they lend as
well. The company signs under "COMPANY:" and no term of this document names it, yet, as the
only company of a credit document whose lenders sign, it is their borrower. Passages written
for these tests, in those shapes; names made up."""

from __future__ import annotations

from ingest.roles import _LENDERS_CAPTION, _OTHER_LENDERS
from tests.passages import edges, extract_text

CONSENT_BY_TITLE = (
    "HARWICK TELEVISION, INC.\n\nCREDIT AGREEMENT\n\nAmendment No. 2\n\n"
    "This Agreement, dated as of June 30, 1996, is among Harwick Television, Inc., a Delaware "
    "corporation, certain of its subsidiaries, and Pellham National Bank, in its capacity as "
    "Administrative Agent for itself and the other Lenders. The parties agree as follows:\n\n"
    "1. Reference to Credit Agreement. Reference is made to the Credit Agreement dated as of "
    'March 1, 1994 (the "Credit Agreement"), among the Company, its subsidiaries from time to '
    "time party thereto, the Lenders from time to time party thereto and the Administrative "
    "Agent. Terms defined in the Credit Agreement are used herein as so defined.\n\n"
    "2. Amendment. Section 6.4 of the Credit Agreement is amended by deleting the figure "
    '"5.0" and inserting "5.5" in its place.\n\n'
    "3. General. This Agreement shall be governed by the laws of the State of New York.\n\n"
    "Each of the undersigned has executed this Agreement as of the date first set forth above."
    "\n\nCOMPANY:\n\nHARWICK TELEVISION, INC.\n\nBy /s/ Rhea Talbot\nTreasurer\n\n"
    "ADMINISTRATIVE AGENT:\n\nPELLHAM NATIONAL BANK, as Administrative Agent for itself and "
    "the other Lenders\n\nBy /s/\nTitle:\n\n"
    "Each of the undersigned hereby consents to the foregoing Agreement:\n\n"
    "AGENTS:\n\n"
    "ORTON TRUST COMPANY                     BANK OF KESTREL, N.A.\n\n"
    "By /s/                                  By /s/\n"
    "Title:                                  Title:\n\n"
    "CO-AGENTS:\n\n"
    "FIRST DALWORTH BANK                     MARSH VALLEY BANK\n\n"
    "By /s/                                  By /s/\n"
    "Title:                                  Title:\n\n"
    "OTHER LENDERS:\n\n"
    "LINDQUIST SAVINGS BANK                  CORRAN CAPITAL FUNDING, INC.\n\n"
    "By /s/                                  By /s/\n"
    "Title:                                  Title:\n"
)

BORROWER = "Harwick Television, Inc."
LENDERS = {
    "Pellham National Bank",
    "ORTON TRUST COMPANY",
    "BANK OF KESTREL, N.A.",
    "FIRST DALWORTH BANK",
    "MARSH VALLEY BANK",
    "LINDQUIST SAVINGS BANK",
    "CORRAN CAPITAL FUNDING, INC.",
}


def _lenders(text: str) -> set[str]:
    lends = edges(extract_text(text), "LENDS_TO")
    return {s.upper() for s, t in lends if t.upper() == BORROWER.upper()}


def test_every_consenting_lender_and_the_agent_lend_to_the_company() -> None:
    assert _lenders(CONSENT_BY_TITLE) == {n.upper() for n in LENDERS}


def test_no_company_lends_to_another_and_the_company_lends_nothing() -> None:
    lends = edges(extract_text(CONSENT_BY_TITLE), "LENDS_TO")
    assert all(t.upper() == BORROWER.upper() for _, t in lends)


def test_agents_without_other_lenders_below_are_no_lenders() -> None:
    # "AGENTS:" alone over the consent: nothing says the agents lend
    text = CONSENT_BY_TITLE.replace("OTHER LENDERS:", "ARRANGERS:")
    found = _lenders(text)
    assert not found & {"ORTON TRUST COMPANY", "FIRST DALWORTH BANK"}


def test_the_captions_read() -> None:
    assert _LENDERS_CAPTION.fullmatch("OTHER LENDER")
    assert not _LENDERS_CAPTION.fullmatch("EXISTING LENDER")
    assert _OTHER_LENDERS.fullmatch("OTHER BANK")
    assert not _OTHER_LENDERS.fullmatch("OTHER AGENT")
