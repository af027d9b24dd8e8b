"""A "Loan and Security Agreement" is a loan agreement that also grants security, as a "Credit
and Security Agreement" is a credit agreement: its kind is the loan's, however it is mentioned
(a lender's warrant "issued pursuant to Section 2.9 of the Loan and Security Agreement").
A pledge or plain security agreement stays a security agreement. Passages written for these
tests."""

from __future__ import annotations

from ingest.references.kinds import title_kind
from tests.passages import extract_text


def test_loan_and_security_agreements_are_loan_agreements() -> None:
    assert title_kind("Loan and Security Agreement") == "loan_agreement"
    assert title_kind("Amended and Restated Loan and Security Agreement") == "loan_agreement"


def test_security_agreements_of_other_kinds_stay_security_agreements() -> None:
    assert title_kind("Pledge and Security Agreement") == "security_agreement"
    assert title_kind("Security Agreement") == "security_agreement"


_WARRANT = """COMMON STOCK PURCHASE WARRANT

THIS CERTIFIES THAT, for value received, Bellhaven Venture Lending, LLC (the "Holder") is
entitled to purchase from Quorral Devices, Inc., a Delaware corporation (the "Company"), up to
80,000 shares of the Company's common stock at $2.10 per share.

This Warrant is issued pursuant to Section 7.3 of the Loan and Security Agreement dated as of
July 8, 2016 between the Company and the Holder (the "Loan Agreement").
"""


def test_a_mentioned_loan_and_security_agreement_is_a_loan_agreement() -> None:
    x = extract_text(_WARRANT)
    kinds = {
        e.props.get("title"): e.props.get("kind") for e in x.entities if e.label == "Agreement"
    }
    assert kinds.get("Loan and Security Agreement") == "loan_agreement"
