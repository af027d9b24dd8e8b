"""A standby letter of credit a third party's bank issues in favour of the lender, defined once
among the definitions: it SECURES the agreement whatever words make it credit support, and
carries the amount it must be drawable for. Passages written for this test (invented parties).
"""

from __future__ import annotations

from tests.passages import entity_names, extract_text

_DEFINITION = (
    "\u201cLetter of Credit\u201d means the irrevocable standby letter of credit issued by "
    "Merrow Commercial Bank, Dalian Branch (and any renewal or replacement thereof) which is "
    "procured by the Sponsor in favor of the Lender {how} the Borrower\u2019s Obligations to "
    "the Lender hereunder and shall have an aggregate drawable amount of not less than "
    "$9,250,000.\n\n"
)


def _agreement(how: str) -> str:
    return (
        "LOAN AGREEMENT\n\n"
        "This LOAN AGREEMENT dated as of March 14, 2012 (the \u201cAgreement\u201d) is between "
        "Talbot Reach Solar, Inc., a Delaware corporation (the \u201cBorrower\u201d), and "
        "Carden Harbor Bank, Seattle Branch (the \u201cLender\u201d).\n\n"
        "SECTION 1 DEFINITIONS\n\n"
        "\u201cSponsor\u201d means Ostvik Renewables Group Ltd., a company incorporated in "
        "Norway.\n\n" + _DEFINITION.format(how=how) + "SECTION 2 THE LOAN\n\n"
        "The Lender agrees to make a term loan to the Borrower in the principal amount of "
        "$8,000,000.\n\n"
        "IN WITNESS WHEREOF, the parties hereto have executed this Agreement as of the date "
        "first above written.\n\n"
        "TALBOT REACH SOLAR, INC.\n\nBy: /s/ Ines Marlow\nName: Ines Marlow\nTitle: CEO\n\n"
        "CARDEN HARBOR BANK, SEATTLE BRANCH\n\nBy: /s/ Olan Brisk\nName: Olan Brisk\n"
        "Title: General Manager\n"
    )


def _letter_facts(how: str) -> tuple[set[tuple[str, str]], object]:
    x = extract_text(_agreement(how))
    names = entity_names(x)
    (lc,) = [e for e in x.entities if e.props.get("kind") == "letter_of_credit"]
    facts = {
        (r.type, names[r.source if r.target == lc.ref else r.target])
        for r in x.relations
        if lc.ref in (r.source, r.target)
    }
    return facts, lc.props.get("amount")


def test_a_letter_of_credit_providing_credit_support_secures_the_agreement() -> None:
    facts, amount = _letter_facts("to provide credit support for")
    assert ("ISSUES", "Merrow Commercial Bank, Dalian Branch") in facts, facts
    assert ("SECURES", "Loan Agreement") in facts, facts
    assert amount == 9250000


def test_a_letter_of_credit_to_secure_the_obligations_still_secures_it() -> None:
    facts, amount = _letter_facts("to secure")
    assert ("SECURES", "Loan Agreement") in facts, facts
    assert amount == 9250000


def test_a_letter_of_credit_for_the_borrowers_account_secures_nothing() -> None:
    text = _agreement("for the account of").replace(
        "\u2019s Obligations to the Lender hereunder", " for its purchases of polysilicon"
    )
    x = extract_text(text)
    lcs = {e.ref for e in x.entities if e.props.get("kind") == "letter_of_credit"}
    assert not [r for r in x.relations if r.type == "SECURES" and r.source in lcs]


def test_the_company_that_procured_the_letter_of_credit_secures_the_agreement() -> None:
    x = extract_text(_agreement("to provide credit support for"))
    names = entity_names(x)
    secures = {(names[r.source], names[r.target]) for r in x.relations if r.type == "SECURES"}
    assert ("Ostvik Renewables Group Ltd.", "Loan Agreement") in secures, secures


def test_a_borrower_that_procured_its_own_letter_of_credit_is_no_guarantor() -> None:
    text = _agreement("to secure").replace("procured by the Sponsor", "procured by the Borrower")
    x = extract_text(text)
    names = entity_names(x)
    sources = {names[r.source] for r in x.relations if r.type == "SECURES"}
    assert "Talbot Reach Solar, Inc." not in sources, sources
