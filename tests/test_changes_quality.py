"""The changes an amendment states, scored against blind annotations (``make eval`` prints the
tables): the split between tuned and held-out documents is the fixed rule, the scorer counts
as documented, and the extractor holds its bars on the tuned documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.evaluation.changes import (
    HELDOUT_DIR,
    MIN_PRECISION,
    PRECISION_FLOOR,
    RECALL_FLOOR,
    TUNED_DIR,
    Change,
    evaluate,
    is_held_out,
    load_gold,
    provision_id,
    score_document,
)


def test_gold_files_sit_where_the_fixed_rule_puts_them() -> None:
    tuned = sorted(TUNED_DIR.glob("*.json"))
    held = sorted(HELDOUT_DIR.glob("*.json"))
    assert len(tuned) >= 8 and len(held) >= 8
    for path in tuned:
        assert not is_held_out(json.loads(path.read_text())["document"]), path.name
    for path in held:
        assert is_held_out(json.loads(path.read_text())["document"]), path.name
    assert all(json.loads(p.read_text())["document"].startswith("seeds/") is False for p in held)


def test_provision_ids_fold_spelling() -> None:
    assert provision_id("Section 3.03 (a)", None) == provision_id("3.03(a)", None)
    assert provision_id("Schedule 2.01", None) == "section:schedule2.01"
    assert provision_id("1.1", "“Maturity  Date”") == provision_id(None, "maturity date")


def test_scoring_counts_optional_changes_neither_way() -> None:
    gold = [
        Change("section:3.02", "replace", "new words", "2001-05-11"),
        Change("section:exhibita", "replace", None, "2001-05-11", optional=True),
        Change("section:3.03(a)", "replace", "other", "2001-05-11"),
    ]
    pred = [
        Change("section:3.02", "replace", "new  words", "2001-05-11", "2004-01-13"),
        Change("section:exhibita", "replace", None, "2001-05-11", "2004-01-13"),
        Change("section:9.9", "amend", None, "2001-05-11", "2004-01-13"),
        Change("section:3.03(a)", "amend", None, "2001-05-11", "2004-01-13"),
    ]
    s = score_document("d", "2004-01-13", gold, pred)
    assert (s.gold, s.found, s.correct, s.counted) == (2, 1, 1, 3)
    assert (s.texts, s.exact, s.folded) == (1, 0, 1)
    # the amending agreement's date is part of the match
    s = score_document("d", "2005-01-01", gold, pred[:1])
    assert s.found == 0


def test_a_change_may_name_its_own_amending_agreement(tmp_path: Path) -> None:
    """A base agreement followed by the amendments appended to it: each change is credited to
    the amendment that states it, not to the one the file names first."""
    path = tmp_path / "doc.json"
    path.write_text(
        json.dumps(
            {
                "document": "credit-dev/x.txt",
                "amending_agreement": {"title": "First Amendment", "date": "1996-05-24"},
                "changes": [
                    {"section": "2.3", "action": "replace"},
                    {
                        "section": "5.7",
                        "action": "replace",
                        "amending_agreement": {"title": "Amendment No. 2", "date": "1997-12-19"},
                    },
                ],
            }
        )
    )
    document, source_date, gold = load_gold(path)
    assert [g.source_date for g in gold] == ["1996-05-24", "1997-12-19"]
    pred = [
        Change("section:2.3", "replace", None, None, "1996-05-24"),
        Change("section:5.7", "replace", None, None, "1996-05-24"),  # the wrong amendment
    ]
    s = score_document(document, source_date, gold, pred)
    assert (s.found, s.correct, s.counted) == (1, 1, 2)
    pred[1] = Change("section:5.7", "replace", None, None, "1997-12-19")
    assert score_document(document, source_date, gold, pred).found == 2


def test_changes_meet_the_bars_on_the_tuned_documents() -> None:
    totals = evaluate(TUNED_DIR)
    problems = [
        f"{d.document}: {kind}: {item}"
        for d in totals.documents
        for kind, items in (("missed", d.misses), ("false positive", d.false_positives))
        for item in items
    ]
    floor = max(MIN_PRECISION, PRECISION_FLOOR)
    if totals.precision is None or totals.precision < floor:
        pytest.fail(f"precision {totals.precision} < {floor}\n" + "\n".join(problems))
    if totals.recall is None or totals.recall < RECALL_FLOOR:
        pytest.fail(f"recall {totals.recall} < {RECALL_FLOOR}\n" + "\n".join(problems))
