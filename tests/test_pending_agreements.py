"""An agreement a definition names by its parties though it is still to be signed: ""General
Security Agreement" means the general security agreement to be entered into on or before the
date hereof between the Borrower and the Lender" (:mod:`ingest.relations.agreements_between`)."""

from __future__ import annotations

from tests.passages import edges, extract_text

_HEAD = """LOAN AGREEMENT

THIS LOAN AGREEMENT is dated as of June 4, 2014 and made between PINE RIDGE ENERGY INC., a
corporation existing under the laws of Nova Scotia (the "Borrower"), and ATLANTIC HOLDINGS
LIMITED, a corporation existing under the laws of Ontario (the "Lender").

1. DEFINITIONS

"""


def test_a_security_agreement_to_be_entered_into_between_the_parties() -> None:
    x = extract_text(
        _HEAD + '"General Security Agreement" means the general security agreement to be '
        "entered into on or before the date hereof between the Borrower and the Lender.\n"
    )
    assert edges(x, "PARTY_TO") >= {
        ("PINE RIDGE ENERGY INC.", "General Security Agreement"),
        ("ATLANTIC HOLDINGS LIMITED", "General Security Agreement"),
    }
    [kind] = [
        e.props["kind"] for e in x.entities if e.props.get("title") == "General Security Agreement"
    ]
    assert kind == "security_agreement"


def test_an_agreement_to_be_executed_on_the_closing_date() -> None:
    x = extract_text(
        _HEAD + '"Pledge Agreement" means the share pledge agreement to be executed on the '
        "Closing Date between the Borrower and the Lender.\n"
    )
    assert ("PINE RIDGE ENERGY INC.", "Pledge Agreement") in edges(x, "PARTY_TO")


def test_a_definition_by_title_is_left_to_the_reference_readers() -> None:
    x = extract_text(
        _HEAD + '"Fee Letter" means the letter to be entered into between the Borrower and the '
        "Lender.\n"
    )
    assert not any(t == "Fee Letter" for _, t in edges(x, "PARTY_TO"))


def test_the_definition_names_the_agreement_another_reader_found_by_that_title() -> None:
    x = extract_text(
        _HEAD + "The Borrower has delivered the Borrower Security Agreement dated as of June 4, "
        "2014 between the Borrower and the Lender.\n\n"
        '"Borrower Security Agreement" means that certain security agreement between Borrower '
        "and Lender dated as of the date hereof.\n"
    )
    titled = [e for e in x.entities if e.props.get("title") == "Borrower Security Agreement"]
    assert len(titled) == 1
