"""A set-off lien a credit agreement grants each lender in the borrower's deposits with it
(:mod:`ingest.relations.security_grants`, :mod:`ingest.relations.headed_clauses`): "(a) The
Company hereby grants to each Lender, as security for ..., a continuing lien on and security
interest in all deposits ...", written as the first lettered paragraph after its section's
heading. Passages written for this test (invented parties)."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import extract_text


def _secures(x: Extraction) -> set[tuple[str, str]]:
    """SECURES as (source, target), each by its name, title or (an Asset) description."""
    names = {
        e.ref: str(e.props.get("name") or e.props.get("title") or e.props.get("description"))
        for e in x.entities
    }
    return {(names[r.source], names[r.target].upper()) for r in x.relations if r.type == "SECURES"}


_HEAD = (
    "CREDIT AGREEMENT\n\n"
    "AGREEMENT dated as of June 2, 2003 among CALDERWOOD MILLS, INC., the LENDERS listed on "
    "the signature pages hereof and PIEDMONT TRUST BANK, as Agent.\n\n"
    '"Company" means Calderwood Mills, Inc., a Virginia corporation.\n\n'
    "SECTION 2.01. Commitments. Each Lender severally agrees to make Loans to the Company.\n\n"
)
_TAIL = (
    "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.\n\n"
    "CALDERWOOD MILLS, INC.\n\nBy: ____________\nTitle:\n\n"
    "PIEDMONT TRUST BANK, as Agent and as a Lender\n\nBy: ____________\nTitle:\n"
)

_DEPOSITS = (
    "all deposits and other balances held by such Lender for the account of the Company or "
    "subject to withdrawal by the Company"
)


def test_a_set_off_lien_after_its_section_heading_secures_the_agreement() -> None:
    text = (
        _HEAD + "SECTION 9.03. Right of Set-Off; Sharing. (a) The Company hereby grants to each "
        "Lender, as security for the prompt payment of all amounts owing by the Company under "
        "this Agreement, a continuing lien on and security interest in " + _DEPOSITS + "; and "
        "each Lender may, after any Event of Default, set off such deposits against such "
        "amounts.\n\n(b) Each Lender agrees to share its set-offs ratably.\n\n" + _TAIL
    )
    secures = _secures(extract_text(text))
    assert (_DEPOSITS, "CREDIT AGREEMENT") in secures, secures


def test_a_bare_right_of_set_off_secures_nothing() -> None:
    text = (
        _HEAD + "SECTION 9.03. Right of Set-Off. (a) Upon any Event of Default each Lender may "
        "set off any deposits held by it for the account of the Company against the amounts "
        "then due under this Agreement.\n\n" + _TAIL
    )
    assert _secures(extract_text(text)) == set()


def test_a_grant_cut_off_at_its_preposition_names_no_collateral() -> None:
    text = (
        _HEAD + "SECTION 9.03. Right of Set-Off. The Company hereby grants to each Lender a "
        "security interest in all deposits and accounts maintained with, and all other "
        "property of the Company held by, such Lender.\n\n" + _TAIL
    )
    assert not any(s.endswith(" with") for s, _ in _secures(extract_text(text)))
