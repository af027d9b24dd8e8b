"""Classes of loans a syndicated agreement defines, each made by its own class of lenders
(``ingest.instruments.loan_classes``): ""Term Loan" means a loan made by a Term Loan Bank
pursuant to Section 2.01(a)", with the totals of each class's commitments on the signature
pages. Passages composed in that shape (quoted, and a list one definition to a line whose
quotes were lost), and the near misses."""

from __future__ import annotations

from tests.passages import credit_facilities, edges, extract_text

_HEAD = """CREDIT AGREEMENT

AGREEMENT dated as of April 9, 1997 among HALVERSON FOODS CORP., the BANKS listed on the \
signature pages hereof and NORTHRIDGE BANK AND TRUST COMPANY, as Agent.

ARTICLE 1
Section 1.01. Definitions. The following terms have the following meanings:
"""

_TAIL = """
Section 2.01. Commitments to Lend. (a) Each Tranche A Bank severally agrees to make Tranche \
A Loans to the Borrower in amounts not to exceed its Tranche A Commitment. (b) Each Tranche B \
Bank severally agrees to make Tranche B Loans to the Borrower.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.

HALVERSON FOODS CORP.
By: /s/ Grace Mulder
Title: Treasurer

NORTHRIDGE BANK AND TRUST COMPANY, as Agent and as a Bank
By: /s/ Arnold Fitch
Title: Vice President

Total Tranche A Commitments      $40,000,000
Total Tranche B Commitments      $15,000,000
"""

#: the definitions list one to a line, its terms' quotes lost
_UNQUOTED = (
    _HEAD
    + """Agent means Northridge Bank and Trust Company in its capacity as agent.
Bank means each bank listed on the signature pages hereof.
Borrower means Halverson Foods Corp., a Delaware corporation.
Commitment means a Tranche A Commitment or a Tranche B Commitment.
Default means any event which would become an Event of Default.
Effective Date means the date this Agreement becomes effective.
Lien means any mortgage, lien, pledge or security interest.
Note means a promissory note of the Borrower in the form of Exhibit A.
Person means an individual, a corporation or a government.
Termination Date means June 30, 2002, or, if such day is not a Business Day, the next one.
Tranche A Bank means each Bank having a Tranche A Commitment.
Tranche A Loan means a loan made by a Tranche A Bank pursuant to Section 2.01(a).
Tranche B Bank means each Bank having a Tranche B Commitment.
Tranche B Loan means a loan made by a Tranche B Bank pursuant to Section 2.01(b).
"""
    + _TAIL
)

_QUOTED = (
    _HEAD
    + """"Tranche A Loan" means a loan made by a Tranche A Bank pursuant to Section 2.01(a).

"Tranche B Loan" means a loan made by a Tranche B Bank pursuant to Section 2.01(b).
"""
    + _TAIL
)

#: one class only: the one facility's advance, left to the advance readers
_ONE_CLASS = (
    _HEAD
    + """"Tranche A Loan" means a loan made by a Tranche A Bank pursuant to Section 2.01(a).
"""
    + _TAIL
)

#: loans made by lenders of another name: no class of their own
_OTHER_LENDERS = (
    _HEAD
    + """"Tranche A Loan" means a loan made by a Bank pursuant to Section 2.01(a).

"Tranche B Loan" means a loan made by a Swing Line Bank pursuant to Section 2.01(b).
"""
    + _TAIL
)


def test_each_class_of_a_quoted_list_is_a_facility_of_its_total() -> None:
    x = extract_text(_QUOTED)
    found = credit_facilities(x)
    assert found["Tranche A Loan"]["amount"] == 40000000
    assert found["Tranche B Loan"]["amount"] == 15000000
    under = edges(x, "ISSUED_UNDER")
    assert ("Tranche A Loan", "Credit Agreement") in under
    assert ("Tranche B Loan", "Credit Agreement") in under


def test_a_list_one_definition_to_a_line_without_quotes_is_read_alike() -> None:
    found = credit_facilities(extract_text(_UNQUOTED))
    assert found["Tranche A Loan"]["amount"] == 40000000
    assert found["Tranche B Loan"]["amount"] == 15000000
    assert found["Tranche B Loan"]["maturity_date"] == "2002-06-30"


def test_one_class_or_loans_of_other_lenders_make_no_class_facility() -> None:
    assert credit_facilities(extract_text(_ONE_CLASS)) == {}
    # no class facility of the loan class reader; the one loan term a definition says "a Bank"
    # makes under a section of the agreement is read by ingest.instruments.loan_definitions
    assert set(credit_facilities(extract_text(_OTHER_LENDERS))) == {"Tranche A Loan"}
