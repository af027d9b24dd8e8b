"""Sentences of a page converted from HTML end in a full stop and no-break spaces (".\\xa0\\xa0
Each Revolving Loan ..."): the sentence that defines a note is read alone, so the note takes no
rate or date from the sentences after it (an unused line fee's "0.25% per annum", a covenant's
fiscal quarter ending September 30). Passages written for this test (invented parties); the
shape is that of lexpredict-1084048-2010-11-05 and some forty other converted filings.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from ingest.context import DocContext
from ingest.instruments.refs import clause_span
from tests.passages import extract_text

_NBSP = "\xa0\xa0"


def _agreement(note_sentence: str, after: str) -> str:
    return (
        "CREDIT AGREEMENT\n\n"
        'This Credit Agreement ("Agreement") dated as of March 3, 2011, is made by and between '
        'Calloway Instruments, Inc., a Delaware corporation ("Borrower"), and Pemberton Bank, '
        'N.A., a national banking association ("Bank").\n\n'
        f"2.1 Revolving Credit.{_NBSP}{note_sentence}{_NBSP}{after}\n\n"
        "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
        "CALLOWAY INSTRUMENTS, INC.\n\nBy: /s/ Rena Holt\nRena Holt\nChief Financial Officer\n"
    )


def _note(text: str, title: str) -> dict[str, object]:
    (note,) = [e for e in extract_text(text).entities if e.props.get("title") == title]
    return dict(note.props)


def test_a_note_takes_no_rate_or_date_from_the_sentences_after_it() -> None:
    text = _agreement(
        "Borrower's obligation to repay the Revolving Loans shall be evidenced by a promissory "
        'note issued by Borrower in favor of Bank (the "Revolving Note").',
        "Borrower shall pay to Bank an unused line fee of one quarter of one percent (0.25%) "
        "per annum, commencing with the fiscal quarter ending on September 30, 2011.",
    )
    note = _note(text, "Revolving Note")
    assert note.get("interest_rate") is None and note.get("date") is None, note


def test_a_term_note_in_another_wording() -> None:
    text = _agreement(
        'The Term Loan shall be evidenced by a note of Borrower payable to Bank (the "Term Note").',
        "A commitment fee of 0.375% per annum shall accrue from and after December 31, 2011.",
    )
    note = _note(text, "Term Note")
    assert note.get("interest_rate") is None and note.get("date") is None, note


def test_the_rate_the_notes_own_sentence_states_is_kept() -> None:
    text = _agreement(
        "The Advances shall be evidenced by a note of Borrower bearing interest at 7.5% per "
        'annum (the "Line Note").',
        "Borrower shall pay an unused fee of 0.25% per annum.",
    )
    assert _note(text, "Line Note").get("interest_rate") == 7.5


def test_the_sentence_ends_at_a_stop_and_a_no_break_space() -> None:
    text = f"First sentence here.{_NBSP}The Bank agrees to lend.{_NBSP}Last one."
    ctx = cast(DocContext, SimpleNamespace(text=text))
    lo, hi = clause_span(ctx, text.index("Bank"), text.index("Bank") + 4)
    assert text[lo:hi] == "The Bank agrees to lend."
