"""An issue clause that names the agreement after the instrument it issued ("the Company
issued to the Holder that certain Senior Secured Promissory Note dated ... (the "Note"),
pursuant to that certain Note Purchase Agreement dated ...") makes the instrument ISSUED_UNDER
that agreement; a "pursuant to which" clause tells what the note allows, not where it came
from."""

from __future__ import annotations

from tests.passages import edges, extract_text

_RECITAL = """NOTE MODIFICATION AGREEMENT

This NOTE MODIFICATION AGREEMENT (this "Agreement"), dated as of August 1, 2014, is between
Quillon Therapeutics, Inc., a Delaware corporation (the "Company"), and Bayside Growth Fund,
L.P., a Delaware limited partnership (the "Holder").

WHEREAS, the Company issued to the Holder that certain Senior Secured Promissory Note dated
May 5, 2012, in the original principal amount of $2,000,000 (the "Note"), pursuant to that
certain Note Purchase Agreement dated as of May 5, 2012, by and between the Company and the
Holder (the "Purchase Agreement");

NOW, THEREFORE, the maturity date of the Note is extended to May 5, 2016.

QUILLON THERAPEUTICS, INC.

By: /s/ Nadia Ferrante
Name: Nadia Ferrante
Title: Chief Executive Officer
"""


def test_the_note_is_issued_under_the_agreement_named_after_it() -> None:
    x = extract_text(_RECITAL)
    assert edges(x, "ISSUED_UNDER") == {
        ("Senior Secured Promissory Note", "Note Purchase Agreement")
    }
    assert ("Quillon Therapeutics, Inc.", "Senior Secured Promissory Note") in edges(x, "ISSUES")


def test_a_clause_on_what_the_note_allows_names_no_issuing_agreement() -> None:
    text = _RECITAL.replace(
        "pursuant to that\ncertain Note Purchase Agreement dated as of May 5, 2012, by and between "
        'the Company and the\nHolder (the "Purchase Agreement");',
        "pursuant to which\nthe Holder may convert it into shares; and the Company and the Holder "
        "are parties to a Note Purchase Agreement dated as of May 5, 2012;",
    )
    assert "pursuant to which" in text
    assert not edges(extract_text(text), "ISSUED_UNDER")
