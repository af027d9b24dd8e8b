"""The shapes round nine's blind passages (``tests/changes_round9``) showed the change reader
missing, each in passages of its own: two variants in different words and a near miss.

- a provision "shall be deemed amended" (or "deemed to have been amended"): the same change
  as "is amended", said to be assumed;
- the value a provision holds stated anew without a verb of amending ("The Purchase Price in
  Exhibit A to the Agreement shall be $12.50 per unit", "the Royalty Rate set forth in Section
  4.2 shall hereafter be 6.5%"), and a section "amended to provide that" a term "shall be" a
  value: the value is the new wording;
- and from the second batch: a clause "struck ... in its entirety" and substituted ("by
  striking clause (b) thereof in its entirety and substituting the following therefor:"), that
  clause replaced, not its section; an attachment "superseded ... by" its attached namesake,
  replaced; a date after a condition opening the sentence ("Subject to ... Section 3 below,
  effective as of January 1, 2016, Section 5 ... is amended"), the date the change takes
  effect on.
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


def test_a_clause_struck_and_substituted_is_that_clause_replaced() -> None:
    assert _changes(
        _licence(
            "1. Section 3.4 of the License Agreement is hereby amended by striking clause (c) "
            "thereof in its entirety and substituting the following therefor:\n\n"
            '"(c) Licensee shall report Net Sales within thirty (30) days after each '
            'quarter."\n'
        )
    ) == {
        (
            "section:3.4(c)",
            "replace",
            "(c) Licensee shall report Net Sales within thirty (30) days after each quarter.",
        )
    }
    assert ("section:9(a)", "replace", None) in {
        (p, a, None)
        for p, a, _ in _changes(
            _licence(
                "1. Paragraph 9 of the License Agreement is amended by striking subparagraph "
                '(a) in its entirety and substituting therefor the following: "(a) This '
                'Agreement shall be governed by the laws of New York."\n'
            )
        )
    }


def test_an_attachment_superseded_by_its_namesake_is_replaced() -> None:
    assert _changes(
        _licence("1. Schedule 2 to the License Agreement is superseded by Schedule 2 hereto.\n")
    ) == {("section:schedule2", "replace", None)}
    assert _changes(
        _licence(
            "1. Exhibit D (Royalty Report) to the License Agreement is hereby superseded in "
            "its entirety by Exhibit D attached to this Amendment.\n"
        )
    ) == {("section:exhibitd", "replace", None)}


def test_a_superseded_agreement_of_the_past_is_no_change() -> None:
    assert not _changes(
        _licence(
            "1. Acknowledgment. The parties acknowledge that the Letter Agreement dated "
            "March 3, 2013 was superseded by the License Agreement.\n"
        )
    )


def _effective(text: str) -> set[str]:
    return {date for _, date in predicted(text).values()}


def test_a_condition_then_the_date_opens_the_sentence_of_a_change() -> None:
    assert _effective(
        _licence(
            "1. Subject to the satisfaction of the conditions set forth in Section 4 below, "
            "effective as of April 1, 2018, Section 6.1 of the License Agreement is amended by "
            'replacing "4%" with "5%".\n'
        )
    ) == {"2018-04-01"}
    assert _effective(
        _licence(
            "1. Upon Licensee's payment of the Extension Fee, with effect from July 1, 2018, "
            'Section 12.1 of the License Agreement is amended by replacing "2020" with '
            '"2023".\n'
        )
    ) == {"2018-07-01"}


def test_a_condition_without_a_date_leaves_the_amendments_date() -> None:
    assert _effective(
        _licence(
            "1. Subject to Section 4 below, Section 6.1 of the License Agreement is amended by "
            'replacing "4%" with "5%", effective as to sales after the date hereof.\n'
        )
    ) == {"2017-10-02"}
