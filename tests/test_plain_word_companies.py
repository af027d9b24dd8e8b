"""Companies named in plain words that read as a person's name ("Ridgeway Tool Works",
"Ashcombe Logistics", "Sandpiper Machine") signing a guarantors' consent or a lender's page
(issue #13): no suffix or org word tells them from a person, but where they stand does. Alone
on its line, a blank line (or a caption) above it, over a "By:" line, directly or through a
stack of other companies, signed by another person: the block's company
(``signatures.plain_companies.plain_company``). A person signing for himself under his own
name, a person signed for by an attorney-in-fact and a person's name under "Name:" stay
persons.
"""

from __future__ import annotations

import pytest

from ingest.records import Extraction
from tests.passages import edges, entity_names, extract_text

_AMENDMENT = """SECOND AMENDMENT TO LOAN AGREEMENT

THIS SECOND AMENDMENT (this "Amendment") is made as of April 9, 2018 between {borrower}, an \
Ohio corporation ("Borrower"), and {bank}, a national banking association ("Bank").

1. Section 6.2 of the Loan Agreement dated as of May 1, 2015 between Borrower and Bank (the \
"Loan Agreement") is amended by deleting "$2,000,000" and inserting "$3,000,000".

IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first written above.

{borrower}

By: /s/ Lee Harmon
Name: Lee Harmon
Title: President

{bank}

By: /s/ Dana Ruiz
Name: Dana Ruiz
Title: Vice President

          [Signature Page to Second Amendment to Loan Agreement]

<PAGE>

              REAFFIRMATION OF GUARANTORS

     Each of the undersigned guarantors consents to the foregoing Amendment and reaffirms \
that its Guaranty dated as of May 1, 2015 of the obligations of Borrower to Bank remains in \
full force and effect.

"""


def _parties(x: Extraction) -> set[str]:
    return {s for s, _ in edges(x, "PARTY_TO")}


def _kinds(x: Extraction) -> dict[str, object]:
    names = entity_names(x)
    return {names[e.ref]: e.props.get("kind") for e in x.entities if e.label == "Party"}


def test_a_single_company_in_plain_words_two_blank_lines_above_its_by_line() -> None:
    text = _AMENDMENT.format(borrower="HOLLIS FOODS INC.", bank="LAKESHORE BANK") + (
        "Hollis Cold Storage\n\n\nBy:  /s/ Ellen M. Vasquez\nName:  Ellen M. Vasquez\n"
        "Title: President\n"
    )
    x = extract_text(text)
    assert "Hollis Cold Storage" in _parties(x)
    assert _kinds(x)["Hollis Cold Storage"] == "organization"
    signed = {(s, a.casefold()) for s, a in edges(x, "SIGNED")}
    assert ("Ellen M. Vasquez", "reaffirmation of guarantors") in signed


def test_a_company_in_plain_words_within_a_stack_under_a_caption() -> None:
    text = _AMENDMENT.format(borrower="CARVER MILLS CORP.", bank="TRIMONT NATIONAL BANK") + (
        "Guarantors:\n\nThe Denholm Company\n\nRidgeway Tool Works\n\nFenmore Partners\n\n"
        "By:\n/s/ Theodore J. Banks\nName:\nTheodore J. Banks\nTitle:\nSecretary\n"
    )
    parties = _parties(extract_text(text))
    assert {"The Denholm Company", "Ridgeway Tool Works", "Fenmore Partners"} <= parties


def test_a_lender_in_plain_words_under_a_name_of_lender_caption() -> None:
    text = _AMENDMENT.format(borrower="QUILL PAPER CO.", bank="ARBOR STATE BANK") + (
        "Name of Lender:\n\nLindqvist Commercial Credit\n\n\nBy:   /s/ Teresa K. Ambrose\n"
        "Name: Teresa K. Ambrose\nTitle: Director\n"
    )
    assert "Lindqvist Commercial Credit" in _parties(extract_text(text))


@pytest.mark.parametrize(
    ("person", "block"),
    [
        # signing under her own name
        ("Margaret Hollis", "By:  /s/ Margaret Hollis\nName:  Margaret Hollis\n"),
        # signed for by an attorney-in-fact
        ("Gerald Hollis", "By:  /s/ Ruth Albee\nName:  Ruth Albee, Attorney-in-Fact\n"),
    ],
)
def test_a_person_over_the_block_that_signs_for_her_stays_a_person(person: str, block: str) -> None:
    text = _AMENDMENT.format(borrower="HOLLIS FOODS INC.", bank="LAKESHORE BANK")
    kinds = _kinds(extract_text(text + f"{person}\n\n{block}"))
    assert kinds.get(person) in (None, "person")


def test_a_signer_typed_under_name_with_a_blank_line_is_no_company() -> None:
    text = _AMENDMENT.format(borrower="HOLLIS FOODS INC.", bank="LAKESHORE BANK") + (
        "NORTHBROOK COIL COMPANY\n\nBy:\n\n/s/ Warren P. Lasko\n\nName:\n\nWarren P. Lasko\n\n"
        "Title:\n\nPresident\n"
    )
    x = extract_text(text)
    assert "NORTHBROOK COIL COMPANY" in _parties(x)
    assert _kinds(x).get("Warren P. Lasko") == "person"
    assert "Warren P. Lasko" not in {s for s, _ in edges(x, "SECURES")}
