"""A credit agreement's security clause that names the document of the grant between the verb
and the grantee, and joins an assignment on: "To secure the payment ... of the Obligations
hereunder, each Borrower grants, under and pursuant to the Security Agreement executed by
Borrowers dated as of the date hereof, to Lender, its successors and assigns, a continuing,
first-priority security interest in, and does hereby assign, transfer ... and set over to
Lender, its successors and assigns, all of the right, title and interest of each Borrower in
and to the Collateral". Each grantor SECURES the credit agreement. Passages written in the shape
of single-lender revolving credit agreements; names invented."""

from __future__ import annotations

from ingest.extract import extract
from ingest.records import Extraction, SourceDocument

_HEAD = (
    "CREDIT AGREEMENT\n"
    "\n"
    "This CREDIT AGREEMENT (this \u201cAgreement\u201d), dated as of June 3, 2014, is executed "
    "by and among OSTRAVA MACHINE WORKS, INC., a Nevada corporation, and KELLAN PRECISION, "
    "INC., a Texas corporation (each a \u201cBorrower\u201d and together \u201cBorrowers\u201d), "
    "and HARROW CREDIT FUND, LP (\u201cLender\u201d).\n"
    "\n"
    "1. Loans. Lender agrees to make loans to Borrowers of up to $900,000.\n"
    "\n"
    "2. Definitions. \u201cCollateral\u201d shall mean all assets of each Borrower which secure "
    "the Loans.\n"
    "\n"
)
_TAIL = (
    "\n"
    "IN WITNESS WHEREOF, Borrowers and Lender have executed this Credit Agreement as of the "
    "date first above written.\n"
)


def _secures(clause: str) -> set[str]:
    x: Extraction = extract(SourceDocument(text=_HEAD + clause + _TAIL, path="credit.txt"))
    names = {
        e.ref: str(e.props.get("name") or e.props.get("title") or e.props.get("description"))
        for e in x.entities
    }
    return {f"{names[r.source]} -> {names[r.target]}" for r in x.relations if r.type == "SECURES"}


def test_each_grantor_under_the_security_agreement_secures_the_agreement() -> None:
    found = _secures(
        "3. SECURITY FOR THE OBLIGATIONS.\n"
        "To secure the payment and performance by Borrowers of the Obligations hereunder, each "
        "Borrower grants, under and pursuant to the Security Agreement executed by Borrowers "
        "dated as of the date hereof, to Lender, its successors and assigns, a continuing, "
        "first-priority security interest in, and does hereby assign, transfer, pledge and set "
        "over to Lender, its successors and assigns, all of the right, title and interest of "
        "each Borrower in and to the Collateral, whether now owned or hereafter acquired.\n"
    )
    assert "OSTRAVA MACHINE WORKS, INC. -> Credit Agreement" in found
    assert "KELLAN PRECISION, INC. -> Credit Agreement" in found


def test_a_grant_pursuant_to_a_pledge_agreement_with_the_assets_listed() -> None:
    found = _secures(
        "3. Security Interest. As security for the Loans, each Borrower grants, pursuant to the "
        "Pledge and Security Agreement of even date, to Lender, its successors and assigns, a "
        "continuing security interest in all of its accounts and inventory, wherever located.\n"
    )
    assert "OSTRAVA MACHINE WORKS, INC. -> Credit Agreement" in found
    assert "KELLAN PRECISION, INC. -> Credit Agreement" in found


def test_a_promise_to_grant_later_under_a_document_secures_nothing() -> None:
    """Near miss: a covenant not to grant, with a document named in the same place."""
    found = _secures(
        "3. Negative Pledge. No Borrower shall grant, under any agreement, to any Person, a "
        "security interest in any of its assets.\n"
    )
    assert not any(s.startswith(("OSTRAVA", "KELLAN")) for s in found)
