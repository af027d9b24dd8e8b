"""Notes a credit document defines by who issues them, with no holder
(``ingest.relations.defined_securities``): composed definitions, their near miss, and a real
credit agreement of the corpus."""

from __future__ import annotations

from ingest.extract import extract
from ingest.readers.reader import read_file
from tests.passages import edges, extract_text
from tests.paths import CORPUS

_AGREEMENT = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT, dated as of July 1, 2003, is between BLUE HERON SYSTEMS, INC., a Delaware \
corporation (the "Borrower"), and PRAIRIE STATE BANK, an Illinois banking corporation (the \
"Bank").

WHEREAS, the Borrower has entered into a Note Purchase Agreement dated as of May 5, 2003 (the \
"Note Purchase Agreement") with certain institutional purchasers.

1.1 Definitions. As used herein:

"Senior Notes" means the 7.25% senior notes due 2013 in an aggregate principal amount of \
$50,000,000 issued by the Borrower pursuant to the Note Purchase Agreement.

"Permitted Notes" means the notes described in the Offering Memorandum.

IN WITNESS WHEREOF, the parties have executed this Agreement.

BLUE HERON SYSTEMS, INC.
By: /s/ Ann Cole
Title: President

PRAIRIE STATE BANK
By: /s/ Bob Dean
Title: Vice President
"""


def _lower(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(a.lower(), b.lower()) for a, b in pairs}


def test_notes_defined_as_issued_by_the_borrower_under_the_purchase_agreement() -> None:
    x = extract_text(_AGREEMENT)
    assert ("blue heron systems, inc.", "senior notes") in _lower(edges(x, "ISSUES"))
    under = _lower(edges(x, "ISSUED_UNDER"))
    assert ("senior notes", "note purchase agreement") in under
    assert ("senior notes", "credit agreement") not in under
    # a definition naming no issuer issues nothing
    assert not any(t.lower() == "permitted notes" for _, t in edges(x, "ISSUES"))


def test_real_convertible_notes_the_borrower_issues_for_an_acquisition() -> None:
    # Todd-AO's amended credit agreement: ""Convertible Subordinated Notes" means convertible
    # subordinated notes in an aggregate principal amount not exceeding $12,800,000 issued by
    # the Borrower in connection with the Hollywood Digital Acquisition ..."
    name = "lexpredict-61442-1997-07-07.txt"
    (doc,) = read_file(CORPUS / "credit-dev" / name, max_bytes=10_000_000).documents
    x = extract(doc)
    # the company as the text names it, "THE TODD-AO CORPORATION"
    assert ("the todd-ao corporation", "convertible subordinated notes") in _lower(
        edges(x, "ISSUES")
    )
    assert not any(
        s.lower() == "convertible subordinated notes" for s, _ in edges(x, "ISSUED_UNDER")
    )
