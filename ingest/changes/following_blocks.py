"""Definition blocks under a lead-in that names no definition: "Section 1.01 is amended by
restating the following in their entirety:", "Article 1 of the Lease is amended by adding the
following at the end thereof:", "... (b) by restating the following in their entirety:" then
whole definitions. The verb before "the following" says what happens to each definition of
the block (``add``, ``replace``); the section that holds them changes no further.

A block whose first paragraph is no definition ("by adding the following at the end
thereof: "; provided that ..."") is words of the section, read as before; so is "the
following sentence", "the following new clause (e)" or any other part named after "the
following".
"""

from __future__ import annotations

import re

from ingest.changes.definitions import block_definitions, opens_definition
from ingest.changes.instructions import BY_ITEM
from ingest.changes.quotes import QUOTED
from ingest.changes.targets import NUM, Target, named_agreement
from ingest.changes.term_meanings import TermMeaning
from ingest.changes.wording import block_after_colon, unquote
from ingest.list_labels import Paragraphs
from ingest.rules import passage, rule

#: A part named after "the following": then it is that part, not whole definitions.
_PART_NAMED = (
    r"(?:new\s+)?(?:sentences?|clauses?|provisos?|(?:sub)?paragraphs?|(?:sub)?sections?"
    r"|words?|text|language|phrases?|schedules?|exhibits?|articles?|items?|rows?|tables?"
    r"|definitions?|defined|terms?|amendments?)\b"
)
#: The subject of a passive "are hereby deleted": "The following, as set forth in Section
#: 1.1 of the Credit Agreement, ".
_FOLLOWING_SUBJECT = re.compile(
    rf"\b(?:the\s+)?following\b(?!\s+{_PART_NAMED})(?:[^.;:]|\.(?=\d)){{0,150}}$",
    re.IGNORECASE,
)
FOLLOWING_BLOCK = rule(
    "changes.following_block",
    r"\b(?P<verb>add(?:ing)?|insert(?:ing)?|restat(?:e|ing)|replac(?:e|ing)|substitut(?:e|ing))"
    r"(?:\s+(?:thereto|therein|thereof))?"
    # (the place before "the following": "by adding at the end thereof the following:")
    r"(?:\s+at\s+the\s+end\s+(?:thereof|of\s+such\s+Section))?"
    r"\s*,?\s+(?:each\s+of\s+)?the\s+following\b"
    rf"(?!\s+{_PART_NAMED})"
    # (or after it, by a term: "the following immediately after "Applicable Margin":")
    rf"(?:\s+(?:immediately\s+)?(?:after|before|following)\s+{QUOTED})?"
    r"[^:;.\"“]{0,120}:\s*$",
    re.IGNORECASE,
    reads="an operative clause on a section, up to its colon: whole wordings put in under "
    "'the following' with no part named, whose verb says what happens to each",
    matches=[
        passage("is amended by restating the following in their entirety:", verb="restating"),
        passage("is amended by adding the following at the end thereof:", verb="adding"),
        passage("is amended by adding at the end thereof the following:", verb="adding"),
        passage(
            'is amended by inserting the following immediately after "Applicable Margin":',
            verb="inserting",
        ),
        passage(
            "by amending and restating the following in their entirety to read as follows:",
            verb="restating",
        ),
        passage("and (b) by inserting the following:", verb="inserting"),
    ],
    rejects=[
        "is amended by adding the following sentence at the end thereof:",
        "is amended by inserting the following new clause (e):",
        "is amended by restating the following definitions in their entirety:",
        "is amended by adding the following at the end thereof: provided",
    ],
)


#: The passive of the same with "the following" as its subject: "Each of the following, as set
#: forth in Section 1.1, is hereby amended and restated in its entirety:".
PASSIVE_FOLLOWING = rule(
    "changes.passive_following",
    r"^(?:is|are|shall\s+be),?\s+(?:hereby\s+)?(?P<verb>amended\s+and\s+restated|restated"
    r"|replaced|added|inserted)\b[^:;.\"“]{0,120}:\s*$",
    re.IGNORECASE,
    reads="an operative clause whose subject is 'the following', up to its colon: whole "
    "wordings restated or added",
    matches=[
        passage("is hereby amended and restated in its entirety:", verb="amended and restated"),
        passage("are hereby added in the appropriate alphabetical order:", verb="added"),
    ],
    rejects=["is hereby amended by adding the following:", "are hereby deleted:"],
)


def following_definitions(
    text: str, subject: str, predicate: str, colon: int | None, end: int
) -> str | None:
    """The action on each definition of the block after ``colon`` when the clause puts in
    "the following" whole (``add`` or ``replace``), or has it as the subject of a passive
    ("Each of the following ... is hereby amended and restated"), and the block opens with a
    definition; else None."""
    if colon is None:
        return None
    m = FOLLOWING_BLOCK.search(predicate)
    if m is None and _FOLLOWING_SUBJECT.search(subject):
        m = PASSIVE_FOLLOWING.search(predicate)
    if m is None or not opens_definition(text, colon + 1, end):
        return None
    return "add" if m["verb"].lower().startswith(("add", "insert")) else "replace"


def cut_at_by_item(text: str, block: tuple[int, int] | None) -> tuple[int, int] | None:
    """A block of definitions ended before a line that opens the next item of its sentence
    ("and (b) by restating the following in their entirety:", "and by deleting therefrom the
    following:"), which says what happens to the definitions below it."""
    if block is None:
        return None
    for m in BY_ITEM.finditer(text, block[0], block[1]):
        line = text.rfind("\n", block[0], m.start())
        if line > block[0] and re.fullmatch(r"\s*(?:(?:and|or)\s+)?", text[line : m.start()]):
            return block[0], line
    later = AND_BY_LINE.search(text, block[0], block[1])
    if later is not None and later.start() > block[0]:
        return block[0], later.start()  # "and by deleting therefrom the following:"
    return block


#: "by deleting the following in their entirety:", or "The following ... are hereby deleted:"
#: after its subject: a list of quoted terms follows, each definition deleted.
DELETES_FOLLOWING = rule(
    "changes.deletes_following",
    r"(?:\b(?:delet(?:e|ing)|strik(?:e|ing))(?:\s+(?:therefrom|thereof|therein))?\s+(?:each\s+of\s+)?"
    rf"the\s+following\b(?!\s+{_PART_NAMED})"
    r"|^(?:is|are|shall\s+be),?\s+(?:hereby\s+)?(?:deleted|stricken|removed))"
    r"[^:;.\"“]{0,120}:\s*$",
    re.IGNORECASE,
    reads="an operative clause on a section, up to its colon: 'the following' deleted, with "
    "no part named",
    matches=[
        "is amended by deleting the following in their entirety:",
        "are hereby deleted in their entirety:",
        "and by deleting therefrom the following:",
    ],
    rejects=[
        "is amended by deleting the following sentence:",
        "is amended by deleting the following definitions:",
        "are hereby deleted and replaced with the following: provided",
    ],
)
#: A list of quoted terms only, one to a line or run together: '"A";', '"B"; and', '"C".'.
_TERM_LIST = re.compile(rf"(?:\s*{QUOTED}[ \t]*[,;.]?[ \t]*(?:(?:and|or)\b)?)+[ \t]*(?:\n|\Z)")


def deletes_listed_terms(
    text: str, subject: str, predicate: str, colon: int | None, end: int
) -> bool:
    """Whether a clause deletes "the following" and what follows its colon is a list of
    quoted terms and nothing else, up to the next paragraph: each one's definition goes."""
    if colon is None:
        return False
    m = DELETES_FOLLOWING.search(predicate)
    passive = m is not None and m.group().lower().startswith(("is", "are", "shall"))
    return (
        m is not None
        and (not passive or _FOLLOWING_SUBJECT.search(subject) is not None)
        and _TERM_LIST.match(text, colon + 1, end) is not None
    )


#: "the following terms shall have the following meanings": each definition of the block
#: given anew, whatever verb of amending comes before ("is amended so that ...").
MEANINGS_GIVEN = rule(
    "changes.meanings_given",
    r"\bfollowing\s+(?:defined\s+)?terms\b[^:;.]{0,150}?\b(?:shall|will)\s+(?:hereafter\s+)?"
    r"have\s+the\s+following\s+(?:respective\s+)?meanings?\b",
    re.IGNORECASE,
    reads="a lead-in over a block of definitions: the terms given the meanings below",
    matches=[
        "is amended so that the following terms shall have the following meanings:",
        "the following terms used in the Lease shall have the following respective meanings:",
    ],
    rejects=["the following terms shall be added", "each term shall have the meaning"],
)
#: "by restating the following terms in their entirety:", "by amending and restating the
#: following definitions:": each definition of the block given anew, whole.
TERMS_RESTATED = rule(
    "changes.terms_restated",
    r"\brestat(?:e|es|ed|ing)\s+(?:in\s+(?:its|their)\s+(?:respective\s+)?entiret(?:y|ies)\s+)?"
    r"(?:each\s+of\s+)?the\s+following\s+(?:defined\s+)?(?:terms|definitions)\b"
    # "by deleting the following definitions in their entirety and replacing them with the
    # following:": each one given anew
    r"|\b(?:delet|strik)(?:e|es|ed|ing)\s+(?:each\s+of\s+)?the\s+following\s+(?:defined\s+)?"
    r"(?:terms|definitions)\b[^:;.]{0,60}?\band\s+(?:by\s+)?(?:replacing|substituting"
    r"|inserting\s+in\s+(?:lieu|place)\s+thereof)\b",
    re.IGNORECASE,
    reads="a lead-in over a block of definitions: the terms below restated, each one replaced",
    matches=[
        "is further amended by restating the following terms in their entirety:",
        "is amended by amending and restating each of the following definitions to read:",
        "by amending and restating in their respective entireties the following definitions:",
        "by deleting the following definitions in their entirety and replacing them with the "
        "following:",
    ],
    rejects=[
        "is amended by adding the following terms:",
        "is amended by restating the following sentence:",
        "is amended by deleting the following definitions in their entirety:",
    ],
)
#: The same lead-in with no verb of amending, naming the agreement whose terms it gives anew
#: ("the following terms defined in Section 1.1 of the Loan Agreement shall have the
#: following meanings:"); one that names none gives the amendment's own definitions.
MEANINGS_OF_AGREEMENT = rule(
    "changes.meanings_of_agreement",
    r"\b(?:the\s+)?following\s+(?:defined\s+)?terms\s*,?\s+(?:as\s+)?(?:defined|used|contained"
    r"|set\s+forth)\s+(?:in|throughout)\s+(?:(?:Section|Article)\s+[\w.()]+\s+of\s+)?"
    r"(?:the|said)\s+(?P<name>(?-i:[A-Z][\w\-]*)(?:\s+(?-i:[A-Z][\w\-]*)){0,4}),?\s+"
    r"(?:shall|will)\s+(?:hereafter\s+)?have\s+the\s+following\s+(?:respective\s+)?meanings?"
    r"[^:;.]{0,80}:",
    re.IGNORECASE,
    reads="an amendment's body: a lead-in, with no verb of amending, that gives terms of the "
    "agreement it names the meanings below",
    matches=[
        passage(
            "the following terms defined in Section 1.1 of the Loan Agreement shall have the "
            "following meanings:",
            name="Loan Agreement",
        ),
        passage(
            "the following terms used in the Lease shall have the following respective meanings:",
            name="Lease",
        ),
    ],
    rejects=[
        "In addition, the following terms shall have the following meanings:",
        "the following terms used in this Amendment shall have the following meanings:",
    ],
)


def meanings_blocks(
    text: str, masked: str, pars: Paragraphs, start: int, end: int
) -> list[TermMeaning]:
    """Each definition given anew under a lead-in with no verb of amending that names the
    agreement ("the following terms used in the Lease shall have the following meanings:"),
    restated."""
    out: list[TermMeaning] = []
    for m in MEANINGS_OF_AGREEMENT.finditer(masked, start, end):
        colon = m.end() - 1
        if not opens_definition(text, colon + 1, end):
            continue
        block = block_after_colon(pars, masked, colon, m.start(), end, whole=True)
        for term, span in block_definitions(pars, block) if block else []:
            out.append(
                TermMeaning(
                    term, span, "replace", (m.start(), m.end()), unquote(text, *span), m["name"]
                )
            )
    return out


#: A later item of a definitions lead-in, on a line of its own after the block the first item
#: introduces: "and by deleting therefrom the following:" then its terms.
AND_BY_LINE = rule(
    "changes.and_by_line",
    r"(?m)^[ \t]*(?P<at>and\s+by\s+(?P<verb>deleting|striking|inserting|adding|restating"
    r"|amending\s+and\s+restating|replacing))\s+(?:(?:therefrom|thereto|therein)\s+)?"
    rf"(?:each\s+of\s+)?the\s+following\b(?!\s+{_PART_NAMED})[^:;.\"“]{{0,120}}:",
    re.IGNORECASE,
    reads="a block of definitions an operative clause introduces: a line that opens the "
    "clause's next instruction on 'the following'",
    matches=[
        passage("     and by deleting therefrom the following:", verb="deleting"),
        passage("and by adding thereto the following in alphabetical order:", verb="adding"),
    ],
    rejects=[
        "Section 1.1 is amended by deleting therefrom the following:",
        "and by deleting the following sentence: provided",
    ],
)


#: An item of a list of terms deleted, on a paragraph of its own: its label, its quoted term,
#: perhaps a trailing phrase ('(b) "Canadian Sublimit", its definition and each reference
#: thereto;'), never a clause that changes or defines the term itself.
LISTED_TERM_ITEM = rule(
    "changes.listed_term_item",
    r"[ \t]*(?:\((?:[a-z]{1,4}|\d{1,2})\)|(?:[a-z]{1,3}|\d{1,2})[.)])[ \t]+"
    rf"{QUOTED}(?![^\n]{{0,60}}\b(?:is|are|shall|means?|has)\b)",
    re.IGNORECASE,
    reads="a list of definitions deleted: a later item, a labelled quoted term on its own line",
    matches=[
        '     (b) "Canadian Revolving Loans", together with the Schedule referred to therein;',
        '(iii) "Acquisition Loan Note".',
    ],
    rejects=[
        '(b) "Applicable Margin" is amended by deleting "2.00%" and substituting "2.25%".',
        '(c) "Sanctions" means economic sanctions administered by OFAC.',
        "(d) Section 6.4 is hereby deleted.",
    ],
    mode="match",
)


def listed_terms_end(pars: Paragraphs, end: int) -> int:
    """The end of a list of deleted terms one to a paragraph, read on past ``end`` (where the
    wording of the lead-in stopped, its next item taken for one of an outer list: "(a) The
    following definitions ... are hereby deleted:" then "(a) "A", ...;" and "(b) "B"")
    over the paragraphs right after it that are labelled quoted terms and nothing else."""
    for s, e in pars.spans:
        if e <= end:
            continue
        if not (LISTED_TERM_ITEM.match(pars.text, s, e) and pars.text[end:s].strip() == ""):
            break
        end = e
    return end


#: "The following Sections of the Loan Agreement are hereby deleted in their entirety:", "by
#: deleting the following Sections:": the numbered parts listed after the colon each go.
SECTIONS_DELETED = rule(
    "changes.following_sections_deleted",
    r"\bfollowing\s+(?P<kind>(?:sub)?sections|clauses|paragraphs|articles)\b"
    r"(?:[^:;.]|\.(?=\d)){0,120}?\b(?:are|shall\s+be)\s+(?:hereby\s+)?(?:deleted|stricken|removed)"
    r"\b[^:;.]{0,60}:"
    r"|\b(?:deleting|striking)\s+(?:each\s+of\s+)?the\s+following\s+"
    r"(?P<kind2>(?:sub)?sections|clauses|paragraphs|articles)\b[^:;.]{0,80}:",
    re.IGNORECASE,
    reads="a lead-in over a list of numbered parts, each deleted",
    matches=[
        "The following Sections of the Loan Agreement are hereby deleted in their entirety:",
        "is amended by deleting the following Sections in their entirety:",
    ],
    rejects=[
        "The following Sections of the Loan Agreement are hereby amended as follows:",
        "The following definitions are hereby deleted in their entirety:",
    ],
)
#: One item of such a list: '(ii) Section 6.15,', 'Section 7.4 (Sale-Leasebacks); and'.
_SECTION_ITEM = re.compile(
    rf"\s*(?:\((?:[a-z]{{1,4}}|\d{{1,2}})\)\s*)?(?:(?:sub)?Section|Article|clause|paragraph)\s+"
    rf"(?P<num>{NUM})(?:\s*\([A-Z][^()\n]{{0,60}}\))?\s*(?:[,;]\s*)?(?:(?:and|or)\s+)?",
    re.IGNORECASE,
)


def deleted_sections(
    masked: str, start: int, until: int, end: int
) -> tuple[list[Target], str | None]:
    """The parts a lead-in between ``start`` and ``until`` that deletes "the following
    Sections" lists after its colon, each a target, and the agreement the lead-in names ("of
    the Credit Agreement"); none unless the list holds nothing but their numbers, up to its
    full stop."""
    lead = SECTIONS_DELETED.search(masked, start, until)
    if lead is None:
        return [], None
    out: list[Target] = []
    at = lead.end()
    while (m := _SECTION_ITEM.match(masked, at, end)) is not None and m.end() > at:
        out.append(Target(re.sub(r"\s+", "", m["num"]).rstrip("."), None, m.span("num")))
        at = m.end()
    if not (out and re.match(r"\s*(?:\.|\Z)", masked[at : min(end, at + 3)])):
        return [], None
    return out, named_agreement(
        masked, lead.end("kind") if lead["kind"] else lead.end(), lead.end()
    )
