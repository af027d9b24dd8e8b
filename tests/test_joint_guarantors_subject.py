"""The guarantors of a note name themselves before a ", jointly and severally," that stands
between them and the verb ("Guarantor, jointly and severally, absolutely and unconditionally
guarantees to Lender the payment of ... the Note"): they secure the note. A guaranty that no
one gives ("the Note is guaranteed under a separate instrument") makes no guarantor. Passages
written for the test.
"""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

_GUARANTY = """GUARANTY

This Guaranty is made as of {date} by {guarantor}, a {form} ("{term}"), for the benefit of
{lender} ("Lender").

Recitals. {maker} ("Maker") has executed and delivered to Lender that certain {note} of even
date herewith in the principal amount of $900,000 (the "Note").

1. {subject}, jointly and severally, {adverbs} guarantees to Lender the due and punctual payment
of all principal and interest owing under the Note.
"""


@pytest.mark.parametrize(
    ("guarantor", "form", "term", "subject", "adverbs", "note"),
    [
        (
            "Halvorsen Crane Holdings, Inc.",
            "Minnesota corporation",
            "Guarantor",
            "Guarantor",
            "absolutely and unconditionally",
            "Secured Promissory Note",
        ),
        (
            "Pemberton Reef Partners, LLC",
            "Florida limited liability company",
            "Parent",
            "The Parent",
            "irrevocably",
            "Term Note",
        ),
    ],
)
def test_guarantors_before_jointly_and_severally_secure_the_note(
    guarantor: str, form: str, term: str, subject: str, adverbs: str, note: str
) -> None:
    text = _GUARANTY.format(
        date="October 1, 2010",
        guarantor=guarantor,
        form=form,
        term=term,
        lender="Lakemont Bank",
        maker="Halvorsen Crane Rental LLC",
        note=note,
        subject=subject,
        adverbs=adverbs,
    )
    assert (guarantor, note) in edges(extract_text(text), "SECURES")


def test_a_guaranty_no_one_gives_makes_no_guarantor() -> None:
    text = """PROMISSORY NOTE

$500,000                                                            March 1, 2012

FOR VALUE RECEIVED, Tamsworth Granite LLC ("Maker") promises to pay to the order of Ridgeway
Bank ("Holder") the principal sum of $500,000. Holder, jointly and severally, shall have the
rights of a secured party. Payment of this Note is guaranteed under a separate instrument.
"""
    assert not {s for s, _ in edges(extract_text(text), "SECURES") if "Ridgeway" in s}
