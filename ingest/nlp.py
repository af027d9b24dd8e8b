"""The spaCy pipeline, built once per process, for the regions that need it.

``spacy.blank("en")`` plus one component, ``legal_sentencizer``: sentence boundaries that
know legal text -- no split after "Inc.", "Co.", "No.", "Sec.", "N.A.", "U.S.", "St.",
initials or section numbers ("6.03(a)"); a split at blank lines (headings and paragraphs are
separate sentences). Organisation names are the regex finders' (:mod:`ingest.names`).

Whole documents are never parsed: callers pass a region (preamble, recitals, a sentence with
a relation cue) found by the cheap patterns of :mod:`ingest.structure`.
"""

from __future__ import annotations

from functools import lru_cache

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ingest.rules import rule

#: Tokens after which a period does not end a sentence (lower case, with the dot).
ABBREVIATIONS = frozenset(
    [
        "inc.",
        "co.",
        "corp.",
        "no.",
        "nos.",
        "sec.",
        "secs.",
        "n.a.",
        "u.s.",
        "u.s.a.",
        "st.",
        "mr.",
        "ms.",
        "mrs.",
        "dr.",
        "ltd.",
        "jr.",
        "sr.",
        "l.p.",
        "l.l.c.",
        "e.g.",
        "i.e.",
        "v.",
        "vs.",
        "art.",
        "para.",
        "cf.",
        "et",
        "al.",
        "approx.",
        "dept.",
        "ave.",
        "blvd.",
        "fl.",
        "jan.",
        "feb.",
        "mar.",
        "apr.",
        "jun.",
        "jul.",
        "aug.",
        "sep.",
        "sept.",
        "oct.",
        "nov.",
        "dec.",
        "p.c.",
        "s.a.",
        "b.v.",
        "n.v.",
    ]
)
_INITIALS = rule(
    "nlp.initials",
    r"^(?:[A-Za-z]\.)+$",
    reads="a token ending in a full stop: initials ('N.A.', 'U.S.'), no sentence end",
    matches=["N.A.", "U.S.", "p."],
    rejects=["Inc.", "N.A", "hereof."],
    mode="match",
)
_SECTION_NUMBER = rule(
    "nlp.section_number",
    r"^\d+(?:\.\d+)*\.?(?:\([a-z0-9]+\))*$",
    reads="a token ending in a full stop: a section number ('2.01.', '12.'), no sentence end",
    matches=["2.01.", "3.2.1.", "12."],
    rejects=["Section.", "2.01.a", "(a)."],
    mode="match",
)
#: One capital letter before a full stop: an initial ("J. Michael Redmond").
_INITIAL = rule(
    "nlp.initial",
    r"[A-Z]",
    reads="the token before a full stop: a single capital letter, an initial",
    matches=["J", "M"],
    rejects=["Inc", "j", "JM"],
    mode="fullmatch",
)


def _ends_sentence(token_text: str, prev_text: str) -> bool:
    if token_text in ("?", "!"):
        return True
    if token_text == ".":
        return (prev_text + ".").lower() not in ABBREVIATIONS and not _INITIAL.fullmatch(prev_text)
    if len(token_text) > 1 and token_text.endswith("."):
        low = token_text.lower()
        return not (
            low in ABBREVIATIONS or _INITIALS.match(token_text) or _SECTION_NUMBER.match(token_text)
        )
    return False


@Language.component("legal_sentencizer", assigns=["token.is_sent_start"], retokenizes=False)
def legal_sentencizer(doc: Doc) -> Doc:
    """Mark sentence starts the way legal drafting needs (see the module docstring).

    The starts are computed over plain token texts and written in one ``Doc.from_array``:
    setting ``Token.is_sent_start`` one token at a time checks the whole document's parse
    annotation on every call, which is quadratic on a 400 KB credit agreement."""
    texts = [t.text for t in doc]
    spaces = [t.is_space for t in doc]
    trailing = [t.whitespace_ for t in doc]
    starts = numpy.zeros((len(texts), 1), dtype="int64")
    for i, text in enumerate(texts):
        if i == 0:
            starts[i, 0] = 1
            continue
        if spaces[i]:
            starts[i, 0] = -1
            continue
        prev = i - 1
        blank_line = (spaces[prev] and texts[prev].count("\n") >= 2) or trailing[prev].count(
            "\n"
        ) >= 2
        p = prev if not spaces[prev] else max(i - 2, 0)
        before = texts[p - 1] if p >= 1 else ""
        ended = _ends_sentence(texts[p], before)
        starts_upper = text[:1].isupper() or text[:1] in '"“(' or text[:1].isdigit()
        starts[i, 0] = 1 if blank_line or (ended and starts_upper) else -1
    if len(texts):
        # -1 (not a start) stored as uint64, the array type spaCy expects
        doc.from_array([SENT_START], starts.astype("uint64"))  # type: ignore[arg-type]
    return doc


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process-wide pipeline (built on first use, never at import time)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("legal_sentencizer")
    return nlp


def parse(text: str, start: int = 0, end: int | None = None) -> Doc:
    """A parsed region; token offsets are relative to ``start``."""
    return get_nlp()(text[start : len(text) if end is None else end])


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` as offsets into ``text``, whitespace trimmed."""
    doc = parse(text, start, end)
    out = []
    for sent in doc.sents:
        s = sent.start_char + start
        e = sent.end_char + start
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
