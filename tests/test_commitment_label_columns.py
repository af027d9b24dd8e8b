"""A bank-form syndicated credit agreement whose signature pages type each lender's commitment
in a labelled column at the left of its name ("Revolving Credit" over "Commitment $25,000,000"),
a bank's name wrapped after its "AND", co-agents named together before one plural capacity,
lenders that lend "severally (and not jointly)", and notes "delivered to the Agent by the
Borrower and payable to the order of a Lender" (``ingest.signatures.commitment_columns``,
``ingest.signatures.wrapped_heads``, ``ingest.relations.signed_commitments``,
``ingest.parties.shared_capacities``, ``ingest.instruments.several_lending``,
``ingest.relations.defined_notes_to_by``): passages composed in those shapes, and near misses."""

from __future__ import annotations

from ingest.extract import Extraction
from tests.passages import edges, extract_text, own_roles


def _agreement(preamble_banks: str, lending: str, pages: str) -> str:
    return f"""$150,000,000

CREDIT AGREEMENT

This Credit Agreement, dated as of May 5, 1998, is among KESTREL FOODS CORPORATION, a \
Delaware corporation, the Lenders (as hereinafter defined), {preamble_banks}.

ARTICLE I

DEFINITIONS

"Agent" means Lakeshore National Bank in its capacity as agent for the Lenders.

"Borrower" means Kestrel Foods Corporation, a Delaware corporation.

"Lenders" means the lending institutions listed on the signature pages of this Agreement.

"Facility Termination Date" means May 5, 2003 or any earlier date on which the Aggregate \
Commitment is reduced to zero.

"Loan" means, with respect to a Lender, such Lender's portion of any Advance.

"Note" means a promissory note in substantially the form of Exhibit A hereto, duly executed \
and delivered to the Agent by the Borrower and payable to the order of a Lender in the \
amount of its Commitment.

ARTICLE II

THE CREDITS

2.1. Advances. {lending}

IN WITNESS WHEREOF, the Borrower, the Lenders and the Agent have executed this Agreement as \
of the date first above written.

KESTREL FOODS CORPORATION

By:

Title:

{pages}"""


def _pages(label: str, colon: str, second: tuple[str, str]) -> str:
    """The lenders' pages: the commitments column's label at the left ("Revolving Credit" over
    "Commitment"), each lender's name and capacity beside it; ``second`` is the second bank's
    name as its block wraps it over two lines."""
    pad = " " * (20 - len(label))
    return f"""Commitments

{label}{pad}                LAKESHORE NATIONAL BANK,
Commitment{colon}          $60,000,000   Individually and as Agent

By:

Title:


{label}{pad}                {second[0]}
Commitment{colon}          $50,000,000   {second[1]}
Individually and as Co-Agent

By:

Title:


{label}{pad}                THE OSWEGO BANK OF COMMERCE,
Commitment{colon}          $40,000,000   Individually and as Co-Agent


By:

Title:

Aggregate Initial
{label}
Commitment{colon}          $150,000,000
"""


_HARBOR = _agreement(
    "LAKESHORE NATIONAL BANK, individually and as Agent, and PRAIRIE STATE TRUST AND SAVINGS "
    "BANK and THE OSWEGO BANK OF COMMERCE, individually and as Co-Agents",
    "From the date hereof to the Facility Termination Date, each Lender severally (and not "
    "jointly) agrees, on the terms and conditions set forth in this Agreement, to make Loans "
    "to the Borrower from time to time.",
    _pages("Revolving Credit", "", ("PRAIRIE STATE TRUST AND", "SAVINGS BANK,")),
)

#: the same shape, other banks and wording: "Term Loan" over "Commitment:", "severally and not
#: jointly, agrees", "as Co-Agents" without "individually"
_DUNMORE = _agreement(
    "LAKESHORE NATIONAL BANK, as Agent, and CEDAR VALLEY SAVINGS AND LOAN ASSOCIATION and THE "
    "OSWEGO BANK OF COMMERCE, as Co-Agents",
    "Each Lender, severally and not jointly, agrees to make Loans to Borrower in amounts not "
    "to exceed its Commitment.",
    _pages("Term Loan", ":", ("CEDAR VALLEY SAVINGS AND", "LOAN ASSOCIATION,")),
)


def _lent(x: Extraction) -> dict[str, object]:
    n = _named(x)
    return {n[r.source]: r.props.get("amount") for r in x.relations if r.type == "LENDS_TO"}


def _named(x: Extraction) -> dict[str, str]:
    """A party's name in lower case, whatever case the pages typed it in."""
    return {e.ref: str(e.props.get("name")).lower() for e in x.entities}


_SECOND = {
    id(_HARBOR): "prairie state trust and savings bank",
    id(_DUNMORE): "cedar valley savings and loan association",
}


def _banks(text: str) -> dict[str, int]:
    return {
        "lakeshore national bank": 60_000_000,
        _SECOND[id(text)]: 50_000_000,
        "the oswego bank of commerce": 40_000_000,
    }


def test_each_lender_of_a_commitments_column_lends_its_amount_and_no_wrapped_tail_signs() -> None:
    for text in (_HARBOR, _DUNMORE):
        x = extract_text(text)
        assert _lent(x) == _banks(text)
        assert not {"savings bank", "loan association"} & set(_named(x).values())


def test_co_agents_named_together_each_hold_the_plural_capacity() -> None:
    for text in (_HARBOR, _DUNMORE):
        roles = {k.lower(): v for k, v in own_roles(extract_text(text)).items()}
        assert roles[_SECOND[id(text)]] == "Co-Agent"
        assert roles["the oswego bank of commerce"] == "Co-Agent"
        assert roles["lakeshore national bank"] == "Agent"


def test_loans_lent_severally_and_not_jointly_are_the_facility_each_lenders_note_held() -> None:
    for text in (_HARBOR, _DUNMORE):
        x = extract_text(text)
        assert ("Loans", "Credit Agreement") in edges(x, "ISSUED_UNDER")
        assert _facility_ends(x) == {"Loans": "2003-05-05"}
        n = _named(x)
        holders = {n[r.source] for r in x.relations if r.type == "HOLDS"}
        assert holders == set(_banks(text))


def _facility_ends(x: Extraction) -> dict[str, object]:
    return {
        str(e.props.get("title")): e.props.get("maturity_date")
        for e in x.entities
        if e.props.get("kind") == "credit_facility"
    }


#: each lender funds its share of the advances, the advance defined as a borrowing
_PRO_RATA = _agreement(
    "LAKESHORE NATIONAL BANK, as Agent",
    "Each Lender severally agrees, on the terms and conditions set forth in this Agreement, to "
    "fund its Pro Rata Share of Advances to the Borrower from time to time.",
    _pages("Revolving Credit", "", ("PRAIRIE STATE TRUST AND", "SAVINGS BANK,")),
).replace(
    '"Loan" means, with respect to a Lender,',
    '"Advance" means a borrowing hereunder made by the Lenders on the same day.\n\n"Loan" means,'
    " with respect to a Lender,",
)
#: near miss: each lender funds its share of a participation, no loans of its own
_PARTICIPATION = _PRO_RATA.replace(
    "fund its Pro Rata Share of Advances to the Borrower",
    "fund its Pro Rata Share of each drawing under a Letter of Credit",
)


def test_advances_each_lender_funds_a_share_of_are_the_facility_a_drawing_share_is_not() -> None:
    assert _facility_ends(extract_text(_PRO_RATA)) == {"Advances": "2003-05-05"}
    assert "Advances" not in _facility_ends(extract_text(_PARTICIPATION))


#: near misses: a label beside a block's "By:" line is another layout's, left as typed; a
#: capacity after one name alone stays that name's
_BESIDE_BY = _agreement(
    "LAKESHORE NATIONAL BANK, as Agent",
    "Each Lender severally agrees to make Loans to the Borrower.",
    """LAKESHORE NATIONAL BANK, as Agent

Revolving Credit
Commitment:       $60,000,000       By: /s/ Ann Vole
Its Vice President
""",
)


def test_a_label_beside_a_by_line_or_a_single_capacity_changes_nothing() -> None:
    x = extract_text(_BESIDE_BY)
    assert {k.lower(): v for k, v in own_roles(x).items()}["lakeshore national bank"] == "Agent"
    assert not any(r.props.get("role") == "Co-Agent" for r in x.relations)
    assert ("Ann Vole", "Credit Agreement") in edges(x, "SIGNED")


def _opening(parties: str) -> str:
    return f"""CREDIT AGREEMENT

This Credit Agreement, dated as of May 1, 1997, is among {parties}.

ARTICLE I

"Lenders" means the lending institutions listed on the signature pages hereof.

IN WITNESS WHEREOF, the parties have executed this Agreement.

HARLOW TOOLS, INC.

By: /s/ John Smith
Title: President
"""


def test_borrowers_named_together_each_borrow_in_the_singular() -> None:
    for parties in (
        "HARLOW TOOLS, INC. and HARLOW PARTS CO., as Borrowers, the Lenders (as hereinafter "
        "defined), and FIRST BANK OF OHIO, as Agent",
        "HARLOW TOOLS, INC., HARLOW PARTS CO. and HARLOW FREIGHT LLC, as Co-Borrowers, and FIRST "
        "BANK OF OHIO, as Agent",
    ):
        roles = {k.lower(): v for k, v in own_roles(extract_text(_opening(parties))).items()}
        assert roles["harlow tools, inc."] in ("Borrower", "Co-Borrower"), roles
        assert roles["harlow parts co."] == roles["harlow tools, inc."], roles


def test_a_term_naming_another_role_after_the_plural_capacity_is_the_parties_role() -> None:
    """Near miss: "as Co-Documentation Agents (each in such capacity, a "Documentation
    Agent")": the term, not the capacity, names the role of the banks before the last."""
    text = _opening(
        "HARLOW TOOLS, INC., as Borrower, FIRST BANK OF OHIO, as Agent, and MERCER BANK, N.A. "
        'and THE HARBOR BANK, as Co-Documentation Agents (each in such capacity, a "Documentation '
        'Agent")'
    )
    roles = {k.lower(): v for k, v in own_roles(extract_text(text)).items()}
    assert roles["mercer bank, n.a."] == "Documentation Agent"
