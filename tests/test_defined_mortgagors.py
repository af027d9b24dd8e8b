"""A credit agreement's definition of its mortgagors ('"Mortgagors" means A, B and C'), the
companies that mortgage their real estate to secure the loans, names who stands behind the
deal's obligations as a definition of its guarantors or pledgors does
(:data:`ingest.roles._GUARANTOR_TERM`, read by :mod:`ingest.relations.role_guaranty`): each
company it lists SECURES the agreement. A definition of the mortgagee (the lender's agent) or
a mention of "any mortgagor" secures nothing. Passages written for this test (invented
parties)."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import edges, extract_text


def _secures(x: Extraction) -> set[tuple[str, str]]:
    return {(s.upper(), t.upper()) for s, t in edges(x, "SECURES")}


_HEAD = (
    "CREDIT AGREEMENT\n\n"
    "THIS CREDIT AGREEMENT dated as of June 2, 1998 is among LAKEVIEW CARE HOLDINGS, INC., "
    "PINECREST MANOR NURSING CORPORATION, WILLOW BEND CARE CENTER CORPORATION and HARBOR VIEW "
    'REHABILITATION CORPORATION, as joint and several borrowers (each a "Borrower"), the '
    'lenders party hereto (the "Lenders") and GRANITE STATE BANK, as administrative agent (the '
    '"Agent").\n\n'
    "ARTICLE I. DEFINITIONS\n\n"
)
_TAIL = (
    "SECTION 2.01. Commitments. Each Lender severally agrees to make Loans to the Borrower.\n\n"
    "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.\n\n"
    "LAKEVIEW CARE HOLDINGS, INC.\n\nBy: ____________\nTitle: President\n\n"
    "GRANITE STATE BANK, as Agent and as a Lender\n\nBy: ____________\nTitle:\n"
)


def test_each_mortgagor_the_definition_lists_secures_the_agreement() -> None:
    text = (
        _HEAD + '"Mortgagors" means Pinecrest Manor Nursing Corporation, Willow Bend Care '
        "Center Corporation and Harbor View Rehabilitation Corporation.\n\n"
        '"Mortgages" means the mortgages of the Mortgagors in favor of the Agent.\n\n' + _TAIL
    )
    secures = _secures(extract_text(text))
    for name in (
        "PINECREST MANOR NURSING CORPORATION",
        "WILLOW BEND CARE CENTER CORPORATION",
        "HARBOR VIEW REHABILITATION CORPORATION",
    ):
        assert (name, "CREDIT AGREEMENT") in secures, secures


def test_a_mortgagee_or_a_mortgagor_in_passing_secures_nothing() -> None:
    text = (
        _HEAD + '"Mortgagee" means Granite State Bank, as agent for the Lenders.\n\n'
        '"Real Estate" means any real property of which any mortgagor under a Mortgage is '
        "the owner.\n\n" + _TAIL
    )
    secures = _secures(extract_text(text))
    assert not {s for s, _ in secures} - {"LAKEVIEW CARE HOLDINGS, INC."}, secures


def test_a_mortgagor_named_only_in_the_definition_makes_no_second_company() -> None:
    """The definition names a borrower otherwise than the preamble: no new party for it."""
    text = _HEAD + '"Mortgagors" means Pinecrest Manor Nursing Center Corp.\n\n' + _TAIL
    names = {str(e.props.get("name")).upper() for e in extract_text(text).entities}
    assert "PINECREST MANOR NURSING CENTER CORP." not in names, names
