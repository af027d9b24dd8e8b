"""A guarantor the definitions name by a short term that the text defines in passing, right
after the company's name elsewhere (:mod:`ingest.relations.passing_companies`): passages
written for this test."""

from __future__ import annotations

from tests.passages import edges, extract_text

_MEZZANINE = """CREDIT AGREEMENT

CREDIT AGREEMENT ("Agreement"), dated as of June 2, 2003, between HARBOR LOAN FUNDING, INC., \
a Delaware corporation ("Borrower") and NORDBANK AG, NEW YORK BRANCH, a branch of a banking \
institution (together with its successors and assigns, "Lender").

SECTION 1.01. Certain Defined Terms.

"Guaranty" means the Guaranty made by Harbor in favor of the Lender with respect to the \
Loans, dated as of the date hereof.

"Harbor" has the meaning specified in Section 4.01(e).

SECTION 2.01. The Loans. The Lender agrees to make loans to the Borrower in an aggregate \
principal amount not to exceed $45,000,000.

SECTION 4.01. Representations. (e) The balance sheet of Harbor Capital Corporation ("Harbor") \
and its Subsidiaries as at June 30, 2002 fairly presents its financial condition.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed as of the \
date first above written.

HARBOR LOAN FUNDING, INC.
By: /s/ Alan Pike
Name: Alan Pike
Title: President

NORDBANK AG, NEW YORK BRANCH
By: /s/ Greta Holm
Name: Greta Holm
Title: Director
"""


def test_a_guarantor_known_by_a_term_defined_in_passing_secures_the_agreement() -> None:
    x = extract_text(_MEZZANINE)
    assert ("Harbor Capital Corporation", "Guaranty") in edges(x, "PARTY_TO")
    assert ("Harbor Capital Corporation", "Credit Agreement") in edges(x, "SECURES")
    guaranty = next(e for e in x.entities if e.props.get("kind") == "guaranty")
    assert guaranty.props.get("date") == "2003-06-02"  # "dated as of the date hereof"


def test_a_term_defined_in_passing_after_no_company_names_no_guarantor() -> None:
    text = _MEZZANINE.replace(
        'Harbor Capital Corporation ("Harbor")', 'the harbor facilities ("Harbor")'
    )
    x = extract_text(text)
    assert not any(target == "Credit Agreement" for _, target in edges(x, "SECURES"))
