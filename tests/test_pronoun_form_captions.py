"""Forms written to the reader ("we", "you": franchise, dealer, licence forms) that say their
parties' capacities only in the captions over the signature blocks ("FRANCHISOR:" over the
franchisor's name, "FRANCHISEE:" over a blank line): the caption is the party's term, and a
party the preamble leaves blank and calls only "you" is the party its caption names. Before,
the party the preamble named had no term, and the blank "you" was no party at all.

Passages written for this test, in the general shape of such forms.

Over the 507 non-held-out documents (246 tuned CUAD contracts, 219 credit-dev files, 42 EDGAR
exhibits) it changed one: a franchise form's "FRANCHISOR:" and "FRANCHISEE:" captions give the
named franchisor its term and the blank franchisee its party (two strings, both right).
"""

from __future__ import annotations

import pytest

from tests.passages import OPENING_BODY, own_parties

_WITNESS = (
    "\nIN WITNESS WHEREOF, the parties have executed this Agreement as of the date first "
    "above written.\n\n"
)

_COLUMNS = """FRANCHISOR:                               FRANCHISEE:

HARBOR GRILL SYSTEMS, INC.                ______________________________

By: ____________________                  By: ____________________
Its: President                            Its: ___________________
"""

_STACKED = """                                    FRANCHISOR:

ATTEST:                             HARBOR GRILL SYSTEMS, INC.

                                    By ------------------------------
Witness                             Its ------------------------------

                                    FRANCHISEE:

ATTEST:                             ------------------------------------

                                    By ------------------------------
Witness                             Its ------------------------------
"""

_NAMED_COLUMNS = """LICENSOR:                                 LICENSEE:

QUARRY LANE SOFTWARE, INC.                ORCHARD DENTAL GROUP, P.C.

By: /s/ Ann Lowe                          By: /s/ Tom Reed
Title: President                          Title: Managing Partner
"""


def _form(first: str, second: str, blocks: str, title: str = "FRANCHISE AGREEMENT") -> str:
    pre = (
        f"{title}\n\nThis Agreement is made this ___ day of ________, 2004, by and between "
        f"{first}, and {second}.\n"
    )
    return pre + OPENING_BODY + _WITNESS + blocks


_WE = 'Harbor Grill Systems, Inc., an Ohio corporation whose principal office is at 10 Main Street, Columbus, Ohio ("we" or "us")'  # noqa: E501
_BLANK_YOU = '______________________________ ("you")'


@pytest.mark.parametrize("blocks", [_COLUMNS, _STACKED])
def test_captions_give_the_we_party_its_term_and_the_blank_you_its_name(blocks: str) -> None:
    assert own_parties(_form(_WE, _BLANK_YOU, blocks)) == {
        "Harbor Grill Systems, Inc.": ("Franchisor",),
        "Franchisee": ("Franchisee",),
    }


def test_a_named_you_takes_its_caption_too() -> None:
    text = _form(
        'Quarry Lane Software, Inc., a Delaware corporation ("we", "us" or "our")',
        'Orchard Dental Group, P.C., a Texas professional corporation ("you" or "your")',
        _NAMED_COLUMNS,
        title="SOFTWARE LICENSE AGREEMENT",
    )
    assert own_parties(text) == {
        "Quarry Lane Software, Inc.": ("Licensor",),
        "Orchard Dental Group, P.C.": ("Licensee",),
    }


def test_terms_the_preamble_defines_are_kept() -> None:
    # near miss: the preamble gives the terms; the captions add nothing
    text = _form(
        'Harbor Grill Systems, Inc., an Ohio corporation ("Harbor")',
        'Pinecrest Restaurants LLC, a Michigan limited liability company ("Pinecrest")',
        _COLUMNS.replace("______________________________", "PINECREST RESTAURANTS LLC     "),
    )
    assert own_parties(text) == {
        "Harbor Grill Systems, Inc.": ("Harbor",),
        "Pinecrest Restaurants LLC": ("Pinecrest",),
    }


def test_a_caption_over_a_company_that_is_no_party_names_nobody() -> None:
    # near miss: the caption stands over a guarantor's block, not the "we" party's
    blocks = """GUARANTOR:

NORTHERN FOODS HOLDINGS CORP.

By: ____________________
"""
    text = _form(
        _WE, 'Pinecrest Restaurants LLC, a Michigan limited liability company ("you")', blocks
    )
    got = own_parties(text)
    assert got.get("Harbor Grill Systems, Inc.") == ()
    assert "Guarantor" not in {a for aliases in got.values() for a in aliases}
