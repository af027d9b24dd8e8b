"""A signature block that gives the company's trade name on the line under its name, "HALVERN
UTILITIES CORPORATION, dba" / "HALVERN POWER COMPANY" (``signatures.former_name_cue`` in
:mod:`ingest.signatures.former_names`): one company, the one named before the cue, signing in
the role the preamble gives it; the trade name is neither a party of its own nor a role ("Power
Company" reads as a role term otherwise). The near miss: two companies' blocks one under the
other stay two parties. Passages written for this test (invented parties)."""

from __future__ import annotations

from tests.passages import edges, extract_text


def _agreement(block: str) -> str:
    return f"""CREDIT AGREEMENT

THIS CREDIT AGREEMENT, dated as of June 1, 2011, is by and between HALVERN UTILITIES \
CORPORATION, dba HALVERN POWER COMPANY, a Minnesota corporation (the "Borrower"), and \
BRANTLEY NATIONAL BANK, a national banking association (the "Bank").

Section 2.1 The Commitment. The Bank agrees to make loans to the Borrower from time to time.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed as of the \
date first above.

{block}
By: /s/ Nora Pell
Title: Chief Financial Officer

BRANTLEY NATIONAL BANK
By: /s/ Carl Ames
Title: Vice President
"""


_DBA = _agreement("HALVERN UTILITIES CORPORATION, dba\nHALVERN POWER COMPANY")
_D_B_A = _agreement("HALVERN UTILITIES CORPORATION , d/b/a\n\nHALVERN POWER COMPANY")

#: near miss: the borrower's block, then another company's block right under it
_TWO_BLOCKS = _agreement(
    "HALVERN UTILITIES CORPORATION\nBy: /s/ Nora Pell\nTitle: Treasurer\n\n"
    "HALVERN POWER COMPANY, as a guarantor"
)


def _parties(text: str) -> dict[str, object]:
    x = extract_text(text)
    by_ref = {e.ref: e for e in x.entities}
    return {
        str(by_ref[r.source].props.get("name")).lower(): r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO"
        and r.source in by_ref
        and r.target in by_ref
        and by_ref[r.target].props.get("title") == "Credit Agreement"
    }


def test_a_trade_name_under_the_company_line_is_the_same_company() -> None:
    for text in (_DBA, _D_B_A):
        parties = _parties(text)
        assert "halvern power company" not in parties
        assert parties["halvern utilities corporation"] == "Borrower"


def test_the_borrower_signs_the_agreement_once() -> None:
    signed = {s.lower() for s, _ in edges(extract_text(_DBA), "SIGNED")}
    assert signed == {"nora pell", "carl ames"}


def test_two_companies_blocks_one_under_the_other_stay_two_parties() -> None:
    parties = _parties(_TWO_BLOCKS)
    assert {"halvern utilities corporation", "brantley national bank"} <= set(parties)
