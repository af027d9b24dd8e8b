"""ISSUES, HOLDS and ISSUED_UNDER of the notes a credit document says evidence its loans.

Credit agreements and letter agreements rarely attach the note they require; they say that
the debt "shall be evidenced by" one, and who makes it and to whom it is payable:
"the Loans shall be evidenced by a promissory note of the Borrower payable to such Lender
(the "Notes")", "Borrower's obligation to repay advances under the Line of Credit shall be
evidenced by a promissory note (the "Note")", ""Revolving Note" shall mean the promissory note
of the Borrower in the form of Exhibit A".

Vocabulary:
- *note clause*: a sentence with "evidenced by" a note the sentence describes ("a promissory
  note", "a single Note", "Borrower's separate promissory note"; never "the Note", which only
  points at one defined elsewhere), or a definition of a note term as "the promissory note(s)
  of ...". The note is the term the clause defines in parentheses, else its title ("a
  Revolving Note").
- *maker*: the party the clause names after "of", "made by", "executed by", "issued by" or
  in a possessive ("Borrower's separate promissory note"), else the owing party the sentence
  opens on ("Borrower's obligation to repay", "The obligation of the Borrower"), else, when
  the clause evidences the document's loans, advances or borrowings, its borrowers.
- *payee*: the party after "payable to (the order of)", "to the order of", "in favor of" or
  "note to"; "such Lender" and "each Lender" are the parties in a lender role; when no payee
  is written and the clause evidences loans or advances, the document's one lender.
- *issuing agreement*: the document's own agreement (for an amendment, waiver, consent,
  security document or guaranty, the agreement it concerns: :mod:`.provided_under`) when
  the clause says what shall be ("shall", "will", "hereunder") of a note that is not an
  earlier one ("Existing", "Prior", dated before the agreement).

Notes of another kind (senior, subordinated, convertible, intercompany, exchange notes) get
only the maker and payee the clause writes out: no role stands in for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.context import DocContext, norm_term
from ingest.dates import find_dates
from ingest.instruments.called_terms import CALLED
from ingest.instruments.note_principal_terms import principal_by_term
from ingest.instruments.refs import EACH_HOLDERS, instruments_titled
from ingest.instruments.terms import (
    interest_rate,
    maturity_date,
    parse_amount,
    principal_amount,
)
from ingest.records import PropValue, Span
from ingest.references.closing_date import DATED_CLOSING, closing_date_is_own
from ingest.relations.executed_notes import DELIVERS_PAYABLE_NOTE, EXECUTES_NOTE
from ingest.relations.extract import sentences
from ingest.relations.facility_notes import evidences_own_facility
from ingest.relations.issued_hereunder import issued_hereunder
from ingest.relations.labelled_paragraphs import own_paragraph
from ingest.relations.listed_notes import AND_ANOTHER_NOTE, CLASS_PAYEE, ONE_CAPACITY_PAYEE
from ingest.relations.party_roles import (
    BORROWER_ROLES,
    LENDER_ROLES,
    Roles,
    named_party,
    read_roles,
    term_roles,
)
from ingest.relations.payee_named_notes import notes_per_party
from ingest.relations.provided_under import evidenced_notes_under
from ingest.relations.slots import labelled, parties_named, trimmed
from ingest.roles import signings
from ingest.rules import passage, rule
from ingest.unquoted_definitions import unquoted_definitions

#: "evidenced by a promissory note", "evidenced by one or more Promissory Notes", "evidenced by
#: Borrower's separate promissory note", "evidenced by a single Note of Borrower", "evidenced
#: by the Borrower's Term Note dated ... payable to the order of the Bank"
#: "evidenced by and payable with interest in accordance with the note of the Borrower",
#: "evidenced by and repayable in accordance with a promissory note executed by ..."
_EVIDENCED = re.compile(
    r"(?i:evidenced\s+by)\s+"
    r"(?:and\s+(?:re)?payable\s+(?:[\w-]+\s+){0,3}?(?:in\s+accordance\s+with|under)\s+"
    r"(?:(?P<the>the)(?=\s+notes?\s+of\s)|(?P<after>(?i:an?)))"
    # "a promissory note", "Borrower's separate note", "the Pledgor's promissory notes"
    r"|(?P<det>(?i:an?|one\s+or\s+more|separate)|(?:the\s+)?[A-Z][\w-]*['\u2019]s))\s+"
    r"(?P<words>(?:[\w-]+\s+){0,4}?)(?P<noun>(?i:notes?))\b"
)
#: "an original executed Amended and Restated Revolving Credit Note, dated ..., made by the
#: Borrower in favor of the Agent": a titled note whose maker the clause writes out
_MADE_BY = re.compile(
    r"\b(?P<det>an?|that\s+certain)\s+(?:(?:original|duly|executed|signed)\s+){0,2}"
    r"(?P<words>(?:[A-Z][\w-]*\s+(?:(?:and|of|to)\s+)?){1,6}?)(?P<noun>Notes?)\b"
    r"(?=(?:[^.;]|\.\d){0,200}?\b(?:made|executed|issued)(?:\s+and\s+delivered)?\s+by\b)"
)
#: ""Revolving Note" shall mean the promissory note of the Borrower ...": a note term defined
#: as the borrower's promissory note(s)
#: (""Term Note(s)" means, individually or collectively, the Term Note(s) ... made by"), or
#: in the colon style (""Note": A promissory note of the Borrower in the form of Exhibit A"),
#: or two terms for the same notes (""Revolving Note" or "Revolving Notes" means the promissory
#: notes of the Borrower in favor of each of the Lenders")
_DEFINES_BODY = (
    r"(?:\s+(?:shall\s+)?(?:means?|refers?\s+to),?\s+"
    # the colon style of the older bank forms: '"Note": A promissory note of the Borrower'
    r"|[ \t]*:[ \t]*(?:\n[ \t]*)?(?:(?:shall\s+)?means?\s+)?)"
    r"(?:(?:individually|collectively)(?:\s+(?:or|and)\s+(?:individually|collectively))?,?\s+)?"
    # ""Note" shall mean collectively (a) the promissory note ..., and (b) any renewals ...":
    # the note the first item of an enumerated definition describes
    r"(?:\((?:a|i|1)\)\s*)?"
    # ""Notes" means promissory notes of the Borrower ...": the article may be left out
    r"(?:(?:[Tt]he|[Ee]ach|[Aa]n?|[Aa]ny|[Aa]ll|[Tt]hose)\s+|(?=promissory\s+notes\b))"
    r"(?P<words>(?:[\w-]+\s+){0,4}?)(?P<noun>(?i:promissory\s+notes?)|(?:[A-Z][\w-]*\s+){0,4}"
    r"Notes?(?:\(s\))?(?=(?:[^.;]|\.\d){0,200}?\b(?:made|executed|issued)\s+by\b))(?!\w)"
)
_DEFINES = re.compile(
    r"^\W*[\"\u201c](?P<term>[^\"\u201c\u201d]{0,40}?\b(?i:notes?)(?:\(s\))?)[\"\u201d]"
    r"(?:\s+(?:or|and)\s+[\"\u201c](?P<also>[^\"\u201c\u201d]{0,40}?\b(?i:notes?))[\"\u201d])?"
    + _DEFINES_BODY
)
#: the same definition in a list whose terms lost their quotes ("Note means a promissory note
#: executed by the Company in favor of a Lender"), read only where
#: :func:`ingest.unquoted_definitions.unquoted_definitions` finds such a list
_DEFINES_UNQUOTED = re.compile(
    r"^\s*(?P<term>(?:[A-Z][\w-]*[ \t]+){0,3}(?:NOTES?|Notes?))(?=[ \t])" + _DEFINES_BODY
)
#: the term a note clause defines: "(the "Notes")", "("Line of Credit Note")", "(including all
#: renewals ... thereof, the "Revolving Note")", "(individually, a "Note")", "(such Lender's
#: "Note")", "(each Bank's "Note")", "(its "Note")", "(herein called the "Note")", "(such
#: notes, together with all renewals thereof, being herein called a "Note")"
_TERM = re.compile(
    r"\(\s*(?:[^()\"\u201c\u201d]{0,140}?,\s*)?(?:(?:each|individually|collectively|together)"
    # "(herein, as from time to time amended, called the "Note")": a verb before the article
    # "(such notes ..., being herein called a "Note")": a participle before the verb
    r",?\s+)?(?:(?:being\s+)?" + CALLED + r")?(?:(?:a|an|the)\s+|" + EACH_HOLDERS + ")?"
    r"[\"\u201c](?P<term>[A-Z][^\"\u201c\u201d]{0,40}?)[\"\u201d]"
)
#: (a first word may be dotted: "of the U.S. Borrower" names that borrower, never every one)
_NAME = r"(?P<x>[A-Z][\w&'\u2019.-]*(?:\s+(?:[A-Z][\w&'\u2019.,-]*|of|and)){0,5})"
#: the maker a clause writes: "of the Borrower", "made by Borrower", "executed by the Company",
#: "delivered by Borrowers to Bank", "of even date herewith by Borrower", "duly executed and
#: delivered to the Agent by the Borrower" (never "in favor of the Company": the payee; nor
#: "for the benefit of the Lenders": those the payee holds it for)
_MAKER = re.compile(
    r"(?<!order\s)(?<!favor\s)(?<!favour\s)(?<!benefit\s)\b(?:of|(?:made|executed|issued|signed|delivered)(?:\s+and\s+delivered)?"
    r"(?:\s+to\s+(?:the|each|such)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?"
    r"(?:,?\s+jointly\s+and\s+severally,?)?\s+by"
    r"|(?<=\beven\sdate\s)herewith\s+by|(?<=\bthe\sdate\s)hereof\s+by)\s+"
    r"(?:the\s+|each\s+|such\s+)?" + _NAME
)
#: the payee a clause writes: "payable to the order of such Lender", "in favor of each Lender",
#: "to the order of Bank", "promissory note to Lender", "delivered by Borrowers to Bank",
#: "promissory note of the Borrower issued to the Bank"
_PAYEE = re.compile(
    r"\b(?:payable\s+to(?:\s+the\s+order\s+of)?|to\s+the\s+order\s+of|in\s+favou?r\s+of"
    r"|notes?\s+to|issued\s+to"
    r"|delivered\s+by\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+to)"
    r"\s+(?:each\s+of\s+the\s+|the\s+|each\s+|such\s+|any\s+)?" + _NAME
)
#: the owing party a sentence opens on: "Borrower's obligation to repay", "The obligation of
#: the Borrower to repay", "Borrower's indebtedness to Lender"
_OWING = re.compile(
    r"(?<![\w(])(?P<x>[A-Z][\w()-]*)['\u2019]s\s+(?:obligations?|indebtedness|liabilit\w+)\b"
    r"|\b(?:obligations?|indebtedness)\s+of\s+(?:the\s+)?(?P<y>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
    r"\s+to\s+(?:re)?pay\b"
)
#: the debt a clause says the note evidences: the document's loans, advances, borrowings
_LOANS = re.compile(r"(?i)\b(?:loans?|advances?|borrowings?|credit\s+balance)\b")
#: the words by which a clause states what shall be (not a recital of an earlier note)
_OPERATIVE = re.compile(
    r"(?i)\b(?:shall|will|hereunder|hereto|herewith|hereof|this\s+(?:agreement|letter))\b"
)
#: the clause says the note evidences the debt it goes on to name
#: (a note given "in replacement of the Revolving Note previously delivered" evidences the
#: debt the note it replaces did)
_EVIDENCES = re.compile(
    r"(?i)\bevidencing\b|\b(?:shall|will)\s+evidence\b|\bas\s+evidence\s+of\b"
    r"|\bin\s+(?:replacement|substitution|exchange)\s+(?:of|for)\s+(?:the|its|each|such)\s"
    r"(?:[^.;]{0,40}?\s)?Notes?\b"
)
#: a definition's verb: "shall mean" says what a term means, not what shall be
_SHALL_MEAN = re.compile(
    r"(?i)\bshall\s+(?:also\s+)?(?:mean|refer\s+to|have\s+the\s+meaning|include)\b"
)
#: "... in favor of each Bank substantially in the form of EXHIBIT E": a note whose form the
#: agreement itself attaches (not "Exhibit C to the Credit Agreement", another's form) is one
#: its own loans are evidenced by, even where only a definition ("means") names it
_OWN_FORM = re.compile(
    r"(?i)\bin\s+(?:substantially\s+)?the\s+form\s+(?:of|attached\s+(?:hereto\s+)?as)\s+"
    r"Exhibit\s+[\w.\-]+(?!\s+to\s+(?:the|that|an?|such)\b)"
)
#: "... evidencing the Revolving Loans provided pursuant to Section 2.1(e)": a note a definition
#: ties to a section of the agreement itself (not "Section 2.05 of the Indenture") is one its
#: own loans are evidenced by
_OWN_SECTION = re.compile(
    r"(?i)\b(?:pursuant\s+to|under|in\s+accordance\s+with)\s+(?:sub)?sections?\s+\d+(?:\.\d+)*"
    r"(?:\s*\([a-z0-9]+\))*(?![\w(]|\.\d|\s*(?:of|to)\s+(?:the|that|an?|such|any|its)\b)"
)
#: ""Ashby Note" means the promissory note of Ashby, payable to the order of the Lender,
#: evidencing the Ashby Loan": a note an agreement's own definition ties to a loan it makes
_EVIDENCING_OWN_LOAN = rule(
    "relations.evidencing_notes.evidencing_own_loan",
    r"\bevidencing\s+(?:the\s+|such\s+|each\s+|all\s+|its\s+)?(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Loans?|Advances?|Borrowings?)\b(?!\s+(?:under|of|made\s+(?:by|under))\s+(?:the|that|an?)\s)"
    # "... provided pursuant to Section 2.1(c) of the Existing Credit Agreement": another's
    r"(?!(?:[^.;]|\.\d){0,120}?\b(?:of|under)\s+(?:the|that|an?)\s+(?:[A-Z][\w-]*\s+){1,4}Agreement\b)",
    reads="a note definition of the agreement's own: the loan term it says the note evidences",
    matches=[
        passage(
            "the promissory note of Ashby, payable to the order of the Lender, evidencing the "
            "Ashby Loan.",
            match="evidencing the Ashby Loan",
        ),
        passage("evidencing the Term Loans", match="evidencing the Term Loans"),
    ],
    rejects=[
        "evidencing the loans under the Prior Credit Agreement",
        "evidencing the Seller Financing",
        "evidencing the indebtedness",
        "evidencing the Revolving Loans provided pursuant to Section 2.1(c) of the\nExisting "
        "Credit Agreement,",
    ],
)
#: "Borrower's obligation to repay the revolving loans is evidenced by the Borrower's Note": an
#: amendment's (a guaranty's ...) statement of the note the agreement it concerns has now
_IS_EVIDENCED = re.compile(r"(?i)\b(?:is|are)\s+(?:now\s+)?$")
_EARLIER = re.compile(r"(?i)\b(?:existing|prior|previous\w*|original|former|old)\b")
#: notes no role stands in for: their maker and payee are whoever the clause names
_OTHER_KIND = re.compile(
    r"(?i)\b(?:senior|subordinated|convertible|intercompany|exchange|mortgage)\b"
)
#: words that say how a note is made, not what kind it is ("a duly executed promissory note")
_FORM_WORDS = frozenset({"duly", "executed", "single", "separate", "new", "written", "signed"})
_DATED = re.compile(r"(?i)\bdated\s+(?:as\s+of\s+)?")
_EVEN_DATE = re.compile(
    r"(?i)\bof\s+even\s+date\s+herewith\b|\bdated\s+(?:as\s+of\s+)?the\s+date\s+hereof\b"
    r"|\bdated\s+today['\u2019]s\s+date\b"
)


def _sentence_end(sentence: str, pos: int) -> int:
    """Where the clause running at ``pos`` stops: the sentence's end, or its next ";"."""
    cut = sentence.find(";", pos)
    return len(sentence) if cut < 0 else cut


#: a note given only at a lender's request: "Upon the request of any Lender, the Borrower shall
#: execute and deliver to such Lender one or more Notes", "Any Bank may request that Loans made
#: by it be evidenced by a Note", "The Revolving Loan of a Lender may be evidenced by a Note"
_ON_REQUEST = re.compile(
    r"(?i)\b(?:upon|at|on)\s+(?:the\s+)?(?:written\s+)?request\b|\bif\s+(?:so\s+)?requested\b"
    r"|\b(?:may|shall\s+be\s+entitled\s+to)\s+request\b|\brequests?\s+that\b"
    r"|\bmay\s+(?:(?:at\s+its\s+option|also)\s+)?be\s+evidenced\b"
)


#: a document whose notes a lender gets only by asking for one: "Upon the request of any
#: Lender, the Borrower shall execute and deliver to such Lender a Note", "Any Lender may request
#: that Loans made by it be evidenced by a promissory note", "to each Lender that requests one"
NOTES_ON_REQUEST = rule(
    "relations.evidencing_notes.notes_on_request",
    r"\b(?:[Uu]pon|[Aa]t|[Oo]n)\s+(?:the\s+)?(?:written\s+)?request\s+(?:of|by)\s+(?:any|a|an|such|each"
    r"|the\s+(?:applicable|relevant))\s+(?:[A-Z][\w/-]*\s+){0,3}(?:Lender|Bank|Holder)s?\b"
    r"[^.;]{0,250}?\b(?:Notes?|promissory\s+notes?)\b"
    r"|\b[Ii]f\s+(?:so\s+)?requested\s+by\s+(?:any|a|an|such|the\s+applicable)\s+"
    r"(?:[A-Z][\w/-]*\s+){0,3}(?:Lender|Bank)\b[^.;]{0,250}?\b(?:Notes?|promissory\s+notes?)\b"
    r"|\b(?:Lender|Bank)s?\s+may\s+(?:at\s+any\s+time\s+)?request\s+that\b[^.;]{0,250}?"
    r"\b(?:Notes?|promissory\s+notes?)\b"
    r"|\b(?:Lender|Bank)\s+(?:that|which|who)\s+(?:so\s+)?requests?\b[^.;]{0,120}?\bNotes?\b"
    r"|\b(?:Notes?|promissory\s+notes?)\b[^.;]{0,120}?\b(?:requesting|requested\s+by\s+(?:any|a|such)"
    r"\s+(?:[A-Z][\w/-]*\s+){0,3}(?:Lender|Bank))\b",
    reads="a credit document's note given to a lender only when it asks: 'Upon the request of any"
    " Lender, the Borrower shall execute and deliver to such Lender a Note'",
    matches=[
        passage(
            "Upon the request of any Lender, the Borrower shall execute and deliver to such"
            " Lender a Revolving Note or a Term Note.",
            match="Upon the request of any Lender, the Borrower shall execute and deliver to such"
            " Lender a Revolving Note",
        ),
        passage(
            "Any Lender may request that Loans made by it be evidenced by a promissory note.",
            match="Lender may request that Loans made by it be evidenced by a promissory note",
        ),
        passage(
            "The Company shall, if so requested by any Tranche B Lender, deliver Notes to it.",
            match="if so requested by any Tranche B Lender, deliver Notes",
        ),
        passage(
            "the Borrower shall issue a Swingline Note to each Bank that requests one, and a"
            " Term Note ...",
            match="Bank that requests one, and a Term Note",
        ),
    ],
    rejects=[
        "The Loans made by each Lender shall be evidenced by a Note payable to such Lender.",
        "Upon the request of the Administrative Agent, the Borrower shall deliver financial"
        " statements.",
        "Each Lender may request a conversion of its Loans to Eurodollar Loans.",
    ],
)


#: a payee written as any member of a class of lenders: "to the order of each Term Lender"
_CLASS_NAMED = re.compile(
    r"\s(?:each(?:\s+of\s+the)?|such|any)\s+(?:[A-Z][\w/-]*\s+){0,3}(?:Lender|Bank)s?\b"
)


@lru_cache(maxsize=8)
def _on_request(text: str) -> bool:
    """Whether the document gives notes only to lenders that ask (:data:`NOTES_ON_REQUEST`)."""
    return NOTES_ON_REQUEST.search(text) is not None


#: the one word of a note's title that names the facility it evidences: "a Term Note", "a
#: Revolving Note", "a Swingline Note"
_FACILITY_WORDS = frozenset(
    {"term", "revolving", "revolver", "swingline", "grid", "demand", "bridge", "acquisition"}
)


def _note(
    ctx: DocContext, lo: int, sentence: str, m: re.Match[str], clause_end: int
) -> tuple[str, int] | None:
    """The instrument a clause names and where its naming ends in ``sentence``: the term it
    defines (an instrument already named so, else a new one), else its capitalised title."""
    t: re.Match[str] | None = m if m.groupdict().get("term") else None
    # the term the clause defines follows the note's description, which may run long ("a
    # promissory note of the Borrower payable to the order of such Lender ... (the "Notes")")
    t = t or _TERM.search(sentence, m.end(), min(clause_end, m.end() + 400))
    if t and ctx.lookup(t["term"]) and not labelled(ctx, ctx.lookup(t["term"]), "Instrument"):
        t = None  # the parenthesis defines a party or an agreement
    if t is not None:
        term = re.sub(r"\(s\)$", "", " ".join(t["term"].split()))  # "Term Note(s)"
        found = labelled(ctx, ctx.lookup(term), "Instrument")
        if not found and (found := _titled(ctx, term)):
            # ""Term Notes" means ... in the form of Exhibit A-1": the term names the form
            ctx.define(term, found[0])
            ctx.collector.add(
                found[0], "Instrument", ctx.collector.entities[found[0]].evidence[0], None, (term,)
            )
        if found:
            return found[0], max(t.end(), m.end())
        if (named := _clause_titled(ctx, m)) is not None:
            # "that certain Revolving Credit Note dated ... (as the same may be amended ...,
            # the "Note")": the short term names again the note the clause titles
            ctx.define(term, named)
            ctx.collector.add(
                named, "Instrument", ctx.collector.entities[named].evidence[0], None, (term,)
            )
            return named, max(t.end(), m.end())
        if (by_noun := _noun_titled(ctx, lo, m)) is not None:
            # ""Notes" means the separate Revolving Credit Notes made by the Borrowers ...": the
            # short term names the notes the definition titles
            ctx.define(term, by_noun)
            ctx.collector.add(
                by_noun, "Instrument", ctx.collector.entities[by_noun].evidence[0], None, (term,)
            )
            return by_noun, max(t.end(), m.end())
        words = [w for w in m["words"].lower().split() if w not in _FORM_WORDS]
        written = _written_out(ctx, words)
        if written is not None:
            # "a master promissory note (the "Note") ... in the form of Exhibit A": the note
            # the document writes out further on is the one the clause requires
            ctx.define(term, written)
            ctx.collector.add(
                written, "Instrument", ctx.collector.entities[written].evidence[0], None, (term,)
            )
            return written, max(t.end(), m.end())
        if (
            len(term.split()) > 1
            or principal_amount(sentence[m.start() : t.start()])
            or m.groupdict().get("the")
            or _made_and_payable(m["noun"], sentence[m.end() : t.start()])
        ):
            # a many-word term, a note the clause describes by its principal ("a Note, in the
            # amount of $18,000,000 ("Note")") or by its maker ("the note of the Borrower ...
            # (the "Note")"), or a capitalised note of a maker to a payee ("a single Note of
            # Borrower ... payable to the order of such Lender (... a "Note")")
            title = term
        elif "promissory" in words or "promissory" in m["noun"].lower():
            # "a promissory note (the "Note")", ""Note" means the promissory note of ..."
            title = "Promissory " + ("Notes" if term.endswith("s") else "Note")
        else:
            return None  # a bare "Note" of an undescribed note says nothing of which it is
        props: dict[str, PropValue] = {"title": title, "kind": "note"}
        span = ctx.span(lo + min(m.start(), t.start()), lo + max(m.end(), t.end()))
        ref = ctx.collector.add(
            f"instrument:{norm_term(title)}|", "Instrument", span, props, (term,)
        )
        ctx.define(term, ref)
        return ref, max(t.end(), m.end())
    words = m["words"].split()
    while words and not words[0][:1].isupper():
        words.pop(0)  # "a single Revolving Note": the title starts at its first capital
    if re.match(r"amended\s+and\s+restated\s", m["words"]) and (words or m["noun"][:1].isupper()):
        # "an amended and restated Revolving Note", "an amended and restated Note": a
        # replacement note, titled as it restates (never a lower-case "amended and restated
        # revolving credit note": its term names it)
        words = ["Amended", "and", "Restated", *words]
    noun = m["noun"]
    if not words and noun[:1].isupper():
        # "evidenced by a single Note payable to the order of such Bank": the class of notes
        # the document defines ("Notes" means the promissory notes of the Borrower ...); notes
        # given only if a lender requests them are no note anyone holds yet
        lo_par, hi_par = own_paragraph(sentence, m.start(), m.end())
        if _ON_REQUEST.search(sentence, lo_par, hi_par):
            return None
        for term in (noun, noun[:-1] if noun.endswith("s") else noun + "s"):
            if found := labelled(ctx, ctx.lookup(term), "Instrument"):
                return found[0], m.end()
        # no definition was read (a run-in list of unquoted terms): the one note form the
        # document attaches under that title ("EXHIBIT A / NOTE") is the class
        formed = [ref for ref in _titled(ctx, noun) if ctx.collector.entities[ref].contained]
        if len(formed) == 1:
            return formed[0], m.end()
        return _called_the_note(ctx, lo, sentence, m)
    if not words and m["words"].split() == ["promissory"] and noun.lower() == "note":
        return _defined_promissory(ctx, m) or _called_the_note(ctx, lo, sentence, m)
    if not words or not all(w[:1].isupper() or w in ("and", "of", "to") for w in words):
        return None
    title = " ".join([*words, m["noun"]])
    found = labelled(ctx, ctx.lookup(title), "Instrument") or _titled(ctx, title)
    found = found or _class(ctx, title)
    if found:
        return found[0], m.end()
    if len(words) < 2 and words[0].lower() not in _FACILITY_WORDS:
        return None  # "a Note" titles nothing; "a Term Note" names its facility
    # "an original executed Amended and Restated Revolving Credit Note ... made by": a note
    # the clause titles and no earlier step named
    titled: dict[str, PropValue] = {"title": title, "kind": "note"}
    start = lo + m.start("words")
    ref = ctx.collector.add(
        f"instrument:{norm_term(title)}|", "Instrument", ctx.span(start, lo + m.end()), titled
    )
    return ref, m.end()


#: the name a document goes on to call its one note by without defining it: "the Note", "the
#: Borrower's Note" (never "the Note Purchase Agreement", "the Notes", "the Note:" nor a quoted
#: term)
THE_NOTE = rule(
    "relations.evidencing_notes.called_the_note",
    r"\bthe\s+(?:[A-Z][\w-]*['\u2019]s\s+)?Note\b(?![\w\"\u201d\u2019':-]|\s+[A-Z(])",
    reads="a credit document's later mention of the one note a clause describes, no term "
    "defined for it: 'the Note'",
    matches=[
        passage("all amounts owing under the Note within ten days", match="the Note"),
        passage("is evidenced by the Borrower's Note payable to Bank", match="the Borrower's Note"),
    ],
    rejects=[
        "pursuant to the Note Purchase Agreement dated as of May 1, 2019",
        "each holder of the Notes",
        'the promissory note of the Borrower (the "Note")',
        "the Note: a form is attached",
        "the Note (as defined in the Credit Agreement)",
    ],
)
#: a quoted definition of the bare term ("Note" means ..., (the "Note"))
_QUOTED_NOTE = re.compile(r"[\"\u201c]Note[\"\u201d]")


def _called_the_note(
    ctx: DocContext, lo: int, sentence: str, m: re.Match[str]
) -> tuple[str, int] | None:
    """The note a clause describes without defining a term ("its promissory note in the
    principal amount of $1,500,000", "evidenced by the Borrower's Note payable to Bank") where
    the document calls it "the Note" outside the clause and defines no "Note": an instrument
    titled "Note" (the note the document writes out, if it holds one), as the tuned gold titles
    such notes; None where the document never names it again, "Note" is a term of its own, or
    it names other notes (whose class "the Note" may be)."""
    if ctx.lookup("Note") or _QUOTED_NOTE.search(ctx.text):
        return None
    if re.search(r"(?i)\bnot\s+$", sentence[: m.start()]) or any(
        e.label == "Instrument" and e.props.get("kind") == "note" and not e.contained
        for e in ctx.collector.entities.values()
    ):
        # "any Loan not evidenced by a Note", or a document that names its notes otherwise
        # ("Revolving Facility Notes"): "the Note held by it" is one of those
        return None
    hi = lo + len(sentence)
    if not any(not lo <= x.start() < hi for x in THE_NOTE.finditer(ctx.text)):
        return None
    ref = _written_out(ctx, [])
    if ref is None:
        span = ctx.span(lo + m.start("noun"), lo + m.end("noun"))
        ref = ctx.collector.add(
            f"instrument:{norm_term('Note')}|",
            "Instrument",
            span,
            {"title": "Note", "kind": "note"},
        )
    ctx.define("Note", ref)
    return ref, m.end()


def _made_and_payable(noun: str, between: str) -> bool:
    """Whether a capitalised note ("a single Note") is described by the words between it and
    the term its parenthesis defines: who makes it ("of Borrower", "made by the Company") and to
    whom it is payable ("payable to the order of such Lender"); a bare "a Note" is not."""
    return noun[:1].isupper() and bool(_MAKER.search(between)) and bool(_PAYEE.search(between))


def _clause_titled(ctx: DocContext, m: re.Match[str]) -> str | None:
    """The one known instrument titled as the clause's capitalised words title its note
    ("that certain Revolving Credit Note"), if any."""
    words = m["words"].split()
    while words and not words[0][:1].isupper():
        words.pop(0)
    if not words or not all(w[:1].isupper() or w in ("and", "of", "to") for w in words):
        return None
    found = _titled(ctx, " ".join([*words, m["noun"]]))
    return found[0] if len(found) == 1 else None


def _noun_titled(ctx: DocContext, lo: int, m: re.Match[str]) -> str | None:
    """The notes a definition of a short term titles in its description (""Notes" means the
    separate Revolving Credit Notes made by the Borrowers"): the instrument so titled, a new
    one where none is; None where the description titles none ("the promissory notes")."""
    title = " ".join(m["noun"].split())
    if len(title.split()) < 2 or not title[:1].isupper() or title.lower().startswith("promissory"):
        return None
    found = labelled(ctx, ctx.lookup(title), "Instrument") or _titled(ctx, title)
    if found:
        return found[0]
    span = ctx.span(lo + m.start("noun"), lo + m.end("noun"))
    ref = ctx.collector.add(
        f"instrument:{norm_term(title)}|", "Instrument", span, {"title": title, "kind": "note"}
    )
    ctx.define(title, ref)
    return ref


def _written_out(ctx: DocContext, words: list[str]) -> str | None:
    """The note the document itself holds (an exhibit, an appended note) that a clause's
    description fits: the one such note, else the one whose title has every describing word."""
    held = [
        ref
        for ref, e in ctx.collector.entities.items()
        if e.label == "Instrument"
        and e.contained
        and e.props.get("kind") == "note"
        and ref != ctx.self_ref
    ]
    if len(held) == 1:
        return held[0]
    fitting = [
        ref
        for ref in held
        if words
        and set(words)
        <= set(str(ctx.collector.entities[ref].props.get("title") or "").lower().split())
    ]
    return fitting[0] if len(fitting) == 1 else None


def _titled(ctx: DocContext, title: str) -> list[str]:
    """Instruments of the document titled ``title`` (an exhibit's "Revolving Note"), or the
    one note form titled in the singular where the term is the plural ("Term Notes" means
    promissory notes ... in the form of Exhibit A-1, the form "TERM NOTE")."""
    found = instruments_titled(ctx, title)
    want = norm_term(title)
    if found or not want.endswith("notes"):
        return found
    one = [r for r in instruments_titled(ctx, want[:-1]) if ctx.collector.entities[r].contained]
    return one if len(one) == 1 else []


def _defined_promissory(ctx: DocContext, m: re.Match[str]) -> tuple[str, int] | None:
    """The one promissory note the document defines (""Note" means the promissory note of the
    Borrower described in Section 2.3") where a clause says only "evidenced by a promissory
    note made by the Borrower payable to the order of the Lender": the definition's note, the
    one the clause describes; None where the document defines none or several."""
    found = [
        ref
        for ref in instruments_titled(ctx, "Promissory Note")
        if norm_term("Note") in {norm_term(a) for a in ctx.collector.entities[ref].aliases}
    ]
    return (found[0], m.end()) if len(found) == 1 else None


def _class(ctx: DocContext, title: str) -> list[str]:
    """The class of notes a singular title is one of: "evidenced by a Revolving Note" where the
    document defines "Revolving Notes" (the promissory notes payable to each Lender): each
    lender's note is one of the class, not an instrument of its own."""
    if not title.endswith("Note"):
        return []
    plural = title + "s"
    return labelled(ctx, ctx.lookup(plural), "Instrument") or instruments_titled(ctx, plural)


def _owing(ctx: DocContext, roles: Roles) -> list[str]:
    """The document's borrowers: the parties its defined terms make borrowers (a signature
    block may add a role by mistake), else those in a borrower role and no lender role."""
    by_term = [
        r
        for r, rs in term_roles(ctx).items()
        if rs & BORROWER_ROLES and not rs & LENDER_ROLES and r in roles and named_party(ctx, r)
    ]
    if by_term:
        return by_term
    return [r for r, (rs, _) in roles.items() if rs & BORROWER_ROLES and not rs & LENDER_ROLES]


def _lenders(ctx: DocContext, roles: Roles) -> list[str]:
    """The document's lenders: the parties its defined terms make lenders, else those in a
    lender role and no borrower role."""
    by_term = [
        r
        for r, rs in term_roles(ctx).items()
        if rs & LENDER_ROLES and not rs & BORROWER_ROLES and named_party(ctx, r)
    ]
    out = by_term or [
        r for r, (rs, _) in roles.items() if rs & LENDER_ROLES and not rs & BORROWER_ROLES
    ]
    # the agent signing among "the Banks listed on the signature pages" with a commitment of
    # its own lends as one of them, though its role reads as the agent's alone and the class
    # term ("Banks") was bound to the other banks only
    for kind, lender, _ in ctx.collector.relations:
        held = roles.get(lender, (set(), []))[0]
        if kind == "LENDS_TO" and lender not in out and held and not held & BORROWER_ROLES:
            out.append(lender)
    return out


def _named(ctx: DocContext, found: re.Match[str] | None) -> list[str]:
    """The parties the name a pattern caught names (up to a comma or a preposition)."""
    if found is None:
        return []
    name = re.split(r",|\s+(?:in|on|at|for|with|dated)\s", found["x"])[0]
    # "made by Borrower and payable to ...": a joining word the name ran into is no part of it
    return parties_named(ctx, re.sub(r"(?:\s+(?:and|of))+$", "", name))


def _first_named(ctx: DocContext, pattern: re.Pattern[str], text: str) -> list[str]:
    """The parties the first of the pattern's matches in ``text`` that names any names ("of
    Exhibit A" names none; "of the Borrower" does)."""
    for found in pattern.finditer(text):
        if parties := _named(ctx, found):
            return parties
    return []


#: a maker written with an indefinite article: "made by a Developer", "executed by any Obligor"
_SOME_MAKER = re.compile(
    r"\b(?:made|executed|issued)(?:\s+and\s+delivered)?\s+by\s+(?:a|an|any)\s+(?!Borrower)[A-Z]"
)


def _makers(ctx: DocContext, m: re.Match[str], about: str, before: str, held: _Held) -> list[str]:
    """Who makes the note (see the module doc): a possessive, a name after "of" or "made by",
    the owing party the sentence opens on, else the borrowers of loans the clause evidences."""
    det = m.groupdict().get("det") or ""
    makers = parties_named(ctx, det[:-2]) if det[-2:] in ("'s", "\u2019s") else []
    # "the Borrower shall execute and deliver to the Bank its promissory note": the subject
    makers = makers or parties_named(ctx, m.groupdict().get("maker") or "")
    makers = makers or _first_named(ctx, _MAKER, about)
    owed = _OWING.search(before)
    if not makers and owed:
        # a role word ("The obligation of the Borrowers") names the document's borrowers
        phrase = owed["x"] or owed["y"]
        if re.fullmatch(r"(?i)(?:the\s+)?(?:co-?)?borrowers?", phrase):
            makers = [] if "ISSUES" in held.stated else held.owing
        else:
            # "Smart(Europe)'s obligation to repay": that party or nobody, never the borrowers
            return [p for p in parties_named(ctx, phrase) if p not in held.lenders]
        makers = [p for p in makers if p not in held.lenders]
    if not makers and held.loans and not held.other and "ISSUES" not in held.stated:
        makers = held.owing
    return makers


def _payees(ctx: DocContext, about: str, sentence: str, held: _Held) -> list[str]:
    """Who the note is payable to: a name after "payable to", "in favor of" ..., else the
    lenders a role word names ("such Lender"), else the one lender of the loans evidenced."""
    first = _PAYEE.search(about)
    if first and (one := ONE_CAPACITY_PAYEE.match(about, first.start())):
        # "payable to the Swingline Lender": the party that term defines, else nobody (its head
        # word "Lender" is not the class of lenders here)
        return labelled(ctx, ctx.lookup(" ".join(one["term"].split())), "Party")
    # notes a lender gets only by asking for one: no lender of the class holds one yet (the
    # document may still name the one that does)
    asked = _on_request(ctx.text)
    if asked and first and _CLASS_NAMED.search(first[0]):
        return []  # "payable to the order of any Revolving Credit Lender"
    payees = _first_named(ctx, _PAYEE, about)
    if CLASS_PAYEE.search(about) and not held.other and "HOLDS" not in held.stated:
        # "to the order of such Bank"
        return payees if asked else list(dict.fromkeys([*payees, *held.lenders]))
    if payees or held.other or "HOLDS" in held.stated:
        return payees
    if re.search(r"\b(?:Lenders?|Banks?)\b", sentence) and (_PAYEE.search(about) or held.loans):
        return [] if asked else _class_members(ctx, about, held.lenders)
    return held.lenders if held.loans and len(held.lenders) == 1 else []


#: a payee written as a class its facility qualifies: "payable to the order of any Tranche A Term
#: Lender", "to the order of each Revolving Credit Lender"
_QUALIFIED_CLASS = re.compile(
    r"\b(?:payable\s+to(?:\s+the\s+order\s+of)?|to\s+the\s+order\s+of)\s+(?:any|each|such|a)\s+"
    r"(?:[A-Z][\w.-]*\s+){1,5}(?:Lender|Bank)s?\b"
)
#: a lender's term for one capacity of its own: "Swing Line Bank", "Issuing Lender", "L/C Bank"
_CAPACITY_TERM = re.compile(
    r"(?i)^(?:swing\s*line|issuing|fronting|l/c|letter\s+of\s+credit)\b.*\b(?:lender|bank)$"
)


def _class_members(ctx: DocContext, about: str, lenders: list[str]) -> list[str]:
    """The lenders a class payee stands for. A class its facility qualifies ("any Tranche A Euro
    Term Lender") is never a party the document names only in a capacity of its own (the "Swing
    Line Bank" of a preamble whose lenders sign pages the filing lacks): that capacity makes it
    no member of the class."""
    if not _QUALIFIED_CLASS.search(about):
        return lenders
    return [p for p in lenders if not _capacity_only(ctx, p)]


def _capacity_only(ctx: DocContext, party: str) -> bool:
    """Whether every lender's term of the party names a capacity of its own."""
    lending = [
        a for a in ctx.collector.entities[party].aliases if re.search(r"(?i)\b(?:lender|bank)$", a)
    ]
    return bool(lending) and all(_CAPACITY_TERM.match(" ".join(a.split())) for a in lending)


@dataclass(frozen=True)
class _Held:
    """What a clause's parties are read against: the document's borrowers and lenders, the
    edges the note's own text already gives (``stated``), whether the clause evidences loans,
    and whether the note is of another kind than a loan's."""

    owing: list[str]
    lenders: list[str]
    stated: frozenset[str]
    loans: bool
    other: bool


def _read(
    ctx: DocContext,
    lo: int,
    sentence: str,
    m: re.Match[str],
    roles: Roles,
    explicit: bool = False,
) -> None:
    """The edges of one note clause (``m`` in ``sentence``, at ``lo`` in the text); with
    ``explicit``, only a maker and payee the clause names (no role stands in)."""
    clause_end = _sentence_end(sentence, m.end())
    if per_party := notes_per_party(sentence, m.end(), clause_end):
        _read_per_party(ctx, lo, sentence, m, roles, per_party)
        return
    found = _note(ctx, lo, sentence, m, clause_end)
    if found is None:
        return
    note, named_end = found
    title = str(ctx.collector.entities[note].props.get("title") or "")
    about = sentence[m.start() : max(named_end, clause_end)]
    before = sentence[: m.start()]
    # "Facility B is evidenced by Borrower's Term Note": a facility of the agreement's own
    facility = evidences_own_facility(ctx, before, evidenced_notes_under(ctx))
    held = _Held(
        owing=_owing(ctx, roles),
        lenders=_lenders(ctx, roles),
        # a note the document writes out names its own maker and payee: no role stands in
        stated=frozenset(
            k[0] for k in ctx.collector.relations if k[2] == note and k[0] in ("ISSUES", "HOLDS")
        ),
        loans=not explicit
        and (facility or bool(_LOANS.search(before)) or bool(_EVIDENCES.search(about))),
        other=explicit or bool(_OTHER_KIND.search(title) or _OTHER_KIND.search(m["words"])),
    )
    evidence = trimmed(ctx, lo, lo + len(sentence))
    # a lender never makes the note it is paid by, nor a borrower holds its own
    makers = [p for p in _makers(ctx, m, about, before, held) if p not in held.lenders]
    if (explicit or _SOME_MAKER.search(about)) and not makers:
        # ""D&C Note": the promissory note made by a Developer in favor of the Company": the
        # notes of makers the document does not name (collateral it holds), no deal note
        return
    # "shall execute and deliver to Bank an amended and restated Note": the one it goes to
    given = parties_named(ctx, m.groupdict().get("to") or "")
    payees = [
        p
        for p in _payees(ctx, about, sentence, held) or given
        if p not in makers and p not in held.owing
    ]
    for kind, parties in (("ISSUES", makers), ("HOLDS", payees)):
        for party in parties:
            for span in [evidence, *roles.get(party, (set(), []))[1][:1]]:
                ctx.collector.relate(kind, party, note, span)
    _terms(ctx, note, about, evidence)
    # "issued ... pursuant to this Agreement": an amendment's own new note is its own
    here = issued_hereunder(ctx, about)
    under = here or evidenced_notes_under(ctx)
    if (
        under is not None
        and (makers or "ISSUES" in held.stated)
        and (explicit or not held.other)
        and not _OTHER_KIND.search(title)
        and not _earlier(ctx, note, under)
        and (
            here
            or facility
            or _OPERATIVE.search(_SHALL_MEAN.sub("", sentence))
            or (
                under != ctx.self_ref
                and m[0].lower().startswith("evidenced")
                and _IS_EVIDENCED.search(before)
            )
            or _same_date(ctx, note, under)
            or _OWN_FORM.search(about)
            or _OWN_SECTION.search(about)
            or (under == ctx.self_ref and _EVIDENCING_OWN_LOAN.search(about))
        )
    ):
        ctx.collector.relate("ISSUED_UNDER", note, under, evidence)


def _read_per_party(
    ctx: DocContext,
    lo: int,
    sentence: str,
    m: re.Match[str],
    roles: Roles,
    items: list[re.Match[str]],
) -> None:
    """The edges of a clause naming one note per payee or per maker (:mod:`.payee_named_notes`):
    the clause's maker ISSUES each note and only the payee it names HOLDS it, or only the maker
    it names ISSUES it (of the amount beside it) and the clause's payee HOLDS it; each is
    ISSUED_UNDER the issuing agreement as the clause's one note would be."""
    before = sentence[: m.start()]
    about = sentence[m.start() : items[0].start()]
    words = m.groupdict().get("words") or ""
    held = _Held(
        owing=_owing(ctx, roles),
        lenders=_lenders(ctx, roles),
        stated=frozenset(),
        loans=bool(_LOANS.search(before) or _EVIDENCES.search(about)),
        other=bool(_OTHER_KIND.search(words)),
    )
    per_maker = "maker" in items[0].groupdict()
    clause_makers = [] if per_maker else _makers(ctx, m, about, before, held)
    clause_payees = _first_named(ctx, _PAYEE, about) if per_maker else []
    evidence = trimmed(ctx, lo, lo + len(sentence))
    under = issued_hereunder(ctx, about) or evidenced_notes_under(ctx)
    operative = _OPERATIVE.search(_SHALL_MEAN.sub("", sentence))
    for item in items:
        term = " ".join(item["term"].split())
        note = next(iter(labelled(ctx, ctx.lookup(term), "Instrument")), None)
        if note is None:
            span = ctx.span(lo + item.start("term"), lo + item.end("term"))
            props: dict[str, PropValue] = {"title": term, "kind": "note"}
            if per_maker and item["amount"] and (stated := parse_amount(item["amount"])):
                props["amount"], props["currency"] = stated
            note = ctx.collector.add(f"instrument:{norm_term(term)}|", "Instrument", span, props)
            ctx.define(term, note)
        named = parties_named(ctx, item["maker" if per_maker else "payee"])
        makers = [p for p in (named if per_maker else clause_makers) if p not in held.lenders]
        for maker in makers:
            ctx.collector.relate("ISSUES", maker, note, evidence)
        for payee in clause_payees if per_maker else named:
            if payee not in makers and payee not in held.owing:
                ctx.collector.relate("HOLDS", payee, note, evidence)
        if under and makers and operative and not held.other and not _earlier(ctx, note, under):
            ctx.collector.relate("ISSUED_UNDER", note, under, evidence)


def _same_date(ctx: DocContext, note: str, under: str) -> bool:
    """Whether the note is dated the agreement's own date (made with it, as its loans' note)."""
    dated = ctx.collector.entities[note].props.get("date")
    return isinstance(dated, str) and dated == ctx.collector.entities[under].props.get("date")


def _earlier(ctx: DocContext, note: str, under: str) -> bool:
    """Whether the note is one the agreement found: named "Existing", "Prior" ..., or dated
    before the agreement."""
    dated = ctx.collector.entities[note].props.get("date")
    since = ctx.collector.entities[under].props.get("date")
    title = str(ctx.collector.entities[note].props.get("title") or "")
    older = isinstance(dated, str) and isinstance(since, str) and dated < since
    return older or bool(_EARLIER.search(title))


def _terms(ctx: DocContext, note: str, about: str, evidence: Span) -> None:
    """The date, principal, rate and maturity the clause gives the note: "dated as of November
    22, 2010", "of even date herewith" (the own agreement's), "in the amount of $12,450,000",
    "bearing interest at the rate of 8.375% per annum and maturing on November 1, 2007"."""
    props: dict[str, PropValue] = {}
    dated = _DATED.search(about)
    dates = find_dates(about, dated.end(), dated.end() + 40) if dated else []  # one date
    if dated and dates and dates[0].start == dated.end():
        props["date"] = dates[0].iso
    elif ctx.self_ref and (
        _EVEN_DATE.search(about) or (DATED_CLOSING.search(about) and closing_date_is_own(ctx.text))
    ):
        own = ctx.collector.get(ctx.self_ref)
        props["date"] = own.props.get("date") if own else None
    found = principal_amount(about) or principal_by_term(ctx.text, about)
    if found:
        props["amount"], props["currency"] = found
    props["interest_rate"] = interest_rate(about)
    props["maturity_date"] = maturity_date(about)
    if any(v is not None for v in props.values()):
        ctx.collector.add(note, "Instrument", evidence, props)


def _also_names(ctx: DocContext, lo: int, d: re.Match[str]) -> None:
    """The second term of a definition that gives its notes two ("Revolving Note" or
    "Revolving Notes") names the note the first one does."""
    found = labelled(ctx, ctx.lookup(d["term"]), "Instrument")
    also = " ".join(d["also"].split())
    if len(found) != 1 or ctx.lookup(also):
        return
    ctx.define(also, found[0])
    span = ctx.span(lo + d.start("also"), lo + d.end("also"))
    ctx.collector.add(found[0], "Instrument", span, None, (also,))


def extract_evidencing_notes(ctx: DocContext) -> None:
    """The notes the document's note clauses require: their makers ISSUE them, their payees
    HOLD them, and they are ISSUED_UNDER their issuing agreement. Evidence: the clause,
    and the span stating a role where a role stood in for a name.

    Runs after the notes an agreement writes out are read (:mod:`ingest.notes`), so that a
    clause requiring "a master promissory note (the "Note") ... in the form of Exhibit A"
    names the note the exhibit holds, never a second one."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    text = ctx.text
    if own is None or own.label != "Agreement":
        return
    if not any(p.search(text) for p in _CUES):
        return
    roles = read_roles(ctx, signings(ctx))
    for lo, hi in sentences(text):
        sentence = text[lo:hi]
        if not any(p.search(sentence) for p in _CUES):
            continue
        d = _DEFINES.match(sentence) or _unquoted_definition(text, lo, sentence)
        if d is not None:
            _read(ctx, lo, sentence, d, roles)
            if d.groupdict().get("also"):
                _also_names(ctx, lo, d)
            continue
        for m in _EVIDENCED.finditer(sentence):
            _read(ctx, lo, sentence, m, roles)
            # "... evidenced by a single Revolving Note and a single Term Note, each payable"
            if (more := AND_ANOTHER_NOTE.match(sentence, m.end())) is not None:
                _read(ctx, lo, sentence, more, roles)
        for m in _MADE_BY.finditer(sentence):
            _read(ctx, lo, sentence, m, roles, explicit=True)
        executed = list(EXECUTES_NOTE.finditer(sentence))
        for m in executed:
            _read(ctx, lo, sentence, m, roles)
        read = {m.span("noun") for m in executed}
        for m in DELIVERS_PAYABLE_NOTE.finditer(sentence):
            if m.span("noun") not in read:
                _read(ctx, lo, sentence, m, roles)


def _unquoted_definition(text: str, lo: int, sentence: str) -> re.Match[str] | None:
    """A note definition opening the sentence whose term lost its quotes (one of the text's
    unquoted definitions list), else None."""
    d = _DEFINES_UNQUOTED.match(sentence)
    if d is None:
        return None
    starts = {start for _, start, _ in unquoted_definitions(text)}
    return d if lo + d.start("term") in starts else None


#: the words a note clause has: scanning only such sentences keeps long documents fast
_CUE = re.compile(
    r"(?i)\bevidenced\s+by\b|\bpromissory\s+notes?\b|\bnotes?\b(?:[^.;]|\.\d){0,200}?\b(?:made|executed)\s+by\b"
)
_CUES = (_CUE, EXECUTES_NOTE, DELIVERS_PAYABLE_NOTE)
