"""A guarantors' schedule whose table gives each guarantor's form in a column of its own
("Ohio corporation", "Delaware limited liability company"): the form cells are descriptors,
never guarantors of their own."""

from __future__ import annotations

from tests.passages import edges, extract_text

_GUARANTY = """SUBSIDIARY GUARANTY

This SUBSIDIARY GUARANTY, dated as of March 2, 2016 (this "Guaranty"), is made by each of
the entities listed on Schedule 1 hereto (each, a "Guarantor" and, collectively, the
"Guarantors"), in favor of LAKEFRONT NATIONAL BANK, as administrative agent (the "Agent").

1. Each Guarantor guarantees the Obligations of Hollis Brands, Inc. under the Credit
Agreement dated as of March 2, 2016.

IN WITNESS WHEREOF, each Guarantor has caused this Guaranty to be executed as of the date
first above written.

HOLLIS PACKAGING LLC

HOLLIS LOGISTICS, INC.,

each as a Guarantor

By: /s/ Tamsin R. Oduya
Name: Tamsin R. Oduya
Title: Secretary

SCHEDULE 1

GUARANTORS

Guarantor

Jurisdiction of Organization

Hollis Packaging LLC

Ohio limited liability company

Hollis Logistics, Inc.

Indiana corporation
"""


def test_the_form_column_adds_no_guarantor() -> None:
    x = extract_text(_GUARANTY)
    parties = {str(e.props.get("name")) for e in x.entities if e.label == "Party"}
    assert not [p for p in parties if p.lower().endswith(("corporation", "liability company"))]
    givers = {s for s, t in edges(x, "PARTY_TO") if t == "Subsidiary Guaranty"}
    assert {"Hollis Packaging LLC", "Hollis Logistics, Inc."} <= givers
