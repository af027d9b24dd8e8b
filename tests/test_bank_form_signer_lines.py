"""A commercial lender's loan form types each signer as "Name, Title of Company" under the
"By:" line and wraps the company's name onto the next line ("Hollis J. Brandt, President of
Juniper" / "Valley Orchards, Inc."): the title ends before "of", the next line is the rest of
the company's name and no company of its own, and a block with no company line above it
(the second column) signs for the company its title names. Passages written for these tests."""

from __future__ import annotations

from tests.passages import entity_names, extract_text

FORM = """\
                              BUSINESS LOAN AGREEMENT

 THIS BUSINESS LOAN AGREEMENT dated June 2, 2018, is made and executed between Juniper Valley
 Orchards, Inc. ("Borrower") and Sawtooth Community Bank ("Lender") on the following terms and
 conditions.

 LINE OF CREDIT. Lender will make advances to Borrower up to $400,000.00.

 GOVERNING LAW. This Agreement will be governed by the laws of the State of Idaho.

 BORROWER:

 JUNIPER VALLEY ORCHARDS, INC.


 By: /s/ Hollis J. Brandt                       By: /s/ Pilar N. Echevarria
     ---------------------------------------        ---------------------------------------
     Hollis J. Brandt, President of Juniper         Pilar N. Echevarria, Treasurer of Juniper
     Valley Orchards, Inc.                          Valley Orchards, Inc.

 LENDER:

 SAWTOOTH COMMUNITY BANK


 By: /s/ Warren D. Okafor
     ---------------------------------------
     Warren D. Okafor, Vice President
"""


def _signed() -> dict[str, tuple[object, object]]:
    x = extract_text(FORM)
    n = entity_names(x)
    return {
        n[r.source]: (r.props.get("title"), n.get(str(r.props.get("on_behalf_of"))))
        for r in x.relations
        if r.type == "SIGNED"
    }


def test_the_title_ends_before_the_company_it_names() -> None:
    signed = _signed()
    assert signed["Hollis J. Brandt"] == ("President", "Juniper Valley Orchards, Inc.")
    assert signed["Warren D. Okafor"] == ("Vice President", "Sawtooth Community Bank")


def test_the_second_column_signs_for_the_company_its_title_names() -> None:
    assert _signed()["Pilar N. Echevarria"] == ("Treasurer", "Juniper Valley Orchards, Inc.")


def test_the_wrapped_rest_of_the_name_is_no_party() -> None:
    names = set(entity_names(extract_text(FORM)).values())
    assert "Valley Orchards, Inc." not in names


DIVISION = """\
 IN WITNESS WHEREOF, the parties have executed this Agreement.

 SAWTOOTH COMMUNITY BANK

 By: /s/ Warren D. Okafor
     ---------------------------------------
     Warren D. Okafor, Vice President of Agricultural
     Lending
"""


def test_a_title_of_a_division_names_no_company() -> None:
    x = extract_text(FORM.split(" LENDER:")[0] + " LENDER:\n\n" + DIVISION)
    n = entity_names(x)
    titles = {n[r.source]: r.props.get("title") for r in x.relations if r.type == "SIGNED"}
    assert titles["Warren D. Okafor"] != "Vice President"
    assert "Lending" not in n.values()


SIGNER = """\
 IN WITNESS WHEREOF, the parties have executed this Agreement.

 LENDER:

 SAWTOOTH COMMUNITY BANK


 By: /s/ Warren D. Okafor
     ---------------------------------------
     Authorized Signer
"""


def test_an_authorized_signer_line_is_the_title() -> None:
    x = extract_text(FORM.split(" LENDER:")[0] + SIGNER)
    n = entity_names(x)
    titles = {n[r.source]: r.props.get("title") for r in x.relations if r.type == "SIGNED"}
    assert titles["Warren D. Okafor"] == "Authorized Signer"
