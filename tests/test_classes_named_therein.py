"""A class another agreement lists ("the Banks named therein", "the lenders listed therein") in
the party list of an agreement this one only mentions (``underlying.class_named_therein`` in
:mod:`ingest.underlying`): its members are that agreement's, not this document's Banks. A
subsidiary's own credit agreement that a covenant excepts is no agreement this document's banks
are party to. The near misses: the same words about this agreement itself (a note exhibit's "the
Credit Agreement ... among the Borrower, the Banks named therein and the Agent") and about the
agreement an amendment amends, whose lenders are this document's. Passages written for this
test (invented parties)."""

from __future__ import annotations

from tests.passages import edges, extract_text

_PREAMBLE = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT, dated as of May 5, 2010, is by and between GLENROSE UTILITIES \
CORPORATION, a Minnesota corporation (the "Borrower"), the banks listed on the signature pages \
hereof (the "Banks"), and TARN NATIONAL BANK, as agent for the Banks (the "Agent").

"""

_SIGNATURES = """

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed.

GLENROSE UTILITIES CORPORATION
By: /s/ Ann Lowe
Title: Treasurer

TARN NATIONAL BANK, as Agent and a Bank
By: /s/ Paul Drury
Title: Vice President

CORVEN BANK, N.A., as a Bank
By: /s/ Rita Shaw
Title: Vice President

ELDON TRUST COMPANY, as a Bank
By: /s/ Mark Tully
Title: Senior Vice President
"""

#: a covenant's exception names a subsidiary's own credit agreement and its class of banks
_SUBSIDIARY_AGREEMENT = (
    _PREAMBLE
    + """Section 9.9 Contingent Liabilities. The Borrower will not guarantee any obligation of \
any Person, except (iv) guaranties by any Subsidiary of the obligations of Brackley Industries, \
Inc. under that certain Credit Agreement, dated as of October 2, 2008, among Brackley \
Industries, Inc., the Banks named therein, and Tarn National Bank, as Agent.

Section 9.10 Liens. The Borrower will not create any Lien on its property, except \
(ii) Liens securing the obligations of Brackley Industries, Inc. under the Term Loan \
Agreement, dated as of June 1, 2009, between Brackley Industries, Inc. and the lenders \
from time to time listed therein."""
    + _SIGNATURES
)

#: near miss: this agreement's own note names it with the same words
_OWN_NOTE = (
    _PREAMBLE
    + """Section 2.5 The Notes. The Loans of each Bank shall be evidenced by a Revolving Note."""
    + _SIGNATURES
    + """

EXHIBIT A

PROMISSORY NOTE

This Note is the Note referred to in the Credit Agreement dated as of May 5, 2010 among the \
Borrower, the Banks named therein and Tarn National Bank, as Agent.
"""
)


def _party_to(text: str, date: str) -> set[str]:
    """The names of the parties PARTY_TO the agreement of ``date``."""
    x = extract_text(text)
    by_ref = {e.ref: e for e in x.entities}
    return {
        str(by_ref[r.source].props.get("name")).lower()
        for r in x.relations
        if r.type == "PARTY_TO"
        and r.source in by_ref
        and r.target in by_ref
        and by_ref[r.target].props.get("date") == date
    }


def test_the_banks_another_credit_agreement_names_therein_are_not_this_documents_banks() -> None:
    parties = _party_to(_SUBSIDIARY_AGREEMENT, "2008-10-02")
    assert "brackley industries, inc." in parties
    assert "tarn national bank" in parties  # named as its agent
    assert not parties & {"corven bank, n.a.", "eldon trust company"}


def test_the_lenders_listed_therein_are_not_this_documents_banks_either() -> None:
    parties = _party_to(_SUBSIDIARY_AGREEMENT, "2009-06-01")
    assert not parties & {"corven bank, n.a.", "eldon trust company", "tarn national bank"}


def test_the_banks_named_therein_of_this_agreement_itself_are_its_banks() -> None:
    x = extract_text(_OWN_NOTE)
    parties = {s.lower() for s, t in edges(x, "PARTY_TO") if t.lower() == "credit agreement"}
    assert {"corven bank, n.a.", "eldon trust company", "tarn national bank"} <= parties
