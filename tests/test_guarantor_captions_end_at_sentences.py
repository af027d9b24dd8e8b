"""A "SUBSIDIARY GUARANTORS:" caption ends at a sentence between the blocks (issue #13): the
holders or lenders who sign below "This Amendment is hereby accepted and agreed to as of the
date first written above." sign in a part of the pages of their own, and are no guarantors
(``roles._caption``, as the block reader reads the captions). Without a sentence between, the
blocks under the caption stay the guarantors'.
"""

from __future__ import annotations

from tests.passages import edges, extract_text

_AMENDMENT = """FIRST AMENDMENT TO NOTE PURCHASE AGREEMENT

THIS FIRST AMENDMENT (this "Amendment"), dated as of May 2, 2017, is among {company}, a \
Delaware corporation (the "Company"), the Subsidiary Guarantors signatory hereto and the \
holders of Notes signatory hereto.

1. The Company and the purchasers named therein are parties to a Note Purchase Agreement dated \
as of June 1, 2013 (the "Note Purchase Agreement"). The obligations of the Company under the \
Note Purchase Agreement are guaranteed by the Subsidiary Guarantors pursuant to the Subsidiary \
Guaranty dated as of June 1, 2013 (the "Subsidiary Guaranty").

2. Section 10.4 of the Note Purchase Agreement is amended by deleting "3.00" and inserting \
"3.25".

IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first written above.

{company}

By: /s/ Lee Harmon
Name: Lee Harmon
Title: Treasurer

SUBSIDIARY GUARANTORS:

{guarantor}

By: /s/ Lee Harmon
Name: Lee Harmon
Title: Treasurer

"""

_HOLDER = """{holder}

By: /s/ Dana Ruiz
Name: Dana Ruiz
Title: Managing Director
"""


def _secures(text: str) -> set[str]:
    return {s for s, _ in edges(extract_text(text), "SECURES")}


def test_holders_below_an_accepted_sentence_are_no_guarantors() -> None:
    text = _AMENDMENT.format(company="ORRIN GRAIN CORP.", guarantor="ORRIN MILLS, INC.") + (
        "[Signature Page to First Amendment]\n\n<PAGE>\n\nThis Amendment is hereby accepted "
        "and agreed to as of the date first written above.\n\n"
        + _HOLDER.format(holder="MERIDIAN LIFE INSURANCE COMPANY")
    )
    secures = _secures(text)
    assert "ORRIN MILLS, INC." in secures
    assert "MERIDIAN LIFE INSURANCE COMPANY" not in secures


def test_lenders_below_a_consent_sentence_are_no_guarantors() -> None:
    text = _AMENDMENT.format(company="PELL CASTINGS CORP.", guarantor="PELL FORGE LLC") + (
        "The undersigned holder consents to the foregoing Amendment in all respects.\n\n"
        + _HOLDER.format(holder="HALCYON ANNUITY COMPANY")
    )
    secures = _secures(text)
    assert "PELL FORGE LLC" in secures
    assert "HALCYON ANNUITY COMPANY" not in secures


def test_a_second_guarantor_under_the_caption_with_no_sentence_between() -> None:
    text = _AMENDMENT.format(company="ORRIN GRAIN CORP.", guarantor="ORRIN MILLS, INC.") + (
        _HOLDER.format(holder="ORRIN FREIGHT COMPANY")
    )
    assert {"ORRIN MILLS, INC.", "ORRIN FREIGHT COMPANY"} <= _secures(text)
