"""A fund's manager signing a waiver for the fund: "HARLOW CAPITAL ADVISORS LLC, as Collateral
Manager on behalf of BRIGHTWATER CLO III, LTD., as a Lender", or under the fund's name "By:
Harlow Capital Advisors LLC, as Collateral Manager". The fund is the lender that waives; the
manager signs in a capacity of its own and neither lends nor waives. Passages written in the
shape of syndicated-loan waivers (CLO lenders); names invented."""

from __future__ import annotations

from ingest.extract import extract
from ingest.records import Extraction, SourceDocument

_HEAD = (
    "WAIVER NO. 2\n"
    "\n"
    'WAIVER NO. 2 dated as of May 3, 2006 (this "Waiver") under the Credit Agreement '
    'dated as of June 1, 2004 (the "Credit Agreement") among Tessaly Foods, Inc. (the '
    '"Borrower"), the lenders party thereto (the "Lenders") and Quarry Bank, N.A., as '
    'administrative agent (the "Agent").\n'
    "\n"
    "The Borrower has requested that the Lenders waive compliance with Section 6.05 of "
    "the Credit Agreement for the fiscal quarter ended March 31, 2006. The undersigned "
    "Lenders, constituting the Required Lenders, hereby waive compliance with Section "
    "6.05 of the Credit Agreement for such fiscal quarter.\n"
    "\n"
    "IN WITNESS WHEREOF, the parties hereto have caused this Waiver to be duly executed "
    "as of the date first above written.\n"
    "\n"
    "TESSALY FOODS, INC.\n"
    "\n"
    "By: /s/ Mark Hollis\n"
    "Name: Mark Hollis\n"
    "Title: Chief Financial Officer\n"
    "\n"
    "QUARRY BANK, N.A., as Agent and as a Lender\n"
    "\n"
    "By: /s/ Dana Crewe\n"
    "Name: Dana Crewe\n"
    "Title: Vice President\n"
    "\n"
    "\n"
)


def _x(blocks: str) -> Extraction:
    return extract(SourceDocument(text=_HEAD + blocks, path="waiver.txt"))


def _sources(x: Extraction, kind: str) -> set[str]:
    names = {e.ref: str(e.props["name"]).upper() for e in x.entities if e.label == "Party"}
    return {names[r.source] for r in x.relations if r.type == kind}


def test_a_manager_signing_on_behalf_of_a_fund_neither_lends_nor_waives() -> None:
    x = _x(
        "HARLOW CAPITAL ADVISORS LLC, as Collateral Manager on behalf of\n"
        "BRIGHTWATER CLO III, LTD., as a Lender\n\n"
        "By: /s/ Jon Reyes\nName: Jon Reyes\nTitle: Managing Director\n\n"
        "PINECREST INVESTMENT MANAGEMENT, L.P., as Manager on behalf of\n"
        "SILVERTON LOAN FUNDING LP\n\n"
        "By: /s/ Amy Tran\nName: Amy Tran\nTitle: Portfolio Manager\n"
    )
    waivers = _sources(x, "WAIVES")
    lenders = _sources(x, "LENDS_TO")
    for fund in ("BRIGHTWATER CLO III, LTD.", "SILVERTON LOAN FUNDING LP"):
        assert fund in waivers and fund in lenders
    for manager in ("HARLOW CAPITAL ADVISORS LLC", "PINECREST INVESTMENT MANAGEMENT, L.P."):
        assert manager not in waivers and manager not in lenders
    roles = {r.source: r.props.get("role") for r in x.relations if r.type == "PARTY_TO"}
    assert roles["party:harlow capital advisors llc"] == "Collateral Manager"


def test_a_manager_signing_under_the_funds_name_neither_lends_nor_waives() -> None:
    x = _x(
        "BRIGHTWATER CLO III, LTD.\n"
        "By: Harlow Capital Advisors LLC, as Collateral Manager\n\n"
        "By: /s/ Jon Reyes\nName: Jon Reyes\nTitle: Managing Director\n"
    )
    assert "BRIGHTWATER CLO III, LTD." in _sources(x, "WAIVES")
    assert "HARLOW CAPITAL ADVISORS LLC" not in _sources(x, "WAIVES") | _sources(x, "LENDS_TO")
