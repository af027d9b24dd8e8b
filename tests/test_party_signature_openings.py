"""Parties of commercial contracts whose openings leave them to other places: signature
pages, order forms, letters (issue #12), the third blind round.

The expected names and terms were written before the extractor ran on any passage; compared
as the CUAD evaluation compares them (signers for a company are no parties).
"""

from __future__ import annotations

import pytest

from tests.passages import assert_own_parties, compared_names, own_parties

OPENINGS: dict[str, tuple[str, set[str]]] = {
    "letter_agreement_addressed_to_the_other_party": (
        """Brookfield Outdoor Gear, Inc.
1400 Canyon Road
Boulder, Colorado 80302

March 4, 2016

Tanglewood Retail Partners LLC
88 Market Street
Denver, Colorado 80202

Re: Consignment Agreement

Ladies and Gentlemen:

This letter agreement (this "Agreement") sets out the terms on which Brookfield Outdoor \
Gear, Inc. ("Brookfield") will consign products to Tanglewood Retail Partners LLC \
("Tanglewood").

1. Consignment. Brookfield shall deliver the products listed in Schedule A.

Very truly yours,

BROOKFIELD OUTDOOR GEAR, INC.

By: /s/ Nora Quinlan
Name: Nora Quinlan
Title: Chief Executive Officer

AGREED AND ACCEPTED:

TANGLEWOOD RETAIL PARTNERS LLC

By: /s/ Carl Mendez
Name: Carl Mendez
Title: Manager
""",
        {
            "Brookfield Outdoor Gear, Inc.",
            "Brookfield",
            "Tanglewood Retail Partners LLC",
            "Tanglewood",
        },
    ),
    "order_form_with_labelled_fields": (
        """SUBSCRIPTION ORDER FORM

Customer Name: Halberd Logistics Corp.
Customer Address: 500 Pier Road, Long Beach, CA 90802
Provider: Stratus Fleet Software, Inc.
Order Date: January 12, 2022

This Order Form is governed by the Master Subscription Agreement between Provider and \
Customer.

1. Subscription Term. Twelve months from the Order Date.
""",
        {
            "Halberd Logistics Corp.",
            "Customer",
            "Stratus Fleet Software, Inc.",
            "Provider",
        },
    ),
    "signature_page_with_as_captions": (
        """LICENSE AGREEMENT

This License Agreement is made as of June 2, 2014 between Larkin Audio Labs LLC \
("Licensor") and Meadowbrook Sound Co. ("Licensee").

1. License. Licensor grants Licensee a non-exclusive license to the Licensed Patents.

IN WITNESS WHEREOF, the parties have executed this Agreement.

LARKIN AUDIO LABS LLC, as Licensor

By: /s/ Peter Larkin
Peter Larkin, Managing Member

MEADOWBROOK SOUND CO., as Licensee

By: /s/ Gail Foster
Gail Foster, President
""",
        {"Larkin Audio Labs LLC", "Licensor", "Meadowbrook Sound Co.", "Licensee"},
    ),
    "individual_signs_for_themselves": (
        """ENDORSEMENT AGREEMENT

This Endorsement Agreement is made as of April 1, 2019 between Riptide Beverages, Inc., a \
Florida corporation ("Riptide"), and Jordan Ellis ("Talent").

1. Endorsement. Talent shall endorse the Riptide products.

IN WITNESS WHEREOF, the parties have signed this Agreement.

RIPTIDE BEVERAGES, INC.

By: /s/ Sam Okafor
Name: Sam Okafor
Title: President

TALENT

/s/ Jordan Ellis
Jordan Ellis
""",
        {"Riptide Beverages, Inc.", "Riptide", "Jordan Ellis", "Talent"},
    ),
    "signature_page_only_names_a_guarantor_as_well": (
        """SUPPLY AGREEMENT

This Supply Agreement is made as of August 20, 2012 between Granger Steel Products, Inc., an \
Ohio corporation ("Supplier"), and Norcross Fabrication LLC, a Georgia limited liability \
company ("Buyer").

1. Supply. Supplier shall supply the products ordered by Buyer.

IN WITNESS WHEREOF, the parties have executed this Agreement.

GRANGER STEEL PRODUCTS, INC.

By: /s/ Alan Granger
Title: President

NORCROSS FABRICATION LLC

By: /s/ Beth Cole
Title: Manager
""",
        {"Granger Steel Products, Inc.", "Supplier", "Norcross Fabrication LLC", "Buyer"},
    ),
    "agreement_between_the_company_and_the_individual_defined_below": (
        """SERVICES AGREEMENT

This Services Agreement (the "Agreement") is entered into as of October 1, 2018 between \
Whitlock Media Group, Inc. ("Whitlock") and the consultant identified on the signature page \
("Consultant").

1. Services. Consultant shall provide the services set out in Exhibit A.

IN WITNESS WHEREOF, the parties have executed this Agreement.

WHITLOCK MEDIA GROUP, INC.

By: /s/ Dana Whitlock
Name: Dana Whitlock
Title: CEO

CONSULTANT:

Bramble Creative Studio LLC

By: /s/ Ian Bramble
Name: Ian Bramble
Title: Member
""",
        {
            "Whitlock Media Group, Inc.",
            "Whitlock",
            "Consultant",
            "Bramble Creative Studio LLC",
        },
    ),
}


#: Shapes the extractor still misses (kept, so that a fix shows): an order form is not read
#: as an agreement of its own.
KNOWN_MISSES = frozenset({"order_form_with_labelled_fields"})


@pytest.mark.parametrize("case", sorted(set(OPENINGS) - KNOWN_MISSES))
def test_parties_of_an_agreement(case: str) -> None:
    text, expected = OPENINGS[case]
    assert_own_parties(text, expected)


@pytest.mark.parametrize("case", sorted(KNOWN_MISSES))
def test_a_known_miss_is_still_missed(case: str) -> None:
    """A known miss still comes out otherwise than its opening states: once it comes out
    right, it belongs with the openings above."""
    text, expected = OPENINGS[case]
    assert compared_names(own_parties(text)) != compared_names(expected)
