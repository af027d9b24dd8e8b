"""Two-column signature pages whose wrapped bank names lost their indent in the conversion to
text: the tail line stands at the left margin under both names. The open or closed ends of the
two names tell whose tail it is (:mod:`ingest.signatures.wrapped_columns`); where they read
alike, the line is left where it stands. Passages written for this test (invented banks); the
shape is that of the lenders' consent pages of lexpredict-355069-1996-03-27 and the lenders'
pages of lexpredict-2135-1996-05-13.
"""

from __future__ import annotations

from ingest.signatures.wrapped_columns import across_right_name, continued_column, name_tail
from tests.passages import extract_text

_HEAD = (
    "CREDIT AGREEMENT\n\n"
    "This Credit Agreement dated as of May 1, 1996 is among Tallis Freight Lines, Inc., a "
    'Delaware corporation (the "Company"), the lenders signing below (the "Lenders") and '
    'Brackwater Bank, N.A., as agent (the "Agent").\n\n'
    "1. The Lenders agree to make loans to the Company.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    "TALLIS FREIGHT LINES, INC.\n\nBy /s/ Dora Fenn\nTitle: Treasurer\n\n"
    "LENDERS:\n\n"
)


def _lenders(page: str) -> set[str]:
    x = extract_text(_HEAD + page)
    return {
        str(e.props.get("name"))
        for e in x.entities
        if e.label == "Party" and e.props.get("kind") == "organization"
    }


def test_the_right_names_tail_after_a_closed_left_name() -> None:
    page = (
        "ORMSBY BANK, N.A.                       LYDDEN CREDIT CAYMAN\n"
        "ISLAND BRANCH\n\n"
        "By /s/                                  By /s/\n"
        "Title:                                  Title:\n\n"
        "KESTREL BANK, as a Lender               WHITCOMB COMMERCE BANK NATIONAL\n"
        "ASSOCIATION, as a Lender\n\n"
        "By /s/                                  By /s/\n"
        "Title:                                  Title:\n"
    )
    names = _lenders(page)
    assert "LYDDEN CREDIT CAYMAN ISLAND BRANCH" in names, names
    assert "ORMSBY BANK, N.A." in names and "ISLAND BRANCH" not in names, names
    assert "WHITCOMB COMMERCE BANK NATIONAL ASSOCIATION" in names, names
    assert "ASSOCIATION" not in names and "KESTREL BANK" in names, names


def test_the_left_names_tail_with_the_right_name_beside_its_head() -> None:
    page = (
        "CANTERVILLE IMPERIAL BANK                MARROWAY BANK, N.A.\n"
        "OF COMMERCE\n\n"
        "By /s/                                  By /s/\n"
        "Title:                                  Title:\n"
    )
    names = _lenders(page)
    assert "CANTERVILLE IMPERIAL BANK OF COMMERCE" in names, names
    assert "MARROWAY BANK, N.A." in names, names


def test_which_name_an_unindented_line_goes_on() -> None:
    assert continued_column("CORVAL BANK, N.A.", "LYDDEN TRUST CAYMAN") == 1
    assert continued_column("STAVE BANK", "THE HOLLINS TRUST &") == 1
    assert continued_column("THE ROYAL BANK OF", "THE MERIDIAN BANK") == 0
    assert continued_column("ASHGROVE FIRST BANK", "PENROSE BANK, LIMITED") == 0
    # both names read alike: the line stays where its offset puts it
    assert continued_column("THE BANK OF NOVA TERRA", "THE BANK OF OSTRAVA") is None
    assert continued_column("QUINTON BANK, N.A.", "ELMSTEAD BANK, LIMITED") is None


def test_the_gap_across_the_right_name() -> None:
    gap = "                MARROWAY BANK, N.A.\n"
    assert across_right_name(gap, "CANTERVILLE BANK", "OF COMMERCE")
    # the right name is the open one: the line is its tail, not the left name's
    assert not across_right_name("      THE HOLLINS TRUST &\n", "STAVE BANK", "BANKING CO.")
    # a blank line between: no wrapped name; a line in mixed case: no name's tail
    assert not across_right_name(gap + "\n", "CANTERVILLE BANK", "OF COMMERCE")
    assert not across_right_name(gap, "CANTERVILLE BANK", "Vice President")


def test_an_address_caption_and_a_signers_name_at_the_margin_are_no_names_tails() -> None:
    page = (
        "BANK:\n\n"
        "Address for notice             GARRICK BANK,\n"
        "for Bank:\n\n"
        "P.O. Box 4410                  By:      /s/ Nell Ashdown\n"
        "Tulsa, OK 74101                ------------------------------\n"
        "Attn: Loan Services            Nell Ashdown, Vice President\n"
    )
    names = _lenders(page)
    assert "GARRICK BANK" in {n.rstrip(",") for n in names}, names
    assert not any("for Bank" in n for n in names), names
    assert continued_column("General Partner", "--------------------") == 1
    assert not name_tail("John P. Manning") and not name_tail("for Bank:")
