"""Letters of credit a credit agreement defines by a short term and the issuer its definition
names in a role: "LC means a standby letter of credit issued for the account of Borrower by
Issuing Lender under this agreement and under an LC Agreement", ""L/C" means any letter of
credit issued hereunder by the Issuing Bank".

Exists because :mod:`.letters_of_credit` and :mod:`.defined_letters_of_credit` read the term
"Letter(s) of Credit" and an issuer named outright; syndicated forms give the letters of credit
a short term of their own ("LC", "L/C", "Facility LC") and name the issuer by the role the
definitions bind to a bank ("Issuing Lender means Acme Bank, N.A."). The letters of credit (an
instrument titled by the term) are ISSUED by the parties the role names and ISSUED_UNDER the
document's own agreement where the definition says so ("under this agreement", "hereunder").

A definition may name no issuer at all: ""Facility LC" means any letter of credit issued
pursuant to Section 2.16 and any Existing Letter of Credit" (a section of the agreement's own:
ISSUED_UNDER it). Its issuers are then the banks another definition names as the ones that
issue that term (""LC Issuer" means Bank of America, N.A., The Bank of Nova Scotia and any
other Lender that ... agrees to issue Facility LCs hereunder").
"""

from __future__ import annotations

import re

from ingest.context import DocContext, norm_term
from ingest.defined_terms import Definition, find_definitions
from ingest.names import name_runs
from ingest.records import PropValue, Span
from ingest.relations.letters_of_credit import generic_letters_of_credit, relate_letters_of_credit
from ingest.relations.provided_under import evidenced_notes_under
from ingest.relations.slots import labelled, named_only, parties_in_role
from ingest.rules import passage, rule

_LC_MEANS = rule(
    "relations.defined_lc_issuers.means_issued_by",
    r"[\"\u201d]?\s*(?:shall\s+)?means?,?\s+(?:(?:any|each|a|an|the)\s+)?"
    r"(?:(?:irrevocable|standby|stand-by|documentary|commercial|trade|sight)\s+(?:or\s+)?){0,3}"
    r"letters?\s+of\s+credit\s+issued\b(?P<rest>[^.;]{0,160}?)\bby\s+(?:the\s+)?"
    r"(?P<by>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})(?P<after>[^.;]{0,120})",
    reads="a definition that makes its term letters of credit issued by a party it names",
    matches=[
        passage(
            " means a standby letter of credit issued for the account of Borrower by Issuing"
            " Lender under this agreement and under an LC Agreement.",
            by="Issuing Lender",
        ),
        passage(
            '" means any letter of credit issued hereunder by the Issuing Bank.', by="Issuing Bank"
        ),
    ],
    rejects=[
        " means any letter of credit issued for the account of the Borrower.",
        " means the letter of credit agreement executed by the Borrower.",
    ],
    mode="match",
)

#: the definition says the letters of credit are the agreement's own
_UNDER_OWN = rule(
    "relations.defined_lc_issuers.under_own",
    r"(?i)\bhereunder\b|\b(?:under|pursuant\s+to)\s+this\s+(?:agreement|credit\s+agreement)\b",
    reads="words that make letters of credit the defining agreement's own",
    matches=["issued by the Bank under this agreement", "issued hereunder by the Bank"],
    rejects=["issued under the Existing Credit Agreement"],
)


_LC_MEANS_UNDER_SECTION = rule(
    "relations.defined_lc_issuers.means_issued_under_section",
    r"[\"\u201d]?\s*(?:shall\s+)?means?,?\s+(?:(?:any|each|a|an|the)\s+)?"
    r"(?:(?:irrevocable|standby|stand-by|documentary|commercial|trade|sight)\s+(?:or\s+)?){0,3}"
    r"letters?\s+of\s+credit\s+issued\s+(?:pursuant\s+to|under|in\s+accordance\s+with)\s+"
    r"Sections?\s+\d[\w.()]*(?![\w.()]*\s+of\s+(?:the|any|such)\b)",
    reads="a definition that makes its term the letters of credit a section of the agreement "
    "provides for, naming no issuer",
    matches=[
        '" means any letter of credit issued pursuant to Section 2.16 and any Existing Letter of'
        " Credit.",
        "\u201d means each standby letter of credit issued under Section 2.4(b).",
    ],
    rejects=[
        '" means any letter of credit issued pursuant to Section 2.3 of the Existing Credit'
        " Agreement.",
        '" means any letter of credit issued for the account of the Borrower.',
    ],
    mode="match",
)
#: a section of the defining agreement itself ("Section 2.05", "subsection 3.1(a)", "Article
#: II"), never one "of the Existing Credit Agreement"
_OWN_SECTION = (
    r"(?:Sections?|subsections?|Article)\s+(?:\d|[IVX]+\b)[\w.()]*"
    r"(?![\w.()]*\s+(?:of|to)\s+(?:the|any|such|that|each)\b)"
)

#: the definition of the agreement's own "Letters of Credit" by where it provides for them:
#: ""Letter of Credit" means any letter of credit issued hereunder", ""Letters of Credit" shall
#: mean the standby letters of credit available pursuant to Section 2.4 hereof", ""Letter of
#: Credit" means a letter of credit issued or to be issued hereunder by an Issuing Bank",
#: ""Letters of Credit" has the meaning specified in Section 2.01(f)", "“Letters of Credit”: as
#: defined in subsection 3.1(a)"
_OWN_LETTERS = rule(
    "relations.defined_lc_issuers.own_letters_of_credit",
    r"[\"\u201d]?\s*(?:"
    r"(?:shall\s+)?means?,?\s+(?:(?:any|each|a|an|the|all)\s+)?"
    r"(?:(?i:irrevocable|standby|stand-by|documentary|commercial|trade|sight)\s+(?:or\s+|and\s+)?){0,3}"
    r"(?i:letters?\s+of\s+credit)\s+"
    r"(?:issued\s+or\s+to\s+be\s+issued|to\s+be\s+issued|issued|(?:made\s+)?available)\s+"
    r"(?:(?:from\s+time\s+to\s+time|for\s+the\s+account\s+of\s+(?:the\s+|any\s+)?[A-Z][\w-]*)\s+){0,2}"
    r"(?:hereunder|under\s+this\s+(?:Credit\s+)?Agreement"
    r"|(?:pursuant\s+to|under|in\s+accordance\s+with)\s+(?:this\s+(?:Credit\s+)?Agreement\b|"
    + _OWN_SECTION
    + r"))"
    r"(?:\s+(?:hereof|of\s+this\s+Agreement))?"
    r"(?:,?\s+by\s+(?:the\s+|an?\s+|any\s+)?(?P<by>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))?"
    r"|(?:shall\s+)?(?:has|have)\s+the\s+meanings?\s+"
    r"(?:specified|assigned|given|set\s+forth|provided|ascribed)"
    r"(?:\s+(?:to\s+(?:it|such\s+term|that\s+term)|thereto|therefor))?\s+in\s+"
    + _OWN_SECTION
    + r"|:?\s*(?:as|is)\s+defined\s+in\s+"
    + _OWN_SECTION
    + r")",
    reads="a definition that makes the agreement's own letters of credit the ones issued under "
    "it or a section of it",
    matches=[
        '" means any letter of credit issued hereunder.',
        passage(
            '" means a letter of credit issued or to be issued hereunder by an Issuing Bank.',
            by="Issuing Bank",
        ),
        '" shall mean the standby letters of credit available pursuant to Section 2.4 hereof.',
        '" means each letter of credit issued pursuant to Section 2.19.1 and any Existing Letter'
        " of Credit.",
        '" has the meaning specified in Section 2.01(f).',
        "\u201d: as defined in subsection 3.1(a).",
        '" shall have the meaning assigned to it in Section 2.5 hereof.',
    ],
    rejects=[
        '" has the meaning assigned to such term in Section 1.1 of the Credit Agreement.',
        '" means any letter of credit issued pursuant to Section 2.3 of the Existing Credit '
        "Agreement.",
        '" means any letter of credit issued for the account of the Borrower.',
        '" has the meaning given in the UCC.',
        '" means the letters of credit issued by the Bank under the Prior Agreement.',
    ],
    mode="match",
)

#: the banks another definition names before the class it closes with ("... and any other
#: Lender that ... agrees to issue")
_OTHER_ISSUERS = rule(
    "relations.defined_lc_issuers.named_before_others",
    r"(?i)[,;]?\s*(?:and|or)\s+(?:any|each|such)\s+other\b",
    reads="where a definition's list of named issuers ends and the class of later ones begins",
    matches=[
        "Bank of America, N.A., The Bank of Nova Scotia and any other Lender that",
        "Harbor Bank, N.A., or such other Lender as",
    ],
    rejects=["Harbor Bank, N.A. and its successors"],
)


#: a term that is "letter(s) of credit" with its kinds ("Standby Letter of Credit")
_LETTERS_TERM = re.compile(r"(?i)(?:[\w-]+\s+)*letters?\s+of\s+credit")


#: the term of the class of letters of credit the agreement provides for ("Letters of Credit",
#: "Standby Letter of Credit"), not one named apart ("Existing Letters of Credit")
_GENERIC_TERM = re.compile(
    r"(?i)(?:(?:standby|stand-by|commercial|documentary)\s+)?letters?(?:\(s\))?\s+of\s+credit"
)


def _own_letters(ctx: DocContext, d: Definition) -> None:
    """The agreement's own "Letters of Credit" where their definition places them under it or
    a section of it (``_OWN_LETTERS``) and no sentence reader found them issued under it: the
    class of letters of credit, ISSUED_UNDER the own agreement (a credit or loan agreement,
    not an amendment, guaranty or security document, whose "Letters of Credit" are another
    agreement's), and ISSUED by the party the definition's role names ("by the Issuing
    Bank") when one is. Evidence: the definition."""
    own = ctx.self_ref
    if own is None or evidenced_notes_under(ctx) != own:
        return
    m = _OWN_LETTERS.match(ctx.text, d.end, d.clause_end)
    if m is None:
        return
    for ref in generic_letters_of_credit(ctx):
        if ("ISSUED_UNDER", ref, own) in ctx.collector.relations:
            return  # a sentence reader found them (and their issuer) already
    issuers: list[str] = []
    if m["by"]:
        by = " ".join(m["by"].split())
        issuers = labelled(ctx, ctx.lookup(by), "Party") or parties_in_role(ctx, by)
    lo = d.start - 1 if d.start > 0 else d.start
    sentence = ctx.text[lo : m.end()]
    relate_letters_of_credit(ctx, lo, sentence, issuers[0] if len(issuers) == 1 else None, True)


def _named_instrument(ctx: DocContext, term: str) -> bool:
    """Whether an instrument of the document is titled or also called ``term`` already."""
    want = norm_term(term)
    return any(
        e.label == "Instrument"
        and want in {norm_term(str(e.props.get("title") or "")), *map(norm_term, e.aliases)}
        for e in ctx.collector.entities.values()
    )


def extract_defined_lc_issuers(ctx: DocContext) -> None:
    """ISSUES and ISSUED_UNDER of the letters of credit such a definition names: a pipeline step
    after :func:`ingest.defined_terms.extract_defined_terms`, which binds the issuer's role term
    ("Issuing Lender means Acme Bank, N.A.") to its bank."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Agreement" or own.props.get("kind") == "amendment":
        return
    text = ctx.text
    for d in find_definitions(text):
        if d.style in ("means", "colon") and _GENERIC_TERM.fullmatch(d.term):
            _own_letters(ctx, d)
            continue
        if d.style != "means" or labelled(ctx, ctx.lookup(d.term), "Instrument"):
            continue
        if _LETTERS_TERM.fullmatch(d.term) or _named_instrument(ctx, d.term):
            continue  # "Letters of Credit" itself: :mod:`.letters_of_credit` reads it
        m = _LC_MEANS.match(text, d.end, d.clause_end)
        if m is None:
            _section_letters(ctx, d)
            continue
        # the issuer's whole term ("Issuing Lender"), never its last word ("Lender": them all)
        by = " ".join(m["by"].split())
        issuers = labelled(ctx, ctx.lookup(by), "Party") or parties_in_role(ctx, by)
        if not issuers:
            continue
        evidence = ctx.span(d.start, m.end())
        ref = _letters_of_term(ctx, d.term, evidence)
        for issuer in issuers:
            ctx.collector.relate("ISSUES", issuer, ref, evidence)
        if _UNDER_OWN.search(m["rest"] + " " + m["after"]) and ctx.self_ref:
            ctx.collector.relate("ISSUED_UNDER", ref, ctx.self_ref, evidence)


def _letters_of_term(ctx: DocContext, term: str, evidence: Span) -> str:
    """The letters of credit a definition names by ``term``: their instrument, which the term
    then names; its ref."""
    props: dict[str, PropValue] = {"title": term, "kind": "letter_of_credit"}
    ref = ctx.collector.add(
        f"instrument:{norm_term(term)}|", "Instrument", evidence, props, (term,)
    )
    ctx.define(term, ref)
    return ref


def _section_letters(ctx: DocContext, d: Definition) -> None:
    """A short term defined as the letters of credit a section provides for ("Facility LC"):
    the instrument, ISSUED_UNDER the own agreement and ISSUED by the banks the definition of
    its issuers names."""
    m = _LC_MEANS_UNDER_SECTION.match(ctx.text, d.end, d.clause_end)
    if m is None or ctx.self_ref is None:
        return
    evidence = ctx.span(d.start, m.end())
    ref = _letters_of_term(ctx, d.term, evidence)
    ctx.collector.relate("ISSUED_UNDER", ref, ctx.self_ref, evidence)
    for issuer, at in _issuers_of(ctx, d.term):
        ctx.collector.relate("ISSUES", issuer, ref, at)


#: where a definition's sentence ends: a full stop at its line's end or before the next term
_SENTENCE_END = re.compile(r"\.[ \t]*(?=\n|$|[\"\u201c])|;")


def _issuers_of(ctx: DocContext, term: str) -> list[tuple[str, Span]]:
    """The parties a definition names as the ones that issue ``term`` ("LC Issuer" means Bank
    of America, N.A., The Bank of Nova Scotia and any other Lender that ... agrees to issue
    Facility LCs"), each with the definition as evidence."""
    issue = re.compile(rf"\bissu\w*\b[^.;]{{0,80}}?\b{re.escape(term)}s?\b")
    text, out = ctx.text, []
    for d in find_definitions(text):
        # the definition's own sentence (a term's clause may run on over the next ones)
        stop = _SENTENCE_END.search(text, d.end, d.clause_end)
        end = stop.start() if stop else d.clause_end
        if d.style != "means" or not issue.search(text, d.end, end):
            continue
        head_end = end
        if other := _OTHER_ISSUERS.search(text, d.end, end):
            head_end = other.start()
        refs = labelled(ctx, ctx.lookup(d.term), "Party")
        for run in name_runs(text, d.end, head_end):
            refs += labelled(ctx, ctx.lookup(run.text), "Party") or named_only(ctx, run.text)
        at = ctx.span(d.start, head_end)
        out += [(r, at) for r in dict.fromkeys(refs)]
    return out
