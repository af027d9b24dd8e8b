"""An attached note that says what secures it after other predicates: "This Note is the Note
referred to in the Credit Agreement dated as of ... (the "Credit Agreement"), is secured by the
Collateral described therein and is guaranteed by the Guaranty". The collateral secures the
note written out in the exhibit (not only the agreement). Passages written for this test in
the shape of a 1990s bank credit agreement with its note attached."""

from __future__ import annotations

from ingest.relations.security import _SECURED_BY
from tests.passages import extract_text

AGREEMENT = """LOAN AGREEMENT

     THIS LOAN AGREEMENT is made as of March 2, 1995, by and between QUARRY HILL
MILLWORK, INC., a Vermont corporation (the "Borrower"), and GREEN MOUNTAIN SAVINGS BANK, a
Vermont banking corporation (the "Bank").

     1.  THE NOTE.  The loan shall be evidenced by a promissory note of the Borrower payable
to the order of the Bank in the principal amount of $900,000, substantially in the form of
Exhibit A hereto (the "Note").

     2.  SECURITY.  The Borrower hereby grants to the Bank a security interest in all of its
inventory and equipment (the "Collateral") to secure the Obligations.

     IN WITNESS WHEREOF, the parties have executed this Agreement.

                              QUARRY HILL MILLWORK, INC.

                              By: /s/ Anton Belisle
                                  Anton Belisle, President

                              GREEN MOUNTAIN SAVINGS BANK

                              By: /s/ Noreen Tully
                                  Noreen Tully, Vice President


                                   EXHIBIT A

                                 PROMISSORY NOTE

$900,000                                                      March 2, 1995

     FOR VALUE RECEIVED, QUARRY HILL MILLWORK, INC. (the "Borrower") promises to pay to the
order of GREEN MOUNTAIN SAVINGS BANK (the "Bank") the principal sum of $900,000 on March 1,
2000.

     This Note is the Note referred to in the Loan Agreement dated as of March 2, 1995
between the Borrower and the Bank, {predicate} the Collateral described therein.

                              QUARRY HILL MILLWORK, INC.

                              By: /s/ Anton Belisle
                                  Anton Belisle, President
"""


def _secures(text: str) -> set[tuple[str, str]]:
    x = extract_text(text)
    n = {
        e.ref: str(e.props.get("name") or e.props.get("title") or e.props.get("description"))
        for e in x.entities
    }
    return {(n[r.source], n[r.target]) for r in x.relations if r.type == "SECURES"}


def test_the_collateral_secures_the_attached_note() -> None:
    found = _secures(AGREEMENT.format(predicate="is secured by"))
    assert ("Collateral", "Promissory Note") in found


def test_predicates_joined_by_and() -> None:
    found = _secures(
        AGREEMENT.format(predicate="and is entitled to the benefits thereof and secured by")
    )
    assert ("Collateral", "Promissory Note") in found


def test_the_subject_of_secured_by_may_carry_earlier_predicates() -> None:
    m = _SECURED_BY.search(
        'This Note is the Term Note referred to in the Credit Agreement (the "Agreement"), '
        "is secured by the Pledged Shares described therein."
    )
    assert m is not None and m["asset"] == "the Pledged Shares"
    # a relative clause makes the agreement, not the note, the thing secured
    assert (
        _SECURED_BY.search(
            "This Note is issued pursuant to the Credit Agreement, which is secured by the "
            "Collateral."
        )
        is None
    )
