"""Grants in two shapes of bank and venture-debt forms (:mod:`ingest.relations.security_grants`,
:mod:`ingest.relations.collateral`): the purpose clause between the grantee and the security
interest ("Borrower hereby grants Bank, to secure the payment ... of all of the Obligations, a
continuing security interest in, and pledges to Bank, the Collateral"), and the collateral term
a parenthesis gives with "called" ("(all of which shall collectively be called the
"Intellectual Property Collateral")"). Passages written for this test (invented parties)."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import extract_text


def _secures(x: Extraction) -> set[tuple[str, str]]:
    """SECURES as (source, target), each by its name, title or (an Asset) description."""
    names = {
        e.ref: str(e.props.get("name") or e.props.get("title") or e.props.get("description"))
        for e in x.entities
    }
    return {(names[r.source], names[r.target]) for r in x.relations if r.type == "SECURES"}


_LSA = (
    "LOAN AND SECURITY AGREEMENT\n\n"
    'THIS LOAN AND SECURITY AGREEMENT (this "Agreement") is entered into as of April 3, 2012, '
    'by and between FERNWOOD BANK, a California banking corporation ("Bank"), and OSPREY '
    'LANE ROBOTICS, INC., a Delaware corporation ("Borrower").\n\n'
    "2.1 Advances. Bank agrees to make advances to Borrower not exceeding $3,000,000.\n\n"
)
_LSA_END = (
    '"Collateral" is all of Borrower\'s goods, accounts, equipment and inventory.\n\n'
    "IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first "
    "written above.\n\nOSPREY LANE ROBOTICS, INC.\n\nBy: /s/ Tamsin Achebe\nName: Tamsin "
    "Achebe\nTitle: President\n\nFERNWOOD BANK\n\nBy: /s/ Luis Okonkwo-Ray\nName: Luis "
    "Okonkwo-Ray\nTitle: Vice President\n"
)


def test_a_purpose_clause_between_grantee_and_security_interest() -> None:
    text = (
        _LSA + "4.1 Grant of Security Interest. Borrower hereby grants Bank, to secure the "
        "payment and performance in full of all of the Obligations, a continuing security "
        "interest in, and pledges to Bank, the Collateral, wherever located, whether now owned "
        "or hereafter acquired or arising, and all proceeds and products thereof.\n\n" + _LSA_END
    )
    secures = {(s.upper(), t.upper()) for s, t in _secures(extract_text(text))}
    assert ("OSPREY LANE ROBOTICS, INC.", "LOAN AND SECURITY AGREEMENT") in secures, secures
    assert ("THE COLLATERAL", "LOAN AND SECURITY AGREEMENT") in secures, secures
    assert not any(s == "FERNWOOD BANK" for s, _ in secures), secures


def test_a_covenant_with_a_purpose_clause_grants_nothing() -> None:
    text = (
        _LSA + "6.4 Liens. Borrower will not grant any Person, to secure any Indebtedness, a "
        "security interest in the Collateral.\n\n" + _LSA_END
    )
    assert _secures(extract_text(text)) == set()


_IPSA = (
    "INTELLECTUAL PROPERTY SECURITY AGREEMENT\n\n"
    'This INTELLECTUAL PROPERTY SECURITY AGREEMENT (this "IP Agreement") is entered into as of '
    "June 8, 2018 by and between MARLOWE GROWTH CREDIT, LLC, a Delaware limited liability "
    'company ("Lender"), and TIDEPOOL GENOMICS, INC., a Delaware corporation ("Grantor"), '
    'under that certain Loan and Security Agreement dated as of June 8, 2018 (the "Loan '
    'Agreement") between Grantor and Lender.\n\n'
    "1. Grant. To secure its obligations under the Loan Agreement, Grantor grants to Lender a "
    "security interest in all of Grantor's right, title and interest in, to and under its "
    'intellectual property (all of which shall collectively be called the "IP Collateral"), '
    "including the patents listed on Exhibit A.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this IP Agreement.\n\n"
    "TIDEPOOL GENOMICS, INC.\n\nBy: /s/ Rhea Lindgren\nName: Rhea Lindgren\nTitle: Chief "
    "Executive Officer\n\nMARLOWE GROWTH CREDIT, LLC\n\nBy: /s/ Amos Feld\nName: Amos Feld\n"
    "Title: Partner\n"
)


def test_a_collateral_term_given_with_called_is_the_asset() -> None:
    secures = _secures(extract_text(_IPSA))
    assert ("IP Collateral", "Loan and Security Agreement") in secures, secures
