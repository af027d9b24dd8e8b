"""The obligors and agents of the agreement a report announces, from what its item says they
do.

A current report often names the companies that enter into an agreement without a role ("X
and Y entered into a Credit Agreement with Z, as administrative agent") and says what each
does later in the item: "X borrowed $95,000,000 from the Lenders", "Y may borrow advances",
"Y executed the Credit Agreement solely as a guarantor", "we guarantee the obligations of X".
Vocabulary:
- *obligor verb*: the verb that makes its subject the borrower ("borrowed", "may borrow",
  "drew") or a guarantor ("guarantees the obligations of", "executed ... as a guarantor").
- *serving sentence*: "Bank of America, N.A. serves as administrative agent, issuing lender
  and cash management bank for the credit agreement and Banc of America Securities LLC as
  lead arranger and book runner": each company named there before "as" and its capacities,
  for the announced agreement when the sentence names it (its title, or the title's last
  words: "the credit agreement" for the "New Credit Agreement") or no agreement at all.
- *subject*: a party of the announced agreement (by its name, its name without its legal form
  or the term the report gives it), or "we" for the registrant, right before the verb; a
  negated verb ("has not guaranteed") has no subject, since a word stands between.
- *passive guaranty*: "The obligations of the Borrower under the Credit Agreement are
  guaranteed by the Company and its subsidiaries": the companies it lists are guarantors
  ("the Company" is the registrant of the cover).
- *entering borrower*: the one company that enters into an announced credit agreement in no
  stated capacity, its other parties all banks (lenders, agents, arrangers): the borrower.
- *holder*: the party an announced note is "issued ... to".
- *grant*: "X ... granted a security interest in <collateral> as collateral for the Credit
  Facility": the collateral and X secure the announced agreement.
The verbs give roles only to parties of the announced agreement; the serving sentence and the
passive guaranty also make the companies they name parties.
"""

from __future__ import annotations

import re
import string

from ingest.agreements.own_agreement import SELF_REF
from ingest.announced import announcing_item, define_registrant
from ingest.context import DocContext, norm_term
from ingest.names import name_runs
from ingest.parties.add import add_party, party_to
from ingest.parties.role_words import role_of
from ingest.relations.collateral import add_asset
from ingest.reports import read_report, sentence_end, sentence_start

#: A company's legal form at the end of its name, which a report drops once it has named the
#: company ("Kraft Foods Global, Inc." ... "Kraft Foods Global may borrow").
_LEGAL_FORM = re.compile(
    r",?\s+(?:Inc\.?|Corp\.?|Corporation|LLC|L\.L\.C\.|L\.P\.|Ltd\.?|plc|PLC)$"
)

#: The verbs whose subject borrows under the agreement.
_BORROWS = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:borrowed|(?:may|will|can)\s+borrow|drew|has\s+drawn)\b"
)
#: The verbs whose subject guarantees the agreement's obligations: "guarantees the obligations
#: of", "has guaranteed all obligations", "executed the Credit Agreement solely as a guarantor".
_GUARANTEES = re.compile(
    r"\s+(?:(?:has\s+|will\s+)?(?:unconditionally\s+)?guarantee[sd]?\s+(?:all\s+)?(?:of\s+)?"
    r"(?:the\s+)?obligations\b"
    r"|(?:executed|signed|entered\s+into|is\s+a\s+party\s+to)\s+the\s+[^.;,]{0,60}?"
    r"\s+(?:solely\s+)?as\s+(?:a\s+)?guarantor\b)"
)
_ROLES = (("Borrower", _BORROWS), ("Guarantor", _GUARANTEES))
#: How the item calls the registrant without naming it.
_WE = ("we", "We")


def extract_announced_obligors(ctx: DocContext) -> None:
    """Borrower and Guarantor roles of the announced agreement's parties, from the verbs of
    its item (see the module docstring)."""
    item = announcing_item(ctx)
    if item is None:
        return
    text = ctx.text
    _guarantors_named(ctx, item)
    parties = {
        r.source
        for r in ctx.collector.relations.values()
        if r.type == "PARTY_TO" and r.target == SELF_REF
    }
    subjects = _subjects(ctx, parties)
    registrant = [r for w in ("Company", "Registrant") for r in ctx.lookup(w)]
    if len(registrant) == 1 and registrant[0] in set(subjects.values()):
        subjects.update(dict.fromkeys(_WE, registrant[0]))
    if subjects:
        names = "|".join(re.escape(w) for w in sorted(subjects, key=len, reverse=True))
        for role, verb in _ROLES:
            shape = re.compile(rf"(?<![\w\-])(?P<who>{names})(?=(?P<verb>{verb.pattern}))")
            for m in shape.finditer(text, *item):
                party_to(ctx, subjects[m["who"]], role, m.start(), m.end("verb"))
    _entering_borrower(ctx)
    _note_holder(ctx, subjects)
    if subjects:
        _grants(ctx, item, subjects)


#: A grant a party of the announced agreement makes later in the item: "TaxACT Holdings
#: executed the Credit Agreement solely as a guarantor and granted a security interest in 100%
#: of the outstanding equity in 2nd Story as collateral for the Credit Facility".
_GRANT = re.compile(
    r"(?:\s+[^.;]{0,100}?\s+and)?\s+(?:has\s+|have\s+)?granted\s+(?:to\s+[^,.;]{1,60}?\s+)?"
    r"(?:an?\s+)?(?:(?:first|second)[\s-]+priority\s+)?(?:security\s+interests?|liens?)\s+(?:in|on)\s+"
    r"(?P<asset>[^.;]{3,120}?)\s+(?:as\s+collateral\s+for|to\s+secure)\s+(?P<what>[^.;]{3,120})"
)


#: What the announced agreement's debt goes by in its item: "the Credit Facility", "the loans".
_GENERIC_DEBT = re.compile(
    r"(?:credit\s+facility|facility|loans?|obligations)\b(?!\s+(?:of|under)\b)"
)


def _grants(ctx: DocContext, item: tuple[int, int], subjects: dict[str, str]) -> None:
    """The collateral a party grants for the announced agreement (named by its title or term,
    or "the Credit Facility"), and the party as its grantor."""
    agreement = ctx.collector.get(SELF_REF)
    if agreement is None:
        return
    own = [norm_term(t) for t in (str(agreement.props.get("title") or ""), *agreement.aliases)]
    text = ctx.text
    names = "|".join(re.escape(w) for w in sorted(subjects, key=len, reverse=True))
    for m in re.finditer(rf"(?<![\w\-])(?P<who>{names})(?={_GRANT.pattern})", text[: item[1]]):
        if m.start() < item[0]:
            continue
        g = _GRANT.match(text, m.end())
        if g is None:
            continue
        what = norm_term(g["what"])
        if not (_GENERIC_DEBT.match(what) or any(t and what.startswith(t) for t in own)):
            continue  # collateral for another agreement
        evidence = ctx.span(m.start(), g.end())
        asset = add_asset(ctx, g["asset"], evidence)
        ctx.collector.relate("SECURES", asset, SELF_REF, evidence)
        ctx.collector.relate("SECURES", subjects[m["who"]], SELF_REF, evidence)


#: "issued a Senior Secured Promissory Note ... to X": X holds the note (Item 2.03).
_ISSUED_TO = re.compile(r"\bissued\b[^.;]{0,240}?\bto\s+(?:the\s+)?")


def _note_holder(ctx: DocContext, subjects: dict[str, str]) -> None:
    """The party an announced note is issued to is its holder ("On November 12, 2015, the
    Company issued a Promissory Note ... in the principal amount of $2,500,000 to Glenmoor
    Capital Partners, LP (the "Investor")")."""
    report = read_report(ctx.text)
    own = ctx.collector.get(SELF_REF)
    if report is None or report.announcement is None or own is None or own.label != "Instrument":
        return
    start, end = report.announcement
    text = ctx.text
    for m in _ISSUED_TO.finditer(text, start, end):
        who = next(
            (w for w in sorted(subjects, key=len, reverse=True) if text.startswith(w, m.end())),
            None,
        )
        if who is not None:
            party_to(ctx, subjects[who], "Holder", m.end(), m.end() + len(who))
            return


def _subjects(ctx: DocContext, refs: set[str]) -> dict[str, str]:
    """The words that name one of ``refs`` alone -> its ref: its name, its name without its
    legal form, its aliases and the terms defined for it ("Company" for the registrant)."""
    subjects: dict[str, str] = {}
    ambiguous: set[str] = set()
    for ref in refs:
        entity = ctx.collector.get(ref)
        if entity is None or entity.label != "Party":
            continue
        name = str(entity.props.get("name") or "")
        short = _LEGAL_FORM.sub("", name)
        terms = [string.capwords(t) for t, named in ctx.terms.items() if named == [ref]]
        for word in (name, *entity.aliases, *terms, *([short] if len(short.split()) > 1 else [])):
            if subjects.get(word, ref) != ref:
                ambiguous.add(word)
            if len(word) > 2 and len(ctx.lookup(word)) <= 1:
                subjects[word] = ref
    for word in ambiguous:
        subjects.pop(word, None)
    return subjects


#: A passive guaranty: "The obligations of the Borrower ... are guaranteed by the Company and
#: its subsidiaries", "will be unconditionally guaranteed by each of Holdings and ...".
_GUARANTEED_BY = re.compile(
    r"\b(?:is|are|will\s+be|shall\s+be|has\s+been|have\s+been)\s+"
    r"(?:(?:fully|jointly|severally|and|unconditionally|irrevocably)[\s,]+)*"
    r"guaranteed\s+by\s+(?:each\s+of\s+)?"
)
#: One guarantor of the list after a passive guaranty: "the Company", a name, or the group
#: its subsidiaries make ("its subsidiaries", no party of its own); and what joins them.
_GUARANTOR = re.compile(
    r"(?:the\s+)?(?P<who>[A-Z][\w.,&'’\- ]{1,80}?)(?=,|\s+and\b|\s*[.;(]|\s+as\b)"
)
_GROUP = re.compile(
    r"(?:(?:certain|each|all)\s+of\s+)?(?:its|their)\s+(?:[\w\-]+\s+){0,2}?subsidiaries"
)
_JOINT = re.compile(r",?\s+and\s+|,\s*(?!as\b)")


def _guarantors_named(ctx: DocContext, item: tuple[int, int]) -> None:
    """The companies a passive guaranty of the announced agreement names, its guarantors;
    "the Company" is the report's registrant."""
    text = ctx.text
    for m in _GUARANTEED_BY.finditer(text, *item):
        if not re.search(
            r"(?i)\b(?:agreement|facility|loans?|notes?|obligations)\b",
            text[sentence_start(text, item[0], m.start()) : m.start()],
        ):
            continue
        at = m.end()
        while True:
            group = _GROUP.match(text, at, item[1])
            one = None if group else _GUARANTOR.match(text, at, item[1])
            if group is None and one is None:
                break
            if one is not None:
                word = one["who"].strip()
                if word in ("Company", "Registrant") and not ctx.lookup(word):
                    define_registrant(ctx, word)
                refs = ctx.lookup(word) or [
                    ref
                    for ref, e in ctx.collector.entities.items()
                    if e.label == "Party" and e.props.get("name") == word
                ]
                for ref in refs[:1]:
                    party_to(ctx, ref, "Guarantor", one.start("who"), one.end("who"))
            at = group.end() if group is not None else one.end() if one is not None else at
            joint = _JOINT.match(text, at, item[1])
            if joint is None:
                break
            at = joint.end()


#: The capacities of the banks of a credit agreement.
_BANKING = re.compile(r"(?i)\b(?:lender|agent|bank|arranger)\b")


def _entering_borrower(ctx: DocContext) -> None:
    """The company that alone enters into an announced credit agreement ("ICON ... replaced
    its existing credit agreement with a new $290 million credit agreement", "FCStone
    Financial, Inc. entered into a Credit Agreement with Bank of Montreal as Administrative
    Agent and a Lender") in no stated capacity, when the others are its banks: the borrower."""
    report = read_report(ctx.text)
    agreement = ctx.collector.get(SELF_REF)
    if report is None or report.announcement is None or agreement is None:
        return
    if agreement.props.get("kind") != "credit_agreement":
        return
    start, anchor = report.announcement[0], report.anchor
    rels = [r for r in ctx.collector.relations.values() if r.type == "PARTY_TO"]
    rels = [r for r in rels if r.target == SELF_REF]
    entering = [r for r in rels if any(start <= e.start < anchor for e in r.evidence)]
    others = [r for r in rels if r not in entering]
    if len(entering) != 1 or entering[0].props.get("role") or not others:
        return
    if all(_BANKING.search(str(r.props.get("role") or "")) for r in others):
        evidence = next(e for e in entering[0].evidence if start <= e.start < anchor)
        party_to(ctx, entering[0].source, "Borrower", evidence.start, evidence.end)


#: The verb of a serving sentence.
_SERVES = re.compile(r"\b(?:serves|will\s+serve|is\s+serving|acts|will\s+act|is\s+acting)\s+as\b")
#: A company's capacities after its name: "as administrative agent, issuing lender and cash
#: management bank", up to the agreement they are for or the next company.
_CAPACITIES = re.compile(
    r"\s*,?\s*(?:serves|will\s+serve|is\s+serving|acts|will\s+act|is\s+acting)?\s*as\s+"
    r"(?:the\s+|an?\s+)?(?P<roles>[a-z][a-z\-]*(?:(?:\s+|,\s*(?:and\s+)?|\s+and\s+)[a-z][a-z\-]*)*)"
)
#: The agreement a serving sentence names: "for the credit agreement", "under the Facility".
_FOR_AGREEMENT = re.compile(r"^(?P<roles>.*?)\s+(?:for|under)\s+the\s+(?P<what>.+)$")


def extract_serving_parties(ctx: DocContext) -> None:
    """The companies a serving sentence of the announcing item names, parties of the announced
    agreement in the capacities it states (see the module docstring)."""
    item = announcing_item(ctx)
    agreement = ctx.collector.get(SELF_REF)
    if item is None or agreement is None:
        return
    text = ctx.text
    own = [norm_term(t) for t in (str(agreement.props.get("title") or ""), *agreement.aliases)]
    for verb in _SERVES.finditer(text, *item):
        lo = sentence_start(text, item[0], verb.start())
        hi = sentence_end(text, verb.end(), item[1])
        for run in name_runs(text, lo, hi):
            m = _CAPACITIES.match(text, run.end, hi)
            if not run.is_org or m is None:
                continue
            roles = re.sub(r"\s+and$", "", " ".join(m["roles"].split()))
            target = _FOR_AGREEMENT.match(roles)
            if target:
                what = norm_term(target["what"].split(" and ")[0])
                if not any(t == what or t.endswith(" " + what) for t in own):
                    continue  # another agreement's agent ("for the junior term loan agreement")
                roles = target["roles"]
            found = [
                r
                for part in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", roles)
                if (r := role_of(part))
            ]
            if not found:
                continue
            ref = add_party(ctx, run.text, run.start, run.end, kind="organization")
            for role in found:
                party_to(ctx, ref, role, run.start, m.end())
