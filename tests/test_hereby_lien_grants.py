"""A grant of security "hereby" whose grantor opens the sentence but whose lien comes after
more than a grantee (:data:`ingest.relations.security_grants._HEREBY_LIEN`): a set-off lien
in deposits ("grants to the Bank, a lien, security interest and right of setoff as security
for ..."), a lien stated before what it is upon ("a security interest, a lien and a right of
offset, each of which shall be upon and against ..."), an assignment joined to the grant
("assigns ... all of its right, title and interest in and to, and grants the Lenders a Lien
on ..."), a grantee "on behalf of and for the ratable benefit of" the lenders. The grantor
SECURES the agreement; a creditor's grant, a lien another holds and a promise not to grant
secure nothing. Passages written for this test (invented parties)."""

from __future__ import annotations

import pytest

from ingest.records import Extraction
from tests.passages import edges, extract_text


def _secures(x: Extraction) -> set[tuple[str, str]]:
    return {(s.upper(), t.upper()) for s, t in edges(x, "SECURES")}


_HEAD = (
    "CREDIT AGREEMENT\n\n"
    "THIS CREDIT AGREEMENT dated as of March 4, 1998 is among WESTRIDGE TOOLING CORP., a "
    'Delaware corporation (the "Borrower"), the lenders party hereto (the "Lenders") and '
    'HALVERSON NATIONAL BANK, as agent for the Lenders (the "Agent").\n\n'
    "SECTION 2.01. Commitments. Each Lender severally agrees to make Loans to the Borrower.\n\n"
)
_TAIL = (
    "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.\n\n"
    "WESTRIDGE TOOLING CORP.\n\nBy: ____________\nTitle: President\n\n"
    "HALVERSON NATIONAL BANK, as Agent and as a Lender\n\nBy: ____________\nTitle:\n"
)
_BORROWER = ("WESTRIDGE TOOLING CORP.", "CREDIT AGREEMENT")


@pytest.mark.parametrize(
    "clause",
    [
        "SECTION 9.04. Offset. To secure the repayment of the Obligations Borrower hereby "
        "grants to Agent and each Lender a security interest, a lien, and a right of offset, "
        "each of which shall be in addition to all other rights of the Lenders and each of "
        "which shall be upon and against any and all moneys of Borrower held by any Lender.",
        "SECTION 9.04. Setoff. The Borrower hereby grants to each Lender, a lien, security "
        "interest and right of setoff as security for all liabilities and obligations of the "
        "Borrower to such Lender, upon all deposits of the Borrower with such Lender.",
        "SECTION 9.04. Rights in Property Held by Lenders. As security for the Obligations, "
        "the Borrower hereby assigns, transfers and sets over to the Lenders all of its right, "
        "title and interest in and to, and grants the Lenders a Lien on and a security "
        "interest in, all amounts that may be owing by the Lenders to the Borrower.",
        "SECTION 2.09. Collateral Account. The Borrower hereby pledges, assigns and grants to "
        "the Agent, on behalf of and for the ratable benefit of the Lenders, a security "
        "interest in all of the Borrower's right, title and interest in and to all funds on "
        "deposit in the Collateral Account to secure the payment of the Obligations.",
    ],
)
def test_a_hereby_grant_secures_the_agreement(clause: str) -> None:
    assert _BORROWER in _secures(extract_text(_HEAD + clause + "\n\n" + _TAIL))


@pytest.mark.parametrize(
    "clause",
    [
        "SECTION 7.02. Liens. The Borrower will not grant to any Person a lien on any of its "
        "property, except Permitted Liens.",
        "SECTION 7.02. Assignment. The Borrower hereby assigns to the Agent all of its rights "
        "under the Supply Contract, which are subject to a lien in favor of the Supplier.",
        "SECTION 7.02. Representations. The Borrower hereby represents that it has not "
        "granted to any Person a lien on its assets.",
        "SECTION 7.02. Participations. Each Lender hereby grants to the Agent a security "
        "interest in its share of all payments received by it.",
    ],
)
def test_no_grant_by_the_borrower_secures_nothing(clause: str) -> None:
    assert _BORROWER not in _secures(extract_text(_HEAD + clause + "\n\n" + _TAIL))
