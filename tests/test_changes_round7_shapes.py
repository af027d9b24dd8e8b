"""The shapes round seven's blind passages (``tests/changes_round7``) showed the change reader
missing, each in passages of its own: two variants in different words and a near miss.

- a covenant "not to agree to amend" a section ("The Borrower shall not agree to amend Section
  6 of the Subordination Agreement"): the active operative phrase hedged, no change;
- a quoted new wording closed by its item's joiner ('... hereto."; and' then "(iii)"): the
  wording ends at its closing quote;
- a table of changes whose heading names the agreement ("Provision of Lease") and whose rows
  give each provision's heading ("Section 3.1 (Base Rent)"), the heading filling its column.
"""

from __future__ import annotations

import pytest

from tests.changes_round5.case import amendment, predicted


def _lease(body: str) -> str:
    return amendment(
        "Second Amendment to Office Lease",
        "Office Lease",
        "Lease",
        body,
        first="RIVERCREST TOWER OWNER LLC",
        first_alias="Landlord",
        second="MOSSGROVE GENOMICS, INC.",
        second_alias="Tenant",
        date="April 4, 2012",
        base_date="June 30, 2007",
    )


def _distribution(body: str) -> str:
    return amendment(
        "Amendment No. 3 to Distribution Agreement",
        "Distribution Agreement",
        "Distribution Agreement",
        body,
        first="THORNBURY AUDIO PRODUCTS, INC.",
        first_alias="Supplier",
        second="KESSLER ELECTRONICS GMBH",
        second_alias="Distributor",
        date="January 20, 2015",
        base_date="October 1, 2011",
    )


@pytest.mark.parametrize(
    "covenant",
    [
        "The Supplier shall not agree to amend Section 6 of the Supply Agreement with any "
        "third party without the Distributor's prior written consent.",
        "The Distributor will not hereafter agree to amend Article 4 of its Sub-Distribution "
        "Agreement in any manner adverse to the Supplier.",
    ],
)
def test_a_covenant_not_to_agree_to_amend_changes_nothing(covenant: str) -> None:
    text = _distribution(
        '1. Section 2.1 of the Distribution Agreement is amended by deleting "Canada" and '
        f'inserting "Canada and Mexico" in lieu thereof.\n\n2. Covenant. {covenant}\n'
    )
    assert predicted(text).keys() == {("section:2.1", "amend", "Canada and Mexico")}


def test_the_parties_agreeing_to_amend_a_section_still_change_it() -> None:
    text = _distribution(
        "1. The parties hereby agree to amend Section 9.2 of the Distribution Agreement to "
        'read as follows: "9.2 Term. This Agreement shall expire on December 31, 2019."\n'
    )
    assert predicted(text).keys() == {
        ("section:9.2", "replace", "9.2 Term. This Agreement shall expire on December 31, 2019.")
    }


_NOTICE = "6.4 Notices. Notices shall be given by courier to the addresses on the cover page."
_TERRITORY = "Exhibit A lists the Territory."


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (f'(i) Section 6.4 is hereby amended to read as follows:\n\n"{_NOTICE}"; and', "(ii)"),
        (f'(a) Section 6.4 is deleted and replaced with the following:\n\n"{_NOTICE}"; or', "(b)"),
    ],
)
def test_a_quoted_wording_closed_by_its_items_joiner(first: str, second: str) -> None:
    text = _distribution(
        "1. The Distribution Agreement is amended as follows:\n\n"
        f"{first}\n\n{second} Section 8.3 of the Distribution Agreement is hereby deleted.\n"
    )
    assert predicted(text).keys() == {
        ("section:6.4", "replace", _NOTICE),
        ("section:8.3", "delete", None),
    }


def test_a_quoted_wording_followed_by_words_of_its_paragraph_is_not_cut_at_the_quote() -> None:
    text = _distribution(
        "1. Section 6.4 of the Distribution Agreement is amended to read as follows:\n\n"
        f'"{_NOTICE}" {_TERRITORY}\n'
    )
    got = predicted(text)
    assert [k[:2] for k in got] == [("section:6.4", "replace")]
    assert all(k[2] != _NOTICE for k in got)


@pytest.mark.parametrize(
    "table",
    [
        "Provision of Lease             Current                        As Amended\n"
        "Section 5.1 (Monthly Rent)     $18,000                        $19,250\n"
        "Section 2.3 (Term)             sixty (60) months              eighty-four (84) months\n",
        "Section of the Lease    Existing Text    New Text\n"
        "5.1 (Monthly Rent) $18,000       $19,250\n"
        "2.3 (Term) sixty (60) months     eighty-four (84) months\n",
    ],
)
def test_a_table_of_changes_naming_the_lease_and_the_headings(table: str) -> None:
    text = _lease(
        f"1. The Lease is hereby amended as shown in the following table:\n\n{table}\n"
        "2. Brokers. Tenant represents that it dealt with no broker.\n"
    )
    assert predicted(text).keys() == {
        ("section:5.1", "amend", "$19,250"),
        ("section:2.3", "amend", "eighty-four (84) months"),
    }


def test_a_table_without_a_column_of_new_words_changes_nothing() -> None:
    text = _lease(
        "1. Rent. The Monthly Rent is payable as shown in the following table:\n\n"
        "Provision of Lease             Period                         Monthly Rent\n"
        "Section 5.1 (Monthly Rent)     Months 1-12                    $18,000\n"
    )
    assert predicted(text) == {}
