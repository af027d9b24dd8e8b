"""A security interest stated from the lender's side: "Lender shall have a continuing security
interest for the Indebtedness in, as well as the right to set-off ... against, all funds which
Borrower may maintain on deposit with Lender, and, subject to the foregoing, Lender shall have a
lien upon and a security interest in all property of Borrower in Lender's possession or
control": each collateral SECURES the agreement; a borrower's or a conditional one does not.
Passages written for these tests."""

from __future__ import annotations

from tests.passages import extract_text

_HEAD = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of March 1, 2012, is by and between Sandhill Minerals, Inc., a
Wyoming corporation (the "Borrower"), and PRAIRIE STATE BANK, a state banking corporation
("Lender").

Section 2.1 Loans. Lender agrees to make Loans to Borrower up to $8,000,000.

Section 9.4 Security Interest and Right of Set-off. """

_TAIL = """

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first above written.

SANDHILL MINERALS, INC.
By: /s/ Gina Holt
Title: President

PRAIRIE STATE BANK
By: /s/ Ralph Eng
Title: Vice President
"""


def _securing(clause: str) -> set[str]:
    x = extract_text(_HEAD + clause + _TAIL)
    names = {e.ref: str(e.props.get("description")) for e in x.entities if e.label == "Asset"}
    return {
        names[r.source]
        for r in x.relations
        if r.type == "SECURES" and r.target == "agreement:self" and r.source in names
    }


def test_the_lenders_security_interests_in_deposits_and_property_held() -> None:
    found = _securing(
        "Lender shall have a continuing security interest for the Indebtedness in, as well as "
        "the right to set-off the obligations of Borrower hereunder against, all funds which "
        "Borrower may maintain on deposit with Lender, and, subject to the foregoing, Lender "
        "shall have a lien upon and a security interest in all property of Borrower in "
        "Lender's possession or control which shall secure the Indebtedness of Borrower."
    )
    assert "all funds which Borrower may maintain on deposit with Lender" in found
    assert "all property of Borrower in Lender's possession or control" in found


def test_a_borrowers_or_a_conditional_interest_secures_nothing() -> None:
    assert not _securing(
        "If Borrower defaults, Lender shall have a security interest in all inventory of "
        "Borrower. The Borrower shall have a security interest in the goods it sells."
    )
