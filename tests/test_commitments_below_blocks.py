"""A syndicate named only on its signature pages, set in two columns (notice addresses on the
left, blocks on the right): the agent bank's name wrapped over two lines with its capacity
("as Bank / and as Agent"), and each bank's commitments on labelled lines under its block
(``relations.commitment_below_block``). Passages written for these tests."""

from __future__ import annotations

from tests.passages import edges, extract_text, own_roles

_AGREEMENT = """CREDIT AGREEMENT

This Credit Agreement is dated as of March 3, 2001, by and among HALVERSON
TOOLS, INC., a Wisconsin corporation (the "Borrower"), each of the banks
appearing on the signature pages hereof (herein collectively called the
"Banks" and individually each called a "Bank"), and FIRST LAKESHORE BANK,
NATIONAL ASSOCIATION, a national banking association ("Lakeshore"), in its
separate capacity as administrative agent for itself and all other Banks (in
such capacity, the "Agent").

Section 1.1. "Revolving Note" means a promissory note of the Borrower payable to a
Bank in the amount of such Bank's Revolving Commitment, in substantially the form
of Exhibit A.

Section 2.1. Each Bank agrees to make Advances to the Borrower.

Section 2.9. All Advances made by a Bank hereunder shall be evidenced by and
repayable in accordance with a Revolving Note issued by the Borrower to such Bank.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be
executed as of the date first above written.

Address:                                 HALVERSON TOOLS, INC.
410 Mill Street
Racine, Wisconsin 53401
Attn: Carla P. Munson                    By
Telecopy No. (262) 555-0100                 ------------------------------------
                                         Its


Address:                                 FIRST LAKESHORE BANK,
800 Harbor Drive                         NATIONAL ASSOCIATION, as Bank
Milwaukee, Wisconsin 53202               and as Agent
Attn: Dennis O. Farr
Telecopy No. (414) 555-0199              By
                                         Its

Revolving Commitment:                    $6,000,000
Revolving Percentage:                    75.00%
Term Commitment:                         $4,000,000
Term Percentage:                         57.14%


SIGNATURE PAGE TO CREDIT AGREEMENT
<PAGE>


Address:                                 GRANITE STATE BANK
12 Elm Street                            By
Concord, New Hampshire 03301                ------------------------------------
Attn: Paul T. Greer                         Its
Telecopy No. (603) 555-0142                     --------------------------------

Revolving Commitment:                    $2,000,000
Revolving Percentage:                    25.00%
Term Commitment:                         $3,000,000
Term Percentage:                         42.86%
"""

_AGENT = "FIRST LAKESHORE BANK, NATIONAL ASSOCIATION"


def test_a_wrapped_name_in_the_right_column_keeps_its_capacity() -> None:
    assert own_roles(extract_text(_AGREEMENT))[_AGENT] == "Bank and Agent"


def test_each_bank_lends_the_sum_of_the_commitments_under_its_block() -> None:
    x = extract_text(_AGREEMENT)
    amounts = {r.source: r.props.get("amount") for r in x.relations if r.type == "LENDS_TO"}
    names = {e.ref: e.props.get("name") for e in x.entities}
    assert {names[k]: v for k, v in amounts.items()} == {
        _AGENT: 10_000_000,
        "GRANITE STATE BANK": 5_000_000,
    }


def test_the_agent_bank_holds_the_notes_as_the_other_banks_do() -> None:
    holders = {s for s, t in edges(extract_text(_AGREEMENT), "HOLDS") if t == "Revolving Note"}
    assert holders == {_AGENT, "GRANITE STATE BANK"}


def test_a_commitment_line_of_the_next_block_is_not_taken() -> None:
    one = _AGREEMENT.replace("Revolving Commitment:                    $6,000,000\n", "").replace(
        "Term Commitment:                         $4,000,000\n", ""
    )
    x = extract_text(one)
    names = {e.ref: e.props.get("name") for e in x.entities}
    amounts = {names[r.source]: r.props.get("amount") for r in x.relations if r.type == "LENDS_TO"}
    assert amounts[_AGENT] is None
    assert amounts["GRANITE STATE BANK"] == 5_000_000
