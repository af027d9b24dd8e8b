"""A lead bank's capacities wrapped over the lines under its name on a syndicated credit
agreement's signature pages ("individually and" / "as Administrative Agent, Co-Lead Arranger and
Joint" / "Bookrunner"): the block keeps its company, its role is the whole capacity, and the
first of its signers still signs for it. Passages written for these tests."""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text, own_roles

PREAMBLE = """CREDIT AGREEMENT

CREDIT AGREEMENT dated as of May 1, 2007, among HARTWELL TOOLS, INC., a Delaware corporation,
the LENDERS party hereto and {bank}, as Administrative Agent for the Lenders.

SECTION 2.01. Loans. Each Lender agrees to make Loans to the Borrower.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed by their
respective authorized officers as of the day and year first above written.

HARTWELL TOOLS, INC.

By: /s/ Jane Roe
Name: Jane Roe
Title: President

"""

TWO_SIGNERS = """{bank},
individually and
as Administrative Agent, Co-Lead Arranger and Joint
Bookrunner

By: /s/ Paul Okafor
Name: Paul Okafor
Title: Managing Director

By: /s/ Mary Lindgren
Name: Mary Lindgren
Title: Director
"""

ONE_SIGNER = """{bank},
individually and as Administrative
Agent and Sole Lead Arranger

By:    /s/ Paul Okafor
Name:  Paul Okafor
Title: Senior Vice President
"""


@pytest.mark.parametrize(
    ("bank", "block", "signers", "role_words"),
    [
        (
            "NORTHGATE TRUST BANK",
            TWO_SIGNERS,
            {"Paul Okafor", "Mary Lindgren"},
            {"Administrative Agent", "Arranger", "Bookrunner"},
        ),
        (
            "First Meridian Bank, N.A.",
            ONE_SIGNER,
            {"Paul Okafor"},
            {"Administrative Agent", "Arranger"},
        ),
    ],
)
def test_a_wrapped_capacity_keeps_the_block_and_its_first_signer(
    bank: str, block: str, signers: set[str], role_words: set[str]
) -> None:
    x = extract_text(PREAMBLE.format(bank=bank) + block.format(bank=bank))
    signed = {s for s, t in edges(x, "SIGNED")}
    assert signed == signers | {"Jane Roe"}
    role = str(own_roles(x)[bank])
    assert all(w.lower() in role.lower() for w in role_words), role


def test_a_capacity_finished_on_its_line_is_read_as_before() -> None:
    """Near miss: "as Agent for the Lenders" (lower-case words) is no open capacity; a block
    whose capacity fits one line keeps its one role and its signer."""
    bank = "NORTHGATE TRUST BANK"
    block = f"""{bank},
as Administrative Agent

By: /s/ Paul Okafor
Name: Paul Okafor
Title: Managing Director
"""
    x = extract_text(PREAMBLE.format(bank=bank) + block)
    assert {s for s, t in edges(x, "SIGNED")} == {"Jane Roe", "Paul Okafor"}
    assert own_roles(x)[bank] == "Administrative Agent"
