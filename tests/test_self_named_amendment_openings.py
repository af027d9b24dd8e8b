"""An earlier amendment attached after an amendment's signature pages ("a copy of which is
attached as Exhibit 1") whose opening names it in capitals and defines it under its heading
("AMENDMENT NO. 1 (this "Amendment") dated as of ...", "AMENDMENT NO. 1, dated as of ... (this
"Amendment No. 1"), to ...") signs on its own: the companies of its blocks are parties to it
and their signers SIGNED it. Before, only an opening in the voice "This Amendment ..." was
known, so the attached amendment's blocks were read as nobody's. Passages written for the test
in the shape of an amendment filed with the one before it.
"""

from __future__ import annotations

import pytest

from ingest.records import Extraction
from tests.passages import extract_text

_MAIN = """AMENDMENT NO. 2

AMENDMENT NO. 2 (this "Amendment") dated as of June 30, 1998 to the Credit Agreement dated as of
January 15, 1997 (as amended by the amendment attached as Exhibit 1, the "Agreement") among
HOLLIS PAPER CORPORATION (the "Company"), the banks listed on the signature pages thereof (the
"Banks") and MIDLAND STATE BANK, N.A., as agent (the "Agent").

1. Amendment. Section 5.03 of the Agreement is amended by deleting "2.50" and inserting "2.75".

2. Governing Law. This Amendment shall be governed by the laws of the State of New York.

IN WITNESS WHEREOF, the parties hereto have caused this Amendment to be duly executed as of the
date first above written.

HOLLIS PAPER CORPORATION

By /s/ Nora Quist
Title: Treasurer

MIDLAND STATE BANK, N.A., as Agent and as a Bank

By /s/ Carla Jeune
Title: Vice President

<PAGE> 5

EXHIBIT 1

{attached}

1. Amendment. Section 5.01 of the Agreement is amended by deleting "3.00" and inserting "3.25".

IN WITNESS WHEREOF, the parties hereto have caused this Amendment to be duly executed as of the
date first above written.

HOLLIS PAPER CORPORATION

By /s/ Martin Greaves
Title: Chief Financial Officer

MIDLAND STATE BANK, N.A., as Agent and as a Bank

By /s/ Dora Pellham
Title: Senior Vice President
"""

_OPENINGS = [
    'AMENDMENT NO. 1\n\nAMENDMENT NO. 1 (this "Amendment") dated as of September 30, 1997 to the '
    'Credit Agreement dated as of January 15, 1997 (the "Agreement") among HOLLIS PAPER '
    'CORPORATION (the "Company"), the banks listed on the signature pages thereof and MIDLAND '
    'STATE BANK, N.A., as agent (the "Agent").',
    "AMENDMENT NO. 1\n\n"
    'AMENDMENT NO. 1, dated as of September 30, 1997 (this "Amendment No. 1"), to the Credit '
    'Agreement dated as of January 15, 1997 among HOLLIS PAPER CORPORATION (the "Company"), the '
    'Banks and MIDLAND STATE BANK, N.A., as agent (the "Agent").',
]


def _attached(x: Extraction) -> str:
    return next(
        e.ref for e in x.entities if e.label == "Agreement" and e.props.get("date") == "1997-09-30"
    )


@pytest.mark.parametrize("opening", _OPENINGS)
def test_an_attached_self_named_amendment_is_signed_by_its_own_blocks(opening: str) -> None:
    x = extract_text(_MAIN.format(attached=opening))
    ref = _attached(x)
    names = {e.ref: str(e.props.get("name")) for e in x.entities if e.label == "Party"}
    signed = {names[r.source] for r in x.relations if r.type == "SIGNED" and r.target == ref}
    assert signed == {"Martin Greaves", "Dora Pellham"}, signed
    parties = {names[r.source] for r in x.relations if r.type == "PARTY_TO" and r.target == ref}
    assert {"HOLLIS PAPER CORPORATION", "MIDLAND STATE BANK, N.A."} <= parties, parties
    # the main amendment keeps its own signers
    main_signed = {
        names[r.source]
        for r in x.relations
        if r.type == "SIGNED" and r.target != ref and r.source in names
    }
    assert main_signed == {"Nora Quist", "Carla Jeune"}, main_signed


def test_a_capitalised_heading_that_defines_another_term_opens_no_amendment() -> None:
    """Near miss: an attached exhibit headed "AMENDMENT NO. 1 TO CREDIT AGREEMENT (the "Credit
    Agreement")" that defines the credit agreement, not itself, and gives no date: its blocks
    stay the main amendment's reading, no second amendment is made."""
    x = extract_text(
        _MAIN.format(
            attached='AMENDMENT NO. 1 TO CREDIT AGREEMENT (the "Credit Agreement") among the '
            "parties named below."
        )
    )
    assert not any(
        e.label == "Agreement" and e.props.get("date") == "1997-09-30" for e in x.entities
    )
