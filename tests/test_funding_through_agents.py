"""Two shapes of syndicated credit agreements that read as lending or as a party list and are
neither (:mod:`ingest.relations.lending`, :mod:`ingest.underlying`):

- "Each Bank shall make such Loan available to the Servicing Agent": the lenders fund their
  share through the agent, who passes it on to the borrower; the agent borrows nothing.
- "the $900,000,000 Credit Agreement dated as of ... among the Borrower, the lenders parties
  thereto and FIRST BANK, as administrative agent, and each of the Banks that is a party to
  such credit agreement hereby waives ...": the party list of the agreement being replaced ends
  where a new subject with its own verb begins; "each of the Banks" is not among its parties.

Passages written for this test."""

from __future__ import annotations

import pytest

from tests.passages import OWN, edges, entity_names, extract_text

_AGREEMENT = """                              CREDIT AGREEMENT

     CREDIT AGREEMENT dated as of May 5, 2010 among {borrower}, the BANKS listed on the \
signature pages hereof (the "Banks"), and {agent}, as {capacity} (the "{term}").

     Section 2.01. Commitments. Each Bank severally agrees, on the terms and conditions set \
forth in this Agreement, to make loans to the Borrower from time to time before the \
Termination Date.

     Section 2.04. Funding. {funding}

     Section 3.01. Effectiveness. This Agreement shall become effective on the date that each \
of the following conditions shall have been satisfied: (a) receipt by the {term} of \
counterparts hereof signed by each of the parties hereto; and (b) receipt by the {term} of \
evidence of the termination of, and payment in full of all amounts owing under, the \
$900,000,000 Credit Agreement dated as of June 1, 2006 among the Borrower, the lenders parties \
thereto and {agent}, as {old_capacity}, and each of the Banks that is a party to such credit \
agreement hereby waives any requirement of prior notice for such termination.

     "Borrower" means {borrower}, a Delaware corporation.

     IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed as \
of the day and year first above written.

{borrower}

By: /s/ Nora Vance
Name: Nora Vance
Title: Treasurer

{agent}, as a Bank and as {capacity}

By: /s/ Hugh Larkin
Name: Hugh Larkin
Title: Vice President

{bank}, as a Bank

By: /s/ Iris Chen
Name: Iris Chen
Title: Director
"""

_CASES = [
    {
        "borrower": "TALLGRASS FOODS, INC.",
        "agent": "ORCHARD TRUST COMPANY",
        "bank": "LAKESHORE BANK, N.A.",
        "capacity": "Servicing Agent",
        "term": "Servicing Agent",
        "old_capacity": "administrative agent",
        "funding": "Each Bank shall make such Loan available to the Servicing Agent at its "
        "address referred to in Section 9.01 in immediately available funds.",
    },
    {
        "borrower": "KESTREL MARINE CORPORATION",
        "agent": "CANTON NATIONAL BANK",
        "bank": "PIEDMONT SAVINGS BANK",
        "capacity": "Administrative Agent",
        "term": "Administrative Agent",
        "old_capacity": "agent",
        "funding": "Each Bank shall, before 11:00 a.m. on the date of each Borrowing, make the "
        "amount of its Loan available to the Administrative Agent in same day funds.",
    },
]


@pytest.mark.parametrize("case", _CASES, ids=[c["borrower"] for c in _CASES])
def test_banks_lend_to_the_borrower_not_to_the_agent(case: dict[str, str]) -> None:
    lends = edges(extract_text(_AGREEMENT.format(**case)), "LENDS_TO")
    assert (case["bank"], case["borrower"]) in lends
    assert (case["agent"], case["borrower"]) in lends
    assert (case["bank"], case["agent"]) not in lends


@pytest.mark.parametrize("case", _CASES, ids=[c["borrower"] for c in _CASES])
def test_the_replaced_agreements_parties_end_before_the_waiving_banks(
    case: dict[str, str],
) -> None:
    x = extract_text(_AGREEMENT.format(**case))
    names = entity_names(x)
    parties = {names[r.source] for r in x.relations if r.type == "PARTY_TO" and r.target != OWN}
    assert case["borrower"] in parties and case["agent"] in parties
    assert case["bank"] not in parties


def test_making_loans_available_to_the_borrower_is_still_lending() -> None:
    """Near miss: the funds made available to the borrower itself are the loan."""
    case = dict(
        _CASES[0],
        funding="The Servicing Agent shall make such Loans available to the Borrower on the "
        "date of the Borrowing.",
    )
    lends = edges(extract_text(_AGREEMENT.format(**case)), "LENDS_TO")
    assert (case["bank"], case["borrower"]) in lends
