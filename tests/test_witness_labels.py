"""A witness who signs "in the presence of" a party has a label of its own under the rule
("Unofficial Witness", "Attesting Witness"): that line names no company, so neither the witness
nor a notary signing below it becomes a party or a signer. A company whose name only holds the
word keeps its block. Passages written for the test.
"""

from __future__ import annotations

import pytest

from tests.passages import edges, entity_names, extract_text

_GUARANTY = """GUARANTY

This Guaranty is made as of {date} by {guarantor_1} and {guarantor_2}, individuals
(together, "Guarantor"), for the benefit of {lender}, a Georgia limited liability company
("Lender").

1. Guarantor unconditionally guarantees to Lender the payment of the Note made by {maker}.

IN WITNESS WHEREOF, Guarantor has executed this Guaranty under seal as of the date above.

                                    GUARANTOR:

                                    /s/ {guarantor_1}           (SEAL)
                                    ------------------------------
                                    {guarantor_1_caps}

                                    /s/ {guarantor_2}           (SEAL)
                                    ------------------------------
                                    {guarantor_2_caps}

{cue}

/s/ {witness}
------------------------------
{label}

/s/ {notary}
------------------------------
Notary Public
My commission expires: {expires}
"""


@pytest.mark.parametrize(
    ("guarantors", "witness", "label", "notary", "cue"),
    [
        (
            ("Martin J. Okafor", "Leah Okafor"),
            "Douglas Wren",
            "Unofficial Witness",
            "Sally T. Brandt",
            "Signed, sealed and delivered\nin the presence of:",
        ),
        (
            ("Ivan Petrakis", "Helen Ruiz-Petrakis"),
            "Carmen Yates",
            "Attesting Witness",
            "Roy E. Lindqvist",
            "Executed in the presence of:",
        ),
    ],
)
def test_a_witness_label_under_a_signature_names_no_party(
    guarantors: tuple[str, str], witness: str, label: str, notary: str, cue: str
) -> None:
    text = _GUARANTY.format(
        date="June 3, 2009",
        guarantor_1=guarantors[0],
        guarantor_2=guarantors[1],
        guarantor_1_caps=guarantors[0].upper(),
        guarantor_2_caps=guarantors[1].upper(),
        lender="PEACHTREE BRIDGE LENDING, LLC",
        maker="Oakline Suites, LLC",
        cue=cue,
        witness=witness,
        label=label,
        notary=notary,
        expires="May 1, 2012",
    )
    x = extract_text(text)
    signed = {source for source, _ in edges(x, "SIGNED")}
    parties = {source for source, _ in edges(x, "PARTY_TO")}
    assert set(guarantors) <= signed
    assert label not in entity_names(x).values()
    for outsider in (witness, notary, label):
        assert outsider not in signed | parties


def test_a_company_named_with_the_word_keeps_its_block() -> None:
    text = """LOAN AGREEMENT

This Loan Agreement is made as of March 1, 2011 between Harlan Cove Marine, Inc., a Maine
corporation ("Borrower"), and First Witness Capital, LLC, a Delaware limited liability
company ("Lender").

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date above.

HARLAN COVE MARINE, INC.

By: /s/ Peter Quill
Name: Peter Quill
Title: President

FIRST WITNESS CAPITAL, LLC

By: /s/ Dana Moretti
Name: Dana Moretti
Title: Managing Member
"""
    x = extract_text(text)
    assert ("Dana Moretti", "Loan Agreement") in edges(x, "SIGNED")
    assert any("First Witness Capital" in s for s, _ in edges(x, "PARTY_TO"))
