"""Round nine's registry: the round-five case, scorer and amendment frames with a list of its
own, so that the rounds report apart, and two frames of its own: a letter that amends an
agreement once countersigned, and one instrument that amends two agreements of the same
parties."""

from __future__ import annotations

from functools import partial

from tests.changes_round5.case import Case, register

CASES: list[Case] = []


#: register a case of round nine
case = partial(register, CASES)


def letter_amendment(body: str, base: str, base_date: str, date: str) -> str:
    """A letter from one party to the other proposing changes to the ``base`` agreement
    between them, which becomes an amendment once the addressee countersigns it."""
    return (
        "HARBORVIEW DISTRIBUTORS LLC\n"
        "1200 Commerce Way\n"
        "Toledo, Ohio 43604\n\n"
        f"{date}\n\n"
        "Pellham Tool Works, Inc.\n"
        "88 Foundry Street\n"
        "Erie, Pennsylvania 16501\n"
        "Attention: Chief Financial Officer\n\n"
        f'Re: {base} dated as of {base_date} (the "{base}")\n\n'
        "Ladies and Gentlemen:\n\n"
        f"This letter confirms our agreement to amend the {base} as follows.\n\n"
        + body.strip("\n")
        + "\n\nIf the foregoing reflects your understanding, please sign and return a copy of "
        f"this letter, whereupon this letter shall constitute an amendment to the {base}.\n\n"
        "Very truly yours,\n\n"
        "HARBORVIEW DISTRIBUTORS LLC\n\n"
        "By: /s/ Colette M. Barrow\n"
        "Name: Colette M. Barrow\n"
        "Title: President\n\n"
        "ACCEPTED AND AGREED:\n\n"
        "PELLHAM TOOL WORKS, INC.\n\n"
        "By: /s/ Anders P. Lindqvist\n"
        "Name: Anders P. Lindqvist\n"
        "Title: Chief Financial Officer\n"
    )


def joint_amendment(body: str, first: str, second: str, title: str, date: str) -> str:
    """One instrument called ``title`` that amends two agreements (``first`` and ``second``,
    each known by its own title) between a company and its investor."""
    return (
        f"{title.upper()}\n\n"
        f'This {title} (this "Amendment") is entered into as of {date} by and between '
        'CALDERWOOD THERAPEUTICS, INC., a Delaware corporation (the "Company"), and '
        'ASHGROVE HEALTHCARE FUND II, L.P. (the "Purchaser").\n\n'
        "WHEREAS, the Company and the Purchaser are parties to that certain "
        f'{first} dated as of March 8, 2010 (the "{first}") and that certain {second} '
        f'dated as of March 8, 2010 (the "{second}"); and\n\n'
        f"WHEREAS, the parties wish to amend the {first} and the {second} as set forth "
        "herein;\n\n"
        "NOW, THEREFORE, the parties agree as follows:\n\n"
        + body.strip("\n")
        + "\n\nIN WITNESS WHEREOF, the parties have executed this Amendment as of the date "
        "first written above.\n\n"
        "CALDERWOOD THERAPEUTICS, INC.\n\n"
        "By: /s/ Miriam T. Oyelaran\n"
        "Name: Miriam T. Oyelaran\n"
        "Title: Chief Executive Officer\n\n"
        "ASHGROVE HEALTHCARE FUND II, L.P.\n\n"
        "By: /s/ Gideon R. Falk\n"
        "Name: Gideon R. Falk\n"
        "Title: Managing Member\n"
    )
