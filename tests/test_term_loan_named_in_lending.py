"""A two-party loan agreement whose one lending sentence names its loan: "The Bank agrees to
lend to the Company the principal sum of ... ($2,500,000) (the "Term Loan")": the loan is a
credit facility titled by that term, ISSUED_UNDER the own agreement. Passages written for these
tests; near misses: a document that defines "Term Loan" elsewhere but lends without naming it
in the sentence, and a sentence naming no loan term at all."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import extract_text

LOAN = """TERM LOAN AGREEMENT

THIS TERM LOAN AGREEMENT dated as of June 2, 2003 is between DUNMORE FORGE, INC., an Ohio
corporation (the "Company"), and LAKE ERIE STATE BANK (the "Bank").

     NOW, THEREFORE, the Company and the Bank agree as follows:

     1. The Loan. The Bank agrees to lend to the Company the principal sum of
One Million Two Hundred Thousand Dollars ($1,200,000) (the "Term Loan"), which the Company shall
repay in sixty consecutive monthly installments, with the balance due on June 1, 2008.

     2. The Note. The Term Loan shall be evidenced by a promissory note of the Company payable to
the order of the Bank.
"""

BRIDGE = (
    LOAN.replace("TERM LOAN AGREEMENT", "LOAN AGREEMENT")
    .replace('(the "Term Loan")', '(the "Bridge Loan")')
    .replace("The Term Loan shall", "The Bridge Loan shall")
)

UNNAMED = LOAN.replace(' (the "Term Loan")', "").replace("The Term Loan shall", "The loan shall")


def _under(x: Extraction) -> set[tuple[str, str]]:
    names = {e.ref: str(e.props.get("title") or e.props.get("name")) for e in x.entities}
    return {(names[r.source], names[r.target]) for r in x.relations if r.type == "ISSUED_UNDER"}


def _facilities(x: Extraction) -> dict[str, object]:
    return {
        str(e.props.get("title")): e.props.get("amount")
        for e in x.entities
        if e.label == "Instrument" and e.props.get("kind") == "credit_facility"
    }


def test_the_term_the_lending_sentence_gives_titles_the_loan() -> None:
    x = extract_text(LOAN)
    assert _facilities(x).get("Term Loan") == 1200000
    assert any(a == "Term Loan" and "Agreement" in b for a, b in _under(x))


def test_a_bridge_loan_named_so() -> None:
    x = extract_text(BRIDGE)
    assert _facilities(x).get("Bridge Loan") == 1200000


def test_no_term_no_loan_node() -> None:
    x = extract_text(UNNAMED)
    assert "Term Loan" not in _facilities(x)
