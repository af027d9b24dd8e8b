"""A document that is a supplemental indenture is of that kind and AMENDS the base indenture
it recites (:mod:`ingest.references.supplemental_indentures`, :mod:`ingest.agreements.kinds`):
passages written for this test, and round eight's written supplemental indenture."""

from __future__ import annotations

from pathlib import Path

from tests.passages import edges, extract_text

_ROOT = Path(__file__).resolve().parent.parent

_FIRST = """FIRST SUPPLEMENTAL INDENTURE

FIRST SUPPLEMENTAL INDENTURE, dated as of June 3, 2013, between QUILLMOOR RAIL CORP., a \
Delaware corporation (the "Company"), and ASHGROVE TRUST COMPANY, as trustee (the "Trustee").

The Company and the Trustee are parties to an Indenture, dated as of January 8, 2010 (the \
"Base Indenture"), providing for the issuance of debt securities in series.

Section 1. The Company hereby establishes a series of Securities designated its 5.25% Senior \
Notes due 2023.

QUILLMOOR RAIL CORP.
By: /s/ Dean Holt
Title: Treasurer
"""

_NUMBERED = """SUPPLEMENTAL INDENTURE NO. 3

THIS SUPPLEMENTAL INDENTURE NO. 3 dated as of October 1, 2016 is entered into by TARNWELL \
UTILITIES, INC., an Ohio corporation (the "Issuer"), and MERCER BANK, N.A., as trustee (the \
"Trustee"), to the Senior Indenture dated as of April 2, 2012 between the Issuer and the \
Trustee (the "Senior Indenture").

TARNWELL UTILITIES, INC.
By: /s/ Lena Park
Title: Chief Financial Officer
"""


def _own(text: str) -> tuple[object, set[tuple[str, str]]]:
    x = extract_text(text)
    own = next(e for e in x.entities if e.label == "Agreement" and "upplemental" in str(e.props))
    return own.props.get("kind"), edges(x, "AMENDS")


def test_a_first_supplemental_indenture_supplements_the_indenture_it_recites() -> None:
    kind, amends = _own(_FIRST)
    assert kind == "supplemental_indenture"
    assert ("First Supplemental Indenture", "Indenture") in amends


def test_a_numbered_supplemental_indenture_supplements_its_senior_indenture() -> None:
    kind, amends = _own(_NUMBERED)
    assert kind == "supplemental_indenture"
    assert ("Supplemental Indenture No. 3", "Senior Indenture") in amends


def test_no_base_is_guessed_between_two_recited_indentures() -> None:
    two = _NUMBERED.replace(
        'Trustee (the "Senior Indenture").',
        'Trustee (the "Senior Indenture") and to the Subordinated Indenture dated as of May 5, '
        "2012 between the Issuer and the Trustee.",
    )
    _, amends = _own(two)
    assert not any(s.startswith("Supplemental Indenture") for s, _ in amends)


def test_round_eight_supplemental_indenture_amends_its_base() -> None:
    path = _ROOT / "tests/gold_written/docs/r8ins_suppind_harrowfield.txt"
    kind, amends = _own(path.read_text())
    assert kind == "supplemental_indenture"
    assert ("First Supplemental Indenture", "Indenture") in amends
