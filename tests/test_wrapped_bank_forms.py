"""A bank's name cut before "NATIONAL ASSOCIATION" on a signature page is one party: the head
at the end of one line (the right column of a two-column page, or a line of its own) and the
form on the next, its indentation lost. Passages written for this test (invented parties),
then real documents of the corpus."""

from __future__ import annotations

from ingest.extract import extract
from ingest.readers import read_file
from ingest.signatures.wrapped_forms import completed_name
from tests.passages import OWN, extract_text
from tests.paths import CORPUS

_OPENING = (
    "LOAN AGREEMENT\n\n"
    'THIS LOAN AGREEMENT (this "Agreement") is entered into as of August 9, 2011, by and '
    'between Tamsin Ridge Devices, Inc., an Ohio corporation ("Borrower"), and ALDER COVE BANK, '
    'NATIONAL ASSOCIATION ("Bank").\n\n'
    "1. Loans. Bank agrees to make loans to Borrower up to $1,500,000.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first above "
    "written.\n\n"
)


def _own_party_names(text: str) -> set[str]:
    x = extract_text(text)
    names = {e.ref: str(e.props.get("name")) for e in x.entities if e.label == "Party"}
    return {
        names[r.source].upper()
        for r in x.relations
        if r.type == "PARTY_TO" and r.target == OWN and r.source in names
    }


def test_the_right_columns_bank_wrapped_onto_the_next_line_is_one_party() -> None:
    text = _OPENING + (
        "TAMSIN RIDGE DEVICES, INC.                    ALDER COVE BANK,\n\n"
        "NATIONAL ASSOCIATION\n\n"
        "By: /s/ Hollis V. Grange                      By: /s/ Perrin A. Lusk\n"
        "Title: President                              Title: Vice President\n"
    )
    names = _own_party_names(text)
    assert "ALDER COVE BANK, NATIONAL ASSOCIATION" in names, names
    assert "NATIONAL ASSOCIATION" not in names, names
    assert "ALDER COVE BANK" not in names, names


def test_a_head_alone_above_a_line_ending_in_the_form_is_one_party() -> None:
    text = _OPENING + (
        "ALDER COVE BANK,\n\n"
        "TAMSIN RIDGE DEVICES, INC.                    NATIONAL ASSOCIATION\n\n"
        "By: /s/ Hollis V. Grange                      By: /s/ Perrin A. Lusk\n"
        "Title: President                              Title: Vice President\n"
    )
    names = _own_party_names(text)
    assert "ALDER COVE BANK, NATIONAL ASSOCIATION" in names, names
    assert "NATIONAL ASSOCIATION" not in names, names


def test_a_name_not_cut_stays_as_it_is() -> None:
    text = "HARLOW STEEL CORP.\n\nNATIONAL ASSOCIATION OF MAKERS\n"
    assert completed_name(text, "HARLOW STEEL CORP.", 0, 18) == ("HARLOW STEEL CORP.", 0, 18)
    # a form that ends a sentence above is no head's tail
    text = "The bank signs below.\n\n   NATIONAL ASSOCIATION\n"
    start = text.index("NATIONAL")
    assert completed_name(text, "NATIONAL ASSOCIATION", start, start + 20)[0] == (
        "NATIONAL ASSOCIATION"
    )


def test_a_real_agreement_signed_by_a_wrapped_national_association() -> None:
    path = CORPUS / "credit-dev" / "lexpredict-1004608-2011-03-29.txt"
    (source,) = read_file(path, max_bytes=10_000_000).documents
    x = extract(source)
    names = {str(e.props.get("name")).upper() for e in x.entities if e.label == "Party"}
    assert "WELLS FARGO BANK, NATIONAL ASSOCIATION" in names
    assert "NATIONAL ASSOCIATION" not in names


def test_a_names_last_word_alone_on_the_line_below_completes_it() -> None:
    text = _OPENING.replace(
        "ALDER COVE BANK, NATIONAL ASSOCIATION", "THE ALDER COVE TRUST AND BANKING CORPORATION"
    ) + (
        "TAMSIN RIDGE DEVICES, INC.\n\nBy: /s/ Hollis V. Grange\nTitle: President\n\n\n"
        "THE ALDER COVE TRUST AND BANKING\nCORPORATION\n\n"
        "By: /s/ Perrin A. Lusk\nTitle: Vice President\n\n\n"
        "THE HOLLOWAY BANK, LIMITED, PORTLAND\nAGENCY\n\n"
        "By: /s/ Ines Q. Faraday\nTitle: Joint General Manager\n"
    )
    names = _own_party_names(text)
    assert "THE ALDER COVE TRUST AND BANKING CORPORATION" in names, names
    assert "THE HOLLOWAY BANK, LIMITED, PORTLAND AGENCY" in names, names
    assert "THE ALDER COVE TRUST AND BANKING" not in names, names
