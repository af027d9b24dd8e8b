"""Amendment instructions in the imperative mood, the style some counsel write whole
amendments in: no "is hereby amended", the verb tells the reader what to do. "(a) In the
definition of "Maturity Date", replace "May 1, 2009" with "May 1, 2011".", "2. In Section
6.4, delete "$2,000,000" and insert "$3,000,000".", "Delete Section 4.3 and substitute: ...",
"Add a new Section 7.12 as follows: ...", "Strike the word "ninety" in Section 2.4 and insert
"one hundred twenty" in its place", "Replace Schedule 2.1 with Schedule 2.1 attached hereto".

Vocabulary:
- *instruction*: a paragraph that opens (after its list label and a heading) with an
  imperative verb, or with "In" and the provision it works in, then the verb (a comma between
  or none); or
  an inline item of one ("In Section 1.1: (i) in the definition of "X", insert ...; (ii)
  delete the definition of "Y""), whose lower-case verb follows a colon or semicolon and a
  label. Its clause runs to the first full stop, colon or semicolon outside quotation marks.
- *place*: the provision "In ..." names; the instruction changes words in it (``amend``), the
  new words being the quoted ones after "insert", "add", "with", "by" or "substitute", or
  after "to" where the verb is "change", "increase", "decrease" or "reduce".
- *object*: the provision right after the verb: "Delete Section 8.9" deletes it, "Delete
  Section 4.3 and substitute:" or "Amend Section 2.5 to read as follows:" restates it, "Add a
  new Section 7.12" adds one; words as the object ("Strike the word "ninety" in Section 2.4")
  change the provision they sit in.
- Not a change: an instruction about anything but a provision ("Delete bracketed text if no
  Eurodollar Loans are requested"), or about a part of the document itself ("In Section 2 of
  this notice, replace ..."), or a covenant ("the Borrower shall replace ...", never at an
  item's start).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.changes.definitions import block_definitions
from ingest.changes.instructions import INTO_SECTION
from ingest.changes.operative import ADDED_PART
from ingest.changes.quotes import DEFINITION_START, Q_OPEN
from ingest.changes.targets import TARGET, Target, named_agreement, targets_at
from ingest.changes.wording import block_after_colon, unquote
from ingest.list_labels import Paragraphs
from ingest.rules import passage, rule

_VERBS = r"add|insert|delete|replace|substitute|strike|amend|restate|renumber"
#: verbs that change words in the place an "In ..." opening names, the new words after "to":
#: 'In Section 2.5, change "$5,000,000" to "$6,000,000"' (never opening an instruction alone:
#: "Change of Control" heads a section)
_TO_VERBS = r"change|increase|decrease|reduce"
_PLACES = (
    r"(?i:the\s+)?(?i:definitions?\s+of|(?:sub)?sections?\s|secs?\.\s|clauses?\s|paragraphs?\s)"
    r"|(?:the\s+)?(?:Schedule|Exhibit|Annex|Appendix|Article)\s"
)
#: A paragraph that opens an instruction: its label, maybe a heading, then "In" and a
#: provision, or a verb in the imperative (in lower case only after a label).
OPENS = rule(
    "changes.imperative_opens",
    # (one label, or an item's and its first sub-item's: "2. (a) in Section 7, ...")
    r"[ \t]*(?P<label>(?:(?:\((?:[a-z]{1,4}|\d{1,2}|[A-Z])\)|\d{1,2}(?:\.\d{1,2})*\.?|[a-zA-Z]\.)"
    r"[ \t]+){1,2})?"
    # ("2. Amendment to Section 6.4. In Section 6.4, ...": a heading first, tried last)
    r"(?:[A-Z][A-Za-z0-9 ,&'()\-]{2,70}?(?:\d[\d.()a-z]*)?\.[ \t]+)??"
    rf"(?P<at>(?:In|(?(label)in|(?!)))\s+(?={_PLACES})"
    rf"|(?-i:Add|Insert|Delete|Replace|Substitute|Strike|Amend|Restate|Renumber)\s"
    rf"|(?(label)(?:{_VERBS})\s|(?!)))",
    reads="an amendment's body, at a paragraph's start: an instruction in the imperative mood",
    matches=[
        passage('(a) In the definition of "Borrowing Base", add the words', at="In "),
        passage("2. Amendment to Section 6.4. In Section 6.4, delete", at="In "),
        passage("2.1 Delete Section 4.3 of the Credit Agreement and substitute:", at="Delete "),
        passage("Add a new Section 7.12 as follows:", at="Add "),
        passage("(b) delete the definition of", at="delete "),
    ],
    rejects=[
        "In the event that the Borrower fails to deliver",
        "delete the definition of",
        "The Borrower shall replace each certificate",
        "In witness whereof",
    ],
    mode="match",
)
#: An inline item of an instruction: "In Section 1.1: (i) in the definition of ...; (ii)
#: delete the definition of ..."
INLINE_ITEM = rule(
    "changes.imperative_inline_item",
    r"(?:[:;][ \t]*\n?[ \t]*(?:(?:and|or)\s+)?)(?P<label>\((?:[ivx]{1,5}|[a-z]{1,2}|\d{1,2})\))"
    rf"\s+(?P<at>in\s+(?={_PLACES})|(?:{_VERBS})\s)",
    reads="an imperative instruction's sentence: a later item of the instructions it lists",
    matches=[
        passage(': (i) in the definition of "Consolidated EBITDA", insert', at="in "),
        passage('; (ii) delete the definition of "Tranche A Lender"', at="delete "),
        passage("; and (iii) in the definition of", at="in "),
    ],
    rejects=["; (ii) deliver to the Bank", ": (a) the Borrower shall delete", ", (b) delete"],
)
_VERB = re.compile(rf"(?i)(?P<verb>{_VERBS}|{_TO_VERBS})\s+")
#: What may stand between the verb and the provision it names: "Delete in its entirety",
#: "Amend and restate", "Insert the following as".
_BEFORE_OBJECT = re.compile(
    r"(?:and\s+restate\s+)?(?:in\s+(?:its|their)\s+entirety\s+)?", re.IGNORECASE
)
#: The words before the provision an instruction's words sit in: 'Strike the word "ninety"
#: in Section 2.4', 'Delete "$500,000" from clause (c) of Section 8.1'.
_WORDS_IN = re.compile(
    r"\b(?:in|from|of|to)\s+(?=(?:the\s+)?(?:definition|(?:sub)?section"
    r"|clause|paragraph|Schedule|Exhibit|Annex|Appendix|Article))",
    re.I,
)
#: Where the new words of an instruction follow: "insert "X"", "with "X"", "substitute "X"".
_NEW_WORDS_CUE = re.compile(
    r"\b(?:insert(?:ing)?|add(?:ing)?|with|by|substitut(?:e|ing))\s+(?:the\s+(?:words?|phrase"
    r"|figure|number|date|text|language|amount|percentage)\s+)?(?=[\"“])",
    re.IGNORECASE,
)
#: The provision restated: "and substitute", "and insert in lieu thereof", "to read".
#: Where the new words of a "change ... to" instruction follow: 'change "ninety" to "one
#: hundred twenty"'.
_TO_WORDS_CUE = re.compile(r"\bto\s+(?=[\"“])", re.IGNORECASE)
_RESTATED = re.compile(
    r"\band\s+(?:substitute|insert|replace|restate)\b|\bto\s+read\b|\bin\s+(?:its|their)\s+"
    r"entirety\s+as\s+follows\b",
    re.IGNORECASE,
)
#: A part of the document itself (the amendment, or a form it attaches): "of this notice",
#: "of this Amendment", "hereof", "Section 1 below".
_OWN_PART = re.compile(
    r"\s*(?:,\s*)?(?:of|in|to)\s+this\s+\w|\s*(?:hereof|herein|below|above)\b", re.IGNORECASE
)
_SENTENCE_STOP = re.compile(r"[\"“]|[:;]|(?<!\bSec)(?<!\bNo)\.(?=\s|$)")
_IN = re.compile(r"[Ii]n\s")
#: The rest of an "In ..." opening before the verb: "of the Loan Agreement, ", or no comma at
#: all ('In the definition of "Borrowing Base" add the words ...')
_PLACE_END = re.compile(rf"[^,;:]{{0,80}}?(?:,\s*|\s+(?=(?i:{_VERBS}|{_TO_VERBS})\s))")


@dataclass(frozen=True, slots=True)
class Imperative:
    """One change an imperative instruction makes."""

    targets: tuple[Target, ...]
    action: str
    clause: tuple[int, int]  # the instruction's words, the evidence
    new_text: tuple[int, int] | None
    agreement_name: str | None
    reach: int  # where what it took ends (its new wording)


def imperative_changes(
    text: str, masked: str, pars: Paragraphs, start: int, end: int
) -> list[Imperative]:
    """The changes of every imperative instruction between ``start`` and ``end``, in order;
    a paragraph inside an earlier instruction's new wording opens none."""
    out: list[Imperative] = []
    reach = start
    for s, e in pars.spans:
        if s < reach or s >= end:
            continue
        m = OPENS.match(text, s, e)
        if m is None:
            continue
        found = _instruction(text, masked, pars, m.start("at"), e, end, None)
        for item in INLINE_ITEM.finditer(text, m.start("at"), e):
            place = _place(masked, m.start("at"), e) if _IN.match(text, m.start("at")) else None
            found += _instruction(text, masked, pars, item.start("at"), e, end, place)
        out += found
        reach = max([s, *(f.reach for f in found)])
    return out


def _stop(text: str, at: int, limit: int) -> tuple[int, str]:
    """Where an instruction's clause ends, outside quotation marks, and on what."""
    pos = at
    while (m := _SENTENCE_STOP.search(text, pos, limit)) is not None:
        if m.group() in Q_OPEN:
            close = "”" if m.group() == "“" else '"'
            shut = text.find(close, m.end(), limit)
            pos = shut + 1 if shut >= 0 else m.end()
            continue
        return m.start(), m.group()
    return limit, ""


def _provision(masked: str, at: int, until: int) -> tuple[list[Target], int] | None:
    """The provisions named at ``at`` and where their words end: sections, clauses,
    definitions, attachments and articles, never a bare capitalised phrase."""
    tm = TARGET.match(masked, at, until)
    if tm is None or tm["cap"] or tm["qterm"]:
        return None
    found = [t for t in targets_at(masked, tm) if not (t.section or "").startswith("(")]
    if not found or _OWN_PART.match(masked, tm.end(), until):
        return None
    return found, tm.end()


def _place(masked: str, at: int, until: int) -> list[Target] | None:
    """The provision an "In ..." opening names."""
    got = _provision(masked, at + 3, until)
    return got[0] if got else None


def _name(masked: str, after: int, until: int) -> str | None:
    name = named_agreement(masked, after, until)
    return re.sub(r"\s+(?:and|of)$", "", name) if name else None


def _new_words(
    text: str, at: int, stop: int, cues: re.Pattern[str] = _NEW_WORDS_CUE
) -> tuple[int, int] | None:
    """The quoted words an instruction puts in: after "insert", "add", "with", "by" or
    "substitute" (after "to" for a "change ... to"), inside their quotation marks."""
    for cue in cues.finditer(text, at, stop):
        q = cue.end()
        close = "”" if text[q] == "“" else '"'
        shut = text.find(close, q + 1, stop + 1)
        if shut > q + 1:
            return q + 1, shut
    return None


def _instruction(
    text: str,
    masked: str,
    pars: Paragraphs,
    at: int,
    par_end: int,
    end: int,
    container: list[Target] | None,
) -> list[Imperative]:
    """The changes of the instruction opening at ``at``: "In <place>, <verb> ..." or
    "<Verb> <object> ..."; ``container`` is the place its lead-in named, for an inline item
    that names none."""
    stop, mark = _stop(text, at, par_end)
    if _IN.match(text, at):
        got = _provision(masked, at + 3, stop)
        if got is None:
            return []
        place, after = got
        comma = _PLACE_END.match(masked, after, stop)
        verb = _VERB.match(text, comma.end()) if comma else None
        if comma is None or verb is None:
            return []  # "In Section 1.1:" opens inline items, each read on its own
        name = _name(masked, after, comma.end())  # ("of the Note", before the comma)
        own = _object_change(text, masked, pars, at, verb, stop, mark, end, name, placed=True)
        if own:
            return own
        to_verb = re.fullmatch(_TO_VERBS, verb["verb"].lower()) is not None
        words = _new_words(text, verb.start(), stop, _TO_WORDS_CUE if to_verb else _NEW_WORDS_CUE)
        block = block_after_colon(pars, masked, stop, at, end) if mark == ":" else None
        if words is None and block is not None:
            # "In the definition of "X", add the following at the end thereof:" then the words
            return [
                Imperative(tuple(place), "amend", (at, stop), unquote(text, *block), name, block[1])
            ]
        return [Imperative(tuple(place), "amend", (at, stop), words, name, stop)]
    verb = _VERB.match(text, at)
    if verb is None:
        return []
    found = _object_change(text, masked, pars, at, verb, stop, mark, end, None, placed=False)
    if found or container is None:
        return found
    words = _new_words(text, verb.start(), stop)
    return [Imperative(tuple(container), "amend", (at, stop), words, None, stop)]


def _object_change(
    text: str,
    masked: str,
    pars: Paragraphs,
    at: int,
    verb: re.Match[str],
    stop: int,
    mark: str,
    end: int,
    name: str | None,
    *,
    placed: bool,
) -> list[Imperative]:
    """What the verb does to the provision it names (or adds), or to the one its words sit
    in; words of an instruction ``placed`` by "In ..." change that place (the caller's)."""
    word = verb["verb"].lower()
    clause = masked[at:stop]
    colon = stop if mark == ":" else None
    block = block_after_colon(pars, masked, colon, at, end) if colon is not None else None
    reach = block[1] if block else stop
    if word in ("add", "insert", "renumber"):
        added = ADDED_PART.search(clause)
        if added is not None:
            numbered = added["what"].lower().endswith("section") or added["what"] == "Paragraph"
            label = added["id"] if numbered else f"{added['what'].title()} {added['id']}"
            span = (at + added.start(), at + added.end())
            new = unquote(text, *block) if block else None
            named = name or _name(masked, at + added.end(), stop)
            return [Imperative((Target(label, None, span),), "add", (at, stop), new, named, reach)]
        if colon is not None and DEFINITION_START.match(text, colon + 1, end):
            return _definitions_added(text, masked, pars, at, colon, stop, end, name)
    if word == "renumber":
        return []
    before = _BEFORE_OBJECT.match(masked, verb.end())
    restating = bool(before and before.group().strip())  # "Amend and restate Section 6.1"
    obj = _provision(masked, before.end() if before else verb.end(), stop)
    if obj is None:
        if placed or word in ("amend", "restate"):
            return []
        held = _WORDS_IN.search(masked, verb.end(), stop)
        if held is None or not any(q in text[verb.end() : held.start()] for q in Q_OPEN):
            return []  # "Insert the amount requested in Section 1": no words of the agreement
        got = _provision(masked, held.end(), stop)
        if got is None:
            return []
        words = _new_words(text, verb.start(), stop)
        named = _name(masked, got[1], stop)
        return [Imperative(tuple(got[0]), "amend", (at, stop), words, named, stop)]
    targets, after = obj
    named = name or _name(masked, after, stop)
    rest = masked[after:stop]
    if word in ("delete", "strike") and not _RESTATED.search(rest):
        return [Imperative(tuple(targets), "delete", (at, stop), None, named, stop)]
    if word in ("amend",) and re.match(r"[^:;]{0,80}?\bby\b", rest):
        words = _new_words(text, after, stop)
        return [Imperative(tuple(targets), "amend", (at, stop), words, named, stop)]
    if word == "amend" and not _RESTATED.search(rest) and not restating:
        return []  # "Amend Section 6 as follows:": a lead-in, its items say how
    new = unquote(text, *block) if block else _new_words(text, after, stop)
    return [Imperative(tuple(targets), "replace", (at, stop), new, named, reach)]


def _definitions_added(
    text: str,
    masked: str,
    pars: Paragraphs,
    at: int,
    colon: int,
    stop: int,
    end: int,
    name: str | None,
) -> list[Imperative]:
    """ "Add the following new definitions to Section 1.01:" then the definitions, each one
    added."""
    block = block_after_colon(pars, masked, colon, at, end, whole=True)
    if block is None:
        return []
    into = INTO_SECTION.search(masked, at, stop)
    section = into["num"] if into else None
    named = name or _name(masked, into.end() if into else at, stop)
    out = []
    for term, (s, e) in block_definitions(pars, block):
        s += len(text[s:e]) - len(text[s:e].lstrip())  # (an indented definition's indent)
        new = unquote(text, s, e)
        out.append(
            Imperative((Target(section, term, (s, e)),), "add", (at, stop), new, named, block[1])
        )
    return out
