"""Lenders' signature blocks whose capacity says "as a Bank" or runs over several lines, and
the capacities of a cover's party list (:mod:`ingest.signatures.block_reader`,
:mod:`ingest.signatures.fields`, :mod:`ingest.relations.role_lending`).

Syndicated credit agreements sign foreign banks whose names carry no suffix ("BNP PARIBAS",
"NATIXIS"): the line "BNP PARIBAS, as a Bank" is the bank's name and its capacity, and the
capacity's "Bank" is no company. Narrow signature columns wrap the capacity ("as a" / "Bank and
as" / "Administrative Agent"). A cover lists each party with its capacity ("ACME CORP., as
Guarantor, ... FIRST BANK, as Administrative Agent"): the guarantor named first is no agent, so
no lender, though no defined term of the preamble gives it a role. Passages written for this
test, and the two real filings the shapes were seen in."""

from __future__ import annotations

import pytest

from ingest.extract import extract
from ingest.readers import read_file
from ingest.records import Extraction
from tests.passages import edges, extract_text, own_roles
from tests.paths import CORPUS

_AGREEMENT = """                              CREDIT AGREEMENT

     CREDIT AGREEMENT dated as of March 3, 2009 among HALVERSON FOODS, INC., a Delaware \
corporation (the "Borrower"), the BANKS listed on the signature pages hereof (the "Banks") and \
MERIDIAN TRUST BANK, N.A., as administrative agent (the "Administrative Agent").

     Section 2.01. Commitments. Each Bank severally agrees, on the terms and conditions set \
forth herein, to make loans to the Borrower from time to time before the Termination Date.

     Section 9.01. Governing Law. This Agreement shall be governed by the laws of the State of \
New York.

     IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed as \
of the day and year first above written.

HALVERSON FOODS, INC.

By: /s/ Carla Upton
Name: Carla Upton
Title: Treasurer

MERIDIAN TRUST BANK, N.A.,
as a Bank and as Administrative Agent

By: /s/ Owen Fisk
Name: Owen Fisk
Title: Vice President

{block}

By: /s/ Lena Marsh
Name: Lena Marsh
Title: Managing Director
"""

_BLOCKS = [
    ("NATIXIS, as a Bank", "NATIXIS", "Bank"),
    ("CREDIT LYONNAIS, as a Lender", "CREDIT LYONNAIS", "Lender"),
    ("BNP PARIBAS, as a Bank and as\nDocumentation\nAgent", "BNP PARIBAS", "Documentation Agent"),
    ("SOCIETE GENERALE, as a\nBank", "SOCIETE GENERALE", "Bank"),
    (
        "HARBOR STATE BANK, NATIONAL\nASSOCIATION, as a\nBank and as\nSyndication Agent",
        "HARBOR STATE BANK, NATIONAL ASSOCIATION",
        "Syndication Agent",
    ),
]


@pytest.mark.parametrize(("block", "name", "role"), _BLOCKS, ids=[b[1] for b in _BLOCKS])
def test_a_bank_signing_as_a_bank_is_a_party_and_lends(block: str, name: str, role: str) -> None:
    x = extract_text(_AGREEMENT.format(block=block))
    roles = own_roles(x)
    assert name in roles
    assert role in str(roles[name])
    assert (name, "HALVERSON FOODS, INC.") in edges(x, "LENDS_TO")
    # the capacity's "Bank" is no party of its own
    assert not {"Bank", "Lender", "Banks"} & set(roles)


def test_a_title_under_the_name_is_no_capacity() -> None:
    """Near miss: a line under the bank's name that is its signer's title stays a title."""
    block = "NATIXIS, as a Bank\n\nBy: /s/ Paul Reyes\nName: Paul Reyes\nTitle: Director"
    x = extract_text(_AGREEMENT.format(block=block))
    assert ("Paul Reyes", "Credit Agreement") in edges(x, "SIGNED")
    assert "Director" not in own_roles(x)


_COVER = """                                  $50,000,000

TERM LOAN AGREEMENT

Dated as of June 2, 2011

Among

{parent},

as Guarantor,

{borrower},

as Borrower,

THE LENDERS NAMED HEREIN,

as Lenders,

and

{agent},

as Administrative Agent



                             TERM LOAN AGREEMENT

     THIS TERM LOAN AGREEMENT is made among {parent}, a Delaware corporation, {borrower}, a \
Nevada corporation (the "Borrower"), the banks listed on the signature pages hereof (the \
"Lenders") and {agent} (the "Agent"), as administrative agent for the Lenders.

     Section 2.01. The Loans. Each Lender severally agrees to make a term loan to the Borrower \
on the Closing Date in the amount of its Commitment.

     Section 8.01. Guarantee. {parent} hereby unconditionally guarantees to the Agent, for \
the ratable benefit of the Lenders, the prompt payment of the Obligations.

     IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed as of the \
date first above written.

{parent}

By: /s/ Ruth Albee
Name: Ruth Albee
Title: Treasurer

{borrower}

By: /s/ Dean Kowal
Name: Dean Kowal
Title: President

{agent},
as Administrative Agent

By: /s/ Mara Lind
Name: Mara Lind
Title: Vice President

Lenders

{agent}

By: /s/ Mara Lind
Name: Mara Lind
Title: Vice President

{lender}

By: /s/ Ian Prost
Name: Ian Prost
Title: Director
"""

_COVERS = [
    ("CALDER INDUSTRIES, INC.", "CALDER FINANCE CORP.", "NORTHFIELD BANK N.A.", "ALBA BANK PLC"),
    ("PERRY HOLDINGS CORPORATION", "PERRY CAPITAL LLC", "EASTON TRUST COMPANY", "RIVA BANK AG"),
]


@pytest.mark.parametrize(("parent", "borrower", "agent", "lender"), _COVERS)
def test_a_guarantor_named_first_on_the_cover_is_no_lender(
    parent: str, borrower: str, agent: str, lender: str
) -> None:
    """The agent's capacity further down the cover's list is not the guarantor's."""
    x = extract_text(_COVER.format(parent=parent, borrower=borrower, agent=agent, lender=lender))
    lends = edges(x, "LENDS_TO")
    assert (agent, borrower) in lends
    assert (lender, borrower) in lends
    assert (parent, borrower) not in lends


def test_names_listed_before_one_agents_capacity_are_agents() -> None:
    """Near miss: "A and B, as Co-Agents": the capacity the list ends with is both names'."""
    text = _COVER.format(
        parent="CALDER INDUSTRIES, INC.",
        borrower="CALDER FINANCE CORP.",
        agent="NORTHFIELD BANK N.A.",
        lender="ALBA BANK PLC",
    ).replace(
        "NORTHFIELD BANK N.A.,\n\n                            as Administrative Agent\n\n\n",
        "NORTHFIELD BANK N.A. and ALBA BANK PLC,\n\n                            as Co-Agents\n\n\n",
        1,
    )
    lends = edges(extract_text(text), "LENDS_TO")
    assert ("ALBA BANK PLC", "CALDER FINANCE CORP.") in lends
    assert ("CALDER INDUSTRIES, INC.", "CALDER FINANCE CORP.") not in lends


def _real(name: str) -> Extraction:
    (source,) = read_file(CORPUS / "credit-dev" / name, max_bytes=10_000_000).documents
    return extract(source)


def test_the_real_banks_signing_as_a_bank_and_as_agents() -> None:
    """A $1.2bn credit agreement: BNP Paribas ("as a Bank and as" / "Documentation" / "Agent")
    and Wachovia ("as a" / "Bank and as" / "Administrative Agent") sign and lend."""
    lends = edges(_real("lexpredict-21076-2008-04-22.txt"), "LENDS_TO")
    borrower = "The Clorox Company"
    assert ("BNP Paribas", borrower) in lends
    assert any(s.upper().startswith("WACHOVIA BANK") for s, t in lends if t == borrower)
    assert not any(s == "Bank" for s, _ in lends)


def test_the_real_guarantor_named_first_on_the_cover_lends_nothing() -> None:
    x = _real("lexpredict-1110783-2006-07-19.txt")
    lenders = {s for s, _ in edges(x, "LENDS_TO")}
    assert "MONSANTO COMPANY" not in lenders
    assert {"SOCIETE GENERALE", "BARCLAYS BANK PLC"} <= lenders
