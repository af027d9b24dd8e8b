"""Every registered extraction rule against its own passages (``ingest.rules``): each rule
matches every passage it lists, yields what the passage says, and leaves its near misses
alone; a rule with no passage fails, and no two rules share a name."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from typer.testing import CliRunner

from dealgraph.cli import app
from ingest.rules import Rule, registered

RULES = registered()


def test_the_registry_holds_rules() -> None:
    assert len(RULES) >= 280


def test_every_rule_name_is_unique_and_dotted() -> None:
    counts = Counter(r.name for r in RULES)
    assert [n for n, c in counts.items() if c > 1] == []
    assert [r.name for r in RULES if not re.fullmatch(r"[a-z_]+(?:\.[a-z0-9_]+)+", r.name)] == []
    # a rule is named for the module (the kind of fact) that registers it, or its package
    assert [
        r.name for r in RULES if not f"{r.module}.".startswith(f"ingest.{r.name.split('.')[0]}.")
    ] == []


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_rule_matches_its_passages(rule: Rule) -> None:
    assert rule.matches, f"{rule.name} has no passage in the shape it recognises"
    assert rule.reads.strip(), f"{rule.name} does not say what it reads"
    for p in rule.matches:
        m = rule.first(p.text)
        assert m is not None, f"{rule.name} misses {p.text!r}"
        for group, want in p.yields:
            got = m.group(0) if group == "match" else m.group(group)
            assert got == want, f"{rule.name} on {p.text!r}: {group} is {got!r}, not {want!r}"
    for near in rule.rejects:
        m = rule.first(near)
        assert m is None, f"{rule.name} matches the near miss {near!r} at {m.group(0)!r}"


def test_the_cli_lists_every_rule() -> None:
    result = CliRunner().invoke(app, ["rules"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    passages = sum(len(r.matches) for r in RULES)
    assert f"{len(RULES)} rules, {passages} passages" in result.output
    assert all(r.name in result.output for r in RULES)
