"""A waiver letter's "Re:" subject may name the agreement it concerns over several wrapped
lines; a later line of it is no heading ("Bank and Trust Company, as amended by letter
amendment"), so the letter is the letter agreement it calls itself, and the subject's "between
A and B" names the parties of the agreement it concerns (a bank whose name has an "and" of its
own stays one party, in the subject and on a signature line wrapped after its "AND"). A letter
that defines a name for itself ('this letter agreement (this "Limited Waiver")') goes by that
name too."""

from __future__ import annotations

from tests.passages import OWN, edges, extract_text

_LETTER = """                                                          EXHIBIT 10(k)

                [LETTERHEAD OF SHENANDOAH VALLEY BANK AND TRUST COMPANY]



                                        October 2, 1997


Blue Hollow Furniture Co.
40 Mill Race Road
Luray, Virginia 22835
Attention: Mr. Samuel Pruitt, President

     Re:  Loan Agreement dated as of February 9, 1995 between
          Blue Hollow Furniture Co. and Shenandoah Valley
          Bank and Trust Company, as amended by letter amendment
          dated March 12, 1996 (the "Loan Agreement")

Dear Sam:

     Blue Hollow Furniture Co. (the "Borrower") has advised
Shenandoah Valley Bank and Trust Company (the "Bank") that its
Current Ratio as of June 30, 1997 was less than required by
Section 6.2 of the Loan Agreement.  Terms used in this letter
agreement have the meanings given to them in the Loan Agreement.

     The Bank hereby waives the Borrower's noncompliance with
Section 6.2 of the Loan Agreement as of June 30, 1997.

                                   Very truly yours,

                                   SHENANDOAH VALLEY BANK AND
                                   TRUST COMPANY

                                   By: /s/ Agnes T. Whitlock
                                      ------------------------------
                                      Agnes T. Whitlock
                                      Vice President

ACCEPTED AND AGREED TO this
6th day of October, 1997:

BLUE HOLLOW FURNITURE CO.

By: /s/ Samuel Pruitt
   ------------------------------
   Samuel Pruitt, President
"""


def _own_title(text: str) -> tuple[str, tuple[str, ...]]:
    own = next(e for e in extract_text(text).entities if e.ref == OWN)
    return str(own.props.get("title")), own.aliases


def test_a_wrapped_subject_line_is_no_title() -> None:
    title, _ = _own_title(_LETTER)
    assert title == "Letter Agreement"


def test_a_letter_goes_by_the_name_it_defines_for_itself() -> None:
    text = _LETTER.replace(
        "in this letter\nagreement have", 'in this letter\nagreement (this "Limited Waiver") have'
    )
    title, aliases = _own_title(text)
    assert "Limited Waiver" in (title, *aliases)  # its title where no subject line names one


def test_the_subject_names_the_parties_of_the_agreement_it_concerns() -> None:
    x = extract_text(_LETTER)
    bank = "Shenandoah Valley Bank and Trust Company"
    parties = {s for s, t in edges(x, "PARTY_TO") if t == "Loan Agreement"}
    assert parties == {"Blue Hollow Furniture Co.", bank}
    assert not [e for e in x.entities if e.props.get("name") == "Trust Company"]
    assert ("Agnes T. Whitlock", "Letter Agreement") in edges(x, "SIGNED")
