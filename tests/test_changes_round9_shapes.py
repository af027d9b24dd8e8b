"""The shapes round nine's blind passages (``tests/changes_round9``) showed the change reader
missing, each in passages of its own: two variants in different words and a near miss.

- a provision "shall be deemed amended" (or "deemed to have been amended"): the same change
  as "is amended", said to be assumed;
- the value a provision holds stated anew without a verb of amending ("The Purchase Price in
  Exhibit A to the Agreement shall be $12.50 per unit", "the Royalty Rate set forth in Section
  4.2 shall hereafter be 6.5%"), and a section "amended to provide that" a term "shall be" a
  value: the value is the new wording.
"""

from __future__ import annotations

from tests.changes_round5.case import amendment, predicted


def _licence(body: str) -> str:
    return amendment(
        "Amendment No. 3 to License Agreement",
        "License Agreement",
        "License Agreement",
        body,
        first="MARLOWE BIOSCIENCES, INC.",
        first_alias="Licensor",
        second="TIDEWATER GENERICS LLC",
        second_alias="Licensee",
        date="October 2, 2017",
        base_date="January 15, 2014",
    )


def _changes(text: str) -> set[tuple[str, str, str | None]]:
    return set(predicted(text))


def test_a_provision_deemed_amended_is_amended() -> None:
    assert _changes(
        _licence(
            "1. Section 6.3 of the License Agreement shall be deemed amended by replacing "
            '"Canada" with "Canada and Mexico".\n'
        )
    ) == {("section:6.3", "amend", "Canada and Mexico")}
    assert _changes(
        _licence(
            "1. Effective as of the date hereof, Section 11.2(b) of the License Agreement is "
            'deemed to have been amended by deleting the words "in its sole discretion".\n'
        )
    ) == {("section:11.2(b)", "amend", None)}


def test_deemed_a_reference_is_no_change() -> None:
    assert not _changes(
        _licence(
            "1. Royalties. Licensee shall pay the royalties accrued through the date hereof "
            "within thirty (30) days.\n\n"
            "2. References. Each reference in the License Agreement to Section 6.3 shall be "
            "deemed a reference to Section 6.3 as in effect on the date of the License "
            "Agreement.\n"
        )
    )


def test_a_value_stated_anew_for_the_provision_that_holds_it() -> None:
    assert _changes(
        _licence(
            "1. Royalty. The Royalty Rate set forth in Section 4.2 of the License Agreement "
            "shall hereafter be 6.5% of Net Sales.\n\n"
            "2. Fees. The annual maintenance fee in Schedule B to the License Agreement shall "
            "be $40,000 for each Contract Year beginning after the date of this Amendment.\n"
        )
    ) == {("section:4.2", "amend", "6.5%"), ("section:scheduleb", "amend", "$40,000")}
    assert _changes(
        _licence(
            "1. Section 7 of the License Agreement is hereby amended to provide that the "
            "Milestone Payment shall be $2,500,000 per Product.\n"
        )
    ) == {("section:7", "amend", "$2,500,000")}


def test_a_value_of_this_amendment_or_not_stated_is_no_change() -> None:
    assert not _changes(
        _licence(
            "1. Amendment Fee. The amendment fee payable under Section 4 hereof shall be "
            "$25,000.\n\n"
            "2. Royalties. The royalties payable under Section 4.2 of the License Agreement "
            "shall be payable quarterly in arrears, as before.\n"
        )
    )
