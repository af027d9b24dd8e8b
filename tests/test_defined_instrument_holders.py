"""An instrument a credit agreement defines as issued by a party to a holder it names nowhere
else (``ingest.relations.issuance``): the holder becomes a party that HOLDS it; a composed
passage and a real credit agreement of the corpus."""

from __future__ import annotations

from ingest.extract import extract
from ingest.readers.reader import read_file
from tests.passages import edges, extract_text
from tests.paths import CORPUS

_AGREEMENT = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT, dated as of March 9, 2011, is entered into by and between BRIGHTWATER \
MEDICAL INC., a Nevada corporation ("Borrower"), and HARBOR POINT CAPITAL FUND LP, a Delaware \
limited partnership ("Lender").

SECTION 1.01. Certain Defined Terms.

"Warrant" means the Warrant, dated the date hereof, issued by Borrower to Harbor Point \
Holdings, Limited, and all additional warrants issued hereafter pursuant to such Warrant.

"Option" means the option, dated the date hereof, issued by Borrower to Chief Financial \
Officer.

IN WITNESS WHEREOF, the parties have executed this Agreement.

BRIGHTWATER MEDICAL INC.
By: /s/ Kim Lowe
Title: President

HARBOR POINT CAPITAL FUND LP
By: /s/ Ray Dunn
Title: Managing Member
"""


def test_a_holder_named_only_in_the_definition_holds_the_warrant() -> None:
    x = extract_text(_AGREEMENT)
    assert ("Harbor Point Holdings, Limited", "Warrant") in edges(x, "HOLDS")
    assert ("brightwater medical inc.", "warrant") in {
        (a.lower(), b.lower()) for a, b in edges(x, "ISSUES")
    }
    # the lender, named elsewhere, does not hold it; a title names no holder
    assert not any(a.lower().startswith("harbor point capital") for a, _ in edges(x, "HOLDS"))
    assert not any("officer" in a.lower() for a, _ in edges(x, "HOLDS"))


def test_real_warrant_issued_to_the_lenders_affiliate_is_held_by_it() -> None:
    # MBI Financial's credit agreement: ""Warrants" means the Warrant, dated the date hereof,
    # issued by Borrower to Old Master Cimabue Holdings, Limited, ..."
    name = "lexpredict-51511-2006-12-29.txt"
    (doc,) = read_file(CORPUS / "credit-dev" / name, max_bytes=10_000_000).documents
    x = extract(doc)
    assert ("Old Master Cimabue Holdings, Limited", "Warrants") in edges(x, "HOLDS")
