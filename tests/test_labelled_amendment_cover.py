"""A cover that heads the agreement and, on the line under it, the amendment the document is
("CONTINENTAL WIDGETS, INC." / "CREDIT AGREEMENT" / "Amendment No. 1" over "This Agreement,
dated as of ... is among ..."): the document is that amendment of the headed agreement, and
the agreement it refers to "as in effect on the date hereof prior to giving effect to this
Agreement (the "Credit Agreement")" keeps its term. Found by a blind annotation (h14-b) of a
1995 filing; passages written for the test in that general shape, never copied from a filing.
"""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

_COVER = """Exhibit 10.21A

{company_upper}

{heading}

{label}

This Agreement, dated as of September 29, 1995 is among {company}, a Delaware corporation,
certain of its subsidiaries and {bank}, in its capacity as Administrative Agent for itself and
the other Lenders. The parties agree as follows:

1.  Reference to Credit Agreement. Reference is made to the Amended and Restated {base} dated as
of October 1, 1994, as in effect on the date hereof prior to giving effect to this Agreement (the
"{term}"), among the Company, the Lenders and the Administrative Agent.

2.  Amendment. Section 7.13 of the {term} is amended to read in its entirety as follows: "7.13.
Leverage. The Company shall not permit its leverage to exceed 6.0 to 1.0."
"""


@pytest.mark.parametrize(
    ("company", "bank", "heading", "label", "base", "term", "title"),
    [
        (
            "Continental Widgets, Inc.",
            "The First National Bank of Boston",
            "CREDIT AGREEMENT",
            "Amendment No. 1",
            "Credit Agreement",
            "Credit Agreement",
            "Amendment No. 1 to Credit Agreement",
        ),
        (
            "Harbor Freight Lines, Inc.",
            "Mellon Bank, N.A.",
            "LOAN AGREEMENT",
            "SECOND AMENDMENT",
            "Loan Agreement",
            "Loan Agreement",
            "Second Amendment",
        ),
    ],
)
def test_cover_label_names_the_amendment(
    company: str, bank: str, heading: str, label: str, base: str, term: str, title: str
) -> None:
    x = extract_text(
        _COVER.format(
            company=company,
            company_upper=company.upper(),
            bank=bank,
            heading=heading,
            label=label,
            base=base,
            term=term,
        )
    )
    own = next(e for e in x.entities if e.ref == "agreement:self")
    # a label in capitals is a heading of its own, the title the block gives the document
    assert own.props["title"] == title and own.props["kind"] == "amendment"
    assert (title, f"Amended and Restated {base}") in edges(x, "AMENDS")


def test_an_article_heading_under_the_title_is_no_label() -> None:
    text = _COVER.format(
        company="Continental Widgets, Inc.",
        company_upper="CONTINENTAL WIDGETS, INC.",
        bank="Mellon Bank, N.A.",
        heading="CREDIT AGREEMENT",
        label="ARTICLE I",
        base="Credit Agreement",
        term="Credit Agreement",
    )
    own = next(e for e in extract_text(text).entities if e.ref == "agreement:self")
    assert own.props["kind"] != "amendment"
