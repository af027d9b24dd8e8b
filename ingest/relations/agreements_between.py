"""An agreement a definition names only by its term and its parties: ""Swap Agreement" means
the agreement between Borrower and Lender dated as of May 2, 1998 regarding ...", ""General
Security Agreement" means the general security agreement to be entered into on or before the
date hereof between the Borrower and the Lender" (one still to be signed). No title is written
after "means", so no reference reader sees an agreement there; the term is its title, the two
parties named after "between" are PARTY_TO it, and a date after "dated" is its date.
"""

from __future__ import annotations

from ingest.agreements.kinds import classify
from ingest.context import DocContext, norm_term
from ingest.dates import find_dates
from ingest.records import PropValue
from ingest.references.keys import mention_ref
from ingest.relations.slots import labelled, parties_named, trimmed
from ingest.rules import passage, rule

_MEANS_THE_AGREEMENT_BETWEEN = rule(
    "relations.means_the_agreement_between",
    r"^\W*[\"\u201c](?P<term>(?:[A-Z][\w-]*\s+){1,4}Agreement)[\"\u201d]\s+(?:shall\s+)?means?"
    r"\s+(?:that\s+certain|the)\s+(?:written\s+)?(?:[a-z][\w-]*\s+){0,3}?agreement,?\s+"
    r"(?:dated\s+(?:as\s+of\s+)?(?P<d1>[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}),?\s+)?"
    # one still to be signed: "to be entered into on or before the date hereof between"
    r"(?:to\s+be\s+(?:entered\s+into|executed)(?:\s+(?:on\s+or\s+(?:before|about)|on|as\s+of)"
    r"\s+the\s+(?:date\s+hereof|Closing\s+Date))?,?\s+)?(?:by\s+and\s+)?between\s+(?:the\s+)?"
    r"(?P<a>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,5}),?\s+and\s+(?:the\s+)?"
    r"(?P<b>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,5}(?:,\s+(?:Inc|LLC|L\.P|Ltd|Corp)\.?)?)",
    reads="a definition of an agreement by its parties: the term, the date, the two parties",
    matches=[
        passage(
            '"Swap Agreement" means the agreement between Borrower and Lender dated as of May 2, '
            "1998 regarding interest rate protection.",
            term="Swap Agreement",
            a="Borrower",
            b="Lender",
        ),
        passage(
            '"Supply Agreement" shall mean that certain agreement dated June 1, 2001 between the '
            "Company and Northwind Foods, Inc.",
            b="Northwind Foods, Inc.",
        ),
        passage(
            '"General Security Agreement" means the general security agreement to be entered '
            "into on or before the date hereof between the Borrower and the Lender, as amended.",
            term="General Security Agreement",
            a="Borrower",
            b="Lender",
        ),
    ],
    rejects=[
        '"Agreement" means this Credit Agreement.',
        '"Pledge Agreement" means the Pledge Agreement dated as of July 1, 1998 between Borrower '
        "and Lender.",
    ],
    mode="match",
)


def extract_agreement_between(ctx: DocContext, lo: int, sentence: str) -> None:
    """The agreement a definition names by its parties (see the module doc)."""
    m = _MEANS_THE_AGREEMENT_BETWEEN.match(sentence)
    if m is None:
        return
    parties = [p for g in ("a", "b") for p in parties_named(ctx, m[g])]
    if len(set(parties)) != 2:
        return  # both parties named, and no more: else the sentence is not this shape
    term = " ".join(m["term"].split())
    found = classify(term)
    if found is None or found[0] != "Agreement":
        return
    dated = m["d1"] or ""
    if not dated:
        after = sentence.find("dated", m.end())
        dated = sentence[after : after + 40] if 0 <= after < m.end() + 40 else ""
    dates = find_dates(dated)
    date = dates[0].iso if dates else None
    evidence = trimmed(ctx, lo, lo + len(sentence))
    known = labelled(ctx, ctx.lookup(term), "Agreement") or _titled(ctx, term)
    if known:
        ref = known[0]
    else:
        props: dict[str, PropValue] = {"title": term, "kind": found[1]}
        if date:
            props["date"] = date
        ref = ctx.collector.add(mention_ref(term, date), "Agreement", evidence, props, (term,))
        ctx.define(term, ref)
    for party in dict.fromkeys(parties):
        ctx.collector.relate("PARTY_TO", party, ref, evidence)


def _titled(ctx: DocContext, term: str) -> list[str]:
    """The one agreement another reader already found under the term as its title (the
    dated form the exhibits attach): the definition names that one, not one more."""
    found = [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Agreement" and norm_term(str(e.props.get("title") or "")) == norm_term(term)
    ]
    return found if len(found) == 1 else []
