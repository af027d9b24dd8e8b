"""A party's term that adds its successors ("(together with its successors and assigns, the
"Lender")", unquoted "(together with its successors and assigns, the Bank)") names that one
party; "together" there joins no list, so a company named earlier without a term of its own
is no "Lender". A real joint term ("(together with the Borrower, the "Obligors")") still names
the list. Passages written for the test in the shape of a guaranty's or loan's opening."""

from __future__ import annotations

import pytest

from ingest.defined_terms import find_definitions
from tests.passages import extract_text


def _aliases(text: str) -> dict[str, tuple[str, ...]]:
    x = extract_text(text)
    return {str(e.props["name"]): e.aliases for e in x.entities if e.label == "Party"}


@pytest.mark.parametrize(
    ("opening", "giver", "bank", "term"),
    [
        (
            "GUARANTY\n\nThis Guaranty is made by Pelham Foundry Corp. in favor of Ashcombe "
            'Savings Bank (together with its successors and assigns, the "Lender").\n',
            "Pelham Foundry Corp.",
            "Ashcombe Savings Bank",
            "Lender",
        ),
        (
            "PLEDGE AGREEMENT\n\nThis Pledge Agreement is given by Norrland Timber LLC to "
            "Whitcombe Trust Company, as agent (together with its permitted successors and "
            "assigns, the Agent).\n",
            "Norrland Timber LLC",
            "Whitcombe Trust Company",
            "Agent",
        ),
    ],
)
def test_a_successors_clause_names_only_its_party(
    opening: str, giver: str, bank: str, term: str
) -> None:
    aliases = _aliases(opening)
    assert term in aliases[bank]
    assert term not in aliases.get(giver, ())


def test_a_successors_clause_is_no_collective_definition() -> None:
    text = 'Brisco Bank (together with its successors and assigns, the "Bank")'
    assert [d.collective for d in find_definitions(text)] == [False]


def test_a_joint_term_still_names_the_list() -> None:
    # near miss: "together with" another party defines a term for both
    aliases = _aliases(
        'CREDIT AGREEMENT\n\nThis Agreement is made by Ames Tooling Corp. (the "Borrower"), '
        'Bixby Castings LLC (together with the Borrower, the "Obligors") and Dorrance Bank '
        '(the "Bank").\n'
    )
    assert "Obligors" in aliases["Bixby Castings LLC"]
    assert "Bank" not in aliases["Bixby Castings LLC"]
