"""The checks of a round of blind openings, written once for every round.

A round keeps its openings one file each in ``tests/<folder>/`` and, in its test module, what
a lawyer labelling them for CUAD wrote before the extractor ran (title, names and terms), with
the openings still read wrong and how. Each round's module binds the five checks this returns
to test names, so that pytest collects them there, under the round's name.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.passages import (
    assert_own_parties,
    assert_own_title,
    compared_names,
    own_parties,
    own_title,
)

Check = Callable[..., None]


def round_checks(
    texts: dict[str, str],
    expected: dict[str, tuple[str, set[str]]],
    known_title_misses: dict[str, str | None],
    known_party_misses: dict[str, str],
) -> tuple[Check, Check, Check, Check, Check]:
    """The checks of one round: every opening has its expectations; each title and each
    opening's parties and terms are right, except the known misses, which are asserted to
    persist (a fix shows as a failure there, and the case moves to the checks of right ones)."""

    def every_opening_has_its_expectations() -> None:
        assert sorted(texts) == sorted(expected)

    @pytest.mark.parametrize("case", sorted(set(expected) - set(known_title_misses)))
    def title_of_an_opening(case: str) -> None:
        assert_own_title(texts[case], expected[case][0])

    @pytest.mark.parametrize("case", sorted(known_title_misses))
    def title_still_missed(case: str) -> None:
        assert own_title(texts[case]) == known_title_misses[case]

    @pytest.mark.parametrize("case", sorted(set(expected) - set(known_party_misses)))
    def parties_and_terms_of_an_opening(case: str) -> None:
        assert_own_parties(texts[case], expected[case][1])

    @pytest.mark.parametrize("case", sorted(known_party_misses))
    def parties_still_missed(case: str) -> None:
        # a name or term missed, or one read besides them
        got = compared_names(own_parties(texts[case]))
        assert got != compared_names(expected[case][1])

    return (
        every_opening_has_its_expectations,
        title_of_an_opening,
        title_still_missed,
        parties_and_terms_of_an_opening,
        parties_still_missed,
    )
