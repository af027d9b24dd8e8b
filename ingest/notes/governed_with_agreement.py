"""The governing law of the notes an agreement's own choice-of-law clause names beside it:
"This Agreement and each Note shall be governed by and construed in accordance with the laws of
the State of New York", "THIS AGREEMENT AND THE NOTES SHALL BE GOVERNED BY THE INTERNAL LAWS OF
THE STATE OF MINNESOTA". The notes the document's term names (whatever step read them: a note
clause, a definition, a written-out form) take that law, where their own text stated none.

Exists because credit agreements rarely attach the signed notes, whose own clause would state
their law; the agreement's clause is the only place the text says which law governs them.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.law import governing_law
from ingest.rules import passage, rule

#: "This Agreement and each Note shall be governed by", "This Agreement, the Notes and the other
#: Loan Documents shall be governed by": the notes the clause names with the agreement
_GOVERNED_WITH = rule(
    "notes.governed_with_agreement",
    r"(?i)\bthis\s+agreement(?:\s*,\s*|\s+and\s+)(?:each|the|any|all)\s+(?:of\s+the\s+)?"
    r"(?P<term>(?:(?-i:[A-Z])[\w-]*\s+){0,2}?notes?)\b(?:(?:,|\s+and)\s+[^.;]{0,60}?)?"
    r"\s+shall\s+be\s+governed\s+by\b",
    reads="an agreement's choice-of-law clause: the notes it names with the agreement",
    matches=[
        passage(
            "This Agreement and each Note shall be governed by and construed in accordance with",
            term="Note",
        ),
        passage(
            "THIS AGREEMENT AND THE NOTES SHALL BE GOVERNED BY THE INTERNAL LAWS OF THE STATE",
            term="NOTES",
        ),
        passage(
            "This Agreement, the Term Notes and the other Loan Documents shall be governed by",
            term="Term Notes",
        ),
    ],
    rejects=[
        "This Agreement and the other Loan Documents shall be governed by",
        "the Notes shall be governed by the laws of the State of Texas",
    ],
)


def extract_notes_governed_with_agreement(ctx: DocContext) -> None:
    """Each note instrument the clause's term names takes the jurisdiction it states."""
    text = ctx.text
    for m in _GOVERNED_WITH.finditer(text):
        law = governing_law(text, m.start(), min(len(text), m.end() + 400))
        if law is None or law.start > m.end():
            continue  # the law stated is another sentence's
        term = " ".join(m["term"].split())
        for form in {term, term[:-1] if term[-1:] in "sS" else term + "s"}:
            for ref in ctx.lookup(form):
                e = ctx.collector.get(ref)
                if e is None or e.label != "Instrument" or e.props.get("kind") != "note":
                    continue
                props = {"governing_law": law.jurisdiction}
                ctx.collector.add(ref, "Instrument", ctx.span(law.start, law.end), props)
