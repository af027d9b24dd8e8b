"""References a section holds: a clause that changes the words of a reference ("the reference
in Section 8.1 ... to "June 30, 2005" is hereby changed to ...", "all references to
"$10,000,000" in Section 2.1 are replaced with "$15,000,000"") changes that section in part,
and a section named as the words a reference holds is no target.

Vocabulary:
- *holder*: the section whose text holds the reference ("in Section 8.1", "Section 2.8.3's").
- *held words*: what the reference reads, before its new words ("to "June 30, 2005"").
- *part named after its holder*: "In Section 3.4 of the Agreement, clause (b) is amended ...":
  the part of the section that changes, named after a comma.
"""

from __future__ import annotations

import re

from ingest.changes.targets import TARGET, Target, targets_at
from ingest.rules import passage, rule

#: "the reference in Section 8.1", "all references contained in Section 2.4": the section
#: holds the reference a clause changes.
REFERENCE_IN = rule(
    "changes.reference_in",
    r"\breferences?\s+(?:contained\s+|appearing\s+)?in\s+$",
    re.IGNORECASE,
    reads="the subject of an operative clause, right before a section: the reference it holds",
    matches=["The reference in ", "all references contained in "],
    rejects=["as set forth in ", "the references to "],
)
#: From the section to the operative words: "of the Loan Agreement to "June 30, 2005" ",
#: "'s reference to a maturity date ".
REFERENCE_GAP = rule(
    "changes.reference_gap",
    r"(?:['’]s\s+references?\s+|[^;:]{0,120}?\s)to\s+[^;:]{1,160}?\s*",
    re.IGNORECASE,
    reads="the subject of an operative clause, after the section holding a reference: the "
    "words the reference holds",
    matches=[' of the Loan Agreement to "June 30, 2005" ', "'s reference to a maturity date "],
    rejects=[" of the Loan Agreement ", ": to "],
    mode="fullmatch",
)
#: "the reference in Section 8.1 of the Loan Agreement to": what follows is the words held.
REFERENCE_BEFORE = rule(
    "changes.reference_before",
    r"\breferences?\s+(?:in|to)\b[^;:]{0,160}?\bto\s+$",
    re.IGNORECASE,
    reads="the subject of an operative clause, before quoted words: a reference holding them",
    matches=["the reference in Section 8.1 of the Loan Agreement to "],
    rejects=["Section 8.1 is amended to ", "the reference in Section 8.1; to "],
)
#: "All references to "$10,000,000" in Section 2.1 ... are replaced with": the clause's subject
#: is the words a section holds, which it changes in part whatever its verb says.
REFERENCES_SUBJECT = rule(
    "changes.references_subject",
    # (after an item's label, a number, a letter or a bullet)
    r"\s*(?:\d{1,2}\.\s+|\([a-z0-9]{1,4}\)\s+|[•·▪\-–—*]\s+)?(?:each\s+of\s+)?(?:all|each|any|the)\s+"
    # ("The dollar amount "$2,000,000" appearing in Section 7.3(a) is hereby replaced with")
    r"(?:(?:dollar|numerical|numeric)\s+)?"
    r"(?:references?|words?|phrases?|figures?|amounts?|numbers?|dates?|percentages?)\s+"
    r"(?:to\s+|of\s+)?[\"“$\d]",
    re.IGNORECASE,
    reads="the subject of an operative clause: the words a section holds, changed in part",
    matches=[
        'All references to "$10,000,000" in Section 2.1 are replaced with "$15,000,000".',
        'The date "March 31, 2007" appearing in Section 9.1(b) is hereby replaced with',
        'the percentage "2.50%" in Section 2.6 is replaced with "2.25%"',
        '(b) the words "ninety days" in Section 5.2 are replaced by "sixty days"',
        'each reference to "June 30" in Section 7 is replaced with "July 31"',
        'The dollar amount "$2,000,000" appearing in Section 7.3(a) is hereby replaced with',
        'the numerical figure "45" in Section 3 is changed to "60"',
        '• the words "thirty (30)" in Section 11.2 are replaced with "forty-five (45)"',
    ],
    rejects=[
        "Section 2.1 is replaced in its entirety",
        "All references to the Loan Agreement in the Loan Documents shall mean",
        "the definition of Amount is replaced",
    ],
    mode="match",
)


def reference_held(masked: str, clause_from: int, tm: re.Match[str], a_start: int) -> bool:
    """Whether the section ``tm`` names holds the reference the clause changes."""
    before = REFERENCE_IN.search(masked, max(clause_from, tm.start() - 40), tm.start())
    possessive = masked[tm.end() : tm.end() + 2] in ("'s", "’s")
    return bool((before or possessive) and REFERENCE_GAP.fullmatch(masked, tm.end(), a_start))


def changes_held_words(masked: str, clause_from: int, a_start: int) -> bool:
    """Whether the clause's subject is words a provision holds ("all references to "X" in
    Section 2.1"), so that replacing them changes the provision in part."""
    return (
        REFERENCES_SUBJECT.match(masked, clause_from, a_start) is not None
        or held_first(masked, clause_from, a_start) is not None
        or any(t.term for t in part_first(masked, clause_from, a_start))
    )


#: "In Section 5.2 of the Agreement, the words ...", "In the definition of "EBITDA", each
#: reference to ...": the provision that holds the words, named first.
_IN_HOLDER = rule(
    "changes.in_holder",
    r"\s*(?:\d{1,2}\.\s+|\([a-z0-9]{1,4}\)\s+)?In\s+(?=(?:sub)?Sections?\s|§|Clause\s\d"
    r"|(?:the\s+)?definitions?\s+of\s)"
    # "In each of the definitions of "A" and "B", the words ...": each holds the words
    r"|\s*(?:\d{1,2}\.\s+|\([a-z0-9]{1,4}\)\s+)?In\s+each\s+of\s+(?=the\s+definitions\s+of\s)",
    reads="the opening of an operative clause: 'In' before the provision holding the words it "
    "changes",
    matches=[
        'In Section 5.2 of the Agreement, the words "annual" are replaced',
        '(b) In the definition of "EBITDA", the reference to "10%" is changed',
        'In each of the definitions of "Base Rate" and "LIBOR", the words "Page 3750" are',
    ],
    rejects=["In consideration of the premises", "In the event that Section 5.2 is amended"],
    mode="match",
)
#: From that provision to the operative words: the agreement it belongs to, a comma, and the
#: words held ("the words "annual"", "each reference to "$5,000,000"").
_HELD_WORDS_AFTER = rule(
    "changes.held_words_after",
    r"(?:\s+(?:of|to)\s+(?:the\s+|this\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)?\s*,\s*"
    r"(?:(?:each\s+of\s+)?(?:all|each|any|the)\s+(?:references?|words?|phrases?|figures?|amounts?"
    r"|numbers?|dates?|percentages?|text)\s+(?:to\s+|of\s+)?[\"“$\d][^;:]{0,200}?\s*"
    # (or the quoted words alone, an amount, a number or words in lower case, never a defined
    # term: 'In Section 6.4, "$250,000" is replaced by "$400,000"')
    r"|[\"“](?=[$\d]|[a-z])[^\"”\n]{1,120}[\"”]\s*)",
    reads="an operative clause opening 'In Section 5.2': the words held, up to the operative "
    "phrase",
    matches=[
        ' of the Agreement, the words "Chief Executive Officer" ',
        ', each reference to "$5,000,000" ',
        ', "$250,000" ',
        ' of the Agreement, "thirty (30) days" ',
    ],
    rejects=[" of the Agreement ", ', the Borrower "shall" ', ', "Applicable Margin" '],
    mode="fullmatch",
)
#: The words right before quoted words that make them the text a provision holds, not a
#: defined term: "the words "X"", "the figure "$5,000,000"".
QUOTED_WORDS_BEFORE = rule(
    "changes.quoted_words_before",
    r"\b(?:words?|phrases?|text|figures?|numbers?|amounts?|dates?|percentages?)\s+$",
    re.IGNORECASE,
    reads="the subject of an operative clause, right before quoted words: words, not a term",
    matches=["the words ", "the figure "],
    rejects=["the definition of ", "The "],
)


#: From the section an "In Section 3.4 ..." clause opens with to its operative words: the
#: agreement, a comma and the lettered part of that section that changes.
_PART_AFTER = rule(
    "changes.part_after_holder",
    r"(?:\s+(?:of|to)\s+(?:the\s+|this\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)?\s*,\s*"
    r"(?:sub)?(?:clause|paragraph|section)\s+(?P<sub>(?:\([a-zA-Z0-9]{1,5}\))+)"
    r"(?:\s+thereof)?\s*",
    reads="an operative clause opening 'In Section 3.4': the part of the section that changes, "
    "up to the operative phrase",
    matches=[
        passage(" of the Credit Agreement, clause (b) ", sub="(b)"),
        passage(", subsection (c)(ii) ", sub="(c)(ii)"),
    ],
    rejects=[" of the Agreement, the words ", ", clause (b) and the Borrower "],
    mode="fullmatch",
)


def part_first(masked: str, clause_from: int, a_start: int) -> list[Target]:
    """The part a clause opening "In Section 3.4 of the Agreement, clause (b) is amended ..."
    changes: 3.4(b); or the definition whose part it changes ("In the definition of "X" in
    Section 1.1, clause (b) is deleted": "X", changed in part)."""
    lead = _IN_HOLDER.match(masked, clause_from, a_start)
    tm = TARGET.match(masked, lead.end(), a_start) if lead else None
    held = tm is not None and (tm["nums"] or tm["terms"])
    part = _PART_AFTER.fullmatch(masked, tm.end(), a_start) if tm and held else None
    if tm is None or part is None:
        return []
    if tm["terms"]:
        return [t for t in targets_at(masked, tm) if t.term]
    return [
        Target(t.section + part["sub"], None, t.span) for t in targets_at(masked, tm) if t.section
    ]


def held_first(masked: str, clause_from: int, a_start: int) -> re.Match[str] | None:
    """The provision (its ``TARGET`` match) a clause opening "In Section 5.2 ..., the words
    "X" are replaced ..." changes in part, where it opens that way."""
    lead = _IN_HOLDER.match(masked, clause_from, a_start)
    tm = TARGET.match(masked, lead.end(), a_start) if lead else None
    if tm is None or not _HELD_WORDS_AFTER.fullmatch(masked, tm.end(), a_start):
        return None
    return tm


#: "The Note is hereby amended by deleting the date "March 1, 2007" appearing in Section 1
#: thereof and inserting ...": after an agreement's "amended by deleting", the quoted words and
#: the provision that holds them, named after them; or after "amended so that", the term whose
#: value that provision states ("the Base Rent set forth in Section 4.1").
_WORDS_HELD_IN = rule(
    "changes.words_held_in",
    r"(?:(?:the\s+(?:words?|phrases?|figures?|amounts?|numbers?|dates?|percentages?|text)\s+)?"
    r"[\"“][^\"”\n]{1,200}[\"”]\s+(?:(?:appearing|contained|set\s+forth|used|found)\s+)?"
    # ("The Lease is amended so that the Base Rent set forth in Section 4.1 is reduced to"): a
    # capitalised term whose value a provision states, named with it
    r"|the\s+(?-i:(?:[A-Z][a-z]+\s+){1,3})(?:set\s+forth|stated|specified|provided\s+for)\s+)"
    r"in\s+(?=(?:the\s+)?(?:(?:sub)?Sections?|§|(?:sub)?paragraphs?|Article|clause)\s)",
    re.IGNORECASE,
    reads="an agreement's operative clause after 'amended by deleting': the quoted words and "
    "the 'in' before the provision that holds them",
    matches=[
        passage(
            'the date "March 1, 2007" appearing in Section 1 thereof',
            match='the date "March 1, 2007" appearing in ',
        ),
        passage('"$500,000" in Paragraph 3 of the Note', match='"$500,000" in '),
        passage(
            "the Base Rent set forth in Section 4.1 of the Sublease is reduced",
            match="the Base Rent set forth in ",
        ),
        passage(
            "the Interest Rate stated in Section 2 of the Note shall be",
            match="the Interest Rate stated in ",
        ),
    ],
    rejects=[
        '"$500,000" and inserting',
        'the words "ten days" each place they appear',
        "the rent set forth in Section 4.1",
        "the Base Rent in the amount set forth in Section 4.1",
    ],
    mode="match",
)


def holder_after_words(masked: str, pos: int, limit: int) -> list[Target]:
    """The provision holding quoted words an agreement's operative clause deletes, named right
    after them ("by deleting the date "X" appearing in Section 1 thereof": Section 1), or the
    term whose value it states ("so that the Base Rent set forth in Section 4.1 ...": 4.1)."""
    held = _WORDS_HELD_IN.match(masked, pos, limit)
    tm = TARGET.match(masked, held.end(), limit) if held else None
    return targets_at(masked, tm) if tm and tm["nums"] else []
