"""HOLDS from the schedule of purchasers a note or securities purchase agreement attaches:
"SCHEDULE A / INFORMATION RELATING TO PURCHASERS / Name and Address of Purchaser  Principal
Amount of Notes to Be Purchased / GREAT PLAINS LIFE INSURANCE COMPANY  $40,000,000", "SCHEDULE
OF PURCHASERS / Purchaser  Principal Amount of Notes  Warrant Shares / Osprey Fund LP
$2,000,000  800,000".

A private placement names its buyers only there ("each of the purchasers listed in Schedule A
hereto"). Each row's purchaser HOLDS the instruments the column headings name by the
agreement's defined terms ("Notes", "Warrants"). Separate from :mod:`.schedule_holders`, which
reads a table ruled off by lines under one instrument heading; here the rows are plain lines,
and a row is a purchaser only when its name reads as an organisation and the row states a
figure.
"""

from __future__ import annotations

import re

from ingest.context import DocContext, norm_term
from ingest.instruments.terms import parse_amount
from ingest.records import PropValue
from ingest.relations.series_schedule_rows import extract_series_rows, issuers_of
from ingest.relations.slots import bears_name, labelled, new_party, parties_named, trimmed
from ingest.rules import passage, rule

#: a schedule's heading that lists the purchasers: "SCHEDULE A" with "PURCHASERS" on the lines
#: under it, or "SCHEDULE OF PURCHASERS" / "Schedule of Buyers"
_HEADING = rule(
    "relations.purchaser_schedules.heading",
    r"(?m)^[ \t]*(?:SCHEDULE|Schedule)\s+(?:[A-Z0-9][\w.-]{0,5}[ \t]*\n(?:[ \t]*\n){0,3}"
    r"[^\n]{0,80}?|(?:OF|of)\s+)(?i:purchasers|buyers|investors|holders)\b[^\n]{0,40}$",
    reads="the heading of the schedule that lists a purchase agreement's purchasers",
    matches=[
        "SCHEDULE A\n\n      INFORMATION RELATING TO PURCHASERS",
        "SCHEDULE OF PURCHASERS",
        "Schedule 1\nSchedule of Buyers",
        "  Schedule of Investors",
    ],
    rejects=[
        "SCHEDULE A\n\nCOMMITMENTS",
        "each of the purchasers listed in Schedule A hereto",
        "SCHEDULE OF PURCHASED ASSETS",
    ],
)

#: the next schedule, exhibit or annex: where the purchasers' list ends
_NEXT_PART = re.compile(r"(?m)^[ \t]*(?:SCHEDULE|EXHIBIT|ANNEX|Schedule|Exhibit|Annex)\b")

#: a row: a name first, then (after a wide gap) the figures bought, "$40,000,000", "800,000"
_ROW = rule(
    "relations.purchaser_schedules.row",
    r"(?m)^[ \t]*(?P<name>[A-Z][^\n$]{2,80}?)(?:[ \t]{2,}|\t)(?P<figures>\$?\s?\d[\d,]*(?:\.\d+)?"
    r"(?:[ \t]+\$?\s?\d[\d,]*(?:\.\d+)?)*)[ \t]*$",
    reads="a row of a purchasers' schedule: the purchaser's name and the figures it buys",
    matches=[
        passage(
            "GREAT PLAINS LIFE INSURANCE COMPANY                   $40,000,000",
            name="GREAT PLAINS LIFE INSURANCE COMPANY",
        ),
        passage("Lark Capital LLC        $500,000       200,000", name="Lark Capital LLC"),
    ],
    rejects=["Omaha, Nebraska 68102", "GREAT PLAINS LIFE INSURANCE COMPANY"],
)

#: own agreements that sell instruments to purchasers
_PURCHASE_AGREEMENT = re.compile(
    r"(?i)\b(?:note|notes|securities|debenture|warrant|subscription|unit|stock)\s+purchase"
    r"\s+agreement$|\bsubscription\s+agreement$"
)


def own_purchase_agreement(ctx: DocContext) -> str | None:
    """The document's own agreement when it sells instruments to purchasers (titled so)."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    title = str(own.props.get("title") or "") if own and own.label == "Agreement" else ""
    return ctx.self_ref if _PURCHASE_AGREEMENT.search(title) else None


def extract_purchaser_schedules(ctx: DocContext) -> None:
    """Each purchaser a purchase agreement's schedule lists HOLDS the instruments its column
    headings name (with the principal, for one note issue) and, for notes, LENDS_TO their
    issuer what it pays for them; evidence: the row."""
    if own_purchase_agreement(ctx) is None:
        return
    text = ctx.text
    for head in _HEADING.finditer(text):
        nxt = _NEXT_PART.search(text, head.end())
        end = nxt.start() if nxt else len(text)
        in_series = extract_series_rows(ctx, head.end(), end)
        first = _ROW.search(text, head.end(), end)
        if first is None:
            continue
        headings = text[head.start() : first.start()]
        held = _instruments_named(ctx, headings) or _principal_of_one_issue(ctx, headings)
        for row in _ROW.finditer(text, first.start(), end):
            if row.start() in in_series:
                continue  # a row of notes in series: read with its series
            # the first cell: "Tollgrave Partners LP    1201 Third Avenue    $1,000,000"
            # has the purchaser's address in a column of its own
            cell = re.split(r"[ \t]{2,}|\t", row["name"].strip())[0]
            name = " ".join(cell.split()).rstrip(" ,")
            if re.match(r"(?i)(?:total|aggregate|name\b)", name):
                continue
            evidence = trimmed(ctx, row.start(), row.end())
            holders = parties_named(ctx, name) if name.isupper() or " " in name else []
            holders = [h for h in holders if bears_name(ctx, h, name)] or new_party(
                ctx, name, evidence
            )
            found = parse_amount(row["figures"]) if "$" in row["figures"] else None
            for h in holders:
                for inst in held:
                    kind = ctx.collector.entities[inst].props.get("kind")
                    props: dict[str, PropValue] = (
                        {"amount": found[0]} if found and len(held) == 1 and kind == "note" else {}
                    )
                    ctx.collector.relate("HOLDS", h, inst, evidence, props)
                    if kind == "note" and found:
                        # buying notes is lending their price to their issuer
                        lent = {"amount": found[0], "currency": found[1], "instrument": inst}
                        for issuer in issuers_of(ctx, inst):
                            if issuer != h:
                                ctx.collector.relate("LENDS_TO", h, issuer, evidence, lent)


def _principal_of_one_issue(ctx: DocContext, heading: str) -> list[str]:
    """ "Purchaser  Address  Principal Amount": a column of principal amounts that names no
    instrument is of the notes the agreement sells, where it mentions one note issue only."""
    if not re.search(r"(?i)\bprincipal\b", heading):
        return []
    notes = [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Instrument" and e.props.get("kind") == "note" and not e.contained
    ]
    return notes if len(notes) == 1 else []


def _instruments_named(ctx: DocContext, heading: str) -> list[str]:
    """The instruments the agreement defines whose term the schedule's headings write
    ("Principal Amount of Notes to Be Purchased", "Warrant Shares")."""
    low = norm_term(heading)
    out: list[str] = []
    for term, refs in ctx.terms.items():
        word = re.sub(r"s$", "", term)
        for inst in labelled(ctx, refs, "Instrument"):
            if re.search(rf"\b{re.escape(word)}s?\b", low) and inst not in out:
                out.append(inst)
    return out
