"""A waiver that says its verb twice: "agrees to waive, and does hereby irrevocably waive and
relinquish X" (issue #13). What is waived follows the second verb: a waiver of the benefit of
stay and valuation laws is a defence given up, not a deal term, however the clause goes on.
Passages written in the shape, not copied.
"""

from __future__ import annotations

from ingest.relations.waivers import _RESTATED_VERB
from tests.passages import extract_text

AGREEMENT = """CREDIT AGREEMENT

THIS AGREEMENT (the "Agreement") is made as of the 9th day of October, 1997, by and between \
Lakeshore National Bank ("Bank") and Corvin Tool Company, an Ohio corporation ("Company").

1. THE LOANS

1.1 Commitment. The Bank agrees to lend to Company sums not to exceed $3,000,000.

9. REMEDIES

9.3 Waiver of Certain Laws. To the extent permitted by law, Company agrees to waive, and \
does hereby irrevocably waive and relinquish the benefit and advantage of any valuation, stay, \
appraisement or redemption laws which might apply to any sale of collateral, or any claim for \
interest on the loans made under this Agreement.

WITNESS the due execution hereof as of the day and year first above written.

LAKESHORE NATIONAL BANK            CORVIN TOOL COMPANY

By: /s/ Alma Reyes                 By: /s/ Dean Fowler
Its: Vice President                Its: Treasurer
"""


def _waives(text: str) -> list[tuple[str, object]]:
    x = extract_text(text)
    return [(r.target, r.props.get("what")) for r in x.relations if r.type == "WAIVES"]


def test_a_waiver_of_stay_and_valuation_laws_said_twice_is_no_deal_waiver() -> None:
    assert _waives(AGREEMENT) == []


def test_only_the_first_verb_of_a_restated_waiver_is_passed_over() -> None:
    assert _RESTATED_VERB.match(", and does hereby irrevocably waive and relinquish the benefit")
    assert _RESTATED_VERB.match(", and hereby waives compliance with Section 1.1")
    assert _RESTATED_VERB.match(" compliance with Section 1.1 and any Default") is None
