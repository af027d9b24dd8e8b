"""A person the definition of the guarantors names beside a company: '"Guarantor" means (a)
Halvern Capital Corporation, a Delaware corporation, (b) Mara Quell, and (c) every other Person
now or in the future who agrees to guaranty the Indebtedness'. The owner's personal guaranty:
the person is a party to the Guaranty and SECURES the credit agreement, as the company does.

Passages written for the test in the shape of a small-business bank form; never copied from a
filing. Blind annotation h6-c found the shape (credit-dev, tuned half).
"""

from __future__ import annotations

from tests.passages import edges, extract_text

_AGREEMENT = """LOAN AND SECURITY AGREEMENT

Dated June 9, 2011

TAMSIN FOODS, INC., a Texas corporation (the "Borrower"), and FENWICK STATE BANK (the
"Lender") acting through its Commercial Finance division, hereby agree as follows:

ARTICLE I

"Guarantor"  means  (a)  Halvern  Capital  Corporation,  a  Delaware
corporation,  (b) Mara  Quell,  and (c) every other  Person now or in the
future who agrees to guaranty the Indebtedness.

"Guaranty" means each unconditional continuing guaranty executed by a
Guarantor in favor of the Lender.

Section 2.1 Advances. The Lender agrees to make advances to the Borrower in an amount not in
excess of $2,500,000.
"""

_OWN = "Loan and Security Agreement"


def test_the_person_guarantees_beside_the_company() -> None:
    x = extract_text(_AGREEMENT)
    assert {("Mara Quell", _OWN), ("Halvern Capital Corporation", _OWN)} <= edges(x, "SECURES")
    assert {("Mara Quell", "Guaranty"), ("Halvern Capital Corporation", "Guaranty")} <= edges(
        x, "PARTY_TO"
    )
    kinds = {e.props.get("name"): e.props.get("kind") for e in x.entities if e.label == "Party"}
    assert kinds["Mara Quell"] == "person"


def test_a_term_or_a_role_in_the_definition_is_no_person() -> None:
    text = _AGREEMENT.replace("(b) Mara  Quell", "(b) Pledged Accounts, (b2) Domestic Subsidiary")
    text += '\n"Pledged Accounts" means the deposit accounts of the Borrower.\n'
    x = extract_text(text)
    names = {e.props.get("name") for e in x.entities if e.label == "Party"}
    assert not names & {"Pledged Accounts", "Domestic Subsidiary"}
    assert ("Halvern Capital Corporation", _OWN) in edges(x, "SECURES")
