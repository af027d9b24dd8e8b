"""Who makes a written-out note and to whose order it is payable: the payee's name,
"the undersigned", a defined company before the promise, and the signers below.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.names import is_org_name, name_runs
from ingest.parties.add import add_party
from ingest.relations.promises import note_payees
from ingest.rules import passage, rule
from ingest.signatures.blocks import add_signer, signature_blocks

#: a maker named only as "the undersigned"
UNDERSIGNED = rule(
    "notes.undersigned",
    r"(?i)\bundersigned\b",
    reads="the words before a note's promise: a maker that is only the undersigned",
    matches=[
        passage("FOR VALUE RECEIVED, the undersigned ", match="undersigned"),
        passage("EACH OF THE UNDERSIGNED jointly", match="UNDERSIGNED"),
    ],
    rejects=["FOR VALUE RECEIVED, the Company ", "the signed original"],
)


#: the payee a promise names by its legal name: "to the order of", "to or to the order of",
#: "to Eastgate Partners LP or its registered assigns"; a company's form after a comma is part of
#: its name ("to Harbor Fund, L.P. or its registered assigns")
_PAYEE_NAME = rule(
    "notes.payee_name",
    r"(?is)\bpromises?\s+to\s+pay\s+to\s+(?:or\s+to\s+)?(?:the\s+order\s+of\s+)?"
    r"(?P<payee>[^,;()]{2,120}?(?:,\s*(?:Inc|Corp|L\.?\s?P|L\.?L\.?[CP]|Ltd|N\.?\s?A)\.?)?)"
    r"(?=\s*\(|\s*,|\s+or\s+(?:its|his|her|their)\s+(?:registered\s+|permitted\s+)?assigns)",
    reads="the payee a note's promise names by its legal name",
    matches=[
        passage("promises to pay to the order of First Bank, N.A. (the", payee="First Bank, N.A."),
        passage(
            "promises to pay to Gamma Fund, L.P. or its registered assigns (the",
            payee="Gamma Fund, L.P.",
        ),
        passage("promises to pay to or to the order of ALPHA FUND LP, the", payee="ALPHA FUND LP"),
        passage(
            "promises to pay to Beta Partners LP or its registered assigns",
            payee=("Beta Partners LP"),
        ),
    ],
    rejects=["promises to pay the principal amount", "shall pay to the order of the Bank,"],
)

#: a payee's name that is a company's by its last word: the promise may be the only place the
#: holder of a note is named
_ORG_END = rule(
    "notes.org_end",
    r"(?i)\b(?:inc|l\.?\s?p|l\.?l\.?c|ltd|limited|fund|trust|partners|partnership|bank|company"
    r"|corp\w*|n\.?\s?a)\.?$",
    reads="a payee's name that is a company's by its last word",
    matches=[
        passage("Sprott Resource Lending Partnership", match="Partnership"),
        passage("Gamma Capital, L.P.", match="L.P."),
        passage("First National Bank", match="Bank"),
    ],
    rejects=["John Smith", "Banking Day"],
)


def _key(name: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", name.lower()).split())


def payees_named(ctx: DocContext, clause: str, offset: int | None = None) -> list[str]:
    """The payee of a note's promise: the party whose legal name the promise spells ("to or to
    the order of SPROTT RESOURCE LENDING PARTNERSHIP"), else as ``note_payees`` reads it (a
    defined term, a name) - never a party a last word of the name happens to define. A company
    named there and nowhere else (``clause`` starting at ``offset``) becomes a party."""
    m = _PAYEE_NAME.search(clause)
    want = _key(m["payee"]) if m else ""
    named = [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Party" and want and _key(str(e.props.get("name") or "")) == want
    ]
    found = named[:1] or note_payees(ctx, clause, offset)
    if found or m is None or offset is None:
        return found
    name = " ".join(m["payee"].split())
    if re.match(r"[A-Z]", name) and _ORG_END.search(name) and not re.search(r"_{3,}|\[", name):
        a, b = offset + m.start("payee"), offset + m.end("payee")
        return [add_party(ctx, name, a, b, kind="organization")]
    return []


#: a full stop that ends no sentence: "ST. LOUIS", "Co. (the", "N.A. as", "L.P., a"
_ABBREVIATION = rule(
    "notes.abbreviation",
    r"(?i)(?:\b(?:st|inc|co|corp|ltd|no|mr|ms|dr|jr|sr|bros|assn|natl)|\b[a-z]\.[a-z]|\b[a-z])$",
    reads="the end of a sentence piece whose full stop ends no sentence (an abbreviation)",
    matches=[
        passage("ST", match="ST"),
        passage("Acme Co", match="Co"),
        passage("N.A", match="N.A"),
    ],
    rejects=["the Holder", "the Company"],
)


def end_of_sentence(text: str, pos: int, end: int) -> int:
    """Where the sentence running at ``pos`` ends (before ``end``): the first full stop
    followed by a space that no abbreviation of a name explains."""
    for m in re.finditer(r"\.\s", text[pos:end]):
        if not _ABBREVIATION.search(text[pos : pos + m.start()][-8:]):
            return pos + m.start() + 1
    return end


#: a maker written as a defined term only: "FOR VALUE RECEIVED, the Company promises"
TERM_SUBJECT = rule(
    "notes.term_subject",
    r"\b[Tt]he\s+(?P<term>[A-Z][a-z]+)\s*(?:,\s*)?(?:hereby\s+)?$",
    reads="a maker written as a defined term only, just before its promise",
    matches=[
        passage("FOR VALUE RECEIVED, the Company ", term="Company"),
        passage("FOR VALUE RECEIVED, The Borrower, hereby ", term="Borrower"),
    ],
    rejects=["FOR VALUE RECEIVED, the undersigned ", "the Company and "],
)


def defined_company(ctx: DocContext, term: str, before: int) -> list[str]:
    """The company a term the note defines before its promise names, when no earlier step made
    it a party ("... 12% Senior Convertible Notes of Brightwater Labs, Inc., a Delaware
    corporation (the "Company")"): the last company name before the definition."""
    text = ctx.text
    pattern = rf"\(\s*(?:the\s+)?[\"\u201c]{re.escape(term)}[\"\u201d]\s*\)"
    defined = list(re.finditer(pattern, text[:before]))
    if not defined:
        return []
    found = defined[-1]
    lo = max(0, found.start() - 240)
    runs = [r for r in name_runs(text, lo, found.start()) if is_org_name(r.text)]
    if not runs:
        return []
    ref = add_party(ctx, runs[-1].text, runs[-1].start, runs[-1].end, kind="organization")
    ctx.define(term, ref)
    return [ref]


#: a form's maker written as bracketed alternatives, one per borrower that may sign it: "the
#: undersigned, [ACME TOOLS INC., a Connecticut corporation] [DESIGNATED BORROWER, a [ ]
#: corporation] (the "Borrower")": each bracket a name, then its form and place
_BRACKETED_MAKER = rule(
    "notes.bracketed_maker",
    r"\[\s*(?P<name>[A-Z][^\[\],]{1,80}?(?:,\s*(?:Inc|Corp|L\.?\s?P|L\.?L\.?C|Ltd|N\.?\s?A)\.?)?)"
    r"\s*(?:,\s*an?\s+[^\]]{0,80}?)?\]",
    reads="a note form's maker written as bracketed alternatives: each bracket's name",
    matches=[
        passage(
            "the undersigned, [ACME TOOLS INC., a Connecticut corporation]",
            name="ACME TOOLS INC.",
        ),
        passage("[Harbor Foods Corp., a Delaware corporation]", name="Harbor Foods Corp."),
        passage("[DESIGNATED BORROWER, a [    ] corporation]", name="DESIGNATED BORROWER"),
    ],
    rejects=["the undersigned, Acme Tools Inc., a Connecticut corporation", "[ ]", "[__________]"],
)


def bracketed_makers(ctx: DocContext, before: str) -> list[str]:
    """The maker of a note form whose words before the promise offer bracketed alternatives:
    the first bracket whose name is a party's legal name (a placeholder such as "[DESIGNATED
    BORROWER]" or "[NAME OF BORROWER]" names none)."""
    for m in _BRACKETED_MAKER.finditer(before):
        want = _key(m["name"])
        for ref, e in ctx.collector.entities.items():
            if e.label == "Party" and want and _key(str(e.props.get("name") or "")) == want:
                return [ref]
    return []


def undersigned(ctx: DocContext, promise: int, end: int) -> list[str]:
    """The companies signing at the foot of a note whose maker is only "the undersigned"."""
    out: list[str] = []
    for b in signature_blocks(ctx.text, promise, end):
        if b.company and b.company_span:
            cs, ce = b.company_span
            ref = add_party(ctx, b.company, cs, ce, kind="organization")
            if ref not in out:
                out.append(ref)
    return out


def signers(ctx: DocContext, note: str, promise: int, end: int) -> None:
    """Who signs at the foot of a note text signs the note, for the company of the block
    (its maker): "SEI INVESTMENTS COMPANY / By: ... / Print Name: Kathy Heilig"."""
    for b in signature_blocks(ctx.text, promise, end):
        if b.signer:
            company = None
            if b.company and b.company_span:
                cs, ce = b.company_span
                company = add_party(ctx, b.company, cs, ce, kind="organization")
            add_signer(ctx, b, b.signer, note, company)
