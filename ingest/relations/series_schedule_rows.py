"""The rows of a purchasers' schedule that name the series each figure buys, a purchaser's
several series on lines of their own: "NORTHFIELD MUTUAL LIFE INSURANCE COMPANY   $25,000,000
Series A" then, beside its address, "720 East Wisconsin Avenue   $15,000,000 Series B".

A note purchase agreement that sells notes in series lists each purchaser once with a figure
per series; the series label, not the column heading, tells which notes the figure is of, and
the figure is what the purchaser lends the notes' issuer. Separate from
:mod:`.purchaser_schedules`, whose rows end in their figures.
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
    # "$20,000,000 Series A", "$20,000,000 (Series A)"
    r"[ \t]+(?:of[ \t]+)?(?P<open>\()?(?P<series>Series[ \t]+[A-Z0-9]{1,3})(?:[ \t]+Notes?)?"
    r"(?(open)\))[ \t]*$",
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
        passage(
            "OSTERLEY LIFE ASSURANCE COMPANY        $15,000,000 (Series A)",
            left="OSTERLEY LIFE ASSURANCE COMPANY",
            series="Series A",
        ),
    ],
    rejects=[
        "$25,000,000 Series A",
        "Lark Mutual Insurance Co.    $4,000,000",
        "Lark Mutual Insurance Co.    $4,000,000 (Series C",
    ],
)

#: a purchaser's further series on a line of its own, under the row that names it
_CONTINUATION = rule(
    "relations.series_schedule_rows.continuation",
    r"(?m)^[ \t]{2,}(?P<amount>\$\s?\d[\d,]*(?:\.\d+)?)[ \t]+(?:of[ \t]+)?"
    r"(?P<open>\()?(?P<series>Series[ \t]+[A-Z0-9]{1,3})(?:[ \t]+Notes?)?(?(open)\))[ \t]*$",
    reads="a line of a purchasers' schedule holding only a figure and its series: the purchaser "
    "above buys that series too",
    matches=[
        passage("                         $10,000,000 Series B", series="Series B"),
        passage("      $2,500,000 of Series C Notes", amount="$2,500,000"),
        passage("                         $10,000,000 (Series B)", series="Series B"),
    ],
    rejects=["$25,000,000 Series A", "Lark Mutual Insurance Co.    $4,000,000 Series C"],
)

#: the same row with the series in a column of its own before the figure ("Name and Address of
#: Purchaser   Series   Principal Amount"): "HARWICK LIFE INSURANCE COMPANY   Series A
#: $20,000,000", and a purchaser's further series beside its address "1 Main Plaza   Series B
#: $10,000,000" or on a line of its own
_SERIES_FIRST_ROW = rule(
    "relations.series_schedule_rows.series_first_row",
    r"(?m)^(?:[ \t]*(?P<left>\S[^\n$]{0,80}?)(?:[ \t]{2,}|\t)|[ \t]{2,})"
    r"(?P<series>Series[ \t]+[A-Z0-9]{1,3})(?:[ \t]+Notes?)?(?:[ \t]{2,}|\t)"
    r"(?P<amount>\$\s?\d[\d,]*(?:\.\d+)?)[ \t]*$",
    reads="a row of a purchasers' schedule whose series column comes before the figure: the "
    "name or address line, the series and the figure",
    matches=[
        passage(
            "HARWICK MUTUAL LIFE INSURANCE COMPANY           Series A    $20,000,000",
            left="HARWICK MUTUAL LIFE INSURANCE COMPANY",
            series="Series A",
        ),
        passage("1 Bellmont Plaza                Series B    $10,000,000", amount="$10,000,000"),
        passage("                                Series C Notes    $2,500,000", series="Series C"),
    ],
    rejects=[
        "Series A    $20,000,000",
        "HARWICK MUTUAL LIFE INSURANCE COMPANY    $20,000,000",
        "the Series A Notes in the amount of $20,000,000",
    ],
)

#: the rest of a purchaser's name the row wrapped onto the next line, in capitals alone
#: ("OLD STERLING FIRE & CASUALTY INSURANCE   Series B   $15,000,000" over "COMPANY")
_NAME_TAIL = rule(
    "relations.series_schedule_rows.name_tail",
    r"\n[ \t]*(?P<tail>[A-Z][A-Z&.,'\-]*(?:[ \t][A-Z&.,'\-]+){0,3})[ \t]*(?=\n|$)",
    reads="the next line of a purchasers' schedule holding only the rest of a wrapped name",
    matches=[
        passage("\nCOMPANY\n", tail="COMPANY"),
        passage("\n   FUND, L.P.\n", tail="FUND, L.P."),
    ],
    rejects=["\nc/o Sterling Advisors, Inc.\n", "\n77 West Wacker Drive\n", "\n\n"],
    mode="match",
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


def extract_series_rows(ctx: DocContext, start: int, end: int) -> set[int]:
    """Each purchaser the rows between ``start`` and ``end`` name HOLDS the notes of each series
    a row gives it, with the principal; a row whose left side is no name (an address line)
    is the purchaser above's, and so is a line holding only a figure and its series. Answers
    where the rows read start (the reader of plain rows leaves them alone)."""
    holders: list[str] = []
    rows = sorted(
        [
            *_SERIES_ROW.finditer(ctx.text, start, end),
            *_CONTINUATION.finditer(ctx.text, start, end),
            *_SERIES_FIRST_ROW.finditer(ctx.text, start, end),
        ],
        key=lambda m: m.start(),
    )
    for row in rows:
        evidence = trimmed(ctx, row.start(), row.end())
        left = " ".join((row.groupdict().get("left") or "").split()).rstrip(" ,")
        if left.isupper() and (tail := _NAME_TAIL.match(ctx.text, row.end(), end)):
            left = f"{left} {tail['tail']}".rstrip(" ,")
        if left and not _NOT_A_NAME.match(left):
            named = [h for h in parties_named(ctx, left) if bears_name(ctx, h, left)]
            holders = named or new_party(ctx, left, evidence)
        series = _series_notes(ctx, " ".join(row["series"].split()))
        found = parse_amount(row["amount"])
        for h in holders:
            for inst in series:
                props = {"amount": found[0]} if found else {}
                ctx.collector.relate("HOLDS", h, inst, evidence, props)
                # buying a series of notes is lending its figure to their issuer
                lent = {**props, "currency": "USD", "instrument": inst} if found else {}
                for issuer in issuers_of(ctx, inst):
                    if issuer != h:
                        ctx.collector.relate("LENDS_TO", h, issuer, evidence, lent)
    return {row.start() for row in rows}


def _series_notes(ctx: DocContext, series: str) -> list[str]:
    """The notes the agreement defines by a term of this series ("Series A Notes")."""
    want = norm_term(series)
    return [
        ref
        for term, refs in ctx.terms.items()
        if re.search(rf"(?:^|\s){re.escape(want)}\s+(?:senior\s+)?notes?$", term)
        for ref in labelled(ctx, refs, "Instrument")
    ][:1]


def issuers_of(ctx: DocContext, inst: str) -> list[str]:
    """The parties the agreement says issue the notes (their ISSUES edges so far)."""
    return [k[1] for k in ctx.collector.relations if k[0] == "ISSUES" and k[2] == inst]
