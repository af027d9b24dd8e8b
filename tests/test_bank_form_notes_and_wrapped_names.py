"""A syndicated bank form's notes and its banks' wrapped names, probed with passages written
for the test (never copied from a filing):

- a note a definition says is "duly executed and delivered to the Agent by the Borrower for
  the account of each Lender and payable to the order of a Lender": the Borrower ISSUES it,
  each Lender HOLDS it, and it is ISSUED_UNDER the agreement, even when the filing's page mark
  falls inside the definition;
- a page mark between blank lines ends no sentence that runs on over it (a word or a comma
  before, a word in lower case after); after a period, or before a capital, it still does;
- a bank's name wrapped over three lines of its signature block ("..., NEW YORK BRANCH AND" /
  "GRAND CAYMAN BRANCH") is one bank, no branch a bank of its own.
"""

from __future__ import annotations

import pytest

from ingest.relations.extract import sentences
from tests.passages import edges, entity_names, extract_text, own_roles

_FORM = """CREDIT AGREEMENT

This Credit Agreement, dated as of March 3, 2004, is among {borrower}, a Delaware corporation,
the Lenders (as hereinafter defined) and {agent}, individually and as Agent.

ARTICLE I

DEFINITIONS

"Borrower" means {borrower_title}, a Delaware corporation, and its successors and assigns.

"Lenders" means the lending institutions listed on the signature pages of this Agreement and
their respective successors and assigns.

"{note}" means a promissory note in substantially the form of Exhibit "A" hereto, duly executed
and delivered to the Agent by the Borrower for the account of each Lender and{cut}payable to the
order of a Lender in the amount of its Commitment.

ARTICLE II

2.1. Each Lender severally agrees to make Loans to the Borrower.

IN WITNESS WHEREOF, the Borrower, the Lenders and the Agent have executed this Agreement as of
the date first above written.

{borrower}

By: /s/ John Smith
Title: Treasurer

{agent},
Individually and as Agent

By: /s/ Mary Jones
Title: Vice President

{lender_1}

By: /s/ Ann Green
Title: Vice President

{lender_2}

By: /s/ Paul Brown
Title: Vice President
"""

_NOTE_CASES = [
    {
        "borrower": "HARBOR HOLDINGS INC.",
        "borrower_title": "Harbor Holdings Inc.",
        "agent": "FIRST EXAMPLE BANK, N.A.",
        "note": "Term Note",
        "lender_1": "WESTERN SAVINGS BANK",
        "lender_2": "NORTHERN TRUST BANK",
    },
    {
        "borrower": "MERIDIAN FOODS CORP.",
        "borrower_title": "Meridian Foods Corp.",
        "agent": "LAKESIDE NATIONAL BANK",
        "note": "Revolving Credit Note",
        "lender_1": "PRAIRIE STATE BANK",
        "lender_2": "COASTAL FEDERAL BANK",
    },
]


@pytest.mark.parametrize("cut", [" ", "\n\n<PAGE>\n\n", "\n\n<PAGE> 7\n\n"])
@pytest.mark.parametrize("case", _NOTE_CASES)
def test_note_delivered_to_the_agent_payable_to_a_lender(case: dict[str, str], cut: str) -> None:
    x = extract_text(_FORM.format(cut=cut, **case))
    names = entity_names(x)
    (note,) = [n for n in names.values() if n == case["note"]]
    holders = {s for s, t in edges(x, "HOLDS") if t == note}
    assert {case["lender_1"], case["lender_2"]} <= holders
    assert case["borrower"] not in holders
    assert {s for s, t in edges(x, "ISSUES") if t == note} == {case["borrower_title"]}
    assert (note, "Credit Agreement") in edges(x, "ISSUED_UNDER")


@pytest.mark.parametrize(
    "text",
    [
        "the Borrower shall deliver to each Lender and\n\n<PAGE>\n\nto the Agent a certificate.",
        "the reports of the Company, the Parent and,\n\n<PAGE> 12\n\nif requested, the Agent.",
    ],
)
def test_a_page_mark_inside_a_sentence_ends_none(text: str) -> None:
    assert [text[s:e] for s, e in sentences(text)] == [text]


@pytest.mark.parametrize(
    "text",
    [
        "The Borrower shall pay the fees.\n\n<PAGE>\n\nthe Agent shall notify the Lenders.",
        "each Lender and\n\n<PAGE>\n\nSection 2.02. Notice of Borrowing.",
    ],
)
def test_a_page_mark_between_sentences_still_ends_one(text: str) -> None:
    assert all(e - s < len(text) for s, e in sentences(text))


_BLOCKS = """CREDIT AGREEMENT

This Credit Agreement, dated as of March 3, 2004, is among HARBOR HOLDINGS INC., a Delaware
corporation (the "Borrower"), the banks listed on the signature pages hereof (the "Lenders")
and FIRST EXAMPLE BANK, N.A., as Agent.

2.1. Each Lender severally agrees to make Loans to the Borrower.

IN WITNESS WHEREOF, the parties hereto have executed this Agreement.

HARBOR HOLDINGS INC.

By: /s/ John Smith
Title: Treasurer

FIRST EXAMPLE BANK, N.A.,
as Agent

By: /s/ Mary Jones
Title: Vice President

{wrapped}

By: /s/ Ann Green
Title: Vice President

By: /s/ Paul Brown
Title: Vice President

{two_lines}

By: /s/ Carl White
Title: Director
"""


@pytest.mark.parametrize(
    ("wrapped", "name", "two_lines", "other"),
    [
        (
            "RHEINLAND BANK AG,\nNEW YORK BRANCH AND\nGRAND CAYMAN BRANCH",
            "RHEINLAND BANK AG, NEW YORK BRANCH AND GRAND CAYMAN BRANCH",
            "COASTAL FEDERAL BANK AG,\nCHICAGO BRANCH",
            "COASTAL FEDERAL BANK AG, CHICAGO BRANCH",
        ),
        (
            "BANCA DI TORINO S.P.A.,\nLONDON BRANCH AND\nNEW YORK AGENCY",
            "BANCA DI TORINO S.P.A., LONDON BRANCH AND NEW YORK AGENCY",
            "NORDIC SAVINGS BANK PLC,\nNEW YORK BRANCH",
            "NORDIC SAVINGS BANK PLC, NEW YORK BRANCH",
        ),
    ],
)
def test_bank_name_wrapped_over_three_lines_is_one_bank(
    wrapped: str, name: str, two_lines: str, other: str
) -> None:
    x = extract_text(_BLOCKS.format(wrapped=wrapped, two_lines=two_lines))
    lenders = {n for n, role in own_roles(x).items() if role == "Lender"}
    # the two-line name of the next block stays a bank of its own (the near miss)
    assert lenders == {" ".join(name.split()), other}
    lends = edges(x, "LENDS_TO")
    assert (name, "HARBOR HOLDINGS INC.") in lends
