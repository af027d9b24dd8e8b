"""Guarantors whose guaranties the text names only in the plural: "The undersigned, not parties
to the Credit Agreement but as Guarantors under Guarantees executed in favor of the Bank, each
hereby accept and agree to the terms of the foregoing Amendment", "with respect to the
Guaranties". The set is one agreement (as a singular title would be) and each guarantor
signing below is party to it; a singular title the text also writes is preferred.

Passages written for the test in the shape of 1990s amendments whose subsidiaries accept under
the banks' signatures; never copied from a filing.
"""

from __future__ import annotations

import pytest

from tests.passages import edges, entity_names, extract_text

_AMENDMENT = """AMENDMENT NO. 2 TO CREDIT AGREEMENT

This Amendment No. 2 to Credit Agreement (this "Amendment") is made this 9th day of June, 1999
by and among TALBOT SYSTEMS INC., a Delaware corporation (the "Borrower") and MERIDIAN BANK,
N.A., a national banking association (the "Bank").

RECITALS:

(A) The Borrower and the Bank are parties to a Credit Agreement dated as of April 2, 1997
(the "Credit Agreement");

SECTION 1. Section 6.1 of the Credit Agreement is hereby amended by deleting "$5,000,000".

SECTION 2. {body}

IN WITNESS WHEREOF, each of the undersigned has executed this Amendment as of the date first
above written.

TALBOT SYSTEMS INC.

By: /s/ Ruth Ames
Name: Ruth Ames
Title: Treasurer

MERIDIAN BANK, N.A.

By: /s/ Omar Hale
Name: Omar Hale
Title: Vice President


{acceptance}

PIKE VALLEY CORPORATION

By: /s/ Ruth Ames
Name:
Title:

TALBOT HOLDINGS, LLC

By: /s/ Ruth Ames
Name:
Title:
"""
_GUARANTORS = ("PIKE VALLEY CORPORATION", "TALBOT HOLDINGS, LLC")


@pytest.mark.parametrize(
    ("body", "acceptance", "title"),
    [
        (
            "The Borrower represents that no Default exists.",
            "The undersigned, not parties to the Credit Agreement but as Guarantors\nunder"
            " Guarantees executed in favor of the Bank, each hereby accept and agree to\nthe"
            " terms of the foregoing Amendment.",
            "Guarantees",
        ),
        (
            "Each of the Subsidiary Guaranties continues in full force and effect.",
            "Each of the undersigned, as a guarantor under the Subsidiary Guaranties, hereby"
            " consents to the foregoing Amendment.",
            "Subsidiary Guaranties",
        ),
    ],
)
def test_guaranties_named_in_the_plural_are_one_agreement_of_the_guarantors(
    body: str, acceptance: str, title: str
) -> None:
    x = extract_text(_AMENDMENT.format(body=body, acceptance=acceptance))
    assert title in entity_names(x).values()
    assert {(g, title) for g in _GUARANTORS} <= edges(x, "PARTY_TO")
    assert {(g, "Credit Agreement") for g in _GUARANTORS} <= edges(x, "SECURES")


def test_a_singular_guaranty_title_is_preferred_to_the_plural() -> None:
    # near miss: the text names "the Guaranty" too: the guarantors are party to it, and the
    # plural names no second agreement
    x = extract_text(
        _AMENDMENT.format(
            body="The Borrower confirms that the Guaranty remains in full force and effect.",
            acceptance="The undersigned, as Guarantors under the Guaranties, each hereby consent"
            " to the foregoing Amendment.",
        )
    )
    titles = set(entity_names(x).values())
    assert "Guaranty" in titles
    assert "Guaranties" not in titles
    assert {(g, "Guaranty") for g in _GUARANTORS} <= edges(x, "PARTY_TO")
