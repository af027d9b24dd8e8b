"""Witnesses on a signature page: a person who signs "in the presence of" a party, or under
a "Witness:" or "Attest:" caption, or on the witness form of English and Scots execution
(name, address, occupation), attests a signature and is no party to the agreement."""

from __future__ import annotations

from ingest.rules import passage, rule
from ingest.signatures.fields import Block, Field

#: The caption a witness's signature stands under, at the end of the text before it.
_WITNESS_CUE = rule(
    "signatures.witness_caption",
    r"(?i)\b(?:in\s+the\s+presence\s+of|witness(?:ed|es)?(?:\s+by)?|attest(?:ed)?(?:\s+by)?)"
    r"[ \t]*[:\-]?[ \t]*$",
    reads="the caption at the end of the text before a witness's signature",
    matches=[
        passage("ATTEST/WITNESS:", match="WITNESS:"),
        passage("Signed in the presence of:"),
        passage("Attest:  "),
    ],
    rejects=["IN WITNESS WHEREOF, the parties", "witness the signature of the Borrower"],
)
#: How far before a block its caption may stand (a line or two).
_CUE_WINDOW = 120


#: "Occupation: Accountant": the field of a witness form that no party's block has.
_OCCUPATION = rule(
    "signatures.witness_occupation",
    r"(?i)[ \t]*occupation\b[ \t]*:?",
    reads="the occupation line of a witness form (name, address, occupation)",
    matches=[passage("Occupation: Solicitor"), passage("OCCUPATION:")],
    rejects=["Occupational Health, Inc.", "Title: Occupation Manager"],
    mode="match",
)


#: "Attest: /s/ Lee Harris", "WITNESS: ____": a witness (or an attesting secretary) signing on the
#: caption's own line under a party's signer; the "Title:" and "Name:" lines right under it are
#: the witness's, not the signer's.
_ATTESTING_LINE = rule(
    "signatures.attesting_line",
    r"(?i)(?:attest(?:ed)?(?:\s+by)?|witness(?:ed)?(?:\s+by)?)[ \t]*:[ \t]*(?:/s/|_{3,}|[A-Z])",
    reads="a witness's or attesting officer's signature on the caption's own line",
    matches=[
        passage("Attest:  /s/Peter O. Dunn", match="Attest:  /s/"),
        passage("ATTEST: ___________", match="ATTEST: ___________"),
        passage("Witness: Carla Mendes", match="Witness: C"),
    ],
    rejects=["ATTEST:", "IN WITNESS WHEREOF, the parties", "Title: Attesting Secretary"],
    mode="match",
)


def attesting_line(line: str) -> bool:
    """Whether a block's line is a witness's signature on its caption's line ("Attest: /s/ ...")."""
    return bool(_ATTESTING_LINE.match(line.strip()))


#: How many lines of a column a witness form runs to below the signature.
_FORM_LINES = 6


def witnessing(text: str, start: int) -> bool:
    """Whether the signature that starts at ``start`` stands under a witness's caption."""
    before = text[max(0, start - _CUE_WINDOW) : start].rstrip()
    return bool(_WITNESS_CUE.search(before))


def witness_caption(line: str) -> bool:
    """Whether a line is a witness's caption ("WITNESSES:", "ATTEST:")."""
    return bool(_WITNESS_CUE.search(line.rstrip()))


def witness_block(column: list[Field], b: Block, beside: bool = False) -> bool:
    """Whether block ``b`` of a column is a witness's (no company, no "By:"): the column's
    line before it is a witness caption ("ATTEST/WITNESS:" beside the party's block), or, in
    a left column ``beside`` the parties' blocks, it is one of the witnesses' signatures under
    one caption, or its lines are a witness form's, with an occupation."""
    if b.company or b.by:
        return False
    before = [f for f in column if f.end <= b.start]
    if before and _WITNESS_CUE.search(before[-1].text):
        return True
    if beside and _witness_column(before):
        return True
    below = [f for f in column if f.start >= b.start][:_FORM_LINES]
    return any(_OCCUPATION.match(f.text) for f in below)


#: A witness's line in a column of witnesses: a signature ("/s/ Ann Lowry"), a rule to sign on,
#: or the witness's printed name under it.
_WITNESS_LINE = rule(
    "signatures.witness_column_line",
    r"(?:/s/.*|[_\-]{3,}[ \t]*|(?:Print(?:ed)?\s+)?Name\s*:.*)",
    reads="a line of a column headed by one witness caption: a signature, a rule, a name",
    matches=[
        passage("/s/ Ann Lowry"),
        passage("-----------------------"),
        passage("Name: Ann Lowry"),
    ],
    rejects=["Secretary", "Title: Assistant Secretary", "ACME TOOL CO.", "By: /s/ Ann Lowry"],
    mode="fullmatch",
)


def _witness_column(before: list[Field]) -> bool:
    """Whether the lines above a block in its column are witnesses' signatures up to a witness
    caption ("WITNESS:" heading a left column beside the parties' blocks, one signature for
    each): nothing but signatures, rules and names since the caption, no party's block."""
    for f in reversed(before):
        line = f.text.strip()
        if _WITNESS_CUE.search(line):
            return True
        if not _WITNESS_LINE.fullmatch(line):
            return False
    return False


def occupation_line(text: str, pos: int) -> bool:
    """Whether ``pos`` is on a witness form's occupation line (its value read as a name)."""
    line_start = text.rfind("\n", 0, pos) + 1
    return bool(_OCCUPATION.match(text, line_start))
