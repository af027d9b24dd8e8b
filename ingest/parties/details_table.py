"""Parties given in a "Details" table, the way Australian and New Zealand counsel open a
contract: for each party a block of rows ("Name  Brightwell Circuits Sdn Bhd" / "ABN ..." /
"Address ..." / "Short name  Brightwell"), the short name being the term the body calls the
party by. The agreed terms then speak only of "Brightwell" and "the Customer".
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.names import name_runs
from ingest.parties.add import add_party, party_to
from ingest.parties.role_words import role_of
from ingest.parties.zones import HEAD_WINDOW
from ingest.rules import passage, rule

#: A row of the table: its label, a wide gap (or a tab), then the value to the line's end.
_NAME_ROW = rule(
    "parties.details_name_row",
    r"(?m)^[ \t]*(?:Name|NAME)(?:[ \t]{2,}|\t)(?P<name>\S[^\n]*?)[ \t]*$",
    reads="a Details table at a contract's head: the row giving a party's name",
    matches=[
        passage(
            "Name                 Brightwell Circuits Sdn Bhd", name="Brightwell Circuits Sdn Bhd"
        )
    ],
    rejects=["Name: Renee Marchetti", "Name of Customer  Acme Ltd"],
)
_SHORT_ROW = rule(
    "parties.details_short_name_row",
    r"(?m)^[ \t]*(?:Short[ \t]+name|SHORT[ \t]+NAME)(?:[ \t]{2,}|\t)(?P<short>[A-Z][^\n]*?)[ \t]*$",
    reads="a Details table at a contract's head: the row giving the party's short name",
    matches=[passage("Short name           Customer", short="Customer")],
    rejects=["Short name: see clause 2", "short name  Brightwell"],
)
#: How far below its name row a party's short name may stand (its number and address rows).
_BLOCK = 400


def extract_details_parties(ctx: DocContext) -> None:
    """The parties of a Details table: two name rows at least, each with the short name row
    of its own block; each name a company's, made party to the own agreement under its short
    name (its role, where the short name is a role word)."""
    if ctx.self_ref is None:
        return
    text = ctx.text
    head = min(len(text), HEAD_WINDOW)
    rows = list(_NAME_ROW.finditer(text, 0, head))
    found = []
    for i, row in enumerate(rows):
        stop = min(rows[i + 1].start() if i + 1 < len(rows) else head, row.end() + _BLOCK)
        short = _SHORT_ROW.search(text, row.end(), stop)
        runs = name_runs(text, row.start("name"), row.end("name"))
        if short is None or not runs or runs[0].start != row.start("name") or not runs[0].is_org:
            continue
        found.append((runs[0], short))
    if len(found) < 2:
        return
    for run, short in found:
        term = short["short"].removeprefix("the ").strip()
        ref = add_party(ctx, run.text, run.start, run.end, aliases=(term,))
        ctx.define(term, ref)
        party_to(ctx, ref, role_of(term), run.start, short.end())
