"""An attachment's heading that names the document it is attached to ("EXHIBIT A / TO / THIRD
AMENDMENT") gives the attachment no title of that name: the name after "to" is its parent's,
and its own title is the heading under it, if any (:mod:`ingest.structure.headings`). Without
this, each exhibit of an amendment became one more "Third Amendment", a split of the
amendment itself. Passages written for this test."""

from __future__ import annotations

from ingest.structure.analysis import analyze
from tests.passages import extract_text

_AMENDMENT = """                    SECOND AMENDMENT TO LOAN AGREEMENT

     THIS SECOND AMENDMENT TO LOAN AGREEMENT (this "Second Amendment") is dated as of \
July 1, 2002 between CEDAR GROVE MILLS, INC. (the "Borrower") and BAY STATE BANK (the "Bank").

     1. Schedule 2.1 to the Loan Agreement is replaced by Exhibit A to this Second Amendment.

CEDAR GROVE MILLS, INC.
By: /s/ Ellen Marsh, President

BAY STATE BANK
By: /s/ Tom Okafor, Vice President

<PAGE>

                                  EXHIBIT A
                                     TO
                              SECOND AMENDMENT

                                SCHEDULE 2.1

                                COMMITMENTS

Bay State Bank                                 $6,000,000

<PAGE>

                                  EXHIBIT B
                                     TO
                              SECOND AMENDMENT

                              FORM OF TERM NOTE

$2,000,000                                                   July 1, 2002

     FOR VALUE RECEIVED, the undersigned promises to pay to the order of the Bank ...
"""


def test_the_name_after_to_is_the_parent_not_the_attachment() -> None:
    titles = [a.title for a in analyze(_AMENDMENT).attachments]
    assert "SECOND AMENDMENT" not in titles
    assert "FORM OF TERM NOTE" in titles


def test_the_amendment_is_one_node() -> None:
    x = extract_text(_AMENDMENT)
    amendments = [e for e in x.entities if "Amendment" in str(e.props.get("title"))]
    assert [e.props.get("title") for e in amendments] == ["Second Amendment to Loan Agreement"]


def test_an_attachment_titled_on_its_own_heading_keeps_it() -> None:
    text = _AMENDMENT.replace("EXHIBIT B\n                                     TO\n", "EXHIBIT B\n")
    titles = [a.title for a in analyze(text).attachments]
    assert "SECOND AMENDMENT" in titles
