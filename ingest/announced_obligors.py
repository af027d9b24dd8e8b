"""The obligors of the agreement a report announces, from what its item says they do.

A current report often names the companies that enter into an agreement without a role ("X
and Y entered into a Credit Agreement with Z, as administrative agent") and says what each
does later in the item: "X borrowed $95,000,000 from the Lenders", "Y may borrow advances",
"Y executed the Credit Agreement solely as a guarantor", "we guarantee the obligations of X".
Vocabulary:
- *obligor verb*: the verb that makes its subject the borrower ("borrowed", "may borrow",
  "drew") or a guarantor ("guarantees the obligations of", "executed ... as a guarantor").
- *subject*: a party of the announced agreement (by its name, its name without its legal form
  or the term the report gives it), or "we" for the registrant, right before the verb; a
  negated verb ("has not guaranteed") has no subject, since a word stands between.
Only parties already party to the announced agreement take a role here; none is added.
"""

from __future__ import annotations

import re

from ingest.agreements.own_agreement import SELF_REF
from ingest.context import DocContext
from ingest.parties.add import party_to
from ingest.reports import read_report

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


def _announcing_item(ctx: DocContext) -> tuple[int, int] | None:
    report = read_report(ctx.text)
    if report is None or report.announcement is None or ctx.self_ref != SELF_REF:
        return None
    at = report.announcement[0]
    return next(((i.start, i.end) for i in report.items if i.start <= at < i.end), None)


def extract_announced_obligors(ctx: DocContext) -> None:
    """Borrower and Guarantor roles of the announced agreement's parties, from the verbs of
    its item (see the module docstring)."""
    item = _announcing_item(ctx)
    if item is None:
        return
    text = ctx.text
    subjects: dict[str, str] = {}  # the words that name a party -> its ref
    ambiguous: set[str] = set()
    for rel in ctx.collector.relations.values():
        entity = ctx.collector.get(rel.source)
        if rel.type != "PARTY_TO" or rel.target != SELF_REF or entity is None:
            continue
        name = str(entity.props.get("name") or "")
        short = _LEGAL_FORM.sub("", name)
        for word in (name, *entity.aliases, *([short] if len(short.split()) > 1 else [])):
            if subjects.get(word, rel.source) != rel.source:
                ambiguous.add(word)
            if len(word) > 2 and len(ctx.lookup(word)) <= 1:
                subjects[word] = rel.source
    for word in ambiguous:
        del subjects[word]
    registrant = [r for w in ("Company", "Registrant") for r in ctx.lookup(w)]
    if len(registrant) == 1 and registrant[0] in set(subjects.values()):
        subjects.update(dict.fromkeys(_WE, registrant[0]))
    if not subjects:
        return
    names = "|".join(re.escape(w) for w in sorted(subjects, key=len, reverse=True))
    for role, verb in _ROLES:
        shape = re.compile(rf"(?<![\w\-])(?P<who>{names})(?=(?P<verb>{verb.pattern}))")
        for m in shape.finditer(text, *item):
            party_to(ctx, subjects[m["who"]], role, m.start(), m.end("verb"))
