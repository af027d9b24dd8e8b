"""The credit facility a recital describes (its limit, its purpose) before the parenthesis that
names it: "Borrower has requested that Lenders extend a revolving-credit facility to Borrower
not to exceed ... $40,000,000 to be used by Borrower as provided in SECTION 7.1 (the "REVOLVING
FACILITY")"; and the choice of law such forms write as "the Laws of the State of ... govern the
Rights and duties of the parties".

Passages written for the test (names, dates and amounts invented); never copied from a filing.
Blind annotation h12-d found the shapes (credit-dev, tuned half).
"""

from __future__ import annotations

from tests.passages import OWN, edges, entity_names, extract_text, facility_amounts

_RECITED = (
    "CREDIT AGREEMENT\n\n"
    "THIS AGREEMENT is entered into as of March 3, 1997, between\n"
    'HOLLOWAY DATA SYSTEMS, INC., a Nevada corporation ("BORROWER"),\n'
    "Lenders (defined below), and CASCADE NATIONAL BANK, as Administrative Agent for Lenders.\n\n"
    "Borrower has requested that Lenders extend a revolving-credit facility\n"
    "to Borrower not to exceed a total outstanding principal amount of $40,000,000\n"
    'to be used by Borrower as provided in SECTION 7.1 (the "REVOLVING FACILITY").\n'
    "Lenders are willing to extend the requested credit facility on the terms and\n"
    "conditions of this agreement.\n\n"
    "14.6 Governing Law. Unless otherwise stated in any Loan Document,\n"
    "the Laws of the State of Nevada and of the United States of America govern the\n"
    "Rights and duties of the parties to the Loan Documents.\n\n"
    "EXECUTED as of the date first stated above.\n\n"
    "HOLLOWAY DATA SYSTEMS, INC., as Borrower\n\n"
    "By /s/ Mary P. Voss\n"
    "Mary P. Voss, Treasurer\n\n"
    "CASCADE NATIONAL BANK, as Administrative Agent and a Lender\n\n"
    "By /s/ Kevin R. Dahl\n"
    "Kevin R. Dahl, Vice President\n"
)


def test_the_recited_facility_with_its_limit_is_issued_under_the_agreement() -> None:
    x = extract_text(_RECITED)
    assert facility_amounts(extract_text(_RECITED)) == {"REVOLVING FACILITY": 40000000}
    assert ("REVOLVING FACILITY", entity_names(x)[OWN]) in edges(x, "ISSUED_UNDER")


def test_a_term_facility_of_up_to_an_amount() -> None:
    text = _RECITED.replace(
        "Borrower has requested that Lenders extend a revolving-credit facility\n"
        "to Borrower not to exceed a total outstanding principal amount of $40,000,000\n"
        'to be used by Borrower as provided in SECTION 7.1 (the "REVOLVING FACILITY").',
        "The Lenders will make available a term loan facility to the Borrower in an aggregate"
        ' principal amount of up to $25,000,000 for the Acquisition (the "Term Facility").',
    )
    assert facility_amounts(extract_text(text)) == {"Term Facility": 25000000}


def test_a_parenthesis_naming_another_document_gives_no_facility() -> None:
    text = _RECITED.replace(
        'to be used by Borrower as provided in SECTION 7.1 (the "REVOLVING FACILITY").',
        'on the terms of the existing credit agreement (the "Existing Agreement").',
    )
    assert facility_amounts(extract_text(text)) == {}


def test_the_laws_that_govern_the_rights_of_the_parties_are_the_agreements_law() -> None:
    x = extract_text(_RECITED)
    own = next(e for e in x.entities if e.ref == OWN)
    assert own.props.get("governing_law") == "Nevada"
