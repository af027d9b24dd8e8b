"""A capacity shared under a "co-" prefix after a party's name: "FLINT NATIONAL BANK, as
Co-Agent for the Lenders". The hyphenated word is the party's capacity like "Agent" alone,
never a name that happens to hold a hyphen ("Co-op", "Coca-Cola"). A collective term ("the
"Co-Agents"") stays no role of the companies that sign without a caption.
"""

from __future__ import annotations

from ingest.parties.role_words import is_shared_capacity
from tests.passages import extract_text, own_roles

_PREAMBLE = (
    "CREDIT AGREEMENT\n\n"
    "CREDIT AGREEMENT, dated as of May 9, 2002, by and among HARBORVIEW GRILLS, INC., a "
    'Tennessee corporation (the "Borrower"), SOUTHERN TRUST BANK OF TENNESSEE, as Agent for '
    "the Lenders, and FLINT NATIONAL BANK, as Co-Agent for the Lenders.\n\n"
    "SECTION 1. Loans.\n"
)


def test_the_co_agent_of_a_preamble() -> None:
    roles = own_roles(extract_text(_PREAMBLE))
    assert str(roles["FLINT NATIONAL BANK"]).lower() == "co-agent"
    assert roles["SOUTHERN TRUST BANK OF TENNESSEE"] == "Agent"


def test_co_capacities_and_names_with_hyphens() -> None:
    assert is_shared_capacity("Co-Agent")
    assert is_shared_capacity("Co-Borrower")
    assert not is_shared_capacity("Co-op")
    assert not is_shared_capacity("Coca-Cola")


def test_a_collective_co_term_gives_no_role_to_uncaptioned_signers() -> None:
    text = (
        "CREDIT AGREEMENT\n\n"
        "CREDIT AGREEMENT, dated as of May 9, 2002, by and among HARBORVIEW GRILLS, INC., a "
        'Tennessee corporation (the "Borrower"), the BANKS, and FLINT NATIONAL BANK and MOSS '
        'BANK, as Co-Agents (collectively, the "Co-Agents").\n\n'
        "SECTION 1. Loans.\n\n"
        "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
        "HARBORVIEW GRILLS, INC.\n\nBy: /s/ Ann Lee\nTitle: President\n\n"
        "QUARRY STATE BANK\n\nBy: /s/ Tom Roe\nTitle: Vice President\n"
    )
    roles = own_roles(extract_text(text))
    assert "agent" not in str(roles.get("QUARRY STATE BANK")).lower()
