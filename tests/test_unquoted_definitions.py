"""A definitions list whose terms lost their quotes ("ISSUING LENDER means Cascade National Bank
or any of its Affiliates", "LC means a standby letter of credit issued for the account of
Borrower by Issuing Lender under this agreement"), read as quoted definitions are; and letters
of credit a definition gives a short term of their own and an issuer by its role.

Passages written for the test (names, dates and amounts invented); never copied from a filing.
Blind annotation h12-d found the shapes (credit-dev, tuned half).
"""

from __future__ import annotations

from ingest.records import Extraction
from ingest.unquoted_definitions import unquoted_definitions
from tests.passages import OWN, edges, entity_names, extract_text

_FILLER = "".join(
    f"\n\n{term} means {body}."
    for term, body in [
        ("AFFILIATE", "any Person that controls or is controlled by another Person"),
        ("BUSINESS DAY", "any day other than a Saturday or Sunday"),
        ("CLOSING DATE", "the date of the initial Borrowing"),
        ("DEFAULT RATE", "the Base Rate plus 2%"),
        ("LAWS", "all applicable statutes and regulations"),
        ("LIEN", "any lien, mortgage or security interest"),
        ("PERSON", "any individual or entity"),
        ("TAXES", "taxes, assessments and charges"),
    ]
)

_LIST = (
    "CREDIT AGREEMENT\n\n"
    "THIS AGREEMENT is entered into as of March 3, 1997, between\n"
    'HOLLOWAY DATA SYSTEMS, INC., a Nevada corporation ("BORROWER"),\n'
    "Lenders (defined below), and CASCADE NATIONAL BANK, as Administrative Agent for Lenders.\n\n"
    "SECTION 1 DEFINITIONS."
    + _FILLER
    + "\n\nISSUING LENDER means Cascade National Bank or any of its Affiliates, that issues an LC"
    " under this agreement."
    "\n\nLC means a standby letter of credit issued for the account of Borrower\n"
    "by Issuing Lender under this agreement and under an LC Agreement."
    "\n\nEXECUTED as of the date first stated above.\n\n"
    "HOLLOWAY DATA SYSTEMS, INC., as Borrower\n\n"
    "By /s/ Mary P. Voss\n"
    "Mary P. Voss, Treasurer\n\n"
    "CASCADE NATIONAL BANK, as Administrative Agent and a Lender\n\n"
    "By /s/ Kevin R. Dahl\n"
    "Kevin R. Dahl, Vice President\n"
)


def _issues(x: Extraction) -> set[tuple[str, str]]:
    return {(issuer.upper(), what) for issuer, what in edges(x, "ISSUES")}


def test_a_list_of_unquoted_definitions_defines_its_terms() -> None:
    terms = [t for t, _, _ in unquoted_definitions(_LIST)]
    assert {"ISSUING LENDER", "LC", "AFFILIATE", "BUSINESS DAY"} <= set(terms)
    assert "EXECUTED" not in terms


def test_one_unquoted_line_is_no_definitions_list() -> None:
    assert (
        unquoted_definitions("\n\nNOTE means a promissory note in the form of Exhibit A.\n") == ()
    )


def test_the_issuing_lender_issues_the_lcs_under_the_agreement() -> None:
    x = extract_text(_LIST)
    assert _issues(x) == {("CASCADE NATIONAL BANK", "LC")}
    assert ("LC", entity_names(x)[OWN]) in edges(x, "ISSUED_UNDER")


def test_quoted_short_terms_read_alike() -> None:
    text = _LIST.replace("ISSUING LENDER means", '"Issuing Lender" means').replace(
        "LC means a standby", '"LC" means a standby'
    )
    x = extract_text(text)
    assert _issues(x) == {("CASCADE NATIONAL BANK", "LC")}


def test_letters_of_credit_of_no_named_issuer_are_not_issued() -> None:
    text = _LIST.replace("by Issuing Lender under this agreement", "under this agreement")
    x = extract_text(text)
    assert not any(t == "LC" for _, t in edges(x, "ISSUES"))


def test_an_unquoted_note_definition_names_its_maker() -> None:
    text = _LIST.replace(
        "\n\nEXECUTED",
        "\n\nNote means a promissory note executed by the Borrower in favor of a\n"
        "Lender pursuant to Section 2.2(b), in substantially the form of Exhibit G."
        "\n\nEXECUTED",
    )
    x = extract_text(text)
    notes = {t for _, t in edges(x, "ISSUES") if t != "LC"}
    assert len(notes) == 1
    [note] = notes
    assert edges(x, "ISSUES") >= {("HOLLOWAY DATA SYSTEMS, INC.", note)}
    assert (note, entity_names(x)[OWN]) in edges(x, "ISSUED_UNDER")


def test_one_unquoted_note_line_outside_a_list_is_no_definition() -> None:
    text = (
        "PROMISSORY NOTE AGREEMENT\n\nThis agreement is made between Acme Corp. and Beta Bank.\n\n"
        "Note means a promissory note executed by the Borrower in favor of a Lender.\n"
    )
    x = extract_text(text)
    assert edges(x, "ISSUES") == set()
