"""Print the extraction quality tables, tuned, written and held-out, against issue #13's bars.

Exit 1 when a bar fails on a set scored, 2 when the pipeline is missing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from dealgraph.errors import DealGraphError
from tests.evaluation import add_reveal_flag, show_details
from tests.evaluation.scorer import (
    GOLD_DIR,
    HELD_OUT_DIR,
    RELATION_TYPES,
    TARGET_BARS,
    WRITTEN_DIR,
    Gold,
    Report,
    combine,
    load_all,
    passes,
    score,
)
from tests.paths import CORPUS, REPO

DEFAULT_CORPUS = CORPUS
SETS: dict[str, Path] = {"tuned": GOLD_DIR, "written": WRITTEN_DIR, "held-out": HELD_OUT_DIR}


def document_path(gold: Gold, corpus: Path) -> Path:
    """Where a gold file's document is: ``tests/...`` names a passage written for the tests (in
    the repository), anything else a sample of the shared corpus."""
    if gold.document.startswith("tests/"):
        return REPO / gold.document
    return corpus / gold.document


def evaluate(golds: list[Gold], corpus: Path) -> Report:
    """Ingest each gold document on its own and score it."""
    from dealgraph.pipeline import preview_export

    return combine(score(g, preview_export([document_path(g, corpus)])) for g in golds)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _bar(ok: bool | None) -> str:
    return "" if ok is None else ("[green]pass[/]" if ok else "[red]FAIL[/]")


def render(report: Report, console: Console, details: bool, name: str = "") -> None:
    title = f"{name} set: " if name else ""
    table = Table(
        title=f"{title}extraction quality over {len(report.documents)} annotated documents"
    )
    columns = ("relation", "gold", "optional", "predicted", "tp", "precision", "recall", "F1")
    for col in (*columns, "bar"):
        table.add_column(col, justify="left" if col == "relation" else "right")
    totals = report.totals()
    for t in RELATION_TYPES:
        c = totals[t]
        table.add_row(
            t,
            str(c.gold),
            f"{c.optional} ({_pct(c.optional_share)})",
            str(c.predicted),
            str(c.found),
            _pct(c.precision),
            _pct(c.recall),
            _pct(c.f1),
            _bar(passes(t, c)),
        )
    required = sum(c.gold for c in totals.values())
    optional = sum(c.optional for c in totals.values())
    share = optional / (required + optional) if required + optional else None
    table.add_row("all relations", str(required), f"{optional} ({_pct(share)})", *[""] * 6)
    er = report.entity_recall
    entities_ok = (er is None or er >= TARGET_BARS.min_entity_recall) and not report.splits
    table.add_row(
        "entities",
        str(report.entities_gold),
        "",
        str(report.entities_predicted),
        str(report.entities_found),
        "-",
        _pct(er),
        "-",
        _bar(entities_ok),
    )
    table.add_row(
        "splits", "", "", "", str(len(report.splits)), "", "", "", _bar(not report.splits)
    )
    console.print(table)

    attributes = Table(title=f"{title}attributes of the gold facts found")
    for col in ("attribute", "gold", "scored", "right", "accuracy"):
        attributes.add_column(col, justify="left" if col == "attribute" else "right")
    all_gold = all_scored = all_right = 0
    for key, a in report.attribute_totals().items():
        attributes.add_row(key, str(a.gold), str(a.scored), str(a.right), _pct(a.accuracy))
        all_gold, all_scored, all_right = (
            all_gold + a.gold,
            all_scored + a.scored,
            all_right + a.right,
        )
    attributes.add_row(
        "all attributes",
        str(all_gold),
        str(all_scored),
        str(all_right),
        _pct(all_right / all_scored if all_scored else None),
    )
    console.print(attributes)
    console.print(
        f"bars ({TARGET_BARS.describe()}). 'tp' counts gold relations found; precision counts "
        "predicted edges of exhaustively annotated types; 'optional' relations count neither "
        "way (their share of all gold relations in brackets). Attributes: 'gold' values stated "
        "on required facts, 'scored' those on facts found, 'right' those the export states equally."
    )
    if details:
        for doc in report.documents:
            console.rule(doc.document)
            for label, items in (
                ("missed entities", doc.missed_entities),
                ("splits", doc.splits),
                ("missed relations", doc.misses),
                ("false positives", doc.false_positives),
                ("wrong attributes", doc.wrong_attributes),
            ):
                for item in items:
                    console.print(
                        f"  {label}: {item}", markup=False, highlight=False, soft_wrap=True
                    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.evaluation", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--details", action="store_true", help="list misses and false positives")
    parser.add_argument("--json", action="store_true", help="print the per-document report as JSON")
    add_reveal_flag(parser)
    parser.add_argument(
        "--gold",
        type=Path,
        help="score only this folder of gold files (default: tests/gold, the tuned set, "
        "tests/gold_written, whole documents written blind for the tests, then "
        "tests/gold_heldout, the documents no rule was tuned on)",
    )
    args = parser.parse_args(argv)
    sets = SETS
    if args.gold:
        known = {folder.resolve(): name for name, folder in SETS.items()}
        sets = {known.get(args.gold.resolve(), args.gold.name): args.gold}
    console = Console(stderr=args.json)  # with --json, stdout holds only the JSON
    console.width = max(console.width, 110)  # the tables stay readable when piped
    failed = False
    as_json: dict[str, list[dict[str, object]]] = {}
    for name, folder in sets.items():
        golds = load_all(folder)
        try:
            report = evaluate(golds, args.corpus)
        except ImportError as exc:
            console.print(
                f"cannot evaluate: dealgraph.pipeline.preview_export is unavailable ({exc})"
            )
            return 2
        except DealGraphError as exc:  # a document failed: never scored as misses
            console.print(f"cannot evaluate {name}: {exc.message}")
            return 2
        held_out = folder.resolve() == HELD_OUT_DIR.resolve()
        if args.json:
            if not held_out or args.reveal_held_out:
                as_json[name] = [_doc_json(d) for d in report.documents]
        else:
            render(report, console, show_details(args, held_out), name)
        for f in report.bar_failures():
            failed = True
            console.print(f"[red]{name}: bar failed:[/] {f}")
    if args.json:
        print(json.dumps(as_json, indent=1))
    return 1 if failed else 0


def _doc_json(doc: object) -> dict[str, object]:
    from dataclasses import asdict, is_dataclass

    assert is_dataclass(doc) and not isinstance(doc, type)
    return asdict(doc)


if __name__ == "__main__":
    sys.exit(main())
