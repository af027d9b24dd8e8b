"""The bare dated opening of a syndicated credit agreement below a cover page and a long table
of contents: "AGREEMENT dated as of ... among HALCYON LEASING CORP., the BANKS listed on the
signature pages hereof and FIRST BANK OF OHIO, as Agent." It is the preamble (no "This", no
quoted terms), and the class it names ("the BANKS listed on the signature pages") is the
companies signing below in no capacity of their own, each lending the commitment printed
beside its name. A passage written for this test (invented parties and amounts)."""

from __future__ import annotations

from ingest.structure.analysis import analyze
from tests.passages import edges, extract_text, own_roles

_CONTENTS = "".join(
    f"SECTION {a}.{b:02d}  Heading of section {a}.{b:02d} ....................   {a * 10 + b}\n"
    for a in range(1, 10)
    for b in range(1, 12)
)

_TEXT = (
    "                                $90,000,000\n\n\n"
    "                              CREDIT AGREEMENT\n\n\n"
    "                                 dated as of\n\n\n"
    "                                March 3, 1997\n\n\n"
    "                                    among\n\n\n"
    "                            Halcyon Leasing Corp.\n\n\n"
    "                           The Banks Listed Herein\n\n\n"
    "                                     and\n\n\n"
    "                            First Bank of Ohio,\n"
    "                                  as Agent\n\n\n"
    "                              TABLE OF CONTENTS\n\n" + _CONTENTS + "\n\n"
    "                              CREDIT AGREEMENT\n\n\n"
    "          AGREEMENT dated as of March 3, 1997 among HALCYON LEASING CORP., the\n"
    "BANKS listed on the signature pages hereof and FIRST BANK OF OHIO, as Agent.\n\n"
    "          The parties hereto agree as follows:\n\n"
    "          SECTION 1.01. Definitions.\n\n"
    '          "Agent" means First Bank of Ohio in its capacity as agent for the Banks\n'
    "hereunder, and its successors in such capacity.\n\n"
    '          "Borrower" means Halcyon Leasing Corp., a Delaware corporation, and its\n'
    "successors.\n\n"
    '          "Commitment" means, with respect to each Bank, the amount set forth opposite\n'
    "the name of such Bank on the signature pages hereof.\n\n"
    "          SECTION 2.01. Commitments to Lend. Each Bank severally agrees to make loans\n"
    "to the Borrower from time to time before the Termination Date.\n\n"
    "          IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly\n"
    "executed by their respective authorized officers as of the day and year first above\n"
    "written.\n\n"
    "                              HALCYON LEASING CORP.\n\n"
    "                                 By\n"
    "                                    ------------------------------\n"
    "                                    Title:\n\n\n"
    "Commitments\n"
    "-----------\n\n"
    "$50,000,000                   FIRST BANK OF OHIO\n\n"
    "                              By\n"
    "                                 ------------------------------\n"
    "                                 Title:\n\n\n"
    "$40,000,000                   LAKESHORE NATIONAL BANK\n\n"
    "                              By\n"
    "                                 ------------------------------\n"
    "                                 Title:\n\n\n"
    "                              FIRST BANK OF OHIO, as Agent\n\n"
    "                              By\n"
    "                                 ------------------------------\n"
    "                                 Title:\n"
)


def test_the_bare_dated_opening_below_the_contents_is_the_preamble() -> None:
    st = analyze(_TEXT)
    assert st.preamble is not None
    assert _TEXT[st.preamble.start :].startswith("AGREEMENT dated as of March 3, 1997 among")


def test_the_banks_the_opening_names_as_a_class_lend_their_printed_commitments() -> None:
    x = extract_text(_TEXT)
    roles = own_roles(x)
    assert roles.get("Halcyon Leasing Corp.") == "Borrower", roles
    assert roles.get("LAKESHORE NATIONAL BANK") == "Bank", roles
    lent = {
        (r.props.get("amount"))
        for r in x.relations
        if r.type == "LENDS_TO" and r.props.get("amount") is not None
    }
    assert lent == {50_000_000, 40_000_000}, lent
    assert ("LAKESHORE NATIONAL BANK", "Halcyon Leasing Corp.") in edges(x, "LENDS_TO")
