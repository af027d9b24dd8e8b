"""A partnership signing through its general partner, the partner's capacity on a line of its
own: "LENDER:" / "HARROW CREDIT FUND, LP" / "By: Harrow Credit GP, Ltd." / "Its: General
Partner" / "By: /s/ Mara Quint" / "Mara Quint, Director". The "Its:" line is the capacity of the
company the first "By:" names, not the title of the person who signs below it: her title is the
one typed after her name. Passages written in the shape of fund lenders' signature pages; names
invented."""

from __future__ import annotations

from ingest.extract import extract
from ingest.records import Extraction, SourceDocument

_HEAD = (
    "CREDIT AGREEMENT\n"
    "\n"
    "This CREDIT AGREEMENT (this \u201cAgreement\u201d), dated as of June 3, 2014, is executed "
    "by and between LINDQVIST TOOLING, INC., a Nevada corporation (\u201cBorrower\u201d), and "
    "{lender} (\u201cLender\u201d).\n"
    "\n"
    "1. Loans. Lender agrees to make loans to Borrower of up to $500,000.\n"
    "\n"
    "IN WITNESS WHEREOF, Borrower and Lender have executed this Credit Agreement as of the "
    "date first above written.\n"
    "\n"
    "BORROWER:\n"
    "LINDQVIST TOOLING, INC.,\n"
    "a Nevada corporation\n"
    "By:\t/s/Per Lindqvist\n"
    "Name:\tPer Lindqvist\n"
    "Title:\tPresident\n"
    "\n"
    "LENDER:\n"
)


def _titles(lender: str, block: str) -> dict[str, object]:
    x: Extraction = extract(
        SourceDocument(text=_HEAD.format(lender=lender) + block, path="credit.txt")
    )
    names = {e.ref: str(e.props["name"]) for e in x.entities if e.label == "Party"}
    return {names[r.source]: r.props.get("title") for r in x.relations if r.type == "SIGNED"}


def test_the_signers_own_title_not_the_general_partners_capacity() -> None:
    titles = _titles(
        "HARROW CREDIT FUND, LP",
        "HARROW CREDIT FUND, LP\n"
        "By:\tHarrow Credit GP, Ltd.\n"
        "Its:\tGeneral Partner\n"
        "By:\t/s/Mara Quint\n"
        "Mara Quint, Director\n",
    )
    assert titles["Mara Quint"] == "Director"
    assert titles["Per Lindqvist"] == "President"


def test_a_managing_member_capacity_and_a_title_line_below() -> None:
    titles = _titles(
        "OSPREY LENDING PARTNERS, L.P.",
        "OSPREY LENDING PARTNERS, L.P.\n"
        "By:\tOsprey Capital Management, LLC\n"
        "Its:\tManaging Member\n"
        "By:\t/s/ Colin B. Hart\n"
        "Name:\tColin B. Hart\n"
        "Title:\tChief Operating Officer\n",
    )
    assert titles["Colin B. Hart"] == "Chief Operating Officer"


def test_a_signer_with_no_title_of_his_own_takes_none() -> None:
    """Near miss: the capacity line stays the company's even where the person has no title."""
    titles = _titles(
        "HARROW CREDIT FUND, LP",
        "HARROW CREDIT FUND, LP\n"
        "By:\tHarrow Credit GP, Ltd.\n"
        "Its:\tGeneral Partner\n"
        "By:\t/s/Mara Quint\n",
    )
    assert titles.get("Mara Quint") != "General Partner"


def test_an_officer_signing_directly_keeps_the_its_line() -> None:
    """Near miss: "Its:" under the person's own "By:" line is the person's title."""
    titles = _titles(
        "HARROW CREDIT FUND, LP",
        "HARROW CREDIT FUND, LP\nBy:\t/s/Mara Quint\nIts:\tManaging Director\n",
    )
    assert titles["Mara Quint"] == "Managing Director"


def test_an_empty_title_under_a_blank_signature_line_stays_a_field() -> None:
    """Near miss: "By: ____ (SEAL)" / "Title:" on an unsigned form is no company's capacity; a
    table heading under it ("Maturity   Notation") signs nothing."""
    x: Extraction = extract(
        SourceDocument(
            text=_HEAD.format(lender="HARROW CREDIT FUND, LP") + "HARROW CREDIT FUND, LP\n\n"
            "By: ______________________________(SEAL)\n"
            "Title:\n\n\n\n"
            "REVOLVING LOANS AND PAYMENTS OF PRINCIPAL\n\n"
            "Type                  Amount      Amount of\n"
            "of       Interest      of        Principal     Maturity   Notation\n"
            "Date        Loan*       Rate       Loan        Repaid         Date      Made By\n",
            path="credit.txt",
        )
    )
    names = {str(e.props.get("name")) for e in x.entities if e.label == "Party"}
    assert not any("Notation" in n for n in names)
