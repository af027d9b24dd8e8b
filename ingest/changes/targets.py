"""What an operation changes, as the text names it: "Section 3.02", "Sections 8.2(b) and (c)",
"clauses (a) through (d) of Section 7.1", "the definition of "Maturity Date"", "Schedule
2.01", "the maturity date of the Note"; read into :class:`Target` records, with the agreement
named after them ("of the Credit Agreement").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.changes.bare_terms import BARE_TERM
from ingest.changes.everywhere import EVERYWHERE
from ingest.changes.quotes import QUOTED, quoted_term
from ingest.rules import rule

#: A section number and its lettered parts ("7.1(b)(iv)"); a parenthesised word after it is
#: its heading ("Section 9.2 (Liens)"), not a part. Some banks' forms number a section by its
#: article and a hyphen ("Section 10-2", "5-3(b)"); a hyphen after a dotted number is a range
#: ("Sections 5.1-5.3"), not one number.
NUM = (
    r"\d+(?:-\d{1,3}(?!\d|\.\d)|(?:\.\d+)*)[A-Z]?"
    r"(?:\s?\((?i:[a-z]{1,2}|[ivxl]{1,6}|\d{1,2})\))*"
)
#: ("Section 6.1 and Section 6.2": the word said again before each number)
_NUM_LIST = (
    rf"{NUM}(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)"
    rf"(?:(?:(?:sub)?Sections?\s+|§\s*)?{NUM}|\([a-zA-Z0-9]{{1,5}}\)))*"
)
_ROMAN_OR_NUM = r"(?:[IVXL]+|\d+)\b"
#: An attachment's name after its word: "A", "2.01", "5.15-1", "B(2)".
_ATT_ID = r"(?-i:[A-Z0-9])[A-Za-z0-9]*(?:[.\-][A-Za-z0-9]+)*(?:\([a-z0-9]{1,3}\))?"
#: A later name of such a list: short, so "Exhibit B and Borrower" lists no "Borrower".
_MORE_ID = r"(?-i:[A-Z]{1,2}|\d+)(?:[.\-][A-Za-z0-9]+)*(?:\([a-z0-9]{1,3}\))?"
#: Lettered parts, one or a list: "(b)", "(b)(iv)", "(c) and (d)", "(a), (b) and (e)".
_SUBS = r"(?:\([a-zA-Z0-9]{1,5}\))+(?:\s*(?:,\s*and|,|and|&)\s*(?:\([a-zA-Z0-9]{1,5}\))+)*"

#: The targets an operation names, tried at one position (the alternatives of one pattern).
TARGET = re.compile(
    r"(?<![A-Za-z])(?:the\s+)?(?:"
    # "Recital (C)", "Recital B": one lettered recital of the agreement
    r"(?-i:Recital)\s+(?P<recital>\((?-i:[A-Z])\)|(?-i:[A-Z])\b)|"
    # "the definition of "A" (and "B") (contained/set forth/appearing) in Section 1.1"
    rf"(?:definitions?|defined\s+terms?|(?<=the\s)terms?)\s+(?:of\s+)?(?:the\s+(?:defined\s+)?terms?\s+)?(?P<terms>{QUOTED}(?:\s*,?\s*(?:and\s+)?{QUOTED})*)"
    # (or the English "in Clause 1.1 (Definitions)"; or the attachment that holds a note
    # agreement's or a credit agreement's definitions, "in Schedule B", "in Annex A": the
    # definition changes, not the whole attachment)
    rf"(?:[^.;:]{{0,40}}?\bin\s+(?:(?:(?:sub)?Section|Clause)\s+(?P<defsec>{NUM})"
    rf"|(?:Schedule|Annex|Appendix|Exhibit)\s+{_ATT_ID}))?"
    # "the definition of Applicable Margin in Section 1.01 is": a term whose quotes (or bold)
    # a conversion lost, up to the section that holds it or the operative words
    rf"|definition\s+of\s+(?P<uterm>{BARE_TERM})(?=\s+(?:in|contained|set\s+forth|appearing"
    r"|is|shall)\s)(?:\s+(?:contained\s+|set\s+forth\s+|appearing\s+)?in\s+(?:sub)?Section\s+"
    rf"(?P<usec>{NUM}))?"
    # "Clauses (a) through (e) of Section 7.2.4": each of a run of lettered parts
    r"|(?:sub)?(?:sections?|clauses?|paragraphs?)\s+(?P<rfrom>\([a-z]\))\s+(?:through|to)\s+"
    rf"(?P<rto>\([a-z]\))\s+of\s+(?:sub)?Sections?\s+(?P<rnum>{NUM})"
    # "Sections 7.5 through 7.7": each section of a run
    r"|(?:(?:sub)?Sections?\s+|Clauses?\s+|§§?\s*)(?P<sfrom>\d+(?:\.\d+)*)\s+(?:through|to)\s+"
    r"(?:(?:sub)?Sections?\s+|Clauses?\s+|§\s*)?(?P<sto>\d+(?:\.\d+)*)(?![\d(]|\.\d)"
    # "clause (b) of Section 7.1", "Section(s) 3.02 (and 3.03(a))"
    rf"|(?:(?:sub)?(?:sections?|clauses?|paragraphs?)\s+(?P<sub>{_SUBS})\s+of\s+)?"
    # ("Sec. 4", "§ 5" and "§5": the abbreviations of leases and notes; "Clause 12.3" of a
    # facility agreement drafted the English way; "Paragraph 2" where what follows makes it
    # a provision changed, maybe after its heading: "deleting Paragraph 2 (Term) in its
    # entirety")
    rf"(?:(?:(?:sub)?Sections?|Secs?\.|Clauses?(?=\s+\d)|(?:sub)?paragraphs?(?!\s+[\w.()]+\s+of\s+(?:the\s+)?(?:Schedule|Exhibit|Annex|Appendix)\b)(?=\s+\d+\.\d|\s+\d+(?-i:[A-Z])?(?:\([a-z0-9]{{1,4}}\))*(?:\s+\((?-i:[A-Z])[^()\n]{{0,40}}\))?\s+(?:of\s+the\s+[A-Z]|is\b|are\b|shall\b|thereof\b|in\s+(?:its|their)\s+entirety\b)))"
    rf"\s+|§§?\s*)(?P<nums>{_NUM_LIST})"
    # "Subsection (j) thereof": a part of the section a lead-in names
    r"|(?:sub)?(?:sections?|clauses?|paragraphs?)\s+(?P<rel>(?:\([a-zA-Z0-9]{1,5}\))+)"
    # (or the item of a section's own list: "(a) Clause (c) is amended by ...")
    r"(?=\s+(?:thereof|therein|thereto|of\s+(?:such|said)\s+Section)\b"
    r"|\s+(?:is|are|shall\s+be),?\s+(?:hereby\s+)?(?:amended|deleted|replaced|restated)\b)"
    rf"|Article\s+(?P<art>{_ROMAN_OR_NUM})"
    # a quoted term as the subject: "The "Conversion Price" (as defined in the Note) is"
    rf"|(?P<qterm>{QUOTED})(?=\s*(?:\([^()]{{0,80}}\)\s*)?(?:,?\s*as\s+(?:defined|used)\s+in\s+(?:the\s+)?"
    r"(?-i:[A-Z][\w\-]*)(?:\s+(?-i:[A-Z][\w\-]*))*,?\s*)?(?:is|are|shall\s+be)\b)"
    # "Exhibits A and B", "Schedule 1 and Schedule 2": each attachment of a list
    rf"|(?P<att>Schedule|Exhibit|Annex|Appendix|Attachment)s?\s+(?P<attid>{_ATT_ID})"
    rf"(?P<attmore>(?:\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?P=att)\s+)?{_MORE_ID}(?![\w\-]))*)"
    # "The Maturity Date of the Note" (a capitalised term of an agreement)
    # (capitalised words, or a few in lower case: "that the" never starts a term)
    r"|(?P<cap>(?:(?-i:[A-Z][a-z]+\s+){0,3}|(?-i:[a-z]+\s+){0,2})"
    r"(?:Date|Rate|Price|Amount|Period|Percentage|Ratio|Fee"
    # (and a lease's: "the Base Rent is hereby increased to", "the Premises are hereby
    # expanded to include")
    r"|Limit|Commitment|Margin|Premium|Term|Rent|Premises))(?=\s+(?:of|under|(?:(?:set\s+forth|stated|specified)\s+)?in)"
    r"\s+(?:the|this|such|each)\s+[A-Z]"
    # "The Maturity Date (as defined in the Note) is", "the Conversion Price is hereby reduced"
    r"|\s*\((?:as\s+)?(?:such\s+term\s+is\s+)?defined\s+(?:in|under)\b[^()]{0,80}\)"
    r"|\s+(?:is|are|shall\s+be),?\s+hereby\b"
    # set to a stated value: "the Maturity Date shall be extended to June 30, 2024", "the
    # Interest Rate is changed to 12%" (not "extended to the next Business Day")
    r"|\s+(?:is|are|shall\s+be),?\s+(?:further\s+|accordingly\s+|correspondingly\s+)?"
    r"(?:extended|changed|increased|reduced"
    r"|decreased|amended)\s+(?:to|until|through|from)\s+(?-i:\$|\d|[A-Z][a-z]+\s+\d)"
    # "the Premises are expanded to include Suite 300": a lease's premises grow
    r"|\s+(?:are|is|shall\s+be)\s+expanded\s+to\s+include\b"
    # "amended to provide that the Maturity Date shall be June 30, 2023"
    r"|\s+(?:shall\s+be|is|will\s+be)\s+(?-i:\$|\d|[A-Z][a-z]+\s+\d)"
    # "to extend the Maturity Date to June 30, 2024", "increasing the Principal Amount to $X"
    r"|\s+(?:to|from)\s+(?-i:[A-Z][a-z]+\s+\d|\$|\d))"
    r")",
    re.IGNORECASE,
)
_CAP_OK = re.compile(r"^(?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+$")
#: The same words in lower case, naming a term of the agreement that follows ("the maturity
#: date of the Note", "the exercise price of the Warrants", "the interest rate set forth in
#: the Note").
_LOWER_TERM = re.compile(r"(?:[a-z]+\s+){0,2}[a-z]+")
_OF_AGREEMENT = re.compile(
    # ("the interest rate set forth in the Note is changed from 6.50% to 7.25%")
    r"\s+(?:of|under|(?:(?:set\s+forth|stated|specified|provided)\s+)?in)\s+"
    r"(?:the|this|such|each)\s+(?:[A-Z][\w\-]*\s+){0,4}"
    r"(?:Agreements?|Notes?|Warrants?|Debentures?|Indenture|Lease)\b"
)


_AGREEMENT_OF = re.compile(
    r"[^.;:]{0,60}?\b(?:of|to|in|under)\s+(?:the\s+|this\s+|such\s+)?"
    r"(?P<name>[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|of|and))*)"
)


#: What names a provision by its heading right before the quoted heading: "the paragraph
#: entitled", "the section of the Agreement headed", "Article captioned".
HEADING_CUE = rule(
    "changes.heading_named_provision",
    r"\b(?i:paragraph|section|clause|article|provision)s?"
    r"(?:\s+of\s+(?:the|this)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,4})?"
    r"\s+(?i:entitled|captioned|headed|titled)\s+\Z",
    reads="an operative clause, right before a quoted heading: the words that name a "
    "provision by its heading",
    matches=[
        "The paragraph entitled ",
        "The section of the Agreement headed ",
        "the Section captioned ",
    ],
    rejects=["the term ", "The definition of ", "the words entitled "],
)
#: How far before a quoted heading its cue may start ("the paragraph of the Loan Agreement
#: entitled ": the provision word, the agreement's title of up to five words, the cue word).
_HEADING_CUE_REACH = 120


@dataclass(frozen=True, slots=True)
class Target:
    section: str | None
    term: str | None
    span: tuple[int, int]  # the words naming it


def _section_numbers(m: re.Match[str]) -> list[str]:
    """The sections a list names: "Sections 8.2(b) and (c)" -> 8.2(b), 8.2(c)."""
    nums: list[str] = []
    for item in re.finditer(rf"{NUM}|\([a-zA-Z0-9]{{1,5}}\)", m["nums"]):
        n = re.sub(r"\s+", "", item.group())
        if n.startswith("(") and nums:
            n = re.sub(r"\([^()]*\)$", "", nums[-1]) + n
        if not n.startswith("("):
            nums.append(n)
    subs = re.findall(r"(?:\([a-zA-Z0-9]{1,5}\))+", m["sub"] or "") or [""]
    return [n + sub for n in nums for sub in subs]


_LONGEST_RUN = 30


def _section_run(first: str, last: str) -> list[str]:
    """Each section of a run: "7.5 through 7.7" -> 7.5, 7.6, 7.7; a run whose ends differ
    other than in their last number is its two ends."""
    *head, a = first.split(".")
    *head_to, b = last.split(".")
    if head != head_to or not 0 < int(b) - int(a) <= _LONGEST_RUN:
        return [first, last]
    prefix = "".join(h + "." for h in head)
    return [f"{prefix}{n}" for n in range(int(a), int(b) + 1)]


def targets_at(text: str, m: re.Match[str]) -> list[Target]:
    span = (m.start(), m.end())
    if m["recital"]:
        return [Target(f"Recital {m['recital']}", None, span)]
    if m["terms"]:
        if EVERYWHERE.match(text, m.end()):
            return []  # "the term "Fleet Bank" each place it appears": words, no definition
        terms = [quoted_term(t) for t in re.findall(QUOTED, m["terms"])]
        return [Target(m["defsec"], t, span) for t in terms if t]
    if m["uterm"]:
        return [Target(m["usec"], " ".join(m["uterm"].split()), span)]
    if m["rfrom"]:
        first, last = ord(m["rfrom"][1].lower()), ord(m["rto"][1].lower())
        if first >= last or {m["rfrom"][1].lower(), m["rto"][1].lower()} <= set("ivx"):
            return []  # "(i) through (v)" is a run of roman numerals, not of letters
        base = re.sub(r"\s+", "", m["rnum"])
        return [Target(f"{base}({chr(c)})", None, span) for c in range(first, last + 1)]
    if m["sfrom"]:
        return [Target(n, None, span) for n in _section_run(m["sfrom"], m["sto"])]
    if m["nums"]:
        return [Target(n, None, span) for n in _section_numbers(m)]
    if m["rel"]:
        return [Target(re.sub(r"\s+", "", m["rel"]), None, span)]
    if m["art"]:
        return [Target(f"Article {m['art']}", None, span)]
    if m["qterm"]:
        term = quoted_term(m["qterm"])
        if HEADING_CUE.search(text, max(0, m.start() - _HEADING_CUE_REACH), m.start()):
            # 'the paragraph entitled "Termination" is deleted': a provision named by its
            # heading, a section, not a defined term
            return [Target(term, None, span)] if term[:1].isupper() else []
        return [Target(None, term, span)] if term[:1].isupper() else []
    if m["att"]:
        more = re.sub(re.escape(m["att"]), "", m["attmore"] or "", flags=re.IGNORECASE)
        ids = [m["attid"], *re.findall(rf"{_MORE_ID}(?![\w\-])", more)]
        return [Target(f"{m['att'].title()} {i.rstrip('.')}", None, span) for i in ids]
    if m["cap"] and _CAP_OK.match(m["cap"]):
        return [Target(None, m["cap"], span)]
    if m["cap"] and _LOWER_TERM.fullmatch(m["cap"]) and _OF_AGREEMENT.match(text, m.end()):
        # "the maturity date of the Note is hereby extended": the term the note defines
        return [Target(None, " ".join(w.capitalize() for w in m["cap"].split()), span)]
    return []


_MONTH = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b"
)


#: "Exhibit E in the form attached to this Amendment is hereby added": where the target comes
#: from, the amendment itself, not the agreement it changes.
_ATTACHED_TO_THIS = re.compile(
    r"[^.;:]{0,80}?\b(?:attached|annexed)\s+(?:hereto|to\s+this\s+[A-Z][\w\-]*)"
)


def named_agreement(masked: str, after: int, until: int) -> str | None:
    """The agreement a target is said to belong to between it and its operative phrase ("of
    the Credit Agreement"), past where an attachment comes from ("attached to this
    Amendment")."""
    if (here := _ATTACHED_TO_THIS.match(masked, after, until)) is not None:
        after = here.end()
    m = _AGREEMENT_OF.match(masked, after, until)
    if not m:
        return None
    name = re.split(r"\s+(?:is|are|shall|hereby|be|which|as)\b", m["name"])[0].strip()
    if _MONTH.match(name):
        return None  # "to extend the Maturity Date to June 30, 2024": a date, no agreement
    return name if re.search(r"[A-Za-z]{3}", name) else None
