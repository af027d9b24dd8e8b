"""Closing conditions listing a document with the parties that execute it, then its term
(``ingest.relations.executed_then_defined``): passages written for the shape."""

from __future__ import annotations

from tests.passages import edges, extract_text

_PASSAGE = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of June 2, 2010 (the "Agreement") is made by and among
LARKSPUR FUNDING CORP., a Delaware corporation (the "Borrower"), the lenders party hereto
(the "Lenders") and EASTBRIDGE BANK, N.A., as administrative agent (the "Agent").

SECTION 2.1. LOANS. Each Lender agrees to make Loans to the Borrower in an aggregate
principal amount not exceeding $12,000,000.

SECTION 4.1. CONDITIONS. The obligation of the Lenders to make the first Loan is subject to
the Agent's receipt of each of the following:

(i) counterparts of this Agreement executed by each of the parties hereto;

(ii) the Pledge Agreement substantially in the form of Exhibit C, duly executed by the
Borrower and the Agent (the "Pledge Agreement");

(iii) the Blocked Account Agreement substantially in the form of Exhibit D, duly executed by
the Borrower and the Agent (the "Control Agreement"); and

(iv) an opinion of counsel to the Borrower.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written.

LARKSPUR FUNDING CORP., as Borrower

By: /s/ Irene Vogt
Name: Irene Vogt
Title: President

EASTBRIDGE BANK, N.A., as Agent and a Lender

By: /s/ Tomas Reyes
Name: Tomas Reyes
Title: Vice President
"""


def test_each_executing_party_is_party_to_the_defined_document() -> None:
    party_to = edges(extract_text(_PASSAGE), "PARTY_TO")
    for document in ("Pledge Agreement", "Control Agreement"):
        assert ("LARKSPUR FUNDING CORP.", document) in party_to
        assert ("EASTBRIDGE BANK, N.A.", document) in party_to


def test_the_obligor_secures_the_credit_agreement_and_the_agent_does_not() -> None:
    secures = edges(extract_text(_PASSAGE), "SECURES")
    assert ("LARKSPUR FUNDING CORP.", "Credit Agreement") in secures
    assert not any(source.startswith("EASTBRIDGE") for source, _ in secures)


_WITH_ACCOUNT_BANK = _PASSAGE.replace(
    "SECTION 2.1. LOANS.",
    '"DEPOSITARY BANK" shall mean Lindgren Valley Bank.\n\nSECTION 2.1. LOANS.',
).replace(
    'duly executed by\nthe Borrower and the Agent (the "Control Agreement")',
    'duly executed by\nthe Depositary Bank, the Borrower and the Agent (the "Control Agreement")',
)


def test_a_role_term_defined_as_a_bank_names_the_bank_that_executes() -> None:
    assert "Depositary Bank, the Borrower" in _WITH_ACCOUNT_BANK
    extraction = extract_text(_WITH_ACCOUNT_BANK)
    assert ("Lindgren Valley Bank", "Control Agreement") in edges(extraction, "PARTY_TO")
    assert not any(s.startswith("Lindgren") for s, _ in edges(extraction, "SECURES"))
