"""Round eight's registry: the round-five case, scorer and amendment frames with a list of its
own, so that the rounds report apart, and a frame of its own: a side letter that amends an
agreement between the same parties while standing beside it."""

from __future__ import annotations

from functools import partial

from tests.changes_round5.case import Case, register

CASES: list[Case] = []


#: register a case of round eight
case = partial(register, CASES)


def side_letter(body: str, base: str, base_date: str, date: str) -> str:
    """A side letter from a supplier to its customer about the ``base`` agreement between
    them, signed by both: the body states the change as what "the parties agree"."""
    return (
        "MERIDIAN FLUIDICS CORPORATION\n"
        "2250 Quarry Lane\n"
        "Pleasanton, California 94566\n\n"
        f"{date}\n\n"
        "Thornbury Instruments Ltd.\n"
        "14 Wexcombe Road\n"
        "Reading RG1 4AB, United Kingdom\n\n"
        "Attention: General Counsel\n\n"
        f"Re: Side Letter to {base}\n\n"
        "Ladies and Gentlemen:\n\n"
        f'We refer to the {base} dated as of {base_date} (the "{base}") between Meridian '
        'Fluidics Corporation ("Meridian") and Thornbury Instruments Ltd. ("Thornbury"). '
        "This side letter records certain agreements of the parties relating to the "
        f"{base}.\n\n"
        + body.strip("\n")
        + "\n\nSave as set out above, the "
        + base
        + " continues in full force and effect. Kindly countersign this letter to confirm "
        "your agreement.\n\n"
        "Yours faithfully,\n\n"
        "MERIDIAN FLUIDICS CORPORATION\n\n"
        "By: /s/ Colette A. Varga\n"
        "Name: Colette A. Varga\n"
        "Title: Senior Vice President\n\n"
        "Agreed and accepted:\n\n"
        "THORNBURY INSTRUMENTS LTD.\n\n"
        "By: /s/ Alistair P. Drummond\n"
        "Name: Alistair P. Drummond\n"
        "Title: Director\n"
    )
