"""Agreements drafted as a letter to their counterparties, under their title: a note purchase
agreement ("Fenwick Tool Corp., a Michigan corporation (the "Company"), agrees with you as
follows") whose purchasers accept on its counterpart and are listed, with the series each buys,
in its Schedule A; a subscription agreement ("The undersigned, ... (the "Subscriber"), hereby
subscribes for ... from ..., a Utah corporation (the "Company")"). Passages written for this
test."""

from __future__ import annotations

from tests.passages import edges, entity_names, extract_text, own_parties, own_roles

NPA = (
    "                         FENWICK TOOL CORP.\n\n"
    "                      NOTE PURCHASE AGREEMENT\n\n"
    "                    Dated as of September 15, 2003\n\n"
    "TO EACH OF THE PURCHASERS LISTED IN\n  THE ATTACHED SCHEDULE A:\n\n"
    "Ladies and Gentlemen:\n\n"
    '     FENWICK TOOL CORP., a Michigan corporation (the "Company"), agrees with you as\n'
    "follows:\n\n"
    "1.   AUTHORIZATION OF NOTES.\n\n"
    "     The Company will authorize the issue and sale of (a) $20,000,000 aggregate principal\n"
    'amount of its 5.85% Series A Senior Notes due September 15, 2010 (the "Series A Notes")\n'
    "and (b) $10,000,000 aggregate principal amount of its 6.10% Series B Senior Notes due\n"
    'September 15, 2013 (the "Series B Notes" and, together with the Series A Notes, the\n'
    '"Notes").\n\n'
    "2.   SALE AND PURCHASE OF NOTES.\n\n"
    "     Subject to the terms and conditions of this Agreement, the Company will issue and sell\n"
    "to you and you will purchase from the Company, at the Closing, Notes of the series and in\n"
    "the principal amount specified opposite your name in Schedule A.\n\n"
    "     If you are in agreement with the foregoing, please sign the form of agreement on the\n"
    "accompanying counterpart of this Agreement and return it to the Company.\n\n"
    "                                  Very truly yours,\n\n"
    "                                  FENWICK TOOL CORP.\n\n"
    "                                  By  /s/ Howard R. Kell\n"
    "                                     Name:  Howard R. Kell\n"
    "                                     Title: Treasurer\n\n"
    "The foregoing is hereby agreed\nto as of the date thereof.\n\n"
    "LAKESHORE MUTUAL INSURANCE COMPANY\n\n"
    "By  /s/ Irene V. Stoltz\n   Name:  Irene V. Stoltz\n   Title: Vice President\n\n"
    "BRAMBLE LIFE ASSURANCE COMPANY\n\n"
    "By  /s/ Peter N. Odum\n   Name:  Peter N. Odum\n   Title: Investment Officer\n\n\n"
    "                                  SCHEDULE A\n\n"
    "                    INFORMATION RELATING TO PURCHASERS\n\n"
    "                                                    PRINCIPAL AMOUNT OF\n"
    "NAME AND ADDRESS OF PURCHASER                      NOTES TO BE PURCHASED\n"
    "-----------------------------                      ---------------------\n\n"
    "LAKESHORE MUTUAL INSURANCE COMPANY                 $12,000,000 Series A\n"
    "400 North Shore Drive                              $6,000,000 Series B\n"
    "Chicago, Illinois 60611\n\n"
    "Tax Identification Number: 36-1148822\n\n\n"
    "BRAMBLE LIFE ASSURANCE COMPANY                     $8,000,000 Series A\n"
    "c/o Bramble Capital Advisors                       $4,000,000 Series B\n"
    "Hartford, Connecticut 06103\n\n"
    "Tax Identification Number: 06-0977410\n"
)

SUBSCRIPTION = (
    "SUBSCRIPTION AGREEMENT\n\n"
    "Sagebrush Minerals Corp.\n120 South State Street\nSalt Lake City, Utah 84111\n\n"
    "Ladies and Gentlemen:\n\n"
    'The undersigned, Marcus J. Delaney (the "Subscriber"), hereby subscribes for and agrees to '
    'purchase from Sagebrush Minerals Corp., a Utah corporation (the "Company"), 20,000 units '
    "at a purchase price of $2.50 per unit, each unit consisting of one share of common stock "
    'and one warrant to purchase one share of common stock at $4.00 (the "Unit Warrants").\n\n'
    "Upon acceptance of this subscription, the Company shall issue and deliver to the "
    "Subscriber certificates representing the shares and the Unit Warrants.\n\n"
    "This Subscription Agreement shall be governed by the laws of the State of Utah.\n\n"
    "/s/ Marcus J. Delaney\n------------------------\nMarcus J. Delaney\n\n"
    "ACCEPTED:\n\nSAGEBRUSH MINERALS CORP.\n\nBy: /s/ Lena P. Ortiz\n"
    "    Lena P. Ortiz, President\n"
)


def test_the_sender_of_a_titled_letter_agreement_is_its_party_with_its_term() -> None:
    parties = own_parties(NPA)
    assert "Company" in parties["FENWICK TOOL CORP."]
    assert own_roles(extract_text(NPA))["FENWICK TOOL CORP."] == "Company"


def test_notes_sold_to_you_are_issued_under_the_letter_agreement() -> None:
    x = extract_text(NPA)
    assert {("FENWICK TOOL CORP.", "Series A Notes"), ("FENWICK TOOL CORP.", "Series B Notes")} <= (
        edges(x, "ISSUES")
    )
    assert ("Series A Notes", "Note Purchase Agreement") in edges(x, "ISSUED_UNDER")


def test_schedule_rows_give_each_purchaser_the_series_they_name() -> None:
    x = extract_text(NPA)
    names = entity_names(x)
    held = {
        (names[r.source].upper(), names[r.target], r.props.get("amount"))
        for r in x.relations
        if r.type == "HOLDS"
    }
    assert held == {
        ("LAKESHORE MUTUAL INSURANCE COMPANY", "Series A Notes", 12000000),
        ("LAKESHORE MUTUAL INSURANCE COMPANY", "Series B Notes", 6000000),
        ("BRAMBLE LIFE ASSURANCE COMPANY", "Series A Notes", 8000000),
        ("BRAMBLE LIFE ASSURANCE COMPANY", "Series B Notes", 4000000),
    }


def test_a_subscriber_and_the_company_it_subscribes_from_are_the_parties() -> None:
    parties = own_parties(SUBSCRIPTION)
    assert "Subscriber" in parties["Marcus J. Delaney"]
    assert "Company" in parties["Sagebrush Minerals Corp."]
    x = extract_text(SUBSCRIPTION)
    assert ("Sagebrush Minerals Corp.", "Unit Warrants") in edges(x, "ISSUES")
    assert ("Marcus J. Delaney", "Unit Warrants") in edges(x, "HOLDS")
