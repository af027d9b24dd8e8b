"""The amount on a HOLDS edge where the document states it once for that holder: the principal
of a note one party alone holds ("a Revolving Promissory Note ... payable to the order of the
Bank in the principal amount of $7,500,000"), or, for a note each lender holds "in the amount of
such Lender's Commitment", the commitment the lender's LENDS_TO edge carries (a schedule of
commitments beside the notes).

Exists because the readers of holders find who holds a note, not how much of it: the amount is
the note's own (read with the note) or the lender's commitment (read by
:mod:`ingest.relations.lent_amounts` after them). A note several parties hold with no such
clause is left alone: its principal is none of theirs alone.
"""

from __future__ import annotations

import re

from ingest.amounts import find_amounts
from ingest.context import DocContext
from ingest.records import PropValue
from ingest.relations.slots import instruments_in, parties_named
from ingest.rules import passage, rule

#: "a replacement Revolving Note in the amount of that Lender's Revolving Commitment", "a Note
#: payable to the order of such Lender in a principal amount equal to its Commitment"
_COMMITMENT_NOTE = rule(
    "relations.held_amounts.commitment_note",
    r"\b(?P<note>(?:[A-Z][\w-]*\s+){0,3}Notes?|promissory\s+notes?)\b[^.;]{0,200}?"
    r"\bin\s+(?:a|an|the)\s+"
    r"(?:(?:original|aggregate|maximum)\s+)?(?:principal\s+)?amount\s+(?:equal\s+to|of)\s+"
    r"(?:(?:such|that|each|the\s+applicable)\s+(?:Lender|Bank)['\u2019]s|its|his|her)\s+"
    r"(?P<commitment>(?:[A-Z][\w-]*\s+){0,2})Commitments?\b",
    reads="a note each lender holds: stated to be in the amount of that lender's commitment",
    matches=[
        passage(
            "a replacement Revolving Note in the amount of that Lender's Revolving Commitment",
            note="Revolving Note",
        ),
        passage(
            "a Term Note payable to the order of such Bank in a principal amount equal to its "
            "Term Commitment",
            note="Term Note",
            commitment="Term ",
        ),
        passage(
            "evidenced by a promissory note of the Company payable to the order of such Bank in "
            "a principal amount equal to such Bank's Tranche B Commitment",
            note="promissory note",
            commitment="Tranche B ",
        ),
    ],
    rejects=[
        "the Revolving Note in the amount of $5,000,000",
        "a Note in the amount of the Loans outstanding",
    ],
)


def extract_held_amounts(ctx: DocContext) -> None:
    """Fill the amount of HOLDS edges that have none (see the module doc); evidence: the note's
    or the commitment's."""
    relations = ctx.collector.relations
    holds = [
        key for key in relations if key[0] == "HOLDS" and relations[key].props.get("amount") is None
    ]
    by_commitment = _commitment_notes(ctx)
    for key in holds:
        _, holder, note = key
        e = ctx.collector.get(note)
        if e is None or e.label != "Instrument" or e.props.get("kind") != "note":
            continue
        if note in by_commitment:
            klass = by_commitment[note]
            column = _class_column(ctx, holder, klass) or _class_line(ctx, holder, note, klass)
            if column is not None:
                amount, span = column
                ctx.collector.relate("HOLDS", holder, note, ctx.span(*span), {"amount": amount})
                continue
            lent = [
                relations[k]
                for k in relations
                if k[0] == "LENDS_TO" and k[1] == holder and relations[k].props.get("amount")
            ]
            if len(lent) == 1:
                props: dict[str, PropValue] = {"amount": lent[0].props["amount"]}
                ctx.collector.relate("HOLDS", holder, note, lent[0].evidence[0], props)
            continue
        holders = sum(1 for k in relations if k[0] == "HOLDS" and k[2] == note)
        if holders == 1 and e.props.get("amount") is not None:
            ctx.collector.relate(
                "HOLDS", holder, note, e.evidence[0], {"amount": e.props["amount"]}
            )


#: the term the clause then gives the notes: "... Revolving Commitment shown on Schedule 2.1
#: (each a "Replacement Note")", "..., substantially in the form of Exhibit A-1 (a "Term Note")"
_TERM_AFTER = re.compile(
    r"(?:[^.;()]|\.(?=\d)){0,80}?\(\s*(?:(?:(?:each|individually)\s+)?(?:a|an)\s+"
    r"|(?:collectively,?\s+)?the\s+)?"
    r"[\"\u201c](?P<term>[^\"\u201d]{1,40}Notes?)[\"\u201d]"
)


def _commitment_notes(ctx: DocContext) -> dict[str, str]:
    """The notes a clause says each lender holds in the amount of its commitment (by the title
    it writes, or the term it then gives them), each with the class of commitment it names
    ("Term Loan" of "its Term Loan Commitment"; "" for "its Commitment")."""
    found: dict[str, str] = {}
    for m in _COMMITMENT_NOTE.finditer(ctx.text):
        term = _TERM_AFTER.match(ctx.text, m.end())
        # "a promissory note ... (a "Revolving Note"), payable ... in the amount of its
        # Revolving Commitment": a note the clause writes in lower case is the term it gives it
        inside = _QUOTED_NOTE.search(m.group())
        named = term["term"] if term else inside["term"] if inside else m["note"]
        for note in instruments_in(ctx, named):
            found.setdefault(note, " ".join(m["commitment"].split()))
    return found


_QUOTED_NOTE = re.compile(r"[\"\u201c](?P<term>[A-Z][^\"\u201d]{0,40}Notes?)[\"\u201d]")


#: a table's cells, two spaces or more apart
_CELL = re.compile(r"\S(?:.*?\S)?(?=\s{2,}|\s*$)")


def _class_column(
    ctx: DocContext, holder: str, klass: str
) -> tuple[int | float, tuple[int, int]] | None:
    """A lender's commitment of one class where a schedule gives each class a column of its own
    ("Lender   Revolving Commitment   Term Loan Commitment" over "Acme Bank   $6,000,000
    $4,000,000"): the figure under the column the class heads on the lender's row, and the row's
    span. None when the class is unnamed or no such header and row are found (the lender's one
    commitment is then its LENDS_TO amount)."""
    if not klass:
        return None
    text = ctx.text
    want = re.compile(rf"(?i)^{re.escape(klass)}\s+commitments?$")
    for header in re.finditer(r"(?im)^.*\bcommitment.*\bcommitment.*$", text):
        heads = [c.group() for c in _CELL.finditer(header.group())]
        column = next((i for i, h in enumerate(heads) if want.match(" ".join(h.split()))), None)
        if column is None or column == 0:
            continue
        for row in re.finditer(r"(?m)^.+$", text[header.end() : header.end() + 3000]):
            cells = [c.group() for c in _CELL.finditer(row.group())]
            if len(cells) != len(heads) or parties_named(ctx, cells[0]) != [holder]:
                continue
            amounts = find_amounts(cells[column])
            if len(amounts) == 1:
                start = header.end() + row.start()
                return amounts[0].plain, (start, start + len(row.group()))
    return None


#: a lender's commitment of one class on a labelled line of its own, under its signature block
#: ("Revolving Commitment:   $9,375,000" then "Term Commitment:   $15,625,000")
_CLASS_LINE = rule(
    "relations.held_amounts.class_line",
    r"(?im)^[ \t]*(?P<klass>(?:[A-Z][\w-]*[ \t]+){1,3})Commitments?[ \t]*:?[ \t]+"
    r"(?P<amount>\$[ \t]?\d[\d,]*(?:\.\d\d)?)[ \t]*$",
    reads="a signature page's line giving the lender's commitment of one class",
    matches=[
        passage("Revolving Commitment:                    $9,375,000", klass="Revolving "),
        passage("   Term Loan Commitment: $ 4,000,000", klass="Term Loan "),
        passage("Tranche A Commitment      $12,500,000.00", amount="$12,500,000.00"),
    ],
    rejects=[
        "Revolving Percentage:   62.50%",
        "Commitment:   $25,000,000",
        "Revolving Commitment: the obligation of each Lender to make Revolving Loans",
    ],
)


def _class_line(
    ctx: DocContext, holder: str, note: str, klass: str
) -> tuple[int | float, tuple[int, int]] | None:
    """A lender's commitment of one class on a labelled line under the signature blocks
    ("FIRST BANK / By: ... / Revolving Commitment: $20,000,000 / Term Commitment: $10,000,000"):
    the figure of the line of that class whose nearest lender named above it (of those holding
    the note) is the holder, and the line's span. None when no such line follows the holder."""
    if not klass:
        return None
    text = ctx.text
    holders = [k[1] for k in ctx.collector.relations if k[0] == "HOLDS" and k[2] == note]
    for line in _CLASS_LINE.finditer(text):
        if " ".join(line["klass"].split()).lower() != klass.lower():
            continue
        before = text[max(0, line.start() - 2000) : line.start()]
        last = max(holders, key=lambda h: _last_named(ctx, h, before), default=None)
        if last == holder and _last_named(ctx, holder, before) >= 0:
            amounts = find_amounts(line["amount"])
            if len(amounts) == 1:
                return amounts[0].plain, (line.start("klass"), line.end("amount"))
    return None


def _last_named(ctx: DocContext, party: str, text: str) -> int:
    """Where ``text`` last writes the party's name (its words over any spacing), else its
    name's head before the first comma, which a block set in columns keeps on one line
    ("NORWEST BANK MINNESOTA," over an address, "NATIONAL ASSOCIATION" beside it); else -1."""
    e = ctx.collector.get(party)
    name = str(e.props.get("name") or "") if e else ""
    head = name.split(",")[0]
    for words in (name.split(), head.split() if len(head.split()) >= 2 else []):
        if words:
            pattern = r"\s+".join(re.escape(w) for w in words)
            found = [m.start() for m in re.finditer(pattern, text)]
            if found:
                return found[-1]
    return -1
