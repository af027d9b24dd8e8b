"""A credit agreement's definition of the guarantee it requires, titled "Guarantee Agreement"
(or "Guaranty Agreement") and naming its giver with the giver's own term: '"Guarantee
Agreement": the Guarantee Agreement to be executed and delivered by Acme Storage, LLC, a
Wisconsin limited liability company (the "Subsidiary Guarantor")'. The document is the
"Guarantee Agreement" (not a "Guarantee" whose alias is the giver's term), and its giver is
party to it as guarantor."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import extract_text

_HEAD = """\
                                CREDIT AGREEMENT

     THIS CREDIT AGREEMENT, dated as of {date}, is entered into by and among
{borrower}, a Delaware corporation (the "Borrower"), the several banks from time
to time parties hereto (the "Lenders"), and {agent}, as administrative agent (the
"Administrative Agent").

     1.1 Defined Terms.

{definition}

     2.1 Loans. Each Lender severally agrees to make loans to the Borrower.
"""

_COLON = _HEAD.format(
    date="February 1, 2024",
    borrower="ALDER CREEK FOODS CORPORATION",
    agent="LAKESHORE NATIONAL BANK",
    definition='     "Guarantee Agreement": the Guarantee Agreement to be executed and delivered\n'
    "by Alder Creek Cold Storage, LLC, a Wisconsin limited liability company (the\n"
    '"Subsidiary Guarantor"), substantially in the form of Exhibit B.',
)

_MEANS = _HEAD.format(
    date="July 9, 2018",
    borrower="REDFERN TOOL CORP.",
    agent="COPPER STATE BANK",
    definition='     "Guaranty Agreement" means the Guaranty Agreement of even date herewith made\n'
    'by Redfern Holdings, Inc., a Nevada corporation (the "Parent"), in favor of\n'
    "the Administrative Agent.",
)


def _agreements(x: Extraction) -> dict[str, tuple[str, ...]]:
    return {str(e.props["title"]): e.aliases for e in x.entities if e.label == "Agreement"}


def _parties_to(x: Extraction, title: str) -> set[str]:
    names = {e.ref: str(e.props.get("name") or e.props.get("title")) for e in x.entities}
    return {
        names[r.source] for r in x.relations if r.type == "PARTY_TO" and names[r.target] == title
    }


def test_a_colon_definition_of_a_guarantee_agreement() -> None:
    x = extract_text(_COLON)
    agreements = _agreements(x)
    assert "Guarantee Agreement" in agreements
    assert "Guarantee" not in agreements
    assert "Subsidiary Guarantor" not in agreements["Guarantee Agreement"]
    assert "Alder Creek Cold Storage, LLC" in _parties_to(x, "Guarantee Agreement")


def test_a_guaranty_agreement_made_by_a_parent_with_its_term() -> None:
    x = extract_text(_MEANS)
    agreements = _agreements(x)
    assert "Guaranty Agreement" in agreements
    assert "Parent" not in agreements["Guaranty Agreement"]
    assert "Redfern Holdings, Inc." in _parties_to(x, "Guaranty Agreement")


def test_a_guaranty_titled_alone_keeps_its_title() -> None:
    """Near miss: a document titled "Guaranty" alone is the "Guaranty"."""
    x = extract_text(_MEANS.replace("Guaranty Agreement", "Guaranty"))
    assert "Guaranty" in _agreements(x)
