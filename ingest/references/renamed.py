"""Terms a document gives titled agreements after mentioning them ("which Credit
Agreement was amended and restated ... (as so amended and restated, the
"Credit Agreement")").
"""

from __future__ import annotations

from collections.abc import Mapping

from ingest.context import DocContext
from ingest.defined_terms import Definition, find_definitions
from ingest.references.keys import mention_ref, norm_title
from ingest.references.mentions import Mention, read_mention
from ingest.references.terms import names_same_thing
from ingest.references.titles import TITLE, is_amendment_title
from ingest.rules import passage, rule

#: "(the Original Credit Agreement, as amended by this Amendment, ...": a parenthesis that
#: renames a defined agreement as amended
_RENAMED = rule(
    "references.renamed",
    r"\(\s*(?:the\s+)?(?P<term>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,5}),?\s+as\s+"
    r"(?:amended|modified|supplemented)\s+(?:by\s+this|hereby)\b",
    reads="a parenthesis defining a term: it renames a defined agreement as amended",
    matches=[
        passage(
            "(the Original Credit Agreement, as amended by this Amendment, is referred to "
            "herein as",
            term="Original Credit Agreement",
        ),
        passage("(Loan Agreement as modified hereby,", term="Loan Agreement"),
    ],
    rejects=[
        "(as amended by this Amendment, the",
        "(the Original Credit Agreement, as amended from",
    ],
    mode="match",
)

#: "the Credit Agreement, as amended by this Amendment No. 3 (the "Amended Credit Agreement"":
#: the same renaming written before the parenthesis
_RENAMED_BEFORE = rule(
    "references.renamed_before",
    r"\b(?:the\s+)?(?P<term>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,5}),?\s+as\s+"
    r"(?:amended|modified|supplemented)\s+(?:by\s+this(?:\s+[A-Z0-9][\w.]*){1,3}|hereby)\s*,?\s*$",
    reads="the words before a parenthesis defining a term: an agreement renamed as amended",
    matches=[
        passage(
            "the Credit Agreement, as amended by this Amendment No. 3 ", term="Credit Agreement"
        ),
        passage("the Note as modified hereby, ", term="Note"),
    ],
    rejects=["the Credit Agreement, as amended by the First Amendment "],
)


#: A quotation mark: a parenthesis that quotes another term before the one it defines.
_QUOTE = rule(
    "references.quote",
    r"[\"\u201c\u201d]",
    reads="a parenthesis before the term it defines: a term quoted before it",
    matches=['(the "Original Agreement", as amended, the', "(\u201cLoan\u201d"],
    rejects=["(the Original Credit Agreement, as amended hereby, the"],
)


#: '"Existing Credit Agreement" means the Credit Agreement dated as of ...': the definition
#: that names a dated mention
_MEANS_TITLE = rule(
    "references.means_title",
    r"[\"\u201d]?\s*(?:shall\s+)?means?\s*[,:]?\s+(?:that\s+certain\s+|the\s+)(?=[A-Z])",
    reads="right after a quoted defined term: 'means the' before the title it names",
    matches=[
        passage('" means the Credit Agreement dated', match='" means the '),
        passage("\u201d shall mean that certain Lease", match="\u201d shall mean that certain "),
    ],
    rejects=['" means any agreement', '" means, collectively, the Loan Documents'],
    mode="match",
)


def _term_means_title(ctx: DocContext, d: Definition, self_date: str | None) -> None:
    """'"Note Purchase Agreement-1997" means the Note Purchase Agreement dated as of February
    14, 1997': the term names the dated mention the sentence opens on ('"Subsidiary Guaranty"
    means that certain Guaranty, dated as of the date hereof': the own agreement's date, as the
    mention was read)."""
    m = _MEANS_TITLE.match(ctx.text, d.end)
    t = TITLE.match(ctx.text, m.end()) if m else None
    mention, _ = read_mention(ctx.text, t, self_date) if t else (None, 0)
    if (
        mention is None
        or mention.date is None
        or is_amendment_title(mention.title)  # an amendment's term is read where it is made
        or not names_same_thing(d.term, mention.title)
    ):
        return
    ref = mention_ref(mention.title, mention.date)
    if ref in ctx.collector.entities:
        e = ctx.collector.entities[ref]
        ctx.collector.add(ref, e.label, ctx.span(d.start, d.end), aliases=(d.term,))
        ctx.define(d.term, ref)


def terms_of_titles(ctx: DocContext, named: Mapping[str, Mention], self_date: str | None) -> None:
    """ "a Credit Agreement dated as of February 21, 1997, which Credit Agreement was amended
    and restated ... (as so amended and restated, the "Credit Agreement")": a term defined
    too far from its title to be read with it names the one dated mention of that title."""
    for d in find_definitions(ctx.text):
        if d.style == "means" and not ctx.lookup(d.term):
            _term_means_title(ctx, d, self_date)
        if d.style != "paren" or ctx.lookup(d.term):
            continue
        renamed = _RENAMED.match(ctx.text, d.clause_start) or _RENAMED_BEFORE.search(
            ctx.text, max(0, d.clause_start - 150), d.clause_start
        )
        first = not _QUOTE.search(ctx.text[d.clause_start : d.start - 1])
        if renamed and first and (refs := ctx.lookup(renamed["term"])):
            # "(the Original Credit Agreement, as amended by this Amendment, is referred to
            # herein as the "Credit Agreement")": the amended agreement's second name
            for ref in refs:
                e = ctx.collector.entities[ref]
                ctx.collector.add(ref, e.label, ctx.span(d.start, d.end), aliases=(d.term,))
            ctx.define(d.term, *refs)
            continue
        mention = named.get(norm_title(d.term))
        if mention is None:
            continue
        ref = mention_ref(mention.title, mention.date)
        if ref in ctx.collector.entities and mention.start < d.start:
            ctx.collector.add(
                ref, ctx.collector.entities[ref].label, ctx.span(d.start, d.end), aliases=(d.term,)
            )
            ctx.define(d.term, ref)
