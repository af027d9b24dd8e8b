"""AMENDS where the amended agreement is named only by the amendment's own title (a cover page
"AMENDMENT NO. 3 / to the / REVOLVING CREDIT AND TERM LOAN AGREEMENT / Dated as of ...") or
where the change is an extension ("The maturity date of the Loan Agreement is extended to ...")
(:mod:`ingest.references.amends`). Passages written for this test."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import extract_text

_SIGNATURES = """
PRAIRIE STAR FOODS, INC.
By: /s/ Gloria Vance, Treasurer

HEARTLAND FARM CREDIT BANK
By: /s/ Milo Easton, Vice President
"""


def _amends(x: Extraction) -> set[tuple[str, str, str | None]]:
    by_ref = {e.ref: e for e in x.entities}
    out = set()
    for r in x.relations:
        if r.type == "AMENDS":
            target = by_ref[r.target]
            date = target.props.get("date")
            out.add(
                (
                    str(by_ref[r.source].props.get("title")),
                    str(target.props.get("title")),
                    date if isinstance(date, str) else None,
                )
            )
    return out


def test_a_cover_page_title_names_the_amended_agreement_and_its_date() -> None:
    text = (
        """                              AMENDMENT NO. 3

                          Dated as of October 7, 2004

                                   to the

                  REVOLVING CREDIT AND TERM LOAN AGREEMENT

                          Dated as of April 30, 2001

     THIS AMENDMENT NO. 3 ("Amendment") is made by and among PRAIRIE STAR FOODS, INC. (the
"Borrower") and HEARTLAND FARM CREDIT BANK (the "Bank").

     The Borrower and the Bank agree to amend the Revolving Credit and Term Loan Agreement as
follows:

     1. Section 2.1 is amended by deleting "$8,000,000" and inserting "$9,500,000".
"""
        + _SIGNATURES
    )
    assert _amends(extract_text(text)) == {
        (
            "Amendment No. 3 to the Revolving Credit and Term Loan Agreement",
            "Revolving Credit and Term Loan Agreement",
            "2001-04-30",
        )
    }


def test_the_title_base_is_not_given_the_amendments_own_date() -> None:
    text = (
        """                  FIRST AMENDMENT TO WAREHOUSE LOAN AGREEMENT

     THIS FIRST AMENDMENT TO WAREHOUSE LOAN AGREEMENT, dated as of May 5, 2012, is made by
PRAIRIE STAR FOODS, INC. (the "Borrower") and HEARTLAND FARM CREDIT BANK (the "Bank").

     1. Section 4 is amended by adding "and its Subsidiaries" after "the Borrower".
"""
        + _SIGNATURES
    )
    assert _amends(extract_text(text)) == {
        ("First Amendment to Warehouse Loan Agreement", "Warehouse Loan Agreement", None)
    }


def test_a_modification_that_extends_the_maturity_of_the_agreement() -> None:
    text = (
        """                         LOAN MODIFICATION AGREEMENT

     THIS LOAN MODIFICATION AGREEMENT is entered into as of March 3, 2011 by and between
PRAIRIE STAR FOODS, INC. ("Borrower") and HEARTLAND FARM CREDIT BANK ("Lender").

     A. Lender has extended credit to Borrower pursuant to a Business Loan Agreement dated
June 1, 2009 (the "Loan Agreement").

     1. The maturity date of the Loan Agreement is extended to June 1, 2013.
"""
        + _SIGNATURES
    )
    assert _amends(extract_text(text)) == {
        ("Loan Modification Agreement", "Business Loan Agreement", "2009-06-01")
    }


def test_an_agreement_with_no_amending_title_amends_nothing_by_its_title() -> None:
    text = (
        """                         WAREHOUSE LOAN AGREEMENT

     THIS WAREHOUSE LOAN AGREEMENT, dated as of May 5, 2012, is made by PRAIRIE STAR FOODS,
INC. (the "Borrower") and HEARTLAND FARM CREDIT BANK (the "Bank").

     1. The Bank agrees to make loans to the Borrower.
"""
        + _SIGNATURES
    )
    assert _amends(extract_text(text)) == set()
