"""Companies the body lists, each with its descriptor, as the members of a class of the own
agreement's parties that the opening names only by its term (issue #13).

Each passage is written in the general shape, not copied from a filing: the opening makes
"the Subsidiaries of the Company party hereto (together with the Company, the "Debtors")"
parties, and a section in the middle of the document, near a schedule, says who they are in
running text, several companies per wrapped line ("The Debtors on the date hereof are the
Company, Quillon Housewares, Inc., a Delaware corporation, ..."). The near misses: a class
the opening does not name, a class said to be something else ("are jointly and severally
liable"), a list of one company.
"""

from __future__ import annotations

from tests.passages import edges, extract_text, own_roles

DEBTORS = """AMENDED AND RESTATED SECURITY AGREEMENT

THIS AMENDED AND RESTATED SECURITY AGREEMENT (this "Agreement") is entered into as of \
February 11, 2009 by PELLHAM BRANDS, INC., a Delaware corporation (the "Company"), the \
Subsidiaries of the Company party hereto (together with the Company, the "Debtors"), and \
LOCKWOOD BANK, N.A., as agent (the "Agent").

1. Grant. Each Debtor hereby grants to the Agent a security interest in all of its Accounts \
and Inventory (the "Collateral") to secure the Obligations under the Loan Agreement dated as \
of February 11, 2009 among the Company, the lenders party thereto and the Agent.

2. Debtors. The Debtors on the date hereof are the Company, Quillon
Housewares, Inc., a Delaware corporation, Ravenna Textile Mills, Inc., a North
Carolina corporation, Sable Creek Outfitters, LLC, an Oregon limited liability
company, and Ulmer Glass Works, L.P., an Ohio limited partnership, each of which
has its chief executive office at the address set forth in Schedule 2.

SCHEDULE 2

Pellham Brands, Inc. - 400 Mill Street, Dover, DE 19901

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.

PELLHAM BRANDS, INC.

By: /s/ Kyle Westover
Name: Kyle Westover
Title: Chief Executive Officer
"""

GUARANTORS = """GUARANTY AGREEMENT

This GUARANTY AGREEMENT, dated as of June 30, 2012, is made by the Persons listed in \
Section 7 (the "Subsidiary Guarantors") in favor of MARROWAY BANK, as administrative agent \
(the "Agent"), for the benefit of the Lenders under the Credit Agreement dated as of June 30, \
2012 among Bexley Tools Corp., the Lenders and the Agent.

1. Guaranty. Each Subsidiary Guarantor guarantees the Obligations.

7. Parties. The Subsidiary Guarantors as of the Closing Date consist of: Corran Forge, LLC, \
a Texas limited liability company; Delmont Wire Co., an Ohio corporation; and Esker Steel \
Holdings, Inc., a Nevada corporation.
"""

FOLLOWING = """JOINDER AND GUARANTY AGREEMENT

This JOINDER AND GUARANTY AGREEMENT, dated as of August 8, 2014, is made by the Subsidiaries \
of Norland Foods Corp. named in Section 3 (each a "Guarantor") in favor of CASTLETON BANK, as \
agent (the "Agent").

1. Guaranty. Each Guarantor guarantees the Obligations under the Credit Agreement.

3. The following Subsidiaries are Guarantors on the date hereof: Fenwick Dairy, Inc., a
Vermont corporation, Glenrock Cold Storage, LLC, a New Hampshire limited liability company,
and Hartwell Bottling Co., a Maine corporation.

SCHEDULE A

Notice Addresses
"""

NEAR_MISSES = """PLEDGE AGREEMENT

This PLEDGE AGREEMENT, dated as of March 3, 2010, is made by HOLLIS GROUP, INC., a Delaware \
corporation (the "Pledgor"), in favor of TAVERNER BANK (the "Secured Party").

1. The Issuers are Wexcombe Mills, Inc., a Delaware corporation, and Yarrow Paper Co., \
a Maine corporation, whose shares are pledged hereunder.

2. The Pledgors are Hollis Group, Inc., a Delaware corporation.

3. The Secured Parties are jointly and severally entitled to the rights hereunder.
"""


def test_the_companies_a_body_sentence_says_a_class_consists_of_are_its_parties() -> None:
    x = extract_text(DEBTORS)
    roles = own_roles(x)
    for name in (
        "Quillon Housewares, Inc.",
        "Ravenna Textile Mills, Inc.",
        "Sable Creek Outfitters, LLC",
        "Ulmer Glass Works, L.P.",
    ):
        assert roles[name] == "Debtor"
    jurisdictions = {
        str(e.props["name"]): e.props.get("jurisdiction") for e in x.entities if e.label == "Party"
    }
    assert jurisdictions["Ravenna Textile Mills, Inc."] == "North Carolina"
    assert jurisdictions["Sable Creek Outfitters, LLC"] == "Oregon"
    assert ("Ulmer Glass Works, L.P.", "Loan Agreement") in edges(x, "SECURES")


def test_a_list_in_semicolons_after_consist_of_is_read_too() -> None:
    roles = own_roles(extract_text(GUARANTORS))
    for name in ("Corran Forge, LLC", "Delmont Wire Co.", "Esker Steel Holdings, Inc."):
        assert roles[name] == "Subsidiary Guarantor"


def test_classes_the_opening_does_not_name_and_lists_of_one_make_no_party() -> None:
    x = extract_text(NEAR_MISSES)
    parties = {s for s, _ in edges(x, "PARTY_TO")}
    assert "Wexcombe Mills, Inc." not in parties and "Yarrow Paper Co." not in parties
    assert own_roles(x).get("Hollis Group, Inc.") == "Pledgor"


def test_the_following_companies_said_to_be_a_class_the_opening_names_are_its_parties() -> None:
    roles = own_roles(extract_text(FOLLOWING))
    for name in ("Fenwick Dairy, Inc.", "Glenrock Cold Storage, LLC", "Hartwell Bottling Co."):
        assert roles[name] == "Guarantor"
