"""Notes an amendment lists as delivered to enumerated lenders
(``ingest.relations.delivered_notes``): a composed amendment in the drafting shape, its near
miss, and a real amendment of the corpus."""

from __future__ import annotations

import re

from ingest.extract import extract
from ingest.readers.reader import read_file
from tests.passages import edges, extract_text
from tests.paths import CORPUS

_AMENDMENT = """FIRST AMENDMENT TO CREDIT AGREEMENT

THIS FIRST AMENDMENT TO CREDIT AGREEMENT (this "Amendment") is made as of May 1, 2009 among \
ORCHARD LANE FOODS, INC., an Indiana corporation (the "Borrower"), FIRST LAKE BANK, N.A. and \
RIVER CITY BANK (the "Banks"), and FIRST LAKE BANK, N.A., as agent (the "Agent").

The Borrower, the Banks and the Agent are parties to a Credit Agreement dated as of June 2, 2006 \
(the "Credit Agreement").

3. Conditions. This Amendment shall become effective when the Agent shall have received the \
following:

(a) duly executed copies of this Amendment from the Borrower and each Bank;

(b) replacement Notes in substantially the form of Exhibit C to the Credit Agreement in favor \
of (i) First Lake Bank, N.A. in the aggregate principal amount of $30,000,000 and (ii) River \
City Bank in the aggregate principal amount of $20,000,000;

IN WITNESS WHEREOF, the parties have executed this Amendment.

ORCHARD LANE FOODS, INC.
By: /s/ Joan Reyes
Title: Treasurer

FIRST LAKE BANK, N.A., individually and as Agent
By: /s/ Sam Oakes
Title: Vice President

RIVER CITY BANK
By: /s/ Pat Lin
Title: Vice President
"""


def _lower(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(a.lower(), b.lower()) for a, b in pairs}


def test_each_listed_bank_holds_the_replacement_notes_the_borrower_issues() -> None:
    x = extract_text(_AMENDMENT)
    holds = _lower(edges(x, "HOLDS"))
    assert ("first lake bank, n.a.", "replacement notes") in holds
    assert ("river city bank", "replacement notes") in holds
    assert ("orchard lane foods, inc.", "replacement notes") in _lower(edges(x, "ISSUES"))
    assert ("replacement notes", "credit agreement") in _lower(edges(x, "ISSUED_UNDER"))


def test_notes_in_favor_of_one_party_are_no_list() -> None:
    one = re.sub(r"in favor\s+of \(i\).*?;", "in favor of the Agent;", _AMENDMENT, flags=re.S)
    assert "(ii)" not in one
    x = extract_text(one)
    assert not any(t.lower() == "replacement notes" for _, t in edges(x, "HOLDS"))


def test_real_replacement_notes_in_favor_of_two_banks() -> None:
    # National Wine & Spirits' amendment: "replacement Notes in substantially the form of
    # Exhibit C to the Credit Agreement in favor of (i) LaSalle Bank National Association ...
    # and (ii) National City Bank of Indiana ..."
    name = "lexpredict-1081971-2006-02-10.txt"
    (doc,) = read_file(CORPUS / "credit-dev" / name, max_bytes=10_000_000).documents
    x = extract(doc)
    holds = _lower(edges(x, "HOLDS"))
    assert ("lasalle bank national association", "replacement notes") in holds
    assert ("national city bank of indiana", "replacement notes") in holds
    assert ("national wine & spirits, inc.", "replacement notes") in _lower(edges(x, "ISSUES"))
