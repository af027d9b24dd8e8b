"""Notes and loans a security document recites are issued under the agreement it secures,
never under the security document itself (:mod:`ingest.relations.provided_under`): a deed
of trust securing "that certain Promissory Note of even date herewith" and a loan agreement,
a security agreement reciting the term loans of a credit agreement. Documents and passages
written for the tests (invented parties)."""

from __future__ import annotations

from pathlib import Path

from tests.passages import edges, extract_text

#: a deed of trust written for the blind gold set (tests/gold_written), invented parties
_DEED = Path(__file__).parent / "gold_written" / "docs" / "sec_pinecrest_deed_of_trust.txt"


def test_a_note_a_deed_of_trust_secures_is_issued_under_the_loan_agreement() -> None:
    under = edges(extract_text(_DEED.read_text()), "ISSUED_UNDER")
    assert not any(t.startswith("Deed of Trust") for _, t in under), under
    assert ("Promissory Note", "Loan Agreement") in under, under


_SECURITY = (
    "SECURITY AGREEMENT\n\n"
    'This SECURITY AGREEMENT (this "Agreement") is dated as of August 8, 2016, between LINDEN '
    'FALLS FOODS, INC., a Delaware corporation (the "Grantor"), and COPPERLINE BANK, N.A., as '
    'administrative agent (the "Agent").\n\n'
    'WHEREAS, pursuant to the Credit Agreement dated as of August 8, 2016 (the "Credit '
    'Agreement"), among the Grantor, the lenders party thereto (the "Lenders") and the Agent, '
    "the Lenders have agreed to make term loans to the Grantor in an aggregate principal amount "
    'of $25,000,000 (the "Term Loans").\n\n'
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    "LINDEN FALLS FOODS, INC.\n\nBy: /s/ Oskar Brandt\nName: Oskar Brandt\nTitle: Treasurer\n\n"
    "COPPERLINE BANK, N.A.\n\nBy: /s/ Yvette Moreau\nName: Yvette Moreau\nTitle: Director\n"
)


def test_loans_a_security_agreement_recites_are_not_issued_under_it() -> None:
    under = edges(extract_text(_SECURITY), "ISSUED_UNDER")
    assert not any(t == "Security Agreement" for _, t in under), under
