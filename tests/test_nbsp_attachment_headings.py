"""An attachment's heading typed with a no-break space ("Schedule\u00a0I", "EXHIBIT\u00a0A"), as
text converted from a web page has it: the heading still ends the signature pages, so a
commitments table or a policy schedule after them is read as no signature block (the
"Bank" column's header no caption, its rows no banks' capacities), passages written for the
test."""

from __future__ import annotations

import pytest

from ingest.structure.analysis import analyze
from tests.passages import edges, extract_text, own_roles

_CREDIT = """Credit Agreement

This Credit Agreement, dated as of May 2, 2005, is entered into by and among {borrower}, a
Delaware corporation (the "Borrower"), the Banks from time to time party hereto, and Lakeshore
Bank, N.A., as Administrative Agent.

"Bank" means each bank listed on the signature pages hereof.

Section 2.1. Commitments to Lend. Each Bank severally agrees to make a loan to the Borrower in
an amount equal to its Commitment.

In Witness Whereof, the parties hereto have caused this Agreement to be duly executed as of the
day and year first above written.

{borrower}, as

Borrower

By /s/ Carla Mendes
Name: Carla Mendes
Title: Treasurer

Lakeshore Bank, N.A., as Administrative Agent

By /s/ Owen Hale
Name: Owen Hale
Title: Managing Director

{bank_1}

By /s/ Ruth Pike
Name: Ruth Pike
Title: Vice President

{bank_2}

By /s/ Dean Ortiz
Name: Dean Ortiz
Title: Director

{attachments}
"""

_SCHEDULES = """{kind_1}\u00a0I

Commitments

Bank\t\u00a0\tAmount
{bank_1}
$\t60,000,000
{bank_2}
$\t40,000,000
Total
$\t100,000,000

{kind_1}\u00a0II

{borrower}

Investment Policy

Statement Of Purpose

The purpose of this policy is to set guidelines for the cash investments of the company.
"""


@pytest.mark.parametrize(
    ("borrower", "bank_1", "bank_2", "kind_1"),
    [
        ("Tidewater Data Corporation", "Orchard Bank", "Granite Trust Bank", "Schedule"),
        ("Pellham Outfitters, Inc.", "Bank of Carrow", "Redfield National Bank", "SCHEDULE"),
    ],
)
def test_a_schedule_headed_with_a_no_break_space_ends_the_signature_pages(
    borrower: str, bank_1: str, bank_2: str, kind_1: str
) -> None:
    attachments = _SCHEDULES.format(kind_1=kind_1, borrower=borrower, bank_1=bank_1, bank_2=bank_2)
    text = _CREDIT.format(borrower=borrower, bank_1=bank_1, bank_2=bank_2, attachments=attachments)
    st = analyze(text)
    assert st.signatures is not None
    assert st.signatures.end <= text.index(f"{kind_1}\u00a0I\n")
    x = extract_text(text)
    roles = own_roles(x)
    assert roles[borrower] == "Borrower"  # no bank's capacity from the table's rows
    assert "Investment Policy" not in roles
    assert {(bank_1, borrower), (bank_2, borrower)} <= edges(x, "LENDS_TO")


def test_an_exhibit_headed_with_a_no_break_space_ends_the_signature_pages() -> None:
    form = "EXHIBIT\u00a0A\n\nFORM OF NOTE\n\n[NAME OF BANK]\n\nBy:\nName:\nTitle:\n"
    text = _CREDIT.format(
        borrower="Tidewater Data Corporation",
        bank_1="Orchard Bank",
        bank_2="Granite Trust Bank",
        attachments=form,
    )
    st = analyze(text)
    assert st.signatures is not None
    assert st.signatures.end <= text.index("EXHIBIT\u00a0A")
    assert [a.label for a in st.attachments] == ["EXHIBIT A"]


def test_a_schedule_named_with_a_no_break_space_inside_a_sentence_is_no_heading() -> None:
    """Near miss: "as set forth on Schedule\u00a0I hereto" refers to a schedule; it heads none."""
    text = _CREDIT.format(
        borrower="Tidewater Data Corporation",
        bank_1="Orchard Bank",
        bank_2="Granite Trust Bank",
        attachments="Each Bank's Commitment is as set forth on Schedule\u00a0I hereto.\n",
    )
    assert analyze(text).attachments == ()
