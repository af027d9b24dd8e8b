"""Characters of no width (left-to-right and right-to-left marks, zero-width spaces and
joiners, the word joiner, a byte-order mark inside the text) are dropped when a file is decoded,
and when an HTML entity decodes to one. A word processor's export leaves them before words
("that certain \\u200eThird Amendment to Note and \\u200eWarrant Purchase Agreement"), where a
reader sees nothing but every pattern of capitalised words stops: an amendment history recited
with them lost the ordinals of half its amendments, read "Warrant Purchase Agreement" as an
agreement of its own and left those amendments amending nothing. A soft hyphen stays (old
cp1252 filings print its byte as a hyphen). Passages written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers import read_file
from ingest.readers.html_text import html_to_text
from tests.passages import edges, entity_names, extract_text

MAX = 50 * 1024 * 1024
LRM, ZWSP, WJ, RLM = "\u200e", "\u200b", "\u2060", "\u200f"


def _decoded(tmp_path: Path, text: str, name: str = "a.txt", encoding: str = "utf-8") -> str:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    result = read_file(path, max_bytes=MAX)
    assert result.error is None, result.error
    return result.documents[0].text


@pytest.mark.parametrize("mark", [LRM, RLM, ZWSP, WJ, "\u200d", "\u202a", "\u2066", "\ufeff"])
def test_marks_of_no_width_are_dropped_when_decoding(tmp_path: Path, mark: str) -> None:
    text = f"LOAN AGREEMENT\n\nthat certain {mark}Third Amendment to Note and {mark}Warrant\n"
    assert _decoded(tmp_path, text) == (
        "LOAN AGREEMENT\n\nthat certain Third Amendment to Note and Warrant\n"
    )


def test_a_soft_hyphen_stays(tmp_path: Path) -> None:
    # cp1252's 0xAD: old filings print it as the hyphen of "Co-Borrower"
    assert "Co\u00adBorrower" in _decoded(tmp_path, "the Co\u00adBorrower\n", encoding="cp1252")


def test_an_entity_for_a_mark_is_dropped_in_html() -> None:
    text, _ = html_to_text(
        "<html><body><p>that certain &#8206;Third Amendment to &lrm;Note</p></body></html>"
    )
    assert text.strip() == "that certain Third Amendment to Note"


_HISTORY = """CONSENT AND AGREEMENT

THIS CONSENT AND AGREEMENT (this "Consent") is made as of January 10, 2017 by and between
BLUEFIN THERAPEUTICS, INC., a Delaware corporation (the "Company"), and OAKHURST VENTURE
LENDING, LLC (the "Lender").

WHEREAS, the Company and the Lender are parties to that certain {base} dated as of June 1,
2011 (as amended, restated, supplemented or otherwise modified from time to time, including
pursuant to that certain {m}Second Amendment to {base} dated March 2, 2012, that certain
{m}Third Amendment to Note and {m}Warrant Purchase Agreement dated October 15, 2012, that
certain Fourth Amendment to {m}{base} dated May 6, 2013 and that certain {m}Fifth Amendment to
{base} dated February 11, 2014, the "Purchase Agreement");

NOW, THEREFORE, the Lender consents to the sale of the Company's assets.
"""


@pytest.mark.parametrize("mark", [LRM, ZWSP])
def test_an_amendment_history_with_marks_before_its_words(tmp_path: Path, mark: str) -> None:
    text = _HISTORY.format(base="Note and Warrant Purchase Agreement", m=mark)
    path = tmp_path / "consent.txt"
    path.write_text(text, encoding="utf-8")
    x = extract_text(read_file(path, max_bytes=MAX).documents[0].text)
    amends = {(a, b) for a, b in edges(x, "AMENDS") if b == "Note and Warrant Purchase Agreement"}
    ordinals = ("Second", "Third", "Fourth", "Fifth")
    assert {a for a, _ in amends} == {
        f"{o} Amendment to Note and Warrant Purchase Agreement" for o in ordinals
    }
    assert "Warrant Purchase Agreement" not in set(entity_names(x).values())
