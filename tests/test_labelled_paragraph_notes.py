"""A note every lender receives, written in a labelled paragraph followed by one that gives a
separate note on request: "(a) The Loans of each Bank shall be evidenced by a single Note
payable to the order of such Bank ... (b) Each Bank may ... request that its Loans of a
particular Class be evidenced by a separate Note" (``ingest.relations.labelled_paragraphs``,
read by ``ingest.relations.evidencing_notes``). Passages composed in that shape, with the
note form the agreement attaches, and the near miss where the only note is the one on
request."""

from __future__ import annotations

from tests.passages import edges, extract_text

_HEAD = """CREDIT AGREEMENT

AGREEMENT dated as of May 6, 1998 among CASTELLAN TOOL WORKS, INC., the BANKS listed on the \
signature pages hereof and HARBORVIEW NATIONAL BANK, as Agent.

Section 2.01. Commitments to Lend. Each Bank severally agrees, on the terms and conditions \
set forth in this Agreement, to make Loans to the Borrower from time to time in amounts not \
to exceed $20,000,000 in the aggregate.

"""

_EACH = """Section 2.03. Notes. (a) The Loans of each Bank shall be evidenced by a single Note \
payable
to the order of such Bank for the account of its Lending Office in an amount equal to the
aggregate unpaid principal amount of such Bank's Loans.
(b) Each Bank may, by notice to the Borrower and the Agent, request
that its Loans of a particular Type be evidenced by a separate Note
in an amount equal to the aggregate unpaid principal amount of such Loans.
"""

#: the only note is one a bank may ask for
_ON_REQUEST = """Section 2.03. Notes. (a) Each Bank shall record the Loans it makes.
(b) Each Bank may, by notice to the Borrower and the Agent, request
that its Loans be evidenced by a single Note payable to the order of such Bank.
"""

_TAIL = """
IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.

CASTELLAN TOOL WORKS, INC.
By: /s/ Dorothy Keane
Title: Treasurer

HARBORVIEW NATIONAL BANK, as Agent and as a Bank
By: /s/ Victor Lund
Title: Vice President

PINE RIVER BANK, N.A.
By: /s/ Ruth Ostrow
Title: Vice President

EXHIBIT A

NOTE

New York, New York
May 6, 1998

For value received, CASTELLAN TOOL WORKS, INC., a Delaware corporation (the "Borrower"), \
promises to pay to the order of ______________ (the "Bank") the unpaid principal amount of \
each Loan made by the Bank to the Borrower pursuant to the Credit Agreement referred to below.

CASTELLAN TOOL WORKS, INC.
By:____________________
"""


def test_each_bank_holds_the_note_its_own_paragraph_gives() -> None:
    x = extract_text(_HEAD + _EACH + _TAIL)
    held = edges(x, "HOLDS")
    assert ("HARBORVIEW NATIONAL BANK", "Note") in held
    assert ("PINE RIVER BANK, N.A.", "Note") in held
    assert ("CASTELLAN TOOL WORKS, INC.", "Note") in edges(x, "ISSUES")


def test_a_note_given_only_on_request_is_held_by_nobody() -> None:
    assert not edges(extract_text(_HEAD + _ON_REQUEST + _TAIL), "HOLDS")
