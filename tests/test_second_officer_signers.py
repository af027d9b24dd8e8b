"""A second officer signing for a company one officer has signed for, "By: /s/" with the name
typed on the lines below and no company line of its own (:mod:`ingest.signatures.block_reader`):
passages written for this test."""

from __future__ import annotations

from tests.passages import extract_text

_PAGE = (
    "CREDIT AGREEMENT\n\n"
    'CREDIT AGREEMENT ("Agreement"), dated as of June 2, 2003, between HARBOR LOAN FUNDING, '
    'INC., a Delaware corporation ("Borrower") and NORDBANK AG, NEW YORK BRANCH, a branch of a '
    'banking institution ("Lender").\n\n'
    "1. The Lender agrees to make loans to the Borrower not to exceed $45,000,000.\n\n"
    "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed by their "
    "respective\nofficers thereunto duly authorized, as of the date first above written.\n\n\n"
    "BORROWER:\n\nHARBOR LOAN FUNDING, INC.\n\n\n"
    "By:\t\u00a0\t/s/\u00a0\u00a0\u00a0\u00a0ALAN PIKE\n\n\nName:\nAlan Pike\nTitle:\nPresident\n"
    "\n\n\n\nLENDER:\n\nNORDBANK AG, NEW YORK BRANCH\n\n"
    "By:\t\u00a0\t/s/\u00a0\u00a0\u00a0\u00a0GRETA HOLM\n\n\nName:\nGreta Holm\nTitle:\nDirector\n"
    "\n\n\n\n\n\n"
    "By:\t\u00a0\t/s/\u00a0\u00a0\u00a0\u00a0PIET SMIT\n\n\nName:\nPiet Smit\nTitle:\n"
    "Managing Director\n\n\n"
)


def _signed(text: str) -> dict[str, tuple[object, object]]:
    x = extract_text(text)
    names = {e.ref: str(e.props.get("name")) for e in x.entities}
    return {
        names[r.source]: (r.props.get("title"), r.props.get("on_behalf_of"))
        for r in x.relations
        if r.type == "SIGNED"
    }


def test_the_second_officer_signs_for_the_company_above_with_its_own_title() -> None:
    signed = _signed(_PAGE)
    bank = "party:nordbank ag new york branch"
    assert signed["Greta Holm"] == ("Director", bank)
    assert signed["Piet Smit"] == ("Managing Director", bank)
    assert signed["Alan Pike"] == ("President", "party:harbor loan funding inc")


def test_a_blank_second_slot_adds_no_signer() -> None:
    text = _PAGE.replace(
        "By:\t\u00a0\t/s/\u00a0\u00a0\u00a0\u00a0PIET SMIT\n\n\nName:\nPiet Smit\nTitle:\n"
        "Managing Director\n",
        "By:\nName:\nTitle:\n",
    )
    signed = _signed(text)
    assert set(signed) == {"Alan Pike", "Greta Holm"}
    assert signed["Greta Holm"] == ("Director", "party:nordbank ag new york branch")
