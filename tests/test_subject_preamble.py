"""An opening whose parties are the subject of its one sentence ("A (the "Company"), and B
(the "Bank"), agree as follows."), after a cover and a table of contents, is the preamble: the
parties take their terms there, so that the body's "the Company" and "the Bank" name them; and
an undated agreement the body mentions with an indefinite determiner ("any ISDA Master
Agreement between the Company and the Bank") is no particular agreement of theirs.
Passages written for this test in the general shape of a bank's short-form credit agreement."""

from __future__ import annotations

from tests.passages import OWN, edges, extract_text

DOC = """CREDIT AGREEMENT

BETWEEN

PINE RIDGE FOODS, INC.

AND

CENTRAL STATES BANK

Dated as of

MARCH 3, 2010

TABLE OF CONTENTS

Section 1. DEFINITIONS .......... 1
Section 2. THE LOAN .......... 6

CREDIT AGREEMENT

PINE RIDGE FOODS, INC., an Ohio corporation (the "Company"), and CENTRAL STATES BANK, an Ohio
banking corporation (together with its successors and assigns the "Bank"), agree as follows.

Section 1. DEFINITIONS. "Rate Management Arrangement" means any agreement providing for
payments related to interest rates, including without limitation any ISDA Master Agreement
between the Company and the Bank or any affiliate of the Bank.

Section 2. THE LOAN. The obligation of the Company to repay the Loan shall be evidenced by a
Promissory Note (the "Revolving Note") of the Company payable to the Bank.
"""


def test_the_parties_take_their_terms_in_a_subject_opening() -> None:
    x = extract_text(DOC)
    roles = {
        (str(e.props["name"]), r.props.get("role"))
        for e in x.entities
        for r in x.relations
        if r.type == "PARTY_TO" and r.target == OWN and r.source == e.ref
    }
    assert roles == {("PINE RIDGE FOODS, INC.", "Company"), ("CENTRAL STATES BANK", "Bank")}


def test_any_agreement_between_the_parties_is_no_agreement_of_theirs() -> None:
    x = extract_text(DOC)
    assert not [t for _, t in edges(x, "PARTY_TO") if "ISDA" in t]
