"""A grant that lists the collateral and names the list by a term ("Borrower hereby grants Lender
a continuing security interest in all of Borrower's present and future accounts, inventory,
equipment ... (the Collateral)") secures the obligations with one asset, the term the rest of
the document uses, not also with the list it names; a grant whose list has no term keeps the
list. Shapes of drafting, on passages written for these tests."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import extract_text

_AGREEMENT = """\
                         LOAN AND SECURITY AGREEMENT

THIS LOAN AND SECURITY AGREEMENT is entered into on {date} between {bank}
(hereinafter Lender) and {borrower}, a Nevada corporation (Borrower).

1.  Lender will make revolving loans to Borrower up to $400,000.

2.  To secure the payment of all of Borrower's obligations to Lender under this
Agreement, Borrower hereby grants Lender a continuing security interest in {grant}.

IN WITNESS WHEREOF, the parties have executed this Agreement.
"""


def _assets(x: Extraction) -> set[str]:
    return {str(e.props.get("description")) for e in x.entities if e.label == "Asset"}


def test_a_listed_grant_named_by_a_bare_term() -> None:
    x = extract_text(
        _AGREEMENT.format(
            date="April 4, 2018",
            bank="SILVER SAGE BANK",
            borrower="Dunmore Optical, Inc.",
            grant="all of Borrower's present and future accounts, inventory, equipment,\n"
            "general intangibles and the proceeds of all of the foregoing (the Collateral)",
        )
    )
    assert _assets(x) == {"Collateral"}


def test_a_listed_grant_named_by_a_quoted_term() -> None:
    x = extract_text(
        _AGREEMENT.format(
            date="September 1, 2013",
            bank="GOLD CANYON BANK",
            borrower="Keeler Road Bakeries, Inc.",
            grant="all of its inventory, equipment and receivables, wherever located\n"
            '(collectively, the "Business Collateral")',
        )
    )
    assert _assets(x) == {"Business Collateral"}


def test_a_listed_grant_without_a_term_keeps_its_list() -> None:
    x = extract_text(
        _AGREEMENT.format(
            date="January 8, 2016",
            bank="MESA VERDE BANK",
            borrower="Pinyon Tile Works, Inc.",
            grant="all of Borrower's equipment and inventory, now owned or hereafter acquired",
        )
    )
    assert _assets(x) and "Collateral" not in _assets(x)
