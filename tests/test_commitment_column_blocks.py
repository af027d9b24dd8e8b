"""A lender's signature block with its commitment in a column to the left of its name and its
capacity wrapped flush left below, after a borrower's block that prints its notice address
("TEL:", "FAX:") on the signature page."""

from __future__ import annotations

from ingest.extract import extract
from ingest.records import Extraction, SourceDocument
from ingest.signatures.commitment_leads import commitment_lead
from ingest.signatures.contact_fields import contact_field

_PASSAGE = """CREDIT AGREEMENT

This Agreement, dated as of March 3, 2001, is among HARBOR LIGHT SYSTEMS, INC., an Oregon
corporation, the Lenders and LAKESHORE NATIONAL BANK, as Agent.  The parties hereto agree as
follows:

"Borrower" means Harbor Light Systems, Inc., an Oregon corporation.

"Lenders" means the lending institutions listed on the signature pages of this Agreement.

2.1.  Commitment.  Each Lender severally agrees to make Loans to the Borrower from time to
time in an amount not exceeding its Commitment.

IN WITNESS WHEREOF, the Borrower, the Lenders and the Agent have executed this Agreement as
of the date first above written.

HARBOR LIGHT SYSTEMS, INC.


By:_____________________________________
Dana Whitfield, Chief Financial Officer

Address: 100 Pier Road
Astoria, Oregon 97103
TEL: (503) 555-0140
FAX: (503) 555-0141

Commitments


$12,500,000                LAKESHORE NATIONAL BANK,
Individually and as Agent


By: _______________________________________
Owen Paley, Vice President
"""


def _extract() -> Extraction:
    return extract(SourceDocument(text=_PASSAGE, path="passage.txt"))


def test_lender_signing_beside_its_commitment_lends_that_amount() -> None:
    x = _extract()
    names = {e.ref: e.props.get("name") for e in x.entities}
    lends = [
        (names[r.source], names[r.target], r.props.get("amount"))
        for r in x.relations
        if r.type == "LENDS_TO"
    ]
    assert ("LAKESHORE NATIONAL BANK", "HARBOR LIGHT SYSTEMS, INC.", 12500000) in [
        (str(s).upper(), str(t).upper(), a) for s, t, a in lends
    ]


def test_commitment_lead_is_only_an_amount() -> None:
    assert commitment_lead("$12,500,000                ")
    assert not commitment_lead("Commitment: $12,500,000    ")
    assert not commitment_lead("")


def test_notice_fields_are_no_captions() -> None:
    assert contact_field("FAX: (503) 555-0141")
    assert contact_field("Telephone No.: 555-0100")
    assert not contact_field("LENDERS:")
