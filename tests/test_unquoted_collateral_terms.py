"""A grant that defines the collateral it grants in a parenthesis without quotes ("(collectively,
the Pledged Collateral)"), as drafts in unquoted defined terms read: the collateral SECURES what
the grant secures, as it does when the term is quoted."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import extract_text

_PLEDGE = """PLEDGE AGREEMENT

PLEDGE AGREEMENT, dated as of October 1, 2020 (this Agreement), made by ALDER GROVE HOLDINGS,
INC., a Delaware corporation (hereinafter, the Pledgor), in favor of CASTELLAN BANK, N.A. (the
Lender).

WHEREAS, the Pledgor and the Lender are parties to the Loan Agreement dated as of October 1,
2020 (the Loan Agreement).

2. Pledge. As collateral security for the payment of the obligations under the Loan
Agreement, the Pledgor hereby pledges, assigns and grants to the Lender a first priority
security interest in (a) the shares of stock listed on Schedule I (the Pledged Shares), (b)
all dividends thereon and (c) all proceeds of the foregoing (collectively, the Pledged
Collateral).
"""

_SECURITY = """SECURITY AGREEMENT

SECURITY AGREEMENT dated as of July 7, 2015 between MERRICK TOOL WORKS LLC (the Debtor) and
HARBORSIDE COMMERCIAL BANK (the Bank).

WHEREAS, the Debtor and the Bank are parties to the Loan Agreement dated as of July 7, 2015
(the Loan Agreement).

1. Grant. To secure the obligations of the Debtor under the Loan Agreement, the Debtor hereby
grants to the Bank a security interest in all of its machinery, equipment and
tools, wherever located, and all accessions thereto (together, the Equipment Collateral).
"""


def _secured_by_assets(x: Extraction) -> set[tuple[str, str]]:
    """(collateral, what it secures) of each SECURES edge from an Asset."""
    names = {e.ref: str(e.props.get("description") or e.props.get("title")) for e in x.entities}
    assets = {e.ref for e in x.entities if e.label == "Asset"}
    return {
        (names[r.source].removeprefix("the "), names[r.target])
        for r in x.relations
        if r.type == "SECURES" and r.source in assets
    }


def test_the_pledged_collateral_without_quotes_secures_the_loan() -> None:
    assert ("Pledged Collateral", "Loan Agreement") in _secured_by_assets(extract_text(_PLEDGE))


def test_equipment_collateral_without_quotes() -> None:
    secured = _secured_by_assets(extract_text(_SECURITY))
    assert ("Equipment Collateral", "Loan Agreement") in secured


def test_a_reference_in_parentheses_defines_no_collateral() -> None:
    """Near miss: a parenthesis that mentions other collateral ("(including the Deposit
    Collateral)") far into the grant's list is no term of what the grant gives."""
    text = _SECURITY.replace(
        "(together, the Equipment Collateral)",
        "and all books, records, warranties and service contracts relating to any of the "
        "foregoing (including the Deposit Collateral)",
    )
    assert "Deposit Collateral" not in {s for s, _ in _secured_by_assets(extract_text(text))}
