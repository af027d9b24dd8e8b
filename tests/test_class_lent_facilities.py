"""Loans a class of lenders named for them makes severally, and loans a definitions list without
quotes names (:mod:`ingest.instruments.several_lending`): "Each Revolving Credit Lender severally
agrees ... to make Revolving Credit Advances to the Borrower" beside "Each Term Lender severally
agrees ... to make advances (each, a "Term Advance")"; "Each Lender severally agrees ... to make
Loans to the Company" where "Loan means a Loan by a Lender to the Company under Section 2.1".
Passages written for this test (invented parties and figures)."""

from __future__ import annotations

from tests.passages import extract_text

_HEAD = (
    "CREDIT AGREEMENT\n\nDated as of April 2, 2009\n\n"
    "HALVERSON LEASING CORPORATION, a Delaware corporation (the \u201cBorrower\u201d), the banks "
    "listed on the signature pages hereof (the \u201cInitial Lenders\u201d) and NORTHGATE BANK, "
    "N.A., as administrative agent (the \u201cAgent\u201d), agree as follows:\n\n"
    "SECTION 1.01. Certain Defined Terms.\n\n"
    "\u201cAdvance\u201d means a Revolving Credit Advance or a Term Advance.\n\n"
    "\u201cRevolving Credit Advance\u201d means an advance by a Lender to the Borrower as part of "
    "a Revolving Credit Borrowing.\n\n"
    "\u201cRevolving Credit Lender\u201d means any Lender that has a Revolving Credit "
    "Commitment.\n\n"
    "\u201cTerm Lender\u201d means any Lender that has a Term Commitment.\n\n"
    "\u201cTermination Date\u201d means April 2, 2012.\n\n"
)
_REVOLVING = (
    "SECTION 2.01. The Advances. (a) Revolving Credit Advances. Each Revolving Credit Lender "
    "severally agrees, on the terms and conditions hereinafter set forth, to make Revolving "
    "Credit Advances to the Borrower from time to time on any Business Day until the Termination "
    "Date in an amount not to exceed such Lender\u2019s Unused Revolving Credit Commitment.\n\n"
)
_TERM = (
    "(b) The Term Advances. Each Term Lender severally agrees, on the terms and conditions "
    "hereinafter set forth, to make advances (each, a \u201cTerm Advance\u201d) to the Borrower "
    "on the Effective Date in an amount not to exceed such Lender\u2019s Term Commitment.\n\n"
)
_PAGES = (
    "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed.\n\n"
    "HALVERSON LEASING CORPORATION\n\nBy: /s/ Ines Morrow\nTitle: Treasurer\n\n"
    "NORTHGATE BANK, N.A., as Agent and as a Lender\n\nBy: /s/ Paul Egan\n"
    "Title: Vice President\n"
)


#: a definitions list whose terms carry no quotes (as bold terms read once converted to text)
_UNQUOTED_LIST = "".join(
    f"{term} means {body}.\n\n"
    for term, body in (
        ("Agreement", "this Credit Agreement"),
        ("Base Rate", "the prime rate of the Agent"),
        ("Borrowing", "a borrowing hereunder consisting of Loans of the same Type"),
        ("Business Day", "a day on which banks in New York are open"),
        ("Closing Date", "the date the conditions of Section 4.1 are met"),
        ("Commitment", "the amount set forth for a Lender on Schedule 2.1"),
        ("Lending Office", "the office a Lender designates"),
        ("Offshore Rate", "the rate the Agent quotes for deposits"),
        ("Required Lenders", "Lenders holding more than half of the Commitments"),
        ("Type", "a Base Rate Loan or an Offshore Rate Loan"),
    )
)


def _facilities(text: str) -> dict[str, dict[str, object]]:
    x = extract_text(text)
    return {
        str(e.props["title"]): dict(e.props)
        for e in x.entities
        if e.label == "Instrument" and e.props.get("kind") == "credit_facility"
    }


def _issued_under_own(text: str) -> set[str]:
    x = extract_text(text)
    titles = {e.ref: str(e.props.get("title")) for e in x.entities}
    return {
        titles[r.source]
        for r in x.relations
        if r.type == "ISSUED_UNDER" and r.target == "agreement:self"
    }


def test_the_loans_a_class_of_lenders_makes_beside_the_term_advances() -> None:
    text = _HEAD + _REVOLVING + _TERM + _PAGES
    facilities = _facilities(text)
    assert "Revolving Credit Advances" in facilities
    assert "Term Advance" in facilities
    assert facilities["Revolving Credit Advances"].get("maturity_date") == "2012-04-02"
    assert {"Revolving Credit Advances", "Term Advance"} <= _issued_under_own(text)


def test_a_bank_class_named_for_its_loans_in_another_wording() -> None:
    head = (
        "CREDIT AGREEMENT\n\nCREDIT AGREEMENT dated as of May 9, 1996 among TALLIS MILLS, INC., "
        "the BANKS listed on the signature pages hereof and ORCHARD TRUST COMPANY, as Agent.\n\n"
        'SECTION 1.01. Definitions.\n\n"Term Loan" means a Prime Rate Loan or a LIBOR Loan.\n\n'
        '"Revolving Credit Loan" means a Prime Rate Loan or a LIBOR Loan.\n\n'
    )
    lending = (
        "SECTION 2.01. Commitments. (a) Each Term Loan Bank severally agrees, on the terms and "
        "conditions set forth in this Agreement, to make Term Loans to the Borrower on the "
        "Closing Date.\n\n(b) Each Revolving Credit Bank severally agrees, on the terms and "
        "conditions set forth in this Agreement, to make Revolving Credit Loans to the Borrower "
        "from time to time.\n\n"
    )
    pages = (
        "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\nTALLIS MILLS, INC.\n\n"
        "By: /s/ Ada Koch\nTitle: President\n\nORCHARD TRUST COMPANY, as Agent\n\n"
        "By: /s/ Ned Fry\nTitle: Vice President\n"
    )
    titles = {t.rstrip("s") for t in _facilities(head + lending + pages)}
    assert {"Term Loan", "Revolving Credit Loan"} <= titles


def test_loans_an_unquoted_definitions_list_names_are_the_facility() -> None:
    text = (
        "CREDIT AGREEMENT\n\nThis CREDIT AGREEMENT is entered into as of June 1, 2001, among "
        'BRANTLEY FOODS COMPANY, a Delaware corporation (the "Company"), the several financial '
        'institutions from time to time party to this Agreement (the "Lenders") and ASHCROFT '
        "BANK, as administrative agent for the Lenders.\n\nARTICLE I DEFINITIONS\n\n"
        + _UNQUOTED_LIST
        + "Loan means a Loan by a Lender to the Company under Section 2.1.\n\n"
        "Termination Date means May 31, 2002.\n\n"
        "ARTICLE II THE CREDITS\n\n2.1 Amounts and Terms of Commitments. Each Lender severally "
        "agrees, on the terms and conditions set forth herein, to make Loans to the Company from "
        "time to time on any Business Day during the period from the Closing Date to the "
        "Termination Date.\n\n"
        "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
        "BRANTLEY FOODS COMPANY\n\nBy: /s/ Lee Park\nVice President\n\n"
        "ASHCROFT BANK, as Administrative Agent and as a Lender\n\nBy: /s/ Mia Cole\n"
        "Title: Vice President\n"
    )
    assert "Loans" in _facilities(text)
    assert "Loans" in _issued_under_own(text)


#: the same agreement without a definition that names the revolving advances a facility
_BARE_HEAD = _HEAD.replace(
    "\u201cRevolving Credit Advance\u201d means an advance by a Lender to the Borrower as part of "
    "a Revolving Credit Borrowing.\n\n",
    "\u201cRevolving Credit Advance\u201d means a Base Rate Advance or a Eurodollar Rate "
    "Advance.\n\n\u201cSwing Advance\u201d means a Base Rate Advance of the Swing Bank.\n\n",
)


def test_two_loans_lent_by_every_lender_alike_still_name_no_facility() -> None:
    # no class of lenders says which facility each sentence lends
    lending = _REVOLVING.replace("Each Revolving Credit Lender", "Each Lender") + (
        "(c) Each Lender severally agrees to make Swing Advances to the Borrower on request.\n\n"
    )
    assert _facilities(_BARE_HEAD + lending + _PAGES) == {}


def test_a_class_lending_other_than_loans_is_left_alone() -> None:
    # the class agrees to indemnify, not to lend
    text = _BARE_HEAD + (
        "Each Revolving Credit Lender severally agrees to indemnify the Issuing Banks from and "
        "against such Lender\u2019s Ratable Share of any and all liabilities.\n\n"
    )
    assert _facilities(text + _PAGES) == {}
