"""Lists of instructions under one subject: "Section 1.01 is amended (a) by amending ...; (b)
by inserting ...", or a lead-in "Section 6.04 is amended as follows:" and its items. The
shapes of an item, the scope in which items take their subject from the lead-in, the parts a
block adds by number, and where the lead-in's list ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.changes.quotes import QUOTED
from ingest.changes.targets import NUM, Target
from ingest.changes.wording import unquote
from ingest.list_labels import ROMAN, Label, Paragraphs, is_successor

_VERBS = (
    r"(?:amending|deleting|inserting|adding|replacing|striking|substituting|restating|changing"
    r"|modifying|increasing|decreasing|reducing|extending)"
)
#: An item of a list of instructions that share one subject: "(b) by deleting ...",
#: "and (c) by inserting ..." (after "Section 1.01 is hereby amended (a) by ..." or after a
#: lead-in "Section 6.04 shall be amended as follows:").
BY_ITEM = re.compile(
    rf"(?<![^\s;:,])\((?:[a-z]{{1,3}}|\d{{1,2}}|[A-Z])\)\s*(?:and\s+)?by\s+{_VERBS}\b",
    re.IGNORECASE,
)
#: What may stand between "by deleting" and the part it names: "a new", "the following new",
#: "(by amending) and restating (in its entirety)".
BY_OBJECT = re.compile(
    r"\s*(?:and\s+restating\s+)?(?:in\s+(?:its|their)\s+entirety\s+)?"
    r"(?:a\s+new\s+|the\s+following\s+(?:new\s+)?)?",
    re.IGNORECASE,
)
#: The first item after a lead-in ("... is hereby amended as follows:") that is itself an
#: instruction: "(a) by deleting ...", "(i) the definition of "X" shall be amended ...",
#: "SECTION II.1.1. Section 1.1 ... is hereby amended ...". The lead-in changes nothing itself.
INSTRUCTION = re.compile(
    r"\s*(?:<PAGE>[ \t]*\d*\s*)?"  # a page break before the first item
    r"(?:(?:SECTION|Section)\s+[\w.]+\.?\s+|\((?:[a-z]{1,3}|\d{1,2}|[A-Z])\)\s*"
    r"|\d{1,2}(?:\.\d{1,3})*\.?\s+|[a-z]{1,2}\.\s+)?"
    r"(?:[A-Z][^.\n:;]{0,80}\.\s+)?"
    rf"(?:(?:and\s+)?by\s+{_VERBS}\b"
    r"|(?:the\s+)?(?:new\s+)?(?:definitions?|defined\s+terms?|(?:sub)?sections?|clauses?|paragraphs?|article"
    r"|schedule|exhibit|annex|following|first|second|third|last|references?)\b(?:[^.;:]|\.(?=\d))"
    r"{0,250}?"
    r"\b(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:further\s+)?(?:amended|deleted|replaced|restated"
    r"|added|inserted|supplemented|modified)\b"
    # '(a) "Applicable Margin" is amended by ...': the term it changes, quoted, as the subject
    rf"|{QUOTED}\s*,?\s*(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:further\s+)?(?:amended|deleted"
    r"|replaced|restated)\b"
    # an instruction in the imperative: "(a) In the definition of "X", add ..." (with no comma
    # too: 'In the definition of "X" add ...'), "(b) Delete Section 8.9", "(c) Amend Section
    # 2.5 to read ..."
    r"|In\s+(?:the\s+)?(?:definition|(?:sub)?section|clause|paragraph|Schedule|Exhibit|Annex"
    r"|Article)\b[^.;:]{0,200}?(?:,\s*|\s+)(?:add|insert|delete|replace|substitute|strike"
    r"|amend|change|increase|decrease|reduce)\b"
    r"|(?:Add|Insert|Delete|Replace|Substitute|Strike|Amend|Restate)\s+(?:the\s+|a\s+new\s+)?"
    r"(?:definitions?|(?:sub)?sections?|clauses?|paragraphs?|Schedule|Exhibit|Annex|Article"
    r"|following|words?|figure)\b"
    # ('(a) Insert "and Eligible Inventory" after ...': the words first)
    r"|(?:Add|Insert|Delete|Replace|Substitute|Strike)\s+[\"“])",
    re.IGNORECASE,
)
#: "by adding the following new subsection at the end thereof:" whose number opens the block.
ADD_FOLLOWING = re.compile(
    r"\b(?:adding|add|inserting|insert)\s+(?:thereto\s+)?(?:the\s+following\s+(?:new\s+)?"
    r"|a\s+new\s+)(?:sub)?(?:sections?|clauses?|paragraphs?)\b(?!\s*(?:\(|\d))",
    re.IGNORECASE,
)
BLOCK_LABEL = re.compile(
    r"\s*[\"“]?\s*(?:Section\s+|SECTION\s+)?(?P<label>\d{1,2}(?:\.\d{1,3})+[A-Z]?|\([a-z0-9]{1,5}\))"
    r"(?=[.\s])"
)
FOLLOWING_STOP = re.compile(r"\b(?:the\s+following|as\s+follows)\s*\.$", re.IGNORECASE)
DELETES_ONLY = re.compile(
    r"^(?!.*\b(?:replac|substitut|insert|restat|read|add)).*\b(?:delet|strik)",
    re.IGNORECASE | re.DOTALL,
)
QUOTED_RE = re.compile(QUOTED)
DELETED_DEFINITIONS = re.compile(
    r"\bdelet(?:e|ing)\s+(?:in\s+(?:its|their)\s+entirety\s+)?(?:each\s+of\s+)?the\s+definitions?\s+"
    rf"(?:of\s+)?(?P<terms>{QUOTED}(?:\s*,?\s*(?:and\s+)?{QUOTED})*)",
    re.IGNORECASE,
)
#: A section named as the words a reference holds, not as what changes.
REFERENCE_TO = re.compile(r"\breferences?\s+(?:therein\s+)?to\s+(?:the\s+)?$", re.IGNORECASE)
PART_WORDS = r"\b(?:clause|paragraph|subsection|sentence|proviso|table|words?|phrase)s?\b"
#: Deleting a whole part, not words in it: "by deleting the definition of "X"", "by deleting
#: clause (b) thereof", "by deleting Section 7.4 in its entirety".
DELETES_PART = re.compile(
    r"\b(?:delet(?:e|ing)|strik(?:e|ing))\s+(?:in\s+(?:its|their)\s+entirety\s+)?"
    # ("deleting the existing definitions of "A" and "B"": the ones the agreement has)
    r"(?:each\s+of\s+)?(?:the\s+)?(?:existing\s+)?(?:definitions?\b|defined\s+terms?\b"
    r"|(?:sub)?(?:sections?|clauses?|paragraphs?)\s+[\d(]|Article\s|Schedule\s|Exhibit\s)"
    # or the provision named by a pointer back to it: "by deleting the same in its entirety",
    # "by deleting such Section"
    r"|\b(?:delet(?:e|ing)|strik(?:e|ing))\s+(?:it|them|the\s+same|(?:such|said)\s+(?:definition"
    r"|section|subsection|clause|paragraph|provision)s?)(?=\s+in\s+(?:its|their)\s+entirety"
    r"|\s*(?:[.;]|\Z)|\s+and\b)",
    re.IGNORECASE,
)
AND_REPLACING = re.compile(
    r"\band\s+(?:by\s+)?(?:replacing|substituting|inserting)\b", re.IGNORECASE
)
#: The verb of "is amended by deleting Section 7.4", whose object is what changes.
OBJECT_AFTER = re.compile(
    rf"\s*(?:(?:by|to)\s+(?:\([a-z]{{1,3}}\)\s*)?(?:{_VERBS}|amend|delete|restate|replace|strike"
    r"|extend|change|increase|decrease|reduce|provide\s+that)|(?:such|so)\s+that)"
    r"(?:\s+and\s+restating)?(?:\s+in\s+(?:its|their)\s+entirety)?\s+(?:the\s+following\s+)?",
    re.IGNORECASE,
)
#: A clause that opens an item of a lead-in's list: "(a) The word "and" is deleted ...".
ITEM_START = re.compile(r"\s*\((?:[a-z]{1,4}|\d{1,2})\)\s+(?:The|A|An|Each|All)\s", re.IGNORECASE)
RECITAL = re.compile(r"\s*WHEREAS\b", re.IGNORECASE)
INTO_SECTION = re.compile(rf"\b(?:to|in|into)\s+Section\s+(?P<num>{NUM})", re.IGNORECASE)
ADDS_FOLLOWING = re.compile(
    r"\b(?:adding|add|inserting|insert)\b[^;:]{0,80}?\bthe\s+following\b", re.IGNORECASE
)
_PART_NUMBER = re.compile(
    r"(?P<pre>\s*[\"“]?\s*(?:Section\s+|SECTION\s+)?)(?P<num>\d+(?:\.\d+)+)(?=[.\s])"
)
INNER_SECTION = re.compile(
    r"\b(?:(?:deleting|striking|replacing|restating|amending(?:\s+and\s+restating)?)\s+"
    r"(?:in\s+(?:its|their)\s+entirety\s+)?"
    # "Article III is amended by adding the following sentence at the end of Section 3.2"
    r"|(?:adding|inserting)\s+(?:the\s+following\s+)?(?:new\s+)?(?:sentence|proviso|words"
    r"|paragraph|text|language)\s+(?:at|to)\s+the\s+end\s+of\s+)"
    # "by amending the introductory paragraph of Section 1.4": a part of a section it holds
    r"(?:the\s+(?:[a-z\-]+\s+){0,2}(?:paragraph|sentence|proviso)\s+of\s+)?"
    rf"(?:the\s+)?Sections?\s+(?P<num>{NUM})"
    # "by deleting Sections 9.7 and 9.8": each of them
    rf"(?P<more>(?:\s*(?:,\s*(?:and\s+)?|and\s+)(?:Section\s+)?{NUM})*)",
    re.IGNORECASE,
)
LIST_SPAN = 20_000


@dataclass(frozen=True, slots=True)
class Scope:
    """Where a list of instructions shares the subject its lead-in or first item names."""

    start: int
    end: int
    targets: tuple[Target, ...]
    name: str | None
    lead: bool  # a lead-in's list, not the sentence of one instruction


def contains(outer: str, inner: str) -> bool:
    """Whether a part named inside an instruction lies in the part it is about: Section
    10.5 in Article X (any article), 7.1.13 or 7.1(d) in Section 7.1."""
    if outer.startswith("Article "):
        return True
    return bool(outer) and inner.startswith((outer + ".", outer + "("))


def numbered_parts(
    pars: Paragraphs, block: tuple[int, int], section: str | None
) -> list[tuple[str, tuple[int, int]]]:
    """The parts of a block that open with a number under ``section`` ("7.1.13 Hedging." under
    7.1, "5.14 Hedging." under Article V), each up to the next: what "by adding the
    following:" adds, when the block opens with one of them."""
    article = re.fullmatch(r"Article\s+(?P<n>[IVXL]+|\d+)", section or "")
    if article:
        n = article["n"]
        section = n if n.isdigit() else str(ROMAN.get(n.lower(), ""))
    if not section or not re.fullmatch(r"\d+(?:\.\d+)*", section):
        return []
    text = pars.text
    starts: list[tuple[str, int]] = []
    for s, e in pars.spans:
        if e <= block[0] or s >= block[1]:
            continue
        m = _PART_NUMBER.match(text, max(s, block[0]), e)
        if m and m["num"].startswith(section + ".") and m["num"] not in {n for n, _ in starts}:
            starts.append((m["num"], m.start() + len(m["pre"]) - len(m["pre"].lstrip())))
    first = _PART_NUMBER.match(text, block[0], block[1])
    if not starts or first is None or first["num"] != starts[0][0]:
        return []
    ends = [p for _, p in starts[1:]] + [block[1]]
    return [
        (num, unquote(text, start, end)) for (num, start), end in zip(starts, ends, strict=True)
    ]


def inherit(found: list[Target], up: Scope | None) -> list[Target]:
    """The targets of an item in a list of instructions: its own, completed by the section its
    lead-in names ("Subsection (j) thereof" -> "6.04(j)"), else the lead-in's own."""
    if up is None:
        return found
    base = next((t.section for t in up.targets if t.section and not t.term), None)
    if not found:
        if base is not None:
            return [Target(base, None, up.targets[0].span)]
        return list(up.targets)
    out = []
    for t in found:
        if (t.section or "").startswith("("):
            if base is not None:
                out.append(
                    Target(_parent_of(base, t.section or "") + (t.section or ""), t.term, t.span)
                )
        elif t.term and not t.section:
            out.append(Target(base, t.term, t.span))
        else:
            out.append(t)
    return out


_LAST_PART = re.compile(r"\((?P<part>[a-zA-Z0-9]{1,5})\)$")


def _part_kind(part: str) -> str:
    """A lettered part's kind: a number, a roman numeral (or a letter that may be one), a
    letter."""
    if part.isdigit():
        return "number"
    return "roman" if set(part.lower()) <= set("ivxl") else "letter"


def _parent_of(base: str, part: str) -> str:
    """The section a relative part belongs to: ``base``, or the section above it where
    ``base`` ends in a part of the same kind ("(i) clause (a) is amended ...; and (ii) clause
    (b) is amended ..." after "Section 7.1 is amended as follows:": (b) is 7.1(b), the
    sibling of 7.1(a), never 7.1(a)(b))."""
    last = _LAST_PART.search(base)
    inner = part.strip("()")
    if last and _part_kind(last["part"]) == _part_kind(inner) and last["part"] != inner:
        return base[: last.start()]
    return base


def list_end(pars: Paragraphs, i: int, cap: int) -> int:
    """Where the list a lead-in in paragraph ``i`` introduces ends: at the next item of a list
    the lead-in sits in (an unlabelled lead-in's own items are never that), or at ``cap``."""
    stops = pars.enclosing_labels(i)
    own: Label = ()
    for j in range(i + 1, len(pars.spans)):
        s = pars.spans[j][0]
        if s >= cap:
            return cap
        lab = pars.labels[j]
        if not lab:
            continue
        if not own:
            # the first item opens the lead-in's own list: "(i)" there is the first numeral
            own = tuple(r for r in lab if r[1] == 1) or lab
            if not pars.labels[i]:
                stops = [st for st in stops if not {r[0] for r in st} & {r[0] for r in own}]
            continue
        if is_successor(lab, own):
            own = tuple(r for r in lab if r[0] in {o[0] for o in own})
            continue
        if any(is_successor(lab, st) for st in stops):
            return s
    return min(cap, pars.spans[-1][1]) if pars.spans else cap
