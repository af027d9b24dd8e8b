"""A guaranty's testimonium ("IN WITNESS WHEREOF, each of the undersigned has caused this
Guaranty to be executed") makes the blocks under it guarantors; the beneficiary that signs
after them under "Acknowledged and agreed" accepts the guaranty and is no guarantor. A
consent whose "undersigned" sentence stands right over the acceptance caption still makes
the blocks below it guarantors."""

from __future__ import annotations

from tests.passages import edges, extract_text, own_roles

_GUARANTY = """GUARANTY AGREEMENT

This GUARANTY AGREEMENT dated as of May 12, 2017 is made by WREN ORCHARD FARMS, LLC, a
Washington limited liability company (the "Guarantor"), in favor of PUGET VALLEY BANK, as
agent (in such capacity, the "Agent") for the Lenders.

1. The Guarantor guarantees the Obligations of Wren Orchard Cider Co. under the Credit
Agreement dated as of May 12, 2017.

IN WITNESS WHEREOF, each of the undersigned has caused this Guaranty Agreement to be duly
executed as of the date first above written.

WREN ORCHARD FARMS, LLC

By: /s/ Hollis J. Brandvold
Name: Hollis J. Brandvold
Title: Manager

Acknowledged and agreed:

PUGET VALLEY BANK,
as Agent

By: /s/ Imogen T. Farrow
Name: Imogen T. Farrow
Title: Vice President
"""


def test_the_accepting_agent_is_no_guarantor() -> None:
    x = extract_text(_GUARANTY)
    assert own_roles(x)["PUGET VALLEY BANK"] == "Agent"
    assert not [s for s in edges(x, "SECURES") if s[0] == "PUGET VALLEY BANK"]
    assert ("Imogen T. Farrow", "Guaranty Agreement") in edges(x, "SIGNED")
