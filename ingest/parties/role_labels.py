"""Parties named in a table of labelled fields at the head of a contract, each under the role
it takes ("Supplier: Quill Analytics Ltd." / "Customer: Harbour Retail plc"): an order form,
a cover sheet or a schedule of particulars that a short agreement refers back to ("between the
Supplier and the Customer named above"). Read only where no list of parties was found.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.defined_terms import definitions_in
from ingest.names import TERMINAL_SUFFIXES, NameRun, name_runs, words
from ingest.parties.add import add_party, party_to
from ingest.parties.role_words import role_of
from ingest.parties.zones import HEAD_WINDOW
from ingest.rules import passage, rule

#: A role label opening a line (or the second column of a line, after a wide gap), then its
#: colon: "Supplier:", "CUSTOMER NAME:", "Name of Licensee:", "Licensee :", "CARRIER: ... <gap>
#: SHIPPER:". The
#: name stands after the colon or, on a cover sheet that gives each party a block of lines,
#: on the line right below the label ("Client:" / "Redfern Outdoor Equipment Corp." / its
#: address).
_ROLE_LABEL = rule(
    "parties.role_label",
    r"(?m)(?:^|(?<=[ \t]{4}))[ \t]*(?:(?:Name|NAME)[ \t]+(?:of|OF)[ \t]+(?:(?:the|THE)[ \t]+)?)?"
    r"(?P<role>[A-Z][A-Za-z]+(?:[ \t]+(?!N[Aa][Mm][Ee]\b)[A-Z][A-Za-z]+)?)"
    r"(?:[ \t]+(?:[Nn]ame|NAME))?[ \t]*:[ \t]*(?:\n[ \t]*)?(?=\S)",
    reads="the head of a contract drafted as a table: a role label before a party's name",
    matches=[
        passage("Supplier: Quill Analytics Ltd.", role="Supplier"),
        passage("  CUSTOMER NAME:  Harbour Retail plc", role="CUSTOMER"),
        passage("Licensee : Orbis Labs Inc.", role="Licensee"),
        passage("ACME RAIL CO.          SHIPPER:  Bell Grain, LLC", role="SHIPPER"),
        passage("Service Provider:\nHalcyon Digital Ltd.\n44 King Street", role="Service Provider"),
        passage("Name of Licensee: Sunfield Apparel Co., Ltd.", role="Licensee"),
    ],
    rejects=["the Supplier: shall deliver", "Supplier:\n", "Supplier:\n\nQuill Analytics Ltd."],
)
#: A role heading on a line of its own, then the row that names its party: "CUSTOMER" /
#: "Name:  Ashgrove Property Management LLC" / "Address: ...", the blocks of an order form or
#: a cover sheet that give each party its name, address and contact under its role.
_ROLE_HEADING = rule(
    "parties.role_heading_name_row",
    r"(?m)^[ \t]*(?P<role>[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?)[ \t]*:?[ \t]*\n"
    r"[ \t]*(?:(?:Legal|LEGAL|Company|COMPANY|Full|FULL)[ \t]+)?(?:Name|NAME)[ \t]*:[ \t]*(?=\S)",
    reads="the head of a contract drafted as a form: a role heading over its party's name row",
    matches=[
        passage("CUSTOMER\nName:       Ashgrove Property Management LLC", role="CUSTOMER"),
        passage(
            "Service Provider:\n  Legal Name: Tidewater Facility Services, Inc.",
            role="Service Provider",
        ),
    ],
    rejects=[
        "CUSTOMER\nAddress: 77 Beacon Street",
        "Signature of the Customer\nName: Helen Brooks",
        "CUSTOMER\n\nName: Ashgrove Property Management LLC",
    ],
)
#: "SUPPLIER:            DISTRIBUTOR:" / "Halvard Nutrition AS    Quetzal Foods S.A. de C.V.": a
#: cover form set in two columns, each party's role label over its name, that the conversion
#: to text flattened onto shared lines: the line of the two labels, then the line of the two
#: names, split where the columns' gap is.
_COLUMN_LABELS = rule(
    "parties.role_labels_in_columns",
    r"(?m)^[ \t]*(?P<left>[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+)?)[ \t]*:[ \t]{4,}"
    r"(?P<right>[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+)?)[ \t]*:[ \t]*\n(?P<names>[^\n]+)",
    reads="the head of a contract set as a form in two columns: two role labels over two names",
    matches=[
        passage(
            "SUPPLIER:          DISTRIBUTOR:\nHalvard Nutrition AS      Quetzal Foods S.A.",
            left="SUPPLIER",
            right="DISTRIBUTOR",
        ),
        passage("  Licensor:     Licensee:\n  Orbis Ltd.     Lakeview Inc.", right="Licensee"),
    ],
    rejects=[
        "SUPPLIER: Halvard Nutrition AS      DISTRIBUTOR: Quetzal Foods",
        "Supplier:\nHalvard Nutrition AS",
    ],
)
_COLUMN_GAP = re.compile(r"[ \t]{4,}")
#: How many labels at most a table of parties holds.
_MAX_LABELS = 4


def _column_rows(text: str, head: int) -> tuple[dict[str, NameRun], list[tuple[int, int]]]:
    """The parties of role labels set in two columns over their names (:data:`_COLUMN_LABELS`),
    by role, and where those label lines stand (no label there opens a row of its own)."""
    hits: dict[str, NameRun] = {}
    spans: list[tuple[int, int]] = []
    for m in _COLUMN_LABELS.finditer(text, 0, head):
        roles = [role_of(m["left"].title()), role_of(m["right"].title())]
        gap = _COLUMN_GAP.search(text, m.start("names") + 1, m.end("names"))
        if None in roles or "Party" in roles or roles[0] == roles[1] or gap is None:
            continue
        lead = len(m["names"]) - len(m["names"].lstrip(" \t"))
        cells = [(m.start("names") + lead, gap.start()), (gap.end(), m.end("names"))]
        runs = [name_runs(text, a, b) for a, b in cells]
        if not all(
            r and r[0].start == a and len(words(r[0].text)) >= 2
            for r, (a, _) in zip(runs, cells, strict=True)
        ):
            continue
        spans.append((m.start(), m.start("names")))
        for role, r in zip(roles, runs, strict=True):
            assert role is not None
            hits.setdefault(role, r[0])
    return hits, spans


#: "Bank: Bank of Ningbo Co., Ltd., Beilun Sub-branch", "Opening Bank: ...": a row of a party's
#: block that names where it keeps its account, under its address or its representative; a
#: label of a role word, but no party's.
_BANK_ROW = rule(
    "parties.bank_detail_row",
    r"(?i)(?:(?:opening|beneficiary|account|deposit|deposit(?:ary|ory)|receiving|remitting"
    r"|correspondent)[ \t]+)?bank(?:[ \t]+of[ \t]+deposit)?",
    reads="a party's block in a table of parties: the label of its bank's row",
    matches=["Bank", "Opening Bank", "Beneficiary Bank", "Bank of Deposit"],
    rejects=["Lender", "Banker", "Agent Bank Group"],
    mode="fullmatch",
)
#: "Address: ...", "Legal Representative: ...", "Tel.: ...": a row of details in a party's
#: block (any label line that is no party's row).
_DETAIL_ROW = re.compile(r"[ \t]*[A-Z][\w .'/-]{0,40}:")


def _bank_detail(text: str, label: re.Match[str], last_row: int) -> bool:
    """Whether a role label is the bank row of the block above it: a bank's label on a line
    that follows a row of details of that block (no blank line since the party's own row at
    ``last_row``): "Seller: Ningbo ... Co., Ltd." / "Address: ..." / "Bank: Bank of Ningbo".
    A bank's label right under another party's row ("Borrower: ..." / "Bank: ...") is a
    table's next party, as is one after a blank line."""
    if last_row < 0 or not _BANK_ROW.fullmatch(label["role"]):
        return False
    above_end = text.rfind("\n", 0, label.start("role"))
    if above_end < 0 or above_end <= last_row:
        return False
    block = text[last_row:above_end]
    if re.search(r"\n[ \t]*\n", block):
        return False
    above = text[text.rfind("\n", 0, above_end) + 1 : above_end]
    return text.rfind("\n", 0, above_end) + 1 > last_row and bool(_DETAIL_ROW.match(above))


def labelled_roles(ctx: DocContext, end: int | None = None) -> bool:
    """Read the parties of a table of role labels; whether there were two at least (labels
    of two different roles, each before a company's name on the same line). A party goes by
    the term its row gives it, else by its label. ``end``: where the table must end (the
    opening sentence below it)."""
    text = ctx.text
    head = min(len(text), HEAD_WINDOW, len(text) if end is None else end)
    hits, columns = _column_rows(text, head)
    labels = [*_ROLE_LABEL.finditer(text, 0, head), *_ROLE_HEADING.finditer(text, 0, head)]
    last_row = -1
    for m in sorted(labels, key=lambda m: m.start()):
        if any(a <= m.start("role") < b for a, b in columns):
            continue
        role = role_of(m["role"].title())
        if role is None or role == "Party" or role in hits or _bank_detail(text, m, last_row):
            continue
        eol = text.find("\n", m.end(), head)
        runs = name_runs(text, m.end(), eol if eol >= 0 else head)
        if runs and runs[0].start == m.end() and _company(runs[0]):
            hits[role] = runs[0]
            last_row = m.start("role")
    if not 2 <= len(hits) <= _MAX_LABELS:
        return False
    for role, run in hits.items():
        term = _row_term(text, run, head)
        ref = add_party(ctx, run.text, run.start, run.end, aliases=(term or role,))
        ctx.define(role, ref)
        if term:
            ctx.define(term, ref)
        party_to(ctx, ref, role, run.start, run.end)
    return True


def _row_term(text: str, run: NameRun, limit: int) -> str | None:
    """The term a row gives its party in a parenthesis of its own below the name and its
    address, before the row ends at a blank line ("Reseller: Hollis & Crane, LLC / 410
    Commerce Street / Nashville, Tennessee 37219 / ("VAR")"): then the label only heads the
    row, and the term is what the contract calls the party. No other company named between."""
    blank = re.compile(r"\n[ \t]*\n").search(text, run.end, limit)
    end = blank.start() if blank else limit
    for d in definitions_in(text, run.end, end):
        if d.style != "paren" or d.collective:
            continue
        between = name_runs(text, run.end, d.clause_start)
        if re.search(r"[\"\u201c]", text[run.end : d.clause_start]) or any(
            r.is_org for r in between
        ):
            return None
        return d.term
    return None


def _company(run: NameRun) -> bool:
    """A name that ends in a corporate suffix or "Company" ("PRAIRIE RIVER RAILROAD COMPANY"),
    or an organisation's ("Bayshore Community Credit Union"): in a table, only an organisation
    is surely a party (a person's name there may be a contact's)."""
    ws = words(run.text)
    return len(ws) >= 2 and (ws[-1] in TERMINAL_SUFFIXES or ws[-1] == "company" or run.is_org)


#: "the Customer: NORTHGATE RETAIL GROUP, INC., a Minnesota corporation, ...", "Licensee:
#: Orbis Labs Inc.": a party's role as the label of its line in a list of parties, the
#: party's term though no parenthesis gives it.
_LABEL_BEFORE = rule(
    "parties.role_label_before_name",
    r"(?:^|\n)[ \t]*(?:(?:the|The|THE)[ \t]+)?(?P<role>[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?)"
    r"[ \t]*:[ \t]*$",
    reads="the list of parties: a role label opening the line of a party's name",
    matches=[
        passage("\nthe Customer: ", role="Customer"),
        passage("\nLicensee:  ", role="Licensee"),
    ],
    rejects=["\nthe Customer: shall ", "\nDate: 5 May 2020 "],
)


def label_before(text: str, pos: int) -> str | None:
    """The role label that opens the line of the name at ``pos`` (a role word, never
    "Party"), or None."""
    line = text.rfind("\n", 0, pos)
    m = _LABEL_BEFORE.search(text, max(0, line), pos)
    if m is None:
        return None
    role = role_of(m["role"].title())
    return m["role"] if role is not None and role != "Party" else None
