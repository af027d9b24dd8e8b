"""The collateral a credit agreement names by a defined term other than "Collateral":
'"Mortgaged Properties" shall mean all Oil and Gas Properties of the Borrower subject to a Lien
...', '"Pledged Shares" means ...', and a "Collateral" defined by reference ("has the meaning
given thereto in the Security Agreement") or by a colon list ("shall mean: (1) ...")
(:mod:`ingest.relations.security_documents`, rules ``relations.defined_collateral_term`` and
``relations.collateral_definition_head``): passages written for this test."""

from __future__ import annotations

import pytest

from tests.passages import extract_text

_DOC = """CREDIT AGREEMENT

CREDIT AGREEMENT dated as of March 3, 2004 between RIDGELINE ENERGY CORP., a Texas \
corporation (the "Borrower"), and PRAIRIE NATIONAL BANK, a national banking association (the \
"Lender").

1.1 Definitions.

{definition}

"Note" means the promissory note of the Borrower payable to the order of the Lender.

2.1 Loans. The Lender agrees to make loans to the Borrower not to exceed $8,000,000.

IN WITNESS WHEREOF, the parties have executed this Credit Agreement.

RIDGELINE ENERGY CORP.
By: /s/ Dana Wolfe
Title: President

PRAIRIE NATIONAL BANK
By: /s/ Omar Reyes
Title: Vice President
"""


def _secures(definition: str) -> set[tuple[str, str]]:
    x = extract_text(_DOC.format(definition=definition))
    names = {e.ref: str(e.props.get("description") or e.props.get("title")) for e in x.entities}
    return {(names[r.source], names[r.target]) for r in x.relations if r.type == "SECURES"}


@pytest.mark.parametrize(
    ("definition", "asset"),
    [
        (
            '"Mortgaged Properties" shall mean all Oil and Gas Properties of the Borrower which '
            "are subject to a first priority Lien in favor of the Lender.",
            "Mortgaged Properties",
        ),
        (
            '"MORTGAGED PROPERTY" means each parcel of real property of the Borrower described '
            "in Schedule 4.",
            "Mortgaged Property",
        ),
        (
            '"First Mortgaged Properties" means all real properties owned by the Borrower with '
            "respect to which the Lender has a first priority mortgage.",
            "First Mortgaged Properties",
        ),
        (
            '"Pledged Shares" means all of the issued and outstanding capital stock of each '
            "Subsidiary of the Borrower.",
            "Pledged Shares",
        ),
        (
            '"Collateral" has the meaning given thereto in the Security Agreement.',
            "Collateral",
        ),
        (
            '"Collateral" shall mean: (1) the Deposit Account (as defined in the Security '
            "Agreement) and (2) all proceeds thereof.",
            "Collateral",
        ),
    ],
)
def test_a_defined_collateral_term_secures_the_credit_agreement(
    definition: str, asset: str
) -> None:
    assert (asset, "Credit Agreement") in _secures(definition)


@pytest.mark.parametrize(
    "definition",
    [
        # a value of the properties, not the properties
        '"Mortgaged Property Value" means the appraised value of the real property of the '
        "Borrower.",
        # the document, not what it covers (its own readers)
        '"Pledge Agreement" means the pledge agreement of even date herewith.',
        # a "Collateral" defined by no lien, pledge or security
        '"Collateral" has the meaning given thereto in Section 4.2.',
    ],
)
def test_near_misses_secure_nothing_by_their_term(definition: str) -> None:
    assert not {s for s in _secures(definition) if s[1] == "Credit Agreement"} & {
        ("Mortgaged Property Value", "Credit Agreement"),
        ("Collateral", "Credit Agreement"),
        ("Pledge Agreement", "Credit Agreement"),
    }


def test_the_mortgaged_and_pledged_terms_a_collateral_definition_lists_secure_too() -> None:
    found = _secures(
        '"Collateral" shall mean, collectively, (i) the Mortgaged Properties, (ii) the Pledged '
        "Shares and (iii) any other property subject to a Lien in favor of the Lender."
    )
    assert {
        ("Collateral", "Credit Agreement"),
        ("Mortgaged Properties", "Credit Agreement"),
        ("Pledged Shares", "Credit Agreement"),
    } <= found


def test_a_listed_term_of_no_collateral_definition_secures_nothing() -> None:
    found = _secures(
        '"Borrowing Base" means the loan value of the Mortgaged Properties and of the Pledged '
        "Shares, as determined by the Lender."
    )
    assert not {a for a, _ in found} & {"Mortgaged Properties", "Pledged Shares"}
