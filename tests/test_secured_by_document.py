"""A deed of trust or mortgage that grants the land first and states what it secures in a
clause of its own (:mod:`ingest.relations.secured_by_document`): "This Deed of Trust is given
for the purpose of securing: (a) payment of ... the Note; (b) performance of ... the Loan
Agreement". Passages written for this test (invented parties)."""

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


_DEED = (
    "DEED OF TRUST AND ASSIGNMENT OF RENTS\n\n"
    'THIS DEED OF TRUST AND ASSIGNMENT OF RENTS (this "Deed of Trust") is made as of '
    "October 4, 2004, by REDFERN ORCHARD ESTATES, LLC, a Nevada limited liability company "
    '("Trustor"), to CANYON STATE TITLE COMPANY, a Nevada corporation ("Trustee"), for the '
    'benefit of HARTWELL MUTUAL LIFE COMPANY, an Ohio corporation ("Beneficiary").\n\n'
    "WITNESSETH: That Trustor hereby irrevocably grants, bargains, sells and conveys to "
    "Trustee, in trust, with power of sale, all of Trustor's right, title and interest in the "
    'real property in Washoe County, Nevada described in Exhibit A (the "Premises"):\n\n'
    "(a) all buildings and improvements thereon; and\n\n"
    "(b) all rents, issues and profits thereof.\n\n"
)
_SIGNED = (
    "IN WITNESS WHEREOF, Trustor has executed this Deed of Trust.\n\n"
    "REDFERN ORCHARD ESTATES, LLC\n\nBy: /s/ Imogen Castellano\nName: Imogen Castellano\n"
    "Title: Manager\n"
)


def test_the_clause_and_its_list_name_what_the_land_secures() -> None:
    text = (
        _DEED + "2. Obligations Secured. This Deed of Trust is given for the purpose of "
        "securing:\n\n"
        '(a) payment of that certain Promissory Note dated October 4, 2004 (the "Note") in the '
        "principal amount of $2,400,000 made by Trustor payable to Beneficiary; and\n\n"
        "(b) performance of each obligation of Trustor under that certain Construction Loan "
        "Agreement of even date herewith between Trustor and Beneficiary.\n\n"
        "3. Taxes. Trustor shall pay all taxes on the Premises.\n\n" + _SIGNED
    )
    secures = _secures(extract_text(text))
    assert ("Premises", "Promissory Note") in secures, secures
    assert ("REDFERN ORCHARD ESTATES, LLC", "Promissory Note") in secures, secures
    assert ("Premises", "Construction Loan Agreement") in secures, secures
    assert not any(s.upper().startswith("CANYON") for s, _ in secures), secures


def test_a_deed_that_names_no_note_or_agreement_secures_nothing_new() -> None:
    text = (
        _DEED + "2. Obligations Secured. This Deed of Trust is given to secure the payment of "
        "all sums owing by Trustor to Beneficiary.\n\n" + _SIGNED
    )
    assert not any(s == "Premises" for s, _ in _secures(extract_text(text)))
