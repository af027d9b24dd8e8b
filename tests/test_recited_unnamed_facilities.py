"""A consent, amendment or guaranty recites the credit agreement it concerns and the one
facility it provides by its common noun alone, named once and in lower case ("pursuant to which
the Bank extended to the Company the revolving credit facility described therein"): a credit
facility ISSUED_UNDER the recited agreement, titled by its noun, with the limit stated after it
(rules ``instruments.recited_unnamed_facility`` and ``instruments.recited_unnamed_facility_limit``
of :mod:`ingest.instruments.recited_facilities`).
A facility named by a term is the named reader's; loans and accommodations are no facility.
Passages written for this test in two wordings, near misses, and round sixteen's consent."""

from __future__ import annotations

from pathlib import Path

from tests.passages import facility_facts

_ROOT = Path(__file__).resolve().parent.parent

_CONSENT = """CONSENT AND AMENDMENT

This CONSENT AND AMENDMENT (this "Consent") is made as of August 8, 2016 between KETTLE \
RIDGE OUTFITTERS, INC., a Vermont corporation (the "Borrower"), and GREEN MOUNTAIN MERCHANTS \
BANK (the "Bank").

WHEREAS, the Borrower and the Bank are parties to a Credit Agreement dated as of July 1, 2014 \
(the "Credit Agreement"), {recital};

NOW, THEREFORE, the Bank consents to the sale of the Borrower's Rutland store, and Section 6.4 \
of the Credit Agreement is amended by replacing "$500,000" with "$750,000".

This Consent is governed by the laws of the State of Vermont.

KETTLE RIDGE OUTFITTERS, INC.
By: /s/ Nora Gagnon
Title: President

GREEN MOUNTAIN MERCHANTS BANK
By: /s/ Silas Trombley
Title: Vice President
"""


def _facts(recital: str) -> dict[str, dict[str, object]]:
    return facility_facts(_CONSENT.format(recital=recital))


def test_the_revolving_credit_facility_described_therein() -> None:
    facts = _facts(
        "pursuant to which the Bank extended to the Borrower the revolving credit facility "
        "described therein"
    )
    assert facts["revolving credit facility"]["under"]


def test_a_line_of_credit_made_available() -> None:
    facts = _facts("under which the Bank has made available a line of credit to the Borrower")
    assert facts["line of credit"]["under"]


def test_loans_and_accommodations_are_no_facility() -> None:
    facts = _facts(
        "pursuant to which the Bank has made certain loans and other financial "
        "accommodations to the Borrower"
    )
    assert not facts


def test_a_named_facility_is_the_named_reader_s() -> None:
    facts = _facts(
        "pursuant to which the Bank has agreed to extend to the Borrower a revolving line of "
        'credit in the maximum principal amount of $2,000,000 (the "Revolving Loan")'
    )
    assert set(facts) == {"Revolving Loan"}


def test_round_sixteen_consent() -> None:
    text = (_ROOT / "tests/gold_written/docs/r16fac_consent_wexley.txt").read_text()
    assert facility_facts(text)["revolving credit facility"]["under"]


def test_the_limit_stated_after_the_noun() -> None:
    facts = _facts(
        "pursuant to which the Bank has made available to the Borrower a revolving credit "
        "facility in the aggregate amount of $1,500,000"
    )
    assert facts["revolving credit facility"]["amount"] == 1500000
