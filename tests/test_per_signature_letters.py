"""A bank's facility letter signed "Per:" (the Canadian and bank-letter form of "By:"), with
a signer's title on the line under the typed name in words that also name a role ("Senior
Account Manager"), and a letter that names itself ("This letter (this "Facility Letter")").
Passages written for these tests (names, amounts and dates are made up)."""

from __future__ import annotations

from tests.passages import OWN, edges, entity_names, extract_text

LETTER = """\
                           WESTHOLM SAVINGS BANK
                         44 Quarry Road, Suite 300
                          Thunder Bay, Ontario

March 3, 2019

Corbel Timber Products Inc.
12 Mill Street
Kenora, Ontario

Dear Ms. Aalto:

Re:   Credit Facilities

The Bank is pleased to confirm that Westholm Savings Bank (the "Bank") has authorized the
following credit facilities in favour of Corbel Timber Products Inc. (the "Borrower"). This
letter (this "Offer Letter") replaces all earlier offers.

1.   OPERATING LINE:   $850,000, payable on demand.

2.   GOVERNING LAW:    This Offer Letter is governed by the laws of the Province of Ontario.

Please confirm your acceptance by signing and returning a copy of this Offer Letter.

Yours truly,

WESTHOLM SAVINGS BANK

Per:  /s/ Arvid P. Lunde
      ------------------------------
      Arvid P. Lunde
      Relationship Manager

Per:  /s/ Odette M. Carrier
      ------------------------------
      Odette M. Carrier
      Senior Credit Officer


ACCEPTED AND AGREED this 9th day of March, 2019.

CORBEL TIMBER PRODUCTS INC.

Per:  /s/ Sanna K. Aalto
      ------------------------------
      Sanna K. Aalto, President
"""


def _signed(text: str) -> dict[str, object]:
    x = extract_text(text)
    n = entity_names(x)
    return {n[r.source]: r.props.get("title") for r in x.relations if r.type == "SIGNED"}


def test_per_lines_sign_like_by_lines() -> None:
    signed = _signed(LETTER)
    assert set(signed) == {"Arvid P. Lunde", "Odette M. Carrier", "Sanna K. Aalto"}
    assert signed["Sanna K. Aalto"] == "President"
    assert signed["Odette M. Carrier"] == "Senior Credit Officer"


def test_a_manager_title_under_the_typed_name_is_no_caption() -> None:
    x = extract_text(LETTER)
    assert _signed(LETTER)["Arvid P. Lunde"] == "Relationship Manager"
    n = entity_names(x)
    roles = {
        n[r.source]: r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and r.target == OWN
    }
    assert "Manager" not in str(roles.get("Corbel Timber Products Inc."))


def test_the_letter_s_own_name_is_an_alias() -> None:
    x = extract_text(LETTER)
    own = next(e for e in x.entities if e.ref == OWN)
    assert "Offer Letter" in own.aliases
    assert ("Westholm Savings Bank", entity_names(x)[OWN]) in edges(x, "PARTY_TO")


def test_per_in_prose_is_no_signature_line() -> None:
    text = LETTER.replace("Per:  /s/ Odette M. Carrier", "Per annum fees apply.")
    assert "Per annum fees apply." not in _signed(text)
