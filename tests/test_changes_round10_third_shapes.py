"""The shapes round ten's third batch of blind passages (``tests/changes_round10``) showed the
change reader missing, each in passages of its own: two variants in different words and a near
miss.

- a value set anew in the present tense without "hereby" ("the Monthly Fee set out in Section
  5.1 ... is increased to $48,500"), never a reduction the agreement provides for ("shall be
  reduced to $0 on the Maturity Date");
- an Australian "Amending Deed" (or a "Variation Deed"): an amendment, where "Deed" alone
  names none;
- "item 3 of Schedule 1": the schedule changes in part, even where the item is deleted;
- values a section states, named in lower case ("the minimum purchase quotas in Section 6.1 ...
  are superseded by"): the section changes in part, not whole.
"""

from __future__ import annotations

from tests.changes_round5.case import amendment, predicted
from tests.changes_round10.case import deed
from tests.passages import OWN, extract_text


def _changes(text: str) -> set[tuple[str, str, str | None]]:
    return set(predicted(text))


def _distribution(body: str) -> str:
    return amendment(
        "Amendment No. 2 to Distribution Agreement",
        "Distribution Agreement",
        "Agreement",
        body,
        first="HAWTHORNE GARDEN PRODUCTS, INC.",
        first_alias="Company",
        second="SOUTHERN CROSS HORTICULTURE PTY LTD",
        second_alias="Distributor",
        date="February 12, 2018",
        base_date="June 5, 2014",
    )


def _own_kind(text: str) -> object:
    x = extract_text(text)
    return next((e.props.get("kind") for e in x.entities if e.ref == OWN), None)


def test_a_value_increased_or_reduced_to_in_the_present_tense() -> None:
    assert _changes(
        _distribution(
            "1. Fees. The Annual Marketing Fee set out in Section 5.3 of the Agreement is "
            "increased to $120,000.\n"
        )
    ) == {("section:5.3", "amend", "$120,000")}
    assert _changes(
        _distribution(
            "1. Discount. In consideration of the larger orders, the Volume Discount stated in "
            "Section 4.2 of the Agreement is reduced to 3.5%.\n"
        )
    ) == {("section:4.2", "amend", "3.5%")}


def test_a_reduction_the_agreement_provides_for_is_no_change() -> None:
    assert not _changes(
        _distribution(
            "1. Acknowledgement. The parties acknowledge that under Section 5.3 of the "
            "Agreement the Annual Marketing Fee shall be reduced to $0 in the final Contract "
            "Year.\n"
        )
    )


def test_an_amending_deed_or_a_variation_deed_is_an_amendment() -> None:
    body = "1. Clause 9.4 of the Agreement is deleted.\n"
    for title in ("Amending Deed", "Variation Deed"):
        text = deed(body, "Facility Agreement", "4 August 2014", "30 September 2016", title=title)
        assert _own_kind(text) == "amendment", title
        assert _changes(text) == {("section:9.4", "delete", None)}, title


def test_a_deed_of_another_kind_is_no_amendment() -> None:
    text = deed(
        "1. The Company grants the security described in clause 3.\n",
        "Facility Agreement",
        "4 August 2014",
        "30 September 2016",
        title="Security Deed",
    )
    assert _own_kind(text) != "amendment"


def test_an_item_of_a_schedule_changes_the_schedule_in_part() -> None:
    assert _changes(
        deed(
            '(a) item 5 of Schedule 2 of the Agreement is amended by replacing "30 days" with '
            '"45 days".\n\n'
            "(b) Item 7 of Schedule 4 to the Agreement is deleted.\n",
            "Facility Agreement",
            "4 August 2014",
            "30 September 2016",
            title="Amending Deed",
        )
    ) == {
        ("section:schedule2", "amend", "45 days"),
        ("section:schedule4", "amend", None),
    }


def test_values_a_section_states_superseded_change_it_in_part() -> None:
    assert _changes(
        _distribution(
            "1. The minimum purchase quotas in Section 6.1 of the Agreement are superseded by "
            "those set out in Schedule 2 to this Amendment.\n"
        )
    ) == {("section:6.1", "amend", None)}
    assert _changes(
        _distribution(
            "1. The volume thresholds set forth in Section 4.4 of the Agreement are replaced by "
            "the thresholds in Annex A hereto.\n"
        )
    ) == {("section:4.4", "amend", None)}


def test_a_section_superseded_whole_is_replaced() -> None:
    assert _changes(
        _distribution(
            "1. Section 6.1 of the Agreement is superseded in its entirety by the following: "
            '"Distributor shall purchase at least 5,000 units each Contract Year."\n'
        )
    ) == {
        (
            "section:6.1",
            "replace",
            "Distributor shall purchase at least 5,000 units each Contract Year.",
        )
    }
