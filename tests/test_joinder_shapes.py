"""A joinder by which a new subsidiary becomes guarantor and grantor: its own kind, the
facility its recital says the credit agreement provides ("providing for a revolving credit
facility ... (the "Revolving Facility")", issued under that agreement, not the joinder), the
capacity it states after an aside ("the New Subsidiary, as provided in Section 9.15 of the
Security Agreement, hereby becomes a party to the Security Agreement as a Guarantor"), and
"..., and this Joinder Agreement supplements the Security Agreement" (AMENDS). Passages
written for this test in the shape of a 2010s joinder converted from HTML."""

from __future__ import annotations

from tests.passages import OWN, edges, extract_text

JOINDER = """JOINDER AGREEMENT

THIS JOINDER AGREEMENT, dated as of April 2, 2018 (this \u201c Joinder \u201d), is entered into
by BRISTLECONE ANALYTICS LLC, a Utah limited liability company (the \u201c Additional
Subsidiary \u201d), in favor of SUMMIT RIDGE BANK, as administrative agent (the
\u201c Agent \u201d).

WHEREAS, OPAL CREEK SYSTEMS, INC., a Delaware corporation (the \u201c Borrower \u201d), the Lenders
and the Agent are parties to that certain Credit Agreement, dated as of June 1, 2017, providing
for a revolving credit facility in an aggregate principal amount of up to $30,000,000 (the
\u201c Revolving Facility \u201d);

WHEREAS, the Borrower and the Agent are parties to that certain Security Agreement, dated as of
June 1, 2017 (the \u201c Security Agreement \u201d);

1. Joinder . The Additional Subsidiary, as provided in Section 8.11 of the Security Agreement,
hereby becomes a party to the Security Agreement as a Guarantor and a Grantor thereunder.

2. Schedules . The information on Annex A is added to the Schedules to the Security Agreement,
and this Joinder supplements the Security Agreement accordingly.

IN WITNESS WHEREOF, the undersigned has executed this Joinder.

BRISTLECONE ANALYTICS LLC

By: /s/ Ingrid Solberg
Name: Ingrid Solberg
Title: Manager
"""


def test_the_joinder_is_a_joinder_and_supplements_the_security_agreement() -> None:
    x = extract_text(JOINDER)
    own = next(e for e in x.entities if e.ref == OWN)
    assert own.props.get("kind") == "joinder"
    assert ("Joinder Agreement", "Security Agreement") in edges(x, "AMENDS")


def test_the_recited_facility_is_the_credit_agreements() -> None:
    x = extract_text(JOINDER)
    facility = next(e for e in x.entities if e.props.get("title") == "Revolving Facility")
    assert facility.props.get("amount") == 30_000_000
    assert edges(x, "ISSUED_UNDER") >= {("Revolving Facility", "Credit Agreement")}
    assert ("Revolving Facility", "Joinder Agreement") not in edges(x, "ISSUED_UNDER")


def test_the_capacity_stated_after_an_aside() -> None:
    x = extract_text(JOINDER)
    names = {e.ref: str(e.props.get("name") or e.props.get("title")) for e in x.entities}
    roles = {
        (names[r.source], names[r.target]): r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO"
    }
    assert roles.get(("BRISTLECONE ANALYTICS LLC", "Security Agreement")) == "Guarantor"
