"""The rows of a purchasers' schedule that name the series each figure buys, a purchaser's
several series on lines of their own: "NORTHFIELD MUTUAL LIFE INSURANCE COMPANY   $25,000,000
Series A" then, beside its address, "720 East Wisconsin Avenue   $15,000,000 Series B".

A note purchase agreement that sells notes in series lists each purchaser once with a figure
per series; the series label, not the column heading, tells which notes the figure is of.
Separate from :mod:`.purchaser_schedules`, whose rows end in their figures.
"""

from __future__ import annotations

import re

from ingest.context import DocContext, norm_term
from ingest.instruments.terms import parse_amount
from ingest.relations.slots import bears_name, labelled, new_party, parties_named, trimmed
from ingest.rules import passage, rule

_SERIES_ROW = rule(
    "relations.series_schedule_rows.row",
    r"(?m)^[ \t]*(?P<left>\S[^\n$]{0,80}?)(?:[ \t]{2,}|\t)(?P<amount>\$\s?\d[\d,]*(?:\.\d+)?)"
    r"[ \t]+(?:of[ \t]+)?(?P<series>Series[ \t]+[A-Z0-9]{1,3})(?:[ \t]+Notes?)?[ \t]*$",
    reads="a row of a purchasers' schedule: what is left of the figure (a name or an address "
    "line), the figure and the series it buys",
    matches=[
        passage(
            "NORTHFIELD MUTUAL LIFE INSURANCE COMPANY      $25,000,000 Series A",
            left="NORTHFIELD MUTUAL LIFE INSURANCE COMPANY",
            series="Series A",
        ),
        passage("720 East Wisconsin Avenue      $15,000,000 Series B", amount="$15,000,000"),
        passage("Lark Mutual Insurance Co.    $4,000,000 Series C Notes", series="Series C"),
    ],
    rejects=["$25,000,000 Series A", "Lark Mutual Insurance Co.    $4,000,000"],
)

#: where a row's left side is not a purchaser's name: an address, a care-of line
_NOT_A_NAME = rule(
    "relations.series_schedule_rows.not_a_name",
    r"(?i)^(?:\d|c/o\b|attention\b|p\.?\s?o\.?\s+box\b)",
    reads="the left side of a series row: an address or care-of line, no purchaser's name",
    matches=["720 East Wisconsin Avenue", "c/o Harbor Advisors LLC", "Attention: Treasurer"],
    rejects=["NORTHFIELD MUTUAL LIFE INSURANCE COMPANY", "Postal Workers Fund"],
    mode="match",
)


def extract_series_rows(ctx: DocContext, start: int, end: int) -> None:
    """Each purchaser the rows between ``start`` and ``end`` name HOLDS the notes of each series
    a row gives it, with the principal; a row whose left side is no name (an address line)
    is the purchaser above's."""
    holders: list[str] = []
    for row in _SERIES_ROW.finditer(ctx.text, start, end):
        evidence = trimmed(ctx, row.start(), row.end())
        left = " ".join(row["left"].split()).rstrip(" ,")
        if not _NOT_A_NAME.match(left):
            named = [h for h in parties_named(ctx, left) if bears_name(ctx, h, left)]
            holders = named or new_party(ctx, left, evidence)
        series = _series_notes(ctx, " ".join(row["series"].split()))
        found = parse_amount(row["amount"])
        for h in holders:
            for inst in series:
                props = {"amount": found[0]} if found else {}
                ctx.collector.relate("HOLDS", h, inst, evidence, props)


def _series_notes(ctx: DocContext, series: str) -> list[str]:
    """The notes the agreement defines by a term of this series ("Series A Notes")."""
    want = norm_term(series)
    return [
        ref
        for term, refs in ctx.terms.items()
        if re.search(rf"(?:^|\s){re.escape(want)}\s+(?:senior\s+)?notes?$", term)
        for ref in labelled(ctx, refs, "Instrument")
    ][:1]
