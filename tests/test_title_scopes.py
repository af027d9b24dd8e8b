"""An officer who signs once for several companies of a block with a title that says so
("Title: President of each of the foregoing"): the SIGNED title is the office alone
(:mod:`ingest.signatures.title_scopes`)."""

from __future__ import annotations

from ingest.records import Extraction
from ingest.signatures.title_scopes import office_only
from tests.passages import entity_names, extract_text

_GUARANTY = """SUBSIDIARY GUARANTY

     THIS SUBSIDIARY GUARANTY is made as of April 2, 2013 by TERN HOLLOW FOODS, INC., a
Delaware corporation, and TERN HOLLOW DISTRIBUTION, LLC, a Delaware limited liability company
(each a "Guarantor"), in favor of MARSH POINT BANK (the "Bank").

     1. Each Guarantor guarantees the obligations of Tern Hollow Group, Inc. to the Bank.

     IN WITNESS WHEREOF, each Guarantor has executed this Guaranty as of the date above.

TERN HOLLOW FOODS, INC.
TERN HOLLOW DISTRIBUTION, LLC

By:  /s/ Gail R. Osterman
Name:  Gail R. Osterman
Title: {title}
"""


def _titles(x: Extraction) -> dict[str, object]:
    n = entity_names(x)
    return {n[r.source]: r.props.get("title") for r in x.relations if r.type == "SIGNED"}


def test_the_office_without_the_companies_it_is_held_in() -> None:
    x = extract_text(_GUARANTY.format(title="President of each of the foregoing"))
    assert _titles(x) == {"Gail R. Osterman": "President"}


def test_a_comma_and_the_above_guarantors() -> None:
    x = extract_text(_GUARANTY.format(title="Vice President and Treasurer, of each of the above"))
    assert _titles(x) == {"Gail R. Osterman": "Vice President and Treasurer"}


def test_an_office_of_something_else_is_kept_whole() -> None:
    x = extract_text(_GUARANTY.format(title="Vice President of Finance"))
    assert _titles(x) == {"Gail R. Osterman": "Vice President of Finance"}


def test_no_title_stays_none() -> None:
    assert office_only(None) is None


def test_a_tail_wrapped_onto_the_next_line() -> None:
    x = extract_text(_GUARANTY.format(title="Treasurer of each\n       of the foregoing"))
    assert _titles(x) == {"Gail R. Osterman": "Treasurer"}


def test_a_name_and_office_line_with_its_tail_wrapped() -> None:
    text = _GUARANTY.replace(
        "By:  /s/ Gail R. Osterman\nName:  Gail R. Osterman\nTitle: {title}",
        "By: /s/ Gail R. Osterman\n    ------------------------\n"
        "    Gail R. Osterman, Secretary for each of the\n    above-named companies",
    )
    x = extract_text(text)
    assert _titles(x) == {"Gail R. Osterman": "Secretary"}
