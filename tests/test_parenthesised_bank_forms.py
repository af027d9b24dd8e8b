"""A national bank styled with its form in a parenthesis, as filings of the 1980s and 1990s
write it ("The Chase Manhattan Bank (National Association)", "Citibank (N.A.)"), is one party
with that whole name. Before, the parenthesis was read as an aside or a term: the party list of
an amendment's preamble made a bank "Chase ... Bank" and a second party "National Association"
that took the bank's role, and the signature block's name matched neither. Passages written for
the test in the shape of an amendment's preamble, a credit agreement's and a signature page.
"""

from __future__ import annotations

import pytest

from tests.passages import extract_text

_AMENDMENT = """SECOND AMENDMENT TO CREDIT AGREEMENT

SECOND AMENDMENT, dated as of July 15, 1997 (this "Amendment"), to the Credit Agreement dated
as of May 1, 1995 (the "Credit Agreement"), among HOLLIS PAPER CORPORATION, a Delaware
corporation (the "Company"), the banks parties hereto and {bank}, as Administrative Agent (the
"Administrative Agent").

1. Amendment. Section 7.2 of the Credit Agreement is amended by deleting "3.00" and inserting
"3.25".

2. Governing Law. This Amendment shall be governed by the laws of the State of New York.

IN WITNESS WHEREOF, the parties hereto have caused this Amendment to be duly executed as of the
date first above written.

HOLLIS PAPER CORPORATION

By /s/ Nora Quist
Title: Treasurer

{bank_caps}, as Administrative Agent and as a Bank

By /s/ Philip Arnaud
Title: Vice President
"""

_CREDIT_AGREEMENT = """CREDIT AGREEMENT

CREDIT AGREEMENT dated as of March 2, 1992 between ORLAND FREIGHT SYSTEMS, INC., an Ohio
corporation (the "Borrower"), and {bank} (the "Bank").

Section 1. The Loans. The Bank agrees to make loans to the Borrower up to $5,000,000.

Section 2. Governing Law. This Agreement shall be governed by the laws of the State of Ohio.
"""


def _parties(text: str) -> set[str]:
    x = extract_text(text)
    return {str(e.props.get("name")) for e in x.entities if e.label == "Party"}


@pytest.mark.parametrize(
    "bank",
    [
        "The Chase Lakeside Bank (National Association)",
        "Morrow Guaranty Bank (N.A.)",
        "THE FIRST HARBOR BANK (NATIONAL ASSOCIATION)",
    ],
)
def test_an_amendments_agent_keeps_its_parenthesised_form(bank: str) -> None:
    names = _parties(_AMENDMENT.format(bank=bank, bank_caps=bank.upper()))
    assert bank in names, names
    assert not any(n.lower().strip() in {"national association", "n.a."} for n in names), names
    # no second party made of the bank's name without its form
    assert not any(n != bank and n.lower() in bank.lower() for n in names if "bank" in n.lower())


def test_a_lender_named_with_its_form_in_a_parenthesis() -> None:
    names = _parties(_CREDIT_AGREEMENT.format(bank="Lakeview Trust Bank (National Association)"))
    assert names == {"ORLAND FREIGHT SYSTEMS, INC.", "Lakeview Trust Bank (National Association)"}


@pytest.mark.parametrize(
    ("bank", "name"),
    [
        # an aside stays an aside: the bank's former name is no part of its name
        ("Lakeview Trust Bank (formerly known as Lakeview National Bank)", "Lakeview Trust Bank"),
        # a parenthesised place before the suffix, as before
        ("Harbor Credit (USA), N.A.", "Harbor Credit (USA), N.A."),
    ],
)
def test_other_parentheses_after_a_bank_are_read_as_before(bank: str, name: str) -> None:
    names = _parties(_CREDIT_AGREEMENT.format(bank=bank))
    assert name in names, names
    assert not any("formerly" in n for n in names), names


_RECITED_AND_WRAPPED = """AMENDMENT NO. 3

AMENDMENT NO. 3 (this "AMENDMENT") dated as of October 15, 1996 among:
HOLLIS PAPER CORPORATION, INC. (the "COMPANY") and the banks listed on the
signature pages hereof (the "BANKS").

W I T N E S S E T H :

COMPANY, the parties hereto and The Chase Lakeside Bank (National
Association), as Administrative Agent (the "ADMINISTRATIVE AGENT"), are parties to a Credit
Agreement dated as of May 1, 1995 (the "CREDIT AGREEMENT").

NOW, THEREFORE, the parties agree as follows:

1. Amendment. Section 7.2 of the Credit Agreement is amended by deleting "3.00" and inserting
"3.25".

IN WITNESS WHEREOF, the parties hereto have caused this Amendment to be duly executed as of the
date first above written.

HOLLIS PAPER CORPORATION, INC.

By /s/ Nora Quist
Title: Treasurer

THE CHASE LAKESIDE BANK (NATIONAL
ASSOCIATION), as Administrative Agent and as a Bank

By /s/ Philip Arnaud
Title: Vice President

MIDLAND STATE BANK, N.A.

By /s/ Carla Jeune
Title: Vice President
"""


def test_a_recited_agent_whose_form_wraps_on_its_signature_page() -> None:
    """The form's parenthesis wraps over two lines in the recital and in the signature block
    ("THE CHASE LAKESIDE BANK (NATIONAL" / "ASSOCIATION), as Administrative Agent"): one bank,
    the agent of both agreements, and no party "Association"."""
    x = extract_text(_RECITED_AND_WRAPPED)
    names = {str(e.props.get("name")) for e in x.entities if e.label == "Party"}
    banks = {n for n in names if "Chase" in n}
    assert len(banks) == 1 and next(iter(banks)).endswith("(National Association)"), names
    assert "Association" not in names, names
    ref = next(e.ref for e in x.entities if e.props.get("name") in banks)
    roles = {r.props.get("role") for r in x.relations if r.type == "PARTY_TO" and r.source == ref}
    assert roles == {"Administrative Agent"}, roles
    assert sum(r.type == "PARTY_TO" and r.source == ref for r in x.relations) == 2
