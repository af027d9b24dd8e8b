"""Signature pages of a syndicate executed under seal, each bank's commitment in the left margin
and its name wrapped over two lines: "(SEAL)" printed at the right of a block makes no column
of its own, and a name goes on below when the next line can only continue it ("OF NORTH
DAKOTA", "CORPORATION LIMITED", a foreign bank's "ATLANTA AGENCY" or its several "BRANCHES").
A passage written for this test (invented parties and amounts)."""

from __future__ import annotations

from tests.passages import edges, extract_text, own_roles

_BLOCK = (
    "{amount:<34}{first:<34}(SEAL)\n"
    "                                  {second}\n"
    "                                  By:\n"
    "                                     ------------------------------\n"
    "                                     Title:\n\n\n"
)

_TEXT = (
    "                              CREDIT AGREEMENT\n\n"
    "          AGREEMENT dated as of May 5, 1996, among NORTHGATE TEXTILES, INC., the BANKS\n"
    "listed on the signature pages hereof and PRAIRIE BANK OF NORTH DAKOTA, N.A., as Agent.\n\n"
    '          "Borrower" means Northgate Textiles, Inc., a Delaware corporation.\n\n'
    "          SECTION 2.01. Commitments to Lend. Each Bank severally agrees to make loans to\n"
    "the Borrower from time to time before the Termination Date.\n\n"
    "          IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly\n"
    "executed, under seal, as of the day and year first above written.\n\n"
    "                                  NORTHGATE TEXTILES, INC.          (SEAL)\n"
    "                                  By:\n"
    "                                     ------------------------------\n"
    "                                     Title:\n\n\n"
    + _BLOCK.format(amount="$30,000,000.00", first="PRAIRIE BANK OF NORTH", second="DAKOTA, N.A.")
    + _BLOCK.format(
        amount="$20,000,000.00", first="FIRST FARMERS NATIONAL BANK", second="OF NORTH DAKOTA"
    )
    + _BLOCK.format(
        amount="$15,000,000.00", first="THE KOWLOON AND MACAU BANKING", second="CORPORATION LIMITED"
    )
    + _BLOCK.format(amount="$10,000,000.00", first="BANK OF OSAKA, LTD.,", second="DENVER AGENCY")
    + _BLOCK.format(
        amount="$5,000,000.00",
        first="RHEINLAND BANK AG, CHICAGO AND",
        second="GRAND CAYMAN BRANCHES",
    )
)


def test_wrapped_bank_names_under_seal_marks_are_whole_and_lend_their_commitments() -> None:
    x = extract_text(_TEXT)
    roles = own_roles(x)
    banks = {
        "PRAIRIE BANK OF NORTH DAKOTA, N.A.": 30_000_000,
        "FIRST FARMERS NATIONAL BANK OF NORTH DAKOTA": 20_000_000,
        "KOWLOON AND MACAU BANKING CORPORATION LIMITED": 15_000_000,
        "BANK OF OSAKA, LTD., DENVER AGENCY": 10_000_000,
        "RHEINLAND BANK AG, CHICAGO AND GRAND CAYMAN BRANCHES": 5_000_000,
    }
    upper = {str(k).upper().removeprefix("THE "): v for k, v in roles.items()}
    for bank in banks:  # the agent, a bank too, is party as the agent
        assert upper.get(bank) == ("Agent" if "PRAIRIE" in bank else "Bank"), (bank, roles)
    names = {e.ref: str(e.props.get("name")).upper().removeprefix("THE ") for e in x.entities}
    lent = {names[r.source]: r.props.get("amount") for r in x.relations if r.type == "LENDS_TO"}
    assert {b: lent.get(b) for b in banks} == banks, lent
    assert not edges(x, "SIGNED"), edges(x, "SIGNED")
