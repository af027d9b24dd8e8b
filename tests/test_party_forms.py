"""A party's legal form and jurisdiction, as drafting states them: a descriptor after the name
wherever the name stands (preamble, a list of guarantors, a signature page), a country written
as its adjective, and a bank known by its name (the graph model's ``bank``: national
associations, branches of foreign banks, trust companies). Passages written for this test."""

from __future__ import annotations

import pytest

from ingest.parties.forms import stated_form, suffix_type
from tests.passages import extract_text


@pytest.mark.parametrize(
    ("name", "entity_type"),
    [
        ("Heartland Bank, National Association", "bank"),
        ("Prairie State Bank of Illinois, N. A.", "bank"),
        ("Banque Lorraine S.A., Houston Branch", "bank"),
        ("Eastbrook Trust Company of New York", "bank"),
        ("Kessler Banking Corporation", "bank"),
        ("Ridgeline Capital Trust", "trust"),
        ("Orchard Foods, Inc.", "corporation"),
        ("Banker Steel Holdings LLC", "llc"),
        ("The Bancshares Group, Inc.", "corporation"),
    ],
)
def test_a_name_alone_states_its_form(name: str, entity_type: str) -> None:
    assert suffix_type(name) == entity_type


@pytest.mark.parametrize(
    ("descriptor", "form"),
    [
        (", a Japanese corporation", {"entity_type": "corporation", "jurisdiction": "Japan"}),
        (", an Alberta corporation", {"entity_type": "corporation", "jurisdiction": "Alberta"}),
        (", a national banking association", {"entity_type": "bank"}),
        (", a New York trust company", {"entity_type": "bank", "jurisdiction": "New York"}),
        (", a Georgia state-chartered bank", {"entity_type": "bank", "jurisdiction": "Georgia"}),
        (
            ", a corporation organized under the laws of the State of Ohio",
            {"entity_type": "corporation", "jurisdiction": "Ohio"},
        ),
        # an offshore fund's form, with its register's "exempted" (or "exempt") status
        (
            ", a Cayman Islands exempted limited partnership",
            {"entity_type": "lp", "jurisdiction": "Cayman Islands"},
        ),
        (
            ", a Bermuda exempt company",
            {"entity_type": "company", "jurisdiction": "Bermuda"},
        ),
    ],
)
def test_a_descriptor_states_form_and_jurisdiction(descriptor: str, form: dict) -> None:
    assert stated_form(descriptor, 0, len(descriptor)) == form


def test_an_exempted_status_alone_names_no_place() -> None:
    # near miss: "exempted" is a status, not a jurisdiction, when no place stands before it
    descriptor = ", an exempted limited partnership"
    assert stated_form(descriptor, 0, len(descriptor)) == {"entity_type": "lp"}


GUARANTORS_SIGN = """SUBSIDIARY GUARANTY

THIS SUBSIDIARY GUARANTY (this "Guaranty") is made as of April 2, 2008 by each of the
undersigned (each a "Guarantor") in favor of HEARTLAND BANK, NATIONAL ASSOCIATION (the
"Lender").

1. Guaranty. Each Guarantor hereby unconditionally guarantees to the Lender the payment of
all obligations of Kestrel Foods, Inc. under the Loan Agreement dated as of April 2, 2008.

IN WITNESS WHEREOF, each Guarantor has executed this Guaranty as of the date first written
above.

GUARANTORS:

Kestrel Bakeries, Inc., an Ohio corporation
Kestrel Transport LLC, a Delaware limited liability company
Kestrel Foods Canada Ltd., an Ontario corporation

By: /s/ Laura Penn
Name: Laura Penn
Title: Treasurer
"""


def test_guarantors_listed_with_descriptors_on_the_signature_page_keep_their_forms() -> None:
    x = extract_text(GUARANTORS_SIGN)
    forms = {
        str(e.props.get("name")): (e.props.get("entity_type"), e.props.get("jurisdiction"))
        for e in x.entities
        if e.label == "Party"
    }
    assert forms["Kestrel Bakeries, Inc."] == ("corporation", "Ohio")
    assert forms["Kestrel Transport LLC"] == ("llc", "Delaware")
    assert forms["Kestrel Foods Canada Ltd."] == ("corporation", "Ontario")
    assert forms["HEARTLAND BANK, NATIONAL ASSOCIATION"][0] == "bank"


def test_a_preamble_descriptor_naming_a_country_by_its_adjective_gives_the_country() -> None:
    x = extract_text(
        "DISTRIBUTION AGREEMENT\n\nThis Distribution Agreement is made as of June 1, 2012 by "
        'and between Sakura Trading Co., Ltd., a Japanese corporation ("Sakura"), and Brightline '
        'Medical GmbH, a German limited liability company ("Brightline").\n'
    )
    places = {
        str(e.props.get("name")): e.props.get("jurisdiction")
        for e in x.entities
        if e.label == "Party"
    }
    assert places["Sakura Trading Co., Ltd."] == "Japan"
    assert places["Brightline Medical GmbH"] == "Germany"


@pytest.mark.parametrize(
    ("descriptor", "jurisdiction", "entity_type"),
    [
        ("a company incorporated in England and Wales", "England and Wales", "company"),
        (
            "a private limited liability company (besloten vennootschap) organized under the laws "
            "of the Netherlands",
            "Netherlands",
            "llc",
        ),
        ("(a Georgia corporation)", "Georgia", "corporation"),
        ("a sociedad anonima organized under the laws of Mexico", "Mexico", "company"),
        ("a Maryland real estate investment trust", "Maryland", "trust"),
        ("a corporation organized and existing under the laws of the State of Iowa", "Iowa", None),
    ],
)
def test_descriptors_in_their_other_shapes(
    descriptor: str, jurisdiction: str, entity_type: str | None
) -> None:
    """The form and place however the descriptor states them: in brackets, with a foreign form,
    "incorporated in" a country, a form's local name in brackets before the place."""
    x = extract_text(
        "LOAN AGREEMENT\n\nThis LOAN AGREEMENT dated as of March 1, 2004 is between TALON "
        f'WIDGETS, INC., {descriptor} (the "Borrower"), and FIRST RIVER BANK, a Missouri banking '
        'corporation (the "Bank").\n\n1. Loan. The Bank shall lend to the Borrower.\n'
    )
    talon = next(e for e in x.entities if str(e.props.get("name")).startswith("TALON"))
    assert talon.props.get("jurisdiction") == jurisdiction
    assert talon.props.get("entity_type") == (entity_type or "corporation")
