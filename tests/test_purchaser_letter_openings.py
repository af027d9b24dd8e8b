"""A note purchase agreement written as a letter to purchasers a schedule lists: "Ladies and
Gentlemen: / HOLLIS MARINE GROUP, INC., a Maine corporation (the "Company"), agrees with each of
the purchasers listed in the attached Schedule A (each, a "Purchaser" and, collectively, the
"Purchasers") as follows:", with each purchaser's address under its row of Schedule A.

The paragraph opens the agreement as a preamble does (the Company's form and role); each row of
the schedule that states a sum is a purchaser, the address lines under it are none. Passages
written for this test in the general shape of a private-placement note purchase agreement."""

from __future__ import annotations

from tests.passages import edges, entity_names, extract_text, own_roles

NPA = (
    "                        HOLLIS MARINE GROUP, INC.\n\n"
    "              $18,000,000 7.40% Senior Notes due March 1, 2012\n\n"
    "                         NOTE PURCHASE AGREEMENT\n\n"
    "                        Dated as of March 1, 2002\n\n"
    "To each of the Purchasers listed\n  in Schedule A hereto:\n\n"
    "Ladies and Gentlemen:\n\n"
    '     HOLLIS MARINE GROUP, INC., a Maine corporation (the "Company"), agrees with each of\n'
    'the purchasers listed in the attached Schedule A (each, a "Purchaser" and, collectively,\n'
    'the "Purchasers") as follows:\n\n'
    "1.   AUTHORIZATION OF NOTES. The Company will authorize the issue and sale of $18,000,000\n"
    'aggregate principal amount of its 7.40% Senior Notes due March 1, 2012 (the "Notes").\n\n'
    "2.   SALE AND PURCHASE OF NOTES. The Company will issue and sell to each Purchaser and each\n"
    "Purchaser will purchase from the Company Notes in the principal amount specified opposite\n"
    "such Purchaser's name in Schedule A.\n\n"
    "                                   HOLLIS MARINE GROUP, INC.\n\n"
    "                                   By /s/ Ezra L. Pomeroy\n"
    "                                      Name: Ezra L. Pomeroy\n"
    "                                      Title: Treasurer\n\n"
    "                                   SCHEDULE A\n\n"
    "                     INFORMATION RELATING TO PURCHASERS\n\n"
    "NAME AND ADDRESS OF PURCHASER                        PRINCIPAL AMOUNT\n\n"
    "BAYVIEW FRATERNAL LIFE ASSOCIATION                      $10,000,000\n"
    "400 Harbor Street\n"
    "Portland, Maine 04101\n\n"
    "COPPERLINE ANNUITY COMPANY                               $8,000,000\n"
    "c/o Sentry Hill Advisors, Inc.\n"
    "Hartford, Connecticut 06103\n"
)

PURCHASERS = {"BAYVIEW FRATERNAL LIFE ASSOCIATION", "COPPERLINE ANNUITY COMPANY"}


def test_the_letter_opening_names_the_company_and_its_role() -> None:
    x = extract_text(NPA)
    roles = own_roles(x)
    assert roles["HOLLIS MARINE GROUP, INC."] == "Company"
    company = next(e for e in x.entities if e.props.get("name") == "HOLLIS MARINE GROUP, INC.")
    assert company.props.get("jurisdiction") == "Maine"


def test_each_row_that_states_a_sum_is_a_purchaser_and_its_address_is_none() -> None:
    x = extract_text(NPA)
    roles = own_roles(x)
    assert {n for n, r in roles.items() if r == "Purchaser"} == PURCHASERS
    names = set(entity_names(x).values())
    assert not any("Portland" in n or "Hartford" in n or "Harbor Street" in n for n in names)


def test_the_purchasers_hold_and_lend_on_the_notes() -> None:
    x = extract_text(NPA)
    assert {h for h, _ in edges(x, "HOLDS")} == PURCHASERS
    assert {(p, "HOLLIS MARINE GROUP, INC.") for p in PURCHASERS} <= edges(x, "LENDS_TO")
