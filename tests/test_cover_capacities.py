"""Banks a syndicated agreement's cover page names as arrangers, book runners, syndication or
documentation agents, below its list of parties (:mod:`ingest.parties.cover_capacities`):
passages written for this test."""

from __future__ import annotations

from tests.passages import edges, extract_text, own_roles

_COVER = """CREDIT AGREEMENT
DATED AS OF OCTOBER 14, 2010
AMONG
WILLOW CREEK FOODS, INC.,
THE LENDERS FROM TIME TO TIME PARTIES HERETO,
AND
LAKESIDE NATIONAL BANK, AS ADMINISTRATIVE AGENT



HARBORVIEW CAPITAL MARKETS, LLC AND NORTHSTAR
SECURITIES INC.,
AS JOINT LEAD ARRANGERS AND
JOINT BOOKRUNNERS
GRANITE BANK, N.A.

AS SYNDICATION AGENT
PINE RIVER CREDIT,
AS
DOCUMENTATION AGENT



TABLE OF CONTENTS

Section 1. The Credit ........ 1

CREDIT AGREEMENT

This Credit Agreement is entered into as of October 14, 2010, by and among WILLOW CREEK \
FOODS, INC., a Kansas corporation (the "Borrower"), the several financial institutions from \
time to time party to this Agreement, as Lenders, and LAKESIDE NATIONAL BANK, as \
Administrative Agent.

Section 1.1. Commitments. Each Lender severally agrees to make loans to the Borrower up to \
the amount of its Commitment. Granite Bank, N.A., as Syndication Agent, shall have no duties \
hereunder.

IN WITNESS WHEREOF, the parties hereto have executed this Agreement as of the date first \
above written.

WILLOW CREEK FOODS, INC.
By: /s/ Laura Benning
Name: Laura Benning
Title: Treasurer

LAKESIDE NATIONAL BANK, as Administrative Agent and as a Lender
By: /s/ Carl Mendes
Name: Carl Mendes
Title: Vice President

GRANITE BANK, N.A., as a Lender
By: /s/ Irene Park
Name: Irene Park
Title: Director

PINE RIVER CREDIT, INC., as a Lender
By: /s/ Tom Ashby
Name: Tom Ashby
Title: Manager
"""


def test_the_arrangers_a_cover_page_lists_are_parties_in_their_capacity() -> None:
    roles = own_roles(extract_text(_COVER))
    assert roles["HARBORVIEW CAPITAL MARKETS, LLC"] == "Joint Lead Arranger and Joint Bookrunner"
    assert roles["NORTHSTAR SECURITIES INC."] == "Joint Lead Arranger and Joint Bookrunner"


def test_a_lender_the_cover_names_as_an_agent_keeps_one_node_and_both_capacities() -> None:
    x = extract_text(_COVER)
    roles = {name.upper(): role for name, role in own_roles(x).items()}
    assert roles["GRANITE BANK, N.A."] == "Lender and Syndication Agent"
    assert roles["PINE RIVER CREDIT, INC."] == "Lender and Documentation Agent"
    assert "PINE RIVER CREDIT" not in roles
    lends = {(a.upper(), b) for a, b in edges(x, "LENDS_TO")}
    assert ("GRANITE BANK, N.A.", "WILLOW CREEK FOODS, INC.") in lends


def test_capacities_written_in_the_body_name_no_cover_party() -> None:
    text = _COVER.replace(
        "HARBORVIEW CAPITAL MARKETS, LLC AND NORTHSTAR\nSECURITIES INC.,\nAS JOINT LEAD "
        "ARRANGERS AND\nJOINT BOOKRUNNERS\n",
        "",
    ).replace("AMONG\n", "FOR\n")
    roles = own_roles(extract_text(text))
    assert not any("Arranger" in str(r) for r in roles.values())
    assert "Documentation Agent" not in str(roles.get("PINE RIVER CREDIT, INC."))


_ENDING_THE_LIST = """CREDIT AGREEMENT

Dated as of June 1, 2009

among

SUMMIT RIDGE PIPELINE, L.P.,

as the Borrower,

EASTGATE BANK, AS ADMINISTRATIVE AGENT,

and

The Other Lenders Party Hereto,

MERIDIAN SECURITIES LLC

and

CASCADE CAPITAL MARKETS, INC.,

as Joint Lead Arrangers

and

NORTHBAY CAPITAL MARKETS,

as Lead Arranger



CREDIT AGREEMENT

This CREDIT AGREEMENT is entered into as of June 1, 2009, among SUMMIT RIDGE PIPELINE, L.P., \
a Delaware limited partnership (the "Borrower"), each lender from time to time party hereto \
(collectively, the "Lenders"), and EASTGATE BANK, as Administrative Agent.
"""


def test_arrangers_at_the_end_of_the_list_of_parties_are_parties_the_class_before_them_is_not() -> (
    None
):
    roles = {name.upper(): role for name, role in own_roles(extract_text(_ENDING_THE_LIST)).items()}
    assert roles["MERIDIAN SECURITIES LLC"] == "Joint Lead Arranger"
    assert roles["CASCADE CAPITAL MARKETS, INC."] == "Joint Lead Arranger"
    assert roles["NORTHBAY CAPITAL MARKETS"] == "Lead Arranger"
    assert not any("HERETO" in name for name in roles)


_STACKED = """$400,000,000
CREDIT AGREEMENT
dated as of August 3, 2007
among
BRIGHTWATER UTILITIES CORP.,
THE BANKS PARTY HERETO,
HOLLIS BANK, N.A.,
as Administrative Agent
TALBOT BANK, NATIONAL ASSOCIATION
and
ORLEANS BANK, N.A.,
as Co-Documentation Agents
ARRANGED BY
KESTREL SECURITIES INC.
ALDER CAPITAL MARKETS LLC,
as Joint Lead Arrangers
WESTON BANK PLC, as Paying Agent and GLENN BANK, N.A.,
as Syndication Agent

CREDIT AGREEMENT

This CREDIT AGREEMENT dated as of August 3, 2007 is among BRIGHTWATER UTILITIES CORP., a \
Delaware corporation (the "Borrower"), the BANKS party hereto and HOLLIS BANK, N.A., as \
Administrative Agent.
"""


def test_names_a_cover_stacks_one_a_line_or_with_their_national_association() -> None:
    roles = {name.upper(): role for name, role in own_roles(extract_text(_STACKED)).items()}
    assert roles["TALBOT BANK, NATIONAL ASSOCIATION"] == "Co-Documentation Agent"
    assert roles["ORLEANS BANK, N.A."] == "Co-Documentation Agent"
    assert roles["KESTREL SECURITIES INC."] == "Joint Lead Arranger"
    assert roles["ALDER CAPITAL MARKETS LLC"] == "Joint Lead Arranger"


def test_a_stretch_holding_another_capacity_names_nobody() -> None:
    roles = {name.upper(): role for name, role in own_roles(extract_text(_STACKED)).items()}
    assert not any("PAYING AGENT" in name or "GLENN" in name for name in roles)
