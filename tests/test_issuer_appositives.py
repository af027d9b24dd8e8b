"""A promise to issue letters of credit whose subject is named with its capacity as their issuer
("Harwood Trust Company, in its capacity as issuer of any Letter of Credit (the "Issuing
Lender"), in reliance on the agreements of the other Lenders ..., agrees to issue letters of
credit"): the named bank ISSUES the agreement's letters of credit, ISSUED_UNDER it, not the
other Lender the phrase between it and the verb names. A passage written for this test
(invented parties)."""

from __future__ import annotations

from tests.passages import edges, extract_text

_TEXT = """REVOLVING CREDIT AGREEMENT dated as of March 9, 1999 among OSPREY MILLS, INC., a Georgia
corporation (the "Company"), each of the financial institutions listed on Schedule A (each a
"Lender" and together the "Lenders"), and HARWOOD TRUST COMPANY, a New Hampshire banking
corporation (the "Bank"), as agent for the Lenders (in such capacity, the "Agent").

Section 2.1 Revolving Loans. Each Lender agrees to make revolving loans to the Company in an
aggregate principal amount not to exceed $12,000,000.

Section 2.3 Letters of Credit. (a) Issuance. Subject to the terms and conditions hereof,
Harwood Trust Company, in its capacity as issuer of any Letter of Credit (the "Issuing Lender")
in reliance on the agreements of the other Lenders set forth in subsection 2.3(d), agrees to
issue letters of credit (the "Letters of Credit") for the account of the Company on any
Business Day in such form as the Issuing Lender may approve.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written.

AGENT:
HARWOOD TRUST COMPANY
By: /s/ Dana Quill
Title: Vice President

COMPANY:
OSPREY MILLS, INC.
By: /s/ Reed Alcott
Title: Treasurer

LENDERS:
HARWOOD TRUST COMPANY
By: /s/ Dana Quill
Title: Vice President

CASCO VALLEY BANK
By: /s/ Ivy Marsh
Title: Senior Vice President
"""


def test_the_bank_named_with_its_issuer_capacity_issues_the_letters_of_credit() -> None:
    x = extract_text(_TEXT)
    assert edges(x, "ISSUES") == {("Harwood Trust Company", "Letters of Credit")}
    assert edges(x, "ISSUED_UNDER") >= {("Letters of Credit", "Revolving Credit Agreement")}


def test_a_refused_promise_issues_nothing() -> None:
    text = _TEXT.replace("agrees to\nissue letters", "shall not be obligated to\nissue letters")
    assert ("Harwood Trust Company", "Letters of Credit") not in edges(extract_text(text), "ISSUES")


def test_the_issuer_named_by_its_defined_term_issues_them() -> None:
    text = _TEXT.replace("hereof,\nHarwood Trust Company, in its", "hereof,\nthe Bank, in its")
    # (the bank is spelled only in capitals now)
    assert edges(extract_text(text), "ISSUES") == {("HARWOOD TRUST COMPANY", "Letters of Credit")}
