"""Letters of credit a credit agreement defines where it provides for them, and earlier ones it
names apart (``ingest.relations.defined_letters_of_credit``): passages composed in each
drafting shape, and a real credit agreement of the corpus."""

from __future__ import annotations

from ingest.extract import extract
from ingest.readers.reader import read_file
from tests.passages import edges, extract_text
from tests.paths import CORPUS

_HEAD = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT is made as of June 3, 2004, by and between WILLOW CREEK FOODS, INC., a \
Michigan corporation ("Company"), and LAKESHORE STATE BANK, a Michigan banking corporation \
("Bank").

"""

_TAIL = """

LAKESHORE STATE BANK
By: /s/ Ana Ruiz
Its: Vice President

WILLOW CREEK FOODS, INC.
By: /s/ Tom Hale
Its: President
"""

#: "may issue, or commit to issue, from time to time": permissive, but the sentence names them
_MAY_ISSUE = (
    _HEAD
    + """1.4 In addition to advances under the Line Note, Bank may issue, or commit to issue, \
from time to time, standby and trade letters of credit for the account of Company (herein \
individually called a "Letter of Credit" and collectively "Letters of Credit"), provided that \
no Letter of Credit shall expire after April 1, 2006."""
    + _TAIL
)

#: the same permission without a parenthesis naming them: no letters of credit of the agreement
_MAY_ISSUE_UNNAMED = (
    _HEAD
    + """1.4 In addition to advances under the Line Note, Bank may issue, from time to time, \
standby letters of credit for the account of Company in its discretion."""
    + _TAIL
)

#: a refusal that names them
_NOT_ISSUE = (
    _HEAD
    + """1.4 Bank shall not be obligated to issue standby letters of credit for the account of \
Company (each, a "Letter of Credit") after an Event of Default."""
    + _TAIL
)

#: a definition saying they are issued hereunder by the bank
_DEFINED = (
    _HEAD
    + """1.1 Definitions. As used herein:

"Letter of Credit" means a commercial letter of credit issued hereunder by the Bank as an \
advance on behalf of the Company."""
    + _TAIL
)

#: letters of credit the bank issued before, named apart
_EXISTING = (
    _HEAD
    + """2.6 The letters of credit heretofore issued by the Bank and listed on Schedule 2.6 (the \
"Existing Letters of Credit") shall be deemed issued under this Agreement."""
    + _TAIL
)


def _lower(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(a.lower(), b.lower()) for a, b in pairs}


def test_a_bank_that_may_issue_letters_the_sentence_names_issues_them_under_the_agreement() -> None:
    x = extract_text(_MAY_ISSUE)
    assert ("lakeshore state bank", "letters of credit") in _lower(edges(x, "ISSUES"))
    assert ("letters of credit", "credit agreement") in _lower(edges(x, "ISSUED_UNDER"))


def test_unnamed_or_refused_letters_of_credit_are_not_issued() -> None:
    for text in (_MAY_ISSUE_UNNAMED, _NOT_ISSUE):
        x = extract_text(text)
        assert not any(t.lower() == "letters of credit" for _, t in edges(x, "ISSUES"))


def test_letters_defined_as_issued_hereunder_by_the_bank_are_its_under_the_agreement() -> None:
    x = extract_text(_DEFINED)
    assert ("lakeshore state bank", "letters of credit") in _lower(edges(x, "ISSUES"))
    assert ("letters of credit", "credit agreement") in _lower(edges(x, "ISSUED_UNDER"))


def test_existing_letters_of_credit_are_the_banks_and_not_issued_under_the_agreement() -> None:
    x = extract_text(_EXISTING)
    assert ("lakeshore state bank", "existing letters of credit") in _lower(edges(x, "ISSUES"))
    assert not any(s.lower() == "existing letters of credit" for s, _ in edges(x, "ISSUED_UNDER"))


def test_real_bank_that_may_issue_standby_and_trade_letters_issues_them() -> None:
    # Cade Industries' restated credit agreement: "Bank may issue, or commit to issue, from time
    # to time, standby and trade letters of credit for the account of Company (herein
    # individually called a "Letter of Credit" ...)"
    name = "lexpredict-356211-1997-11-14.txt"
    (doc,) = read_file(CORPUS / "credit-dev" / name, max_bytes=10_000_000).documents
    x = extract(doc)
    assert ("bank", "letters of credit") in _lower(edges(x, "ISSUES"))
    assert (
        "letters of credit",
        "second amended and restated credit agreement",
    ) in _lower(edges(x, "ISSUED_UNDER"))
