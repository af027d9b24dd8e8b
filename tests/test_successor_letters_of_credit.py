"""The agency clause's successor who "shall issue letters of credit in substitution for the
Letters of Credit, if any, outstanding" issues none of the agreement's letters of credit
(``ingest.relations.letters_of_credit``): passages written for the shape."""

from __future__ import annotations

from tests.passages import edges, extract_text

_HEAD = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of April 9, 2008 is made among QUARRY POINT HOLDINGS, INC., a
Nevada corporation (the "Borrower"), the lenders party hereto (the "Lenders") and MERIDIAN
TRUST BANK, as administrative agent (the "Agent").

SECTION 2.1. LOANS. Each Lender agrees to make Loans to the Borrower in an aggregate
principal amount not exceeding $8,000,000.
"""

_LC_SECTION = """
SECTION 2.4. LETTERS OF CREDIT. Subject to the terms hereof, the Agent agrees to issue
standby letters of credit for the account of the Borrower (the "Letters of Credit").
"""

_SUCCESSOR = """
SECTION 9.6. SUCCESSOR AGENT. Upon the acceptance of its appointment as Agent hereunder, the
successor shall succeed to the rights of the retiring Agent. Such successor Agent shall issue
letters of credit in substitution for the Letters of Credit, if any, outstanding at the time
of such succession.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written.

QUARRY POINT HOLDINGS, INC., as Borrower

By: /s/ Nadia Perrin
Name: Nadia Perrin
Title: Treasurer

MERIDIAN TRUST BANK, as Agent and a Lender

By: /s/ Owen Blake
Name: Owen Blake
Title: Vice President
"""


def test_a_successor_issues_no_letters_of_credit() -> None:
    issues = edges(extract_text(_HEAD + _SUCCESSOR), "ISSUES")
    assert not any("Credit" in target for _, target in issues)


def test_the_agent_that_agrees_to_issue_still_issues() -> None:
    issues = edges(extract_text(_HEAD + _LC_SECTION + _SUCCESSOR), "ISSUES")
    assert ("MERIDIAN TRUST BANK", "Letters of Credit") in issues
