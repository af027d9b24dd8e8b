"""Print the extraction quality table; exit 1 when a bar fails, 2 when the pipeline is missing."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from tests.evaluation.scorer import (
    GATED_TYPES,
    GOLD_DIR,
    MIN_ENTITY_RECALL,
    MIN_PRECISION,
    MIN_RECALL,
    RELATION_TYPES,
    Gold,
    Report,
    combine,
    load_all,
    passes,
    score,
)
from tests.paths import CORPUS, REPO

DEFAULT_CORPUS = CORPUS


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


def render(report: Report, console: Console, details: bool) -> None:
    table = Table(title=f"Extraction quality over {len(report.documents)} annotated documents")
    for col in ("relation", "gold", "predicted", "tp", "precision", "recall", "F1", "bar"):
        table.add_column(col, justify="left" if col == "relation" else "right")
    totals = report.totals()
    for t in RELATION_TYPES:
        c = totals[t]
        table.add_row(
            t,
            str(c.gold),
            str(c.predicted),
            str(c.found),
            _pct(c.precision),
            _pct(c.recall),
            _pct(c.f1),
            _bar(passes(t, c)),
        )
    er = report.entity_recall
    entities_ok = (er is None or er >= MIN_ENTITY_RECALL) and not report.splits
    table.add_row(
        "entities",
        str(report.entities_gold),
        str(report.entities_predicted),
        str(report.entities_found),
        "-",
        _pct(er),
        "-",
        _bar(entities_ok),
    )
    table.add_row("splits", "", "", str(len(report.splits)), "", "", "", _bar(not report.splits))
    console.print(table)
    console.print(
        f"bars: recall >= {MIN_RECALL} and precision >= {MIN_PRECISION} for "
        f"{', '.join(GATED_TYPES)}; "
        f"entity recall >= {MIN_ENTITY_RECALL}; no split. 'tp' counts gold relations found; "
        "precision counts predicted edges of exhaustively annotated types."
    )
    if details:
        for doc in report.documents:
            console.rule(doc.document)
            for title, items in (
                ("missed entities", doc.missed_entities),
                ("splits", doc.splits),
                ("missed relations", doc.misses),
                ("false positives", doc.false_positives),
            ):
                for item in items:
                    console.print(
                        f"  {title}: {item}", markup=False, highlight=False, soft_wrap=True
                    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.evaluation", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--details", action="store_true", help="list misses and false positives")
    parser.add_argument("--json", action="store_true", help="print the per-document report as JSON")
    parser.add_argument(
        "--gold",
        type=Path,
        default=GOLD_DIR,
        help="folder of gold files (tests/gold_heldout: documents no rule was tuned on)",
    )
    args = parser.parse_args(argv)
    golds = load_all(args.gold)
    console = Console()
    try:
        report = evaluate(golds, args.corpus)
    except ImportError as exc:
        console.print(f"cannot evaluate: dealgraph.pipeline.preview_export is unavailable ({exc})")
        return 2
    if args.json:
        print(json.dumps([_doc_json(d) for d in report.documents], indent=1))
    else:
        render(report, console, args.details)
    failures = report.bar_failures()
    for f in failures:
        console.print(f"[red]bar failed:[/] {f}")
    return 1 if failures else 0


def _doc_json(doc: object) -> dict[str, object]:
    from dataclasses import asdict, is_dataclass

    assert is_dataclass(doc) and not isinstance(doc, type)
    return asdict(doc)


if __name__ == "__main__":
    sys.exit(main())
