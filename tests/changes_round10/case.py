"""Round ten's registry: the round-five case, scorer and amendment frames with a list of its
own, so that the rounds report apart, and two frames of its own: an English deed of amendment
(numbered parties, lettered background, "IT IS AGREED") and a side letter that varies an
agreement once countersigned."""

from __future__ import annotations

from functools import partial

from tests.changes_round5.case import Case, register

CASES: list[Case] = []


#: register a case of round ten
case = partial(register, CASES)


def deed(body: str, base: str, base_date: str, date: str, title: str = "Deed of Amendment") -> str:
    """An English ``title`` dated ``date`` between a company and a bank amending the ``base``
    agreement dated ``base_date`` (known as "the Agreement")."""
    return (
        f"{title.upper()}\n\n"
        f"THIS {title.upper()} is dated {date}\n\n"
        "BETWEEN:\n\n"
        "(1) HOLLINGWORTH PACKAGING LIMITED, a company incorporated in England and Wales "
        'with registered number 04417823 (the "Company"); and\n\n'
        "(2) ST. ALDATE'S BANK PLC, a company incorporated in England and Wales with "
        'registered number 00981342 (the "Bank").\n\n'
        "BACKGROUND:\n\n"
        f"(A) The Company and the Bank are parties to a {base} dated {base_date} (the "
        '"Agreement").\n\n'
        "(B) The parties wish to amend the Agreement on the terms of this Deed.\n\n"
        "IT IS AGREED as follows:\n\n"
        + body.strip("\n")
        + "\n\nThis Deed has been executed as a deed and delivered on the date stated at the "
        "beginning of this Deed.\n\n"
        "EXECUTED as a DEED by HOLLINGWORTH PACKAGING LIMITED acting by\n\n"
        "/s/ Fiona J. Cartwright\n"
        "Director\n\n"
        "EXECUTED as a DEED by ST. ALDATE'S BANK PLC acting by\n\n"
        "/s/ Rupert A. Langley\n"
        "Authorised Signatory\n"
    )


def side_letter(body: str, base: str, base_date: str, date: str) -> str:
    """A side letter from a customer to its provider that varies the ``base`` agreement
    between them once countersigned."""
    return (
        "MERIDIAN FREIGHT SYSTEMS, INC.\n"
        "400 Lakeshore Drive\n"
        "Milwaukee, Wisconsin 53202\n\n"
        f"{date}\n\n"
        "Quillon Data Services LLC\n"
        "2100 Ridge Parkway\n"
        "Omaha, Nebraska 68114\n\n"
        f'Re: {base} dated {base_date} (the "{base}")\n\n'
        "Dear Sirs:\n\n"
        f"We refer to the {base}. Capitalised terms used in this letter have the meanings "
        f"given to them in the {base}.\n\n"
        + body.strip("\n")
        + f"\n\nExcept as set out in this letter, the {base} continues in full force and "
        "effect. Please countersign this letter to confirm your agreement.\n\n"
        "Yours faithfully,\n\n"
        "MERIDIAN FREIGHT SYSTEMS, INC.\n\n"
        "By: /s/ Delphine K. Arceneaux\n"
        "Name: Delphine K. Arceneaux\n"
        "Title: Chief Operating Officer\n\n"
        "Agreed and accepted:\n\n"
        "QUILLON DATA SERVICES LLC\n\n"
        "By: /s/ Tobias N. Wexford\n"
        "Name: Tobias N. Wexford\n"
        "Title: Managing Director\n"
    )
