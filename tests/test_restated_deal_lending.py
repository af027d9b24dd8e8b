"""An amended and restated credit agreement whose recital names the old agreement's parties,
who are not the new one's: `Brackley Solar Partners, L.P. (the "Existing Borrower"), Morrow
Point Bank, as lender (the "Existing Lender"), ... are parties to ... the "Existing Credit
Agreement"`, then `BRACKLEY RENEWABLES LLC ("Borrower")` and the Lenders signing below. The
new Lenders lend to the new Borrower, the old lender lent to the old borrower, never across
(the roles of the old deal, "Existing ...", "Original ...", are :data:`PRIOR_DEAL_ROLE`).

Passages written for the test in the shape of restatements after a merger or a refinancing
(a preamble, the recital of the existing agreement, the credit clause, signature pages under
captions); never copied from a filing. Found by round 13 of the written documents (h24-c).
"""

from __future__ import annotations

from ingest.relations.party_roles import PRIOR_DEAL_ROLE
from tests.passages import edges, extract_text

_RESTATED = """AMENDED AND RESTATED CREDIT AGREEMENT

This AMENDED AND RESTATED CREDIT AGREEMENT, dated as of {date} (this "Agreement"), is
entered into by and among {new_borrower}, a Delaware limited liability company
("Borrower"), each of the lenders from time to time party hereto (each, a "Lender" and
collectively, the "Lenders"), and SOUTHWARK BANK, as administrative agent for the Lenders
(in such capacity, "Agent").

RECITALS

WHEREAS, {old_borrower}, a Delaware limited partnership (the "{prior} Borrower"), {old_lender},
as lender (the "{prior} Lender"), and SOUTHWARK BANK, as agent, are parties to that certain
Credit Agreement dated as of May 4, 2016 (the "{prior} Credit Agreement"), pursuant to which
the {prior} Lender made term loans to the {prior} Borrower;

WHEREAS, the parties wish to amend and restate the {prior} Credit Agreement in its entirety;

Section 2.01 Term Loan. Each Lender severally agrees to make its portion of the Term Loan to
Borrower on the Restatement Date in an amount equal to its Commitment.

IN WITNESS WHEREOF, the parties hereto have executed this Agreement as of the date first
above written.

BORROWER:                         {new_borrower}

                                  By: /s/ Fiona G. Ashdown
                                  Title: Chief Executive Officer

AGENT AND LENDER:                 SOUTHWARK BANK

                                  By: /s/ Julian T. Merriweather
                                  Title: Executive Director

LENDERS:                          CALDER HILL BANK

                                  By: /s/ Aisha B. Okonkwo
                                  Title: Vice President
"""


def _lending(prior: str, new: str, old: str, lender: str) -> set[tuple[str, str]]:
    text = _RESTATED.format(
        date="October 1, 2019", new_borrower=new, old_borrower=old, old_lender=lender, prior=prior
    )
    return edges(extract_text(text), "LENDS_TO")


def test_new_lenders_lend_to_the_new_borrower_only() -> None:
    lent = _lending(
        "Existing", "BRACKLEY RENEWABLES LLC", "Brackley Solar Partners, L.P.", "Morrow Point Bank"
    )
    assert ("CALDER HILL BANK", "BRACKLEY RENEWABLES LLC") in lent
    assert ("CALDER HILL BANK", "Brackley Solar Partners, L.P.") not in lent
    assert ("Morrow Point Bank", "BRACKLEY RENEWABLES LLC") not in lent


def test_original_parties_of_a_refinanced_agreement() -> None:
    lent = _lending("Original", "HALDANE WIND LLC", "Haldane Power Partners, L.P.", "Ostrey Bank")
    assert ("CALDER HILL BANK", "HALDANE WIND LLC") in lent
    assert ("CALDER HILL BANK", "Haldane Power Partners, L.P.") not in lent
    assert ("Ostrey Bank", "HALDANE WIND LLC") not in lent


def test_prior_deal_roles_only() -> None:
    # near misses: the own deal's roles, and a new lender, stay in the own deal
    assert PRIOR_DEAL_ROLE.search("existing lender")
    assert PRIOR_DEAL_ROLE.search("former borrower")
    for role in ("lender", "new lender", "borrower", "existing"):
        assert PRIOR_DEAL_ROLE.search(role) is None
