"""What an amendment changes: which provision of which agreement, how, and the new wording.

Vocabulary:
- *operation*: one clause that changes a provision: a *target* ("Section 3.02", "Sections 6.1
  and 6.2", "clause (b) of Section 7.1", "the definition of "Maturity Date" in Section 1.1",
  "Schedule 2.01", "The Maturity Date of the Note") and an *operative phrase* ("is hereby
  deleted in its entirety and replaced by the following", "is amended by deleting ... and
  inserting ...", or the active "the Lenders hereby amend the provisions of Section 4.16").
- *action*: ``replace`` (restated, deleted and replaced, amended to read), ``amend`` (changed in
  part), ``delete``, ``add`` (a new section or definition); see ``graph.schema.CHANGE_ACTIONS``.
- *new wording*: what the amendment says the provision now reads, an exact slice of the text:
  the block after "as follows:" (up to the next item of the same list), the quoted words of
  "inserting "..."", or the attached schedule or annex the operation names.
- *lead-in*: "the following definitions are added in the appropriate alphabetical order:"
  followed by several definitions, each of which is one ``add``; or "Section 6.04 is amended as
  follows:" followed by a list of instructions, each of which is one operation, while the
  lead-in itself changes nothing.
- *item*: one instruction of such a list, or of one sentence ("Section 1.01 is amended (a) by
  amending the definition of "X" ...; (b) by inserting ..."): it names its own part ("by
  deleting Section 7.4", "Subsection (j) thereof") or else changes what its lead-in names.
- *scope*: the stretch of text in which items take their subject from a lead-in or sentence.
- Not a change: a section named as the words a reference holds ("the reference to Section
  4.04(d) in Section 3.02(e) is changed": 3.02(e) changes), one mentioned on the way ("subject
  to Section 3 below"), or one a recital asks to change ("WHEREAS ... be amended").
- *provision*: an Entity of label ``Provision`` whose ref is scoped to the agreement it belongs
  to; ``graph.resolve`` keys it by (agreement key, section or term).

The amending agreement is the document's own (``ctx.self_ref``); the amended one is the
agreement the operation names ("of the Credit Agreement", a defined term of this document),
else the agreement the document AMENDS (``ingest.amended_agreements``). Where a new wording
ends is read from the list labels of the paragraphs (``ingest.list_labels``). An amendment
appended after the signatures of the agreement the document holds
(``ingest.amendment_regions``) is read on its own body: its operations are credited to it, and
change the agreement they name, else the one it follows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.agreements import classify, title_case
from ingest.amended_agreements import AMENDING_KINDS, default_target, only_referenced, target_ref
from ingest.amendment_regions import AppendedAmendment, appended_amendments
from ingest.context import DocContext, norm_term
from ingest.dates import find_dates
from ingest.list_labels import ROMAN, Label, Paragraphs, is_successor
from ingest.records import PropValue, Span
from ingest.structure import analyze, attachments_after

_QUOTE_CHARS = "\"“”`'‘’"
_Q_OPEN = '"“'
_Q_CLOSE = '"”'
#: A quoted term: in double quotes ("X", “X”), in curly single quotes (‘X’) or typewriter ones
#: (`X'); a term may break over a line, never over a blank line.
_QUOTED = (
    r"(?:[\"“](?:[^\"”]{1,90})[\"”]|‘(?:[^’\n]|\n(?![ \t]*\n)){1,90}’"
    r"|`(?:[^`'\n]|\n(?![ \t]*\n)){1,90}')"
)
#: A section number and its lettered parts ("7.1(b)(iv)"); a parenthesised word after it is
#: its heading ("Section 9.2 (Liens)"), not a part.
_NUM = r"\d+(?:\.\d+)*[A-Z]?(?:\s?\((?i:[a-z]{1,2}|[ivxl]{1,6}|\d{1,2})\))*"
_NUM_LIST = rf"{_NUM}(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:{_NUM}|\([a-zA-Z0-9]{{1,5}}\)))*"
_ROMAN_OR_NUM = r"(?:[IVXL]+|\d+)\b"
#: Lettered parts, one or a list: "(b)", "(b)(iv)", "(c) and (d)", "(a), (b) and (e)".
_SUBS = r"(?:\([a-zA-Z0-9]{1,5}\))+(?:\s*(?:,\s*and|,|and|&)\s*(?:\([a-zA-Z0-9]{1,5}\))+)*"

#: The targets an operation names, tried at one position (the alternatives of one pattern).
_TARGET = re.compile(
    r"(?<![A-Za-z])(?:the\s+)?(?:"
    # "the definition of "A" (and "B") (contained/set forth/appearing) in Section 1.1"
    rf"(?:definitions?|defined\s+terms?|(?<=the\s)terms?)\s+(?:of\s+)?(?:the\s+(?:defined\s+)?terms?\s+)?(?P<terms>{_QUOTED}(?:\s*,?\s*(?:and\s+)?{_QUOTED})*)"
    rf"(?:[^.;:]{{0,40}}?\bin\s+(?:sub)?Section\s+(?P<defsec>{_NUM}))?"
    # "Clauses (a) through (e) of Section 7.2.4": each of a run of lettered parts
    r"|(?:sub)?(?:sections?|clauses?|paragraphs?)\s+(?P<rfrom>\([a-z]\))\s+(?:through|to)\s+"
    rf"(?P<rto>\([a-z]\))\s+of\s+(?:sub)?Sections?\s+(?P<rnum>{_NUM})"
    # "clause (b) of Section 7.1", "Section(s) 3.02 (and 3.03(a))"
    rf"|(?:(?:sub)?(?:sections?|clauses?|paragraphs?)\s+(?P<sub>{_SUBS})\s+of\s+)?"
    rf"(?:(?:sub)?Sections?|paragraphs?(?=\s+\d+\.\d|\s+\d+(?:\([a-z0-9]{{1,4}}\))*\s+of\s+the\s+[A-Z]))"
    rf"\s+(?P<nums>{_NUM_LIST})"
    # "Subsection (j) thereof": a part of the section a lead-in names
    r"|(?:sub)?(?:sections?|clauses?|paragraphs?)\s+(?P<rel>(?:\([a-zA-Z0-9]{1,5}\))+)"
    r"(?=\s+(?:thereof|therein|thereto|of\s+(?:such|said)\s+Section)\b)"
    rf"|Article\s+(?P<art>{_ROMAN_OR_NUM})"
    # a quoted term as the subject: "The "Conversion Price" (as defined in the Note) is"
    rf"|(?P<qterm>{_QUOTED})(?=\s*(?:\([^()]{{0,80}}\)\s*)?(?:,?\s*as\s+defined\s+in\s+(?:the\s+)?"
    r"(?-i:[A-Z][\w\-]*)(?:\s+(?-i:[A-Z][\w\-]*))*,?\s*)?(?:is|are|shall\s+be)\b)"
    r"|(?P<att>Schedule|Exhibit|Annex|Appendix)\s+"
    r"(?P<attid>(?-i:[A-Z0-9])[A-Za-z0-9]*(?:[.\-][A-Za-z0-9]+)*(?:\([a-z0-9]{1,3}\))?)"
    # "The Maturity Date of the Note" (a capitalised term of an agreement)
    # (capitalised words, or a few in lower case: "that the" never starts a term)
    r"|(?P<cap>(?:(?-i:[A-Z][a-z]+\s+){0,3}|(?-i:[a-z]+\s+){0,2})"
    r"(?:Date|Rate|Price|Amount|Period|Percentage|Ratio|Fee"
    r"|Limit|Commitment|Margin|Premium|Term))(?=\s+(?:of|under|in)\s+(?:the|this|such|each)\s+[A-Z]"
    # "The Maturity Date (as defined in the Note) is", "the Conversion Price is hereby reduced"
    r"|\s*\((?:as\s+)?(?:such\s+term\s+is\s+)?defined\s+(?:in|under)\b[^()]{0,80}\)"
    r"|\s+(?:is|are|shall\s+be),?\s+hereby\b"
    # set to a stated value: "the Maturity Date shall be extended to June 30, 2024", "the
    # Interest Rate is changed to 12%" (not "extended to the next Business Day")
    r"|\s+(?:is|are|shall\s+be),?\s+(?:further\s+)?(?:extended|changed|increased|reduced"
    r"|decreased|amended)\s+(?:to|until|through|from)\s+(?-i:\$|\d|[A-Z][a-z]+\s+\d)"
    # "amended to provide that the Maturity Date shall be June 30, 2023"
    r"|\s+(?:shall\s+be|is|will\s+be)\s+(?-i:\$|\d|[A-Z][a-z]+\s+\d)"
    # "to extend the Maturity Date to June 30, 2024", "increasing the Principal Amount to $X"
    r"|\s+(?:to|from)\s+(?-i:[A-Z][a-z]+\s+\d|\$|\d))"
    r")",
    re.IGNORECASE,
)
_CAP_OK = re.compile(r"^(?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+$")
#: The same words in lower case, naming a term of the agreement that follows ("the maturity
#: date of the Note", "the exercise price of the Warrants").
_LOWER_TERM = re.compile(r"(?:[a-z]+\s+){0,2}[a-z]+")
_OF_AGREEMENT = re.compile(
    r"\s+(?:of|under)\s+(?:the|this|such|each)\s+(?:[A-Z][\w\-]*\s+){0,4}"
    r"(?:Agreements?|Notes?|Warrants?|Debentures?|Indenture)\b"
)

#: What may stand between a target and its operative phrase: the agreement it belongs to,
#: an appositive heading (", Definitions,"), a parenthesis, "shall be and it hereby".
_SUBJECT_GAP = re.compile(
    r"\.?\s*(?:(?:thereof|therein|thereto|of\s+(?:such|said)\s+Section)\s*)?(?:\([^()]{0,120}\)\s*)?"
    r"(?:,?\s*as\s+defined\s+in\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*,?\s*)?"
    r"(?:,?\s*(?:of|to|in|under|contained\s+in|set\s+forth\s+in|appearing\s+in)\s+"
    r"(?:the\s+|this\s+|such\s+|said\s+)?(?:[A-Z][\w\-]*|[IVX]+|\d[\w.()]*|of|and|the"
    r"|(?:agreement|note)s?\b|\s)+?)?\s*"
    r"(?:,[^,;:]{0,200},)?\s*(?:\([^()]{0,120}\))?\s*"
    r"(?:shall\s+be,?\s+and\s+(?:it\s+)?(?:hereby\s+)?)?"
)
#: The operative phrase after a target: "is hereby amended", "are deleted", "shall be replaced".
_PASSIVE = re.compile(
    r"\b(?:is|are|shall\s+be|be),?\s+(?:hereby\s+)?(?:further\s+)?(?:amended|deleted|replaced"
    r"|restated|modified|supplemented|extended|changed|revised|added|inserted)\b"
    # a price or amount set anew: "is hereby reduced to $0.05", "shall be reduced from $1.00
    # to $0.50" (never the adjustment a note provides for: "shall be reduced to an amount")
    r"|\b(?:is|are|shall\s+be),?\s+(?:hereby\s+(?:permanently\s+)?(?:reduced|increased|decreased|lowered"
    r"|reset|adjusted)|(?:reduced|increased|decreased|lowered|reset|adjusted)\s+from\s+\$?\d)",
    re.IGNORECASE,
)
#: The active operative phrase before a target: "the Lenders hereby amend Section 4.16".
_ACTIVE = re.compile(
    r"\bhereby\s+(?:amends?|deletes?|restates?|replaces?)\s+(?:and\s+restates?\s+)?"
    r"(?:the\s+provisions\s+of\s+)?(?=(?:the\s+)?(?:Sections?|Article|Schedule|Exhibit|Annex"
    r"|definition|clause|paragraph|subsection))",
    re.IGNORECASE,
)
#: "the following definitions are hereby added to Section 1.1 in alphabetical order:"
_DEFINITIONS_ADDED = re.compile(
    r"\b(?:(?:the\s+)?following\s+(?:new\s+)?(?:defined\s+terms|definitions?)\s+"
    r"(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:added|inserted)"
    r"|(?:by\s+)?(?:adding|inserting|to\s+add|to\s+insert)\s*,?\s+(?:thereto\s+)?"
    # "inserting, immediately following the definition of "X" contained therein, the following"
    r"(?:[^:;.]{0,150}?,\s+)?(?:the\s+)?following\s+(?:new\s+)?(?:defined\s+terms?|definitions?)"
    # "by the addition of each of the following new definitions", "the following new definitions"
    r"|(?:by\s+)?the\s+addition\s+(?:thereto\s+)?of\s+(?:each\s+of\s+)?the\s+following\s+"
    r"(?:new\s+)?(?:defined\s+terms?|definitions?)|following\s+new\s+(?:defined\s+terms?|definitions?))\b",
    re.IGNORECASE,
)
#: A lead-in that names the agreement its list changes: "The following modifications are
#: hereby made to the Letter of Credit Agreement:", "the following amendments shall be made
#: to the Note:".
_MADE_TO = re.compile(
    r"\b(?i:following\s+(?:amendments|modifications|changes|revisions)\s+(?:are|shall\s+be)"
    r",?\s+(?:hereby\s+)?made\s+(?:to|in)\s+(?:the\s+|this\s+|such\s+|each\s+)?)"
    r"(?P<name>[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|of|and))*)"
)
_AGREEMENT_OF = re.compile(
    r"[^.;:]{0,60}?\b(?:of|to|in|under)\s+(?:the\s+|this\s+|such\s+)?"
    r"(?P<name>[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|of|and))*)"
)
_REPLACE = re.compile(
    r"\b(?:amended\s+and\s+restated|restated|amended\s+in\s+(?:its|their)\s+entirety"
    r"|amended\s+in\s+full"
    r"|in\s+(?:its|their)\s+entirety\s+(?:to\s+read|as\s+follows|and\s+replaced|and\s+restated)"
    r"|amended\s+to\s+(?:read|mean)"
    r"|to\s+read\s+as\s+follows|replaced\s+(?:in\s+(?:its|their)\s+entirety\s+)?(?:by|with)"
    r"|deleted\s+and\s+replaced|read\s+as\s+provided"
    r"|substituted)\b",
    re.IGNORECASE,
)
_PARTIAL = re.compile(
    r"\b(?:by|to)\s+(?:\([a-z\d]{1,4}\)\s*)?(?:(?:deleting|striking|replacing|inserting|adding|substituting|changing"
    r"|amending|increasing|decreasing|reducing|extending|add|insert|delete|replace)\b)"
    r"|\b(?:the\s+(?:reference|references|words?|phrase|number|amount|date|figure)s?\b)",
    re.IGNORECASE,
)
_NEW_SECTION = re.compile(
    rf"\b(?:adding|add|inserting|insert)\b(?:[^.:]{{0,60}}?\bnew\s+|\s+(?:thereto\s+)?(?:the\s+following\s+)?)"
    rf"(?:Section|clause|subsection|paragraph)s?\s+(?P<num>{_NUM}|\([a-z0-9]{{1,5}}\))",
    re.IGNORECASE,
)
#: "the definition of each of the following terms ... is amended to read", "by amending and
#: restating the following definitions": a list of definitions follows, each one changed.
_DEFINITIONS_LISTED = re.compile(
    r"\bfollowing\s+(?:new\s+)?(?:defined\s+terms?|definitions?|terms)\b", re.IGNORECASE
)
#: A new part named in the operative phrase of an agreement: "is amended to add a new
#: Schedule 6.01 thereto", "by adding a new Section 9.14".
_ADDED_PART = re.compile(
    r"\b(?:add|adding|insert|inserting)\s+(?:thereto\s+)?(?:a\s+new|the\s+following(?:\s+new)?|new)\s+"
    rf"(?P<what>Schedule|Exhibit|Annex|Appendix|(?:Sub)?[Ss]ection|Article)\s+(?P<id>{_NUM}|[A-Z][A-Za-z0-9.\-]{{0,8}})",
    re.IGNORECASE,
)
#: The agreement that is the subject of a clause: "the Credit Agreement is amended ...".
_SUBJECT_NAME = re.compile(
    r"\s*(?:the\s+)?(?P<name>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,5})\s+(?:is|are|shall)\b"
)
#: Definitions named inside the operative phrase of a definitions section.
_INNER_DEFINITIONS = re.compile(
    rf"\b(?:the\s+)?(?:definitions?|defined\s+terms?)\s+(?:of\s+)?(?:the\s+terms?\s+)?"
    rf"(?P<terms>{_QUOTED}(?:\s*,?\s*(?:and\s+)?{_QUOTED})*)",
    re.IGNORECASE,
)
#: "the second sentence of", "the last paragraph of": the operation changes part of it.
_PART_OF = re.compile(
    r"\b(?:first|second|third|fourth|last|final|initial|introductory|opening|lead-in|\w+th)\s+"
    r"(?:sentence|paragraph|proviso|line|clause)s?\s+of\b"
    r"|\b(?:clause|paragraph|subsection|sub-clause)\s+\([a-zA-Z0-9]{1,5}\)\s+of\s+the\s+"
    r"(?:definition|proviso|first|second|third|last|final)\b",
    re.IGNORECASE,
)
#: A part of a definition the operative phrase names as what it changes: "is amended to
#: amend clause (iii) to read as follows", "by restating the last sentence thereof".
_PART_NAMED = re.compile(
    r"\b(?:to|by)\s+(?:amend(?:ing)?|restat(?:e|ing)|replac(?:e|ing)|delet(?:e|ing))\s+"
    r"(?:and\s+restat(?:e|ing)\s+)?(?:the\s+)?(?:\w+\s+)?"
    r"(?:clause|paragraph|subsection|sub-clause|sentence|proviso|table)s?\b",
    re.IGNORECASE,
)
#: Subsections named inside the operative phrase: "by deleting subsections (a) and (b)".
_INNER_SUBSECTIONS = re.compile(
    r"\b(?:deleting|replacing|restating)\s+(?:in\s+(?:its|their)\s+entirety\s+)?(?:the\s+)?"
    r"(?:sub)?(?:sections?|clauses?|paragraphs?)\s+"
    r"(?P<subs>\([a-zA-Z0-9]{1,5}\)(?:\s*(?:,|and|,\s*and)\s*\([a-zA-Z0-9]{1,5}\))*)",
    re.IGNORECASE,
)
#: "is hereby amended as follows:" with nothing said about how: the block decides.
_AS_FOLLOWS = re.compile(
    r"\bamended,?\s+(?:hereby\s+)?(?:as\s+(?:follows|set\s+forth\s+below)|by"
    r"|in\s+the\s+following\s+(?:respects|manner))"
    r"\s*:\s*$",
    re.IGNORECASE,
)
_WHOLE_REPLACED = re.compile(
    r"\bamending\s+and\s+restating\s+(?:Section\s+[\w.()]+|such\s+Section|said\s+Section|the\s+same"
    r"|it)\s+in\s+(?:its|their)\s+entirety|\bamending\s+and\s+restating\s+in\s+(?:its|their)\s+entirety|"
    # "by amending and restating the following definitions ... so that they read ..."
    r"\bamending\s+and\s+restating\s+(?:each\s+of\s+)?the\s+following\s+"
    r"(?:definitions|defined\s+terms)\b|"
    # what is deleted is the whole provision: "deleted", "deleting it", "deleting such
    # definition", "deleting Section 5.4(a)", never "deleting the words ... in its entirety"
    r"\b(?:delet(?:ed|ing)|strik(?:en|ing))\s+(?:(?:it|them|the\s+same|(?:such|said|the)\s+"
    r"(?:definition|Section|clause|subsection|paragraph|provision)s?|(?:Section|clause|subsection"
    rf"|paragraph)s?\s+[\w.()]+|(?:each\s+of\s+)?the\s+definitions?\s+(?:of\s+)?{_QUOTED}(?:\s*,?\s*(?:and\s+)?{_QUOTED})*)\s+)?"
    r"in\s+(?:its|their)\s+entirety\s*,?\s+and\s*,?\s+"
    r"(?:(?:is|are|by)\s+)?(?:replac|substitut|insert|restat)",
    re.IGNORECASE,
)
_DELETE = re.compile(r"\b(?:deleted|delete)\b", re.IGNORECASE)
_INSERTED = re.compile(
    r"\b(?:with|inserting|insert|substituting|substitute|adding|add|to\s+mean|to\s+read)\b"
    # a few words or a list label ("adding (A) "X" after ...") before the quoted words
    r"(?:[\s,]+(?:\([A-Za-z0-9]{1,4}\)|(?!after\b|before\b|following\b|preceding\b|immediately\b)"
    r"\w+)){0,6}?[\s:,]*(?=[\"“])"
    # "changing the reference ... from "2.20(a)" to "2.02(a)""
    r"|\bfrom\s+[\"“][^\"”\n]{1,200}[\"”]\s+to\s+(?=[\"“])"
    # "the reference to "$5,000,000" ... is changed to "$7,500,000""
    r"|\b(?:changed|increased|reduced|decreased|extended)\s+to\s+(?=[\"“])"
    # "inserting immediately after the words "X" in the fifth line the phrase "Y"": the
    # quoted place is not the wording
    r"|\b(?:inserting|insert|adding|add)\s+(?:immediately\s+)?(?:after|before|following|preceding)"
    r"\s+(?:the\s+)?(?:(?:words?|phrase|figure|number|amount|date|reference\s+to)\s+)?"
    r"[\"“][^\"”\n]{1,200}[\"”][^\"“;:]{0,80}?(?=[\"“])",
    re.IGNORECASE,
)
_ATTACHED = re.compile(
    r"\b(?:Schedule|Exhibit|Annex|Appendix)\s+([A-Z0-9][A-Za-z0-9]*(?:[.\-][A-Za-z0-9]+)*)"
    r"(?=[^.;]{0,40}?\b(?:attached|annexed|hereto))",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[:;]|\.(?=\s|$)(?<!\bNo\.)(?<!\bno\.)(?<!\.[A-Z]\.)|\n[ \t]*\n")
_UNDERLINE = re.compile(r"(?m)^[ \t]*[-_=]{3,}[ \t]*\n")
#: A page break between the words of one sentence: blank lines, a page marker or number, blank
#: lines, then the sentence going on in lower case after a word that ends no sentence.
_PAGE_IN_SENTENCE = re.compile(
    r"(?<=[a-z,])[ \t]*\n(?:[ \t]*\n)+[ \t]*(?:<PAGE>[ \t]*\d*|-?[ \t]*\d{1,3}[ \t]*-?)[ \t]*\n"
    r"(?:[ \t]*\n)*(?=[ \t]*[a-z])"
)
_DEFINITION_START = re.compile(
    r"\s*(?:\((?:[a-z]{1,3}|\d{1,2})\)\s+)?"  # a lettered list of definitions: "(a) "X" means"
    rf"(?P<q>[\"“]?{_QUOTED}|[\"“]?[ \t]?[‘`'](?:[^’'\n]|\n(?![ \t]*\n)){{1,90}}[’'])"
    r"\s*(?:\([^)]{0,60}\)\s*)?"
    # a qualifier before "means": ""Interest Coverage Ratio" for any period shall mean"
    r"(?:,?\s+(?:for|of|with\s+respect\s+to|as\s+to|as\s+applied\s+to|in\s+respect\s+of|when\s+used)\b"
    r"[^.;:\"“”]{0,60}?)?"
    r"(?:[,:]?\s*(?:means|mean|shall\s+mean|has\s+the\s+"
    rf"meaning|shall\s+have\s+the\s+meaning|refers|includes|shall\s+include|is\s+defined\s+in)\b"
    # the colon style of some banks' forms: ""Pricing Grid": the Applicable Margin ..."
    r"|:[ \t]+(?=\S))",
    re.IGNORECASE,
)
#: A definition that opens with its term and a full stop or colon, the style of some banks'
#: forms: "Commitment Amount.  $15,000,000 or any lesser amount ...".
_TITLED_DEFINITION = re.compile(
    r"\s*(?P<t>[A-Z][\w\-/&']*(?:[ \t\n]+(?:[A-Z][\w\-/&']*|of|and|to|the|for|in|on)){0,7})"
    r"[.:][ \t]+(?=\S)"
)
_VERBS = (
    r"(?:amending|deleting|inserting|adding|replacing|striking|substituting|restating|changing"
    r"|modifying|increasing|decreasing|reducing|extending)"
)
#: An item of a list of instructions that share one subject: "(b) by deleting ...",
#: "and (c) by inserting ..." (after "Section 1.01 is hereby amended (a) by ..." or after a
#: lead-in "Section 6.04 shall be amended as follows:").
_BY_ITEM = re.compile(
    rf"(?<![^\s;:,])\((?:[a-z]{{1,3}}|\d{{1,2}}|[A-Z])\)\s*(?:and\s+)?by\s+{_VERBS}\b",
    re.IGNORECASE,
)
#: What may stand between "by deleting" and the part it names: "a new", "the following new".
_BY_OBJECT = re.compile(r"\s*(?:a\s+new\s+|the\s+following\s+(?:new\s+)?)?")
#: The first item after a lead-in ("... is hereby amended as follows:") that is itself an
#: instruction: "(a) by deleting ...", "(i) the definition of "X" shall be amended ...",
#: "SECTION II.1.1. Section 1.1 ... is hereby amended ...". The lead-in changes nothing itself.
_INSTRUCTION = re.compile(
    r"\s*(?:<PAGE>[ \t]*\d*\s*)?"  # a page break before the first item
    r"(?:(?:SECTION|Section)\s+[\w.]+\.?\s+|\((?:[a-z]{1,3}|\d{1,2}|[A-Z])\)\s*"
    r"|\d{1,2}(?:\.\d{1,3})*\.?\s+|[a-z]{1,2}\.\s+)?"
    r"(?:[A-Z][^.\n:;]{0,80}\.\s+)?"
    rf"(?:(?:and\s+)?by\s+{_VERBS}\b"
    r"|(?:the\s+)?(?:new\s+)?(?:definitions?|defined\s+terms?|(?:sub)?sections?|clauses?|paragraphs?|article"
    r"|schedule|exhibit|annex|following|first|second|third|last|references?)\b(?:[^.;:]|\.(?=\d))"
    r"{0,250}?"
    r"\b(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:further\s+)?(?:amended|deleted|replaced|restated"
    r"|added|inserted|supplemented|modified)\b)",
    re.IGNORECASE,
)
#: "by adding the following new subsection at the end thereof:" whose number opens the block.
_ADD_FOLLOWING = re.compile(
    r"\b(?:adding|add|inserting|insert)\s+(?:thereto\s+)?(?:the\s+following\s+(?:new\s+)?"
    r"|a\s+new\s+)(?:sub)?(?:sections?|clauses?|paragraphs?)\b(?!\s*(?:\(|\d))",
    re.IGNORECASE,
)
_BLOCK_LABEL = re.compile(
    r"\s*[\"“]?\s*(?:Section\s+|SECTION\s+)?(?P<label>\d{1,2}(?:\.\d{1,3})+[A-Z]?|\([a-z0-9]{1,5}\))"
    r"(?=[.\s])"
)
_FOLLOWING_STOP = re.compile(r"\b(?:the\s+following|as\s+follows)\s*\.$", re.IGNORECASE)
_DELETES_ONLY = re.compile(
    r"^(?!.*\b(?:replac|substitut|insert|restat|read|add)).*\b(?:delet|strik)",
    re.IGNORECASE | re.DOTALL,
)
_QUOTED_RE = re.compile(_QUOTED)
_DELETED_DEFINITIONS = re.compile(
    r"\bdelet(?:e|ing)\s+(?:in\s+(?:its|their)\s+entirety\s+)?(?:each\s+of\s+)?the\s+definitions?\s+"
    rf"(?:of\s+)?(?P<terms>{_QUOTED}(?:\s*,?\s*(?:and\s+)?{_QUOTED})*)",
    re.IGNORECASE,
)
#: A section named as the words a reference holds, not as what changes.
_REFERENCE_TO = re.compile(r"\breferences?\s+(?:therein\s+)?to\s+(?:the\s+)?$", re.IGNORECASE)
_PART_WORDS = r"\b(?:clause|paragraph|subsection|sentence|proviso|table|words?|phrase)s?\b"
#: Deleting a whole part, not words in it: "by deleting the definition of "X"", "by deleting
#: clause (b) thereof", "by deleting Section 7.4 in its entirety".
_DELETES_PART = re.compile(
    r"\b(?:delet(?:e|ing)|strik(?:e|ing))\s+(?:in\s+(?:its|their)\s+entirety\s+)?"
    r"(?:each\s+of\s+)?(?:the\s+)?(?:definitions?\b|defined\s+terms?\b"
    r"|(?:sub)?(?:sections?|clauses?|paragraphs?)\s+[\d(]|Article\s|Schedule\s|Exhibit\s)",
    re.IGNORECASE,
)
_AND_REPLACING = re.compile(
    r"\band\s+(?:by\s+)?(?:replacing|substituting|inserting)\b", re.IGNORECASE
)
#: The verb of "is amended by deleting Section 7.4", whose object is what changes.
_OBJECT_AFTER = re.compile(
    rf"\s*(?:(?:by|to)\s+(?:\([a-z]{{1,3}}\)\s*)?(?:{_VERBS}|amend|delete|restate|replace|strike"
    r"|extend|change|increase|decrease|reduce|provide\s+that)|(?:such|so)\s+that)"
    r"(?:\s+and\s+restating)?(?:\s+in\s+(?:its|their)\s+entirety)?\s+(?:the\s+following\s+)?",
    re.IGNORECASE,
)
#: A clause that opens an item of a lead-in's list: "(a) The word "and" is deleted ...".
_ITEM_START = re.compile(r"\s*\((?:[a-z]{1,4}|\d{1,2})\)\s+(?:The|A|An|Each|All)\s", re.IGNORECASE)
_RECITAL = re.compile(r"\s*WHEREAS\b", re.IGNORECASE)
_INTO_SECTION = re.compile(rf"\b(?:to|in|into)\s+Section\s+(?P<num>{_NUM})", re.IGNORECASE)
_ADDS_FOLLOWING = re.compile(
    r"\b(?:adding|add|inserting|insert)\b[^;:]{0,80}?\bthe\s+following\b", re.IGNORECASE
)
_PART_NUMBER = re.compile(
    r"(?P<pre>\s*[\"“]?\s*(?:Section\s+|SECTION\s+)?)(?P<num>\d+(?:\.\d+)+)(?=[.\s])"
)
_INNER_SECTION = re.compile(
    r"\b(?:deleting|replacing|restating|amending(?:\s+and\s+restating)?)\s+"
    r"(?:in\s+(?:its|their)\s+entirety\s+)?"
    # "by amending the introductory paragraph of Section 1.4": a part of a section it holds
    r"(?:the\s+(?:[a-z\-]+\s+){0,2}(?:paragraph|sentence|proviso)\s+of\s+)?"
    rf"(?:the\s+)?Section\s+(?P<num>{_NUM})",
    re.IGNORECASE,
)
_LIST_SPAN = 20_000
_MAX_NEW_TEXT = 40_000
_LOOKBACK = 500


@dataclass(frozen=True, slots=True)
class Target:
    section: str | None
    term: str | None
    span: tuple[int, int]  # the words naming it


@dataclass(frozen=True, slots=True)
class _Scope:
    """Where a list of instructions shares the subject its lead-in or first item names."""

    start: int
    end: int
    targets: tuple[Target, ...]
    name: str | None
    lead: bool  # a lead-in's list, not the sentence of one instruction


@dataclass(frozen=True, slots=True)
class Operation:
    """One change found in the text, before it is attached to refs."""

    targets: tuple[Target, ...]
    action: str
    clause: tuple[int, int]  # the operative words, the evidence of the change
    new_text: tuple[int, int] | None
    agreement_name: str | None  # "Credit Agreement" in "of the Credit Agreement"


def _mask(text: str) -> str:
    """The text with underline rules blanked (same length): they sit inside operative sentences
    of typewritten filings ("Section 3.02 ... is hereby deleted in its\\n ----- \\n entirety");
    so is a page break inside a sentence ("deleting "X" and\\n\\n<PAGE> 30\\n\\nreplacing it")."""
    masked = _UNDERLINE.sub(lambda m: " " * len(m.group()), text)
    return _PAGE_IN_SENTENCE.sub(lambda m: " " * len(m.group()), masked)


def _section_numbers(m: re.Match[str]) -> list[str]:
    """The sections a list names: "Sections 8.2(b) and (c)" -> 8.2(b), 8.2(c)."""
    nums: list[str] = []
    for item in re.finditer(rf"{_NUM}|\([a-zA-Z0-9]{{1,5}}\)", m["nums"]):
        n = re.sub(r"\s+", "", item.group())
        if n.startswith("(") and nums:
            n = re.sub(r"\([^()]*\)$", "", nums[-1]) + n
        if not n.startswith("("):
            nums.append(n)
    subs = re.findall(r"(?:\([a-zA-Z0-9]{1,5}\))+", m["sub"] or "") or [""]
    return [n + sub for n in nums for sub in subs]


def _term(quoted: str) -> str:
    """A quoted defined term without its quotes or the list punctuation American style puts
    inside them ("Agreement," "EBITDA,")."""
    return " ".join(quoted.strip(_QUOTE_CHARS).split()).rstrip(",;.").strip(_QUOTE_CHARS + " ")


def _targets_at(text: str, m: re.Match[str]) -> list[Target]:
    span = (m.start(), m.end())
    if m["terms"]:
        terms = [_term(t) for t in re.findall(_QUOTED, m["terms"])]
        return [Target(m["defsec"], t, span) for t in terms if t]
    if m["rfrom"]:
        first, last = ord(m["rfrom"][1].lower()), ord(m["rto"][1].lower())
        if first >= last or {m["rfrom"][1].lower(), m["rto"][1].lower()} <= set("ivx"):
            return []  # "(i) through (v)" is a run of roman numerals, not of letters
        base = re.sub(r"\s+", "", m["rnum"])
        return [Target(f"{base}({chr(c)})", None, span) for c in range(first, last + 1)]
    if m["nums"]:
        return [Target(n, None, span) for n in _section_numbers(m)]
    if m["rel"]:
        return [Target(re.sub(r"\s+", "", m["rel"]), None, span)]
    if m["art"]:
        return [Target(f"Article {m['art']}", None, span)]
    if m["qterm"]:
        term = _term(m["qterm"])
        return [Target(None, term, span)] if term[:1].isupper() else []
    if m["att"]:
        return [Target(f"{m['att'].title()} {m['attid'].rstrip('.')}", None, span)]
    if m["cap"] and _CAP_OK.match(m["cap"]):
        return [Target(None, m["cap"], span)]
    if m["cap"] and _LOWER_TERM.fullmatch(m["cap"]) and _OF_AGREEMENT.match(text, m.end()):
        # "the maturity date of the Note is hereby extended": the term the note defines
        return [Target(None, " ".join(w.capitalize() for w in m["cap"].split()), span)]
    return []


#: Where a clause begins: after a sentence end, a blank line, or a list label that opens a line
#: or follows a sentence end ("3.03(a) of" holds no label).
_CLAUSE_BREAK = re.compile(
    # the stop after a section number ("Section 1.1. of the Agreement") ends no sentence
    r"[.;:](?=\s)(?<!\bNo\.)(?<!\.[A-Z]\.)(?<!\d\.\d\.)(?<!\d\.\d\d\.)|\n[ \t]*\n"
    r"|(?:(?<=\n)|(?<=[.;:] )|(?<=[.;:]  ))[ \t]*\([a-z0-9]{1,4}\)\s(?!\s*of\b)"
)


def _clause_start(masked: str, pos: int, floor: int) -> int:
    """Where the clause holding ``pos`` begins: after the last sentence end, colon, semicolon
    or list label before it (never before ``floor``); a semicolon inside a parenthesis
    (Schedule A ("Commitments; Addresses")) ends nothing."""
    lo = max(floor, pos - _LOOKBACK)
    start = lo
    for m in _CLAUSE_BREAK.finditer(masked[lo:pos]):
        rest = masked[lo + m.end() : pos]
        if rest.count(")") > rest.count("("):
            continue
        start = lo + m.end()
    return start


def _clause_end(masked: str, pos: int, limit: int) -> int:
    m = _CLAUSE_END.search(masked, pos, limit)
    return m.end() if m else limit


_MONTH = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b"
)


def _agreement_name(masked: str, after: int, until: int) -> str | None:
    m = _AGREEMENT_OF.match(masked, after, until)
    if not m:
        return None
    name = re.split(r"\s+(?:is|are|shall|hereby|be|which|as)\b", m["name"])[0].strip()
    if _MONTH.match(name):
        return None  # "to extend the Maturity Date to June 30, 2024": a date, no agreement
    return name if re.search(r"[A-Za-z]{3}", name) else None


def _classify(predicate: str) -> str:
    """The action an operative phrase states (its first words decide: "is amended by deleting
    the words ... and restating ..." changes a part; "deleted in its entirety and replaced")."""
    if _NEW_SECTION.search(predicate):
        return "add"
    if re.search(
        r"\b(?:are|is|shall\s+be),?\s+(?:hereby\s+)?(?:added|inserted)\b", predicate, re.I
    ):
        return "add"
    if _WHOLE_REPLACED.search(predicate):
        return "replace"
    partial = _PARTIAL.search(predicate)
    whole = _REPLACE.search(predicate)
    if whole and not (partial and partial.start() < whole.start()):
        return "replace"
    if partial:
        return "amend"
    if _DELETE.search(predicate):
        return "delete"
    return "amend"


#: A line holding only a page number or marker, with the blank lines before it.
_LAYOUT_LINE = re.compile(r"\s*\n[ \t]*(?:<PAGE>[ \t]*\d*|-?[ \t]*\d{1,3}[ \t]*-?)[ \t]*(?=\n)")


def _skip_layout(text: str, pos: int, stop: int) -> int:
    """``pos`` moved past the page numbers and markers that follow it."""
    while (m := _LAYOUT_LINE.match(text, pos, stop)) is not None and m.end() > pos:
        pos = m.end()
    return pos


def _whole_or_part(text: str, colon: int, stop: int, section: str | None) -> str:
    """After "amended as follows:", a quoted wording or one that opens with the provision's
    own number ("Section 2.2 ... as follows: 2.2 The Term Loans.") is the whole new provision
    (replace); anything else changes it in part (amend)."""
    pos = _skip_layout(text, colon + 1, stop)  # a page number before the wording
    m = re.compile(r"\s*(?P<c>\S)").match(text, pos, stop)
    if m and m["c"] in _Q_OPEN:
        return "replace"
    if section and m:
        own = re.escape(section) + "|" + re.escape(re.sub(r"^.*?(?=\([^()]+\)$)", "", section))
        if re.match(rf"(?:Section\s+)?(?:{own})(?![\d.]\d|\()", text[m.start("c") : stop]):
            return "replace"
    return "amend"


#: A page marker or a page number alone on its line ("<PAGE>   3", "- 2 -", "2").
_PAGE_BREAK = re.compile(r"(?:<PAGE>[ \t]*\d*|-?[ \t]*\d{1,3}[ \t]*-?)[ \t]*(?=\n)")
#: Page numbers and markers on the lines that open a paragraph ("5\n<PAGE>   6\n").
_PAGE_LINES = re.compile(r"(?:[ \t]*(?:<PAGE>[ \t]*\d*|-?[ \t]*\d{1,3}[ \t]*-?)[ \t]*\n)*")
#: A running page footer or header ("AMENDMENT TO CREDIT AGREEMENT – PAGE 1", "- 3 -").
_PAGE_FOOTER = re.compile(
    r"(?is)(?:(?:[^\n]{0,120}\n){0,2}[^\n]{0,120}\bpage\s+\d+|\s*-?\s*\d{1,3}\s*-?|\s*<PAGE>\s*\d*)\s*$"
)


def _block(
    pars: Paragraphs,
    masked: str,
    colon: int,
    at: int,
    stop_at: int,
    whole: bool = False,
    skip: Sequence[tuple[int, int]] = (),
) -> tuple[int, int] | None:
    """The new wording after the colon at ``colon``: the rest of its paragraph and the
    paragraphs after it, up to the next item of any list the operation sits in, the next
    operation, or ``stop_at``."""
    text = pars.text
    start = colon + 1
    while start < stop_at and (text[start].isspace() or text[start] == "`"):
        start += 1
        page = _PAGE_BREAK.match(text, start, stop_at)
        if page:  # a page break between the colon and the wording is layout
            start = page.end()
    if start >= stop_at:
        return None
    i = pars.index_of(at)
    if i is None:
        return None
    if text[start] in _Q_OPEN and not whole:
        quoted = _quoted_after(text, start, min(stop_at, start + _MAX_NEW_TEXT))
        if quoted and re.match(r"[.;]?[ \t]*(?:\n[ \t]*\n|\Z)", text[quoted[1] + 1 :]):
            return quoted
    stops = pars.enclosing_labels(i, skip)
    # lists the wording holds itself: opened by a first label ("(i)", "(a)", "1.") right after
    # a line of it ending in a colon (""Interest Payment Date" means:" then "(i) ...")
    nested: list[Label] = []
    end = start
    first = True
    for j in range(i, len(pars.spans)):
        s, e = pars.spans[j]
        if e <= start:
            continue
        if s >= stop_at:
            break
        if not first and s > start:
            lab = pars.labels[j]
            if _opens_operation(masked, s, e) or (
                _OWN_HEADING.match(text, s, e) and not _OWN_HEADING.match(text, start, stop_at)
            ):
                break
            k = next((n for n, lst in enumerate(nested) if lab and is_successor(lab, lst)), None)
            if k is not None:
                nested[k] = lab
            elif any(r[1] == 1 for r in lab) and text[start:s].rstrip().endswith((":", ",")):
                nested.append(tuple(r for r in lab if r[1] == 1))  # "(i)": the first numeral
            elif (
                lab
                and any(is_successor(lab, st) for st in stops)
                and not _MID_SENTENCE.search(text, max(start, s - 200), s)
            ):
                break
        if first or not _PAGE_FOOTER.match(text, s, e):
            end = min(e, stop_at)  # a running footer is kept only inside the wording
        first = False
        if end - start > _MAX_NEW_TEXT:
            break
    if end <= start:
        return None
    return _unquote(text, start, end)


#: What stands right before an attachment's heading: a blank line or a page break (a line
#: "Exhibit A." that ends a wrapped sentence, "... in the form of\nExhibit A.", is none).
_STANDS_ALONE = re.compile(r"(?:\A|\n[ \t]*\n|<PAGE>[^\n]*\n)[ \t]*\Z")
#: A heading of the amendment's own outline, which no new wording runs into: an article
#: heading alone on its line ("ARTICLE III"), or a section numbered the amendment's way
#: ("SECTION III.1.", a roman article and its section).
_OWN_HEADING = re.compile(
    r"\s*(?:(?:ARTICLE|Article)[ \t]+(?:[IVXL]+|\d{1,2})\.?[ \t]*\n|SECTION[ \t]+[IVXL]+\.\d)"
)


#: A paragraph that stops mid-sentence ("... the excess, if any, of" then "(x) ..."): the
#: labelled paragraph after it goes on with its sentence, it opens no item of a list.
_MID_SENTENCE = re.compile(r"\b(?!and\b|or\b|plus\b|minus\b)[a-z]+\s*\Z")


def _opens_operation(masked: str, s: int, e: int) -> bool:
    head = masked[s : min(e, s + 400)]
    return bool(
        re.search(
            # a numbered item: "(b) ", "2. ", "b. ", "SECTION II.1.2. "
            r"^\s*(?:\([a-z0-9]{1,4}\)\s*|\d+(?:\.\d+)*\.?\s+|[a-zA-Z]{1,2}\.\s+"
            r"|SECTION\s+[IVX\d][\w.]*\.?\s+)?(?:the\s+)?"
            r"(?:Sections?\s+\d|Article\s"
            r"|definition|Schedule\s|Exhibit\s|Annex\s)[^;:]{0,200}?\b(?:is|are)\s+(?:hereby\s+)?"
            r"(?:amended|deleted|replaced|restated)",
            head,
            re.IGNORECASE,
        )
    )


def _unquote(text: str, start: int, end: int) -> tuple[int, int]:
    """The wording inside a quoted block: the quotation marks that open and close the
    insertion are not part of it (a definition keeps the quotes around its term), nor are
    trailing markup lines ("</TABLE>") or blanks."""
    while True:
        while end > start and text[end - 1].isspace():
            end -= 1
        tail = _TRAILING_MARKUP.search(text, start, end)
        if not tail or tail.start() <= start:
            break
        end = tail.start()
    if end <= start:
        return start, end
    if _DEFINITION_START.match(text, start, end):
        lead = _INSERTION_QUOTES.match(text, start, end)
        if lead:
            # the insertion's own quotes before the term's: "““Borrower”: ... .”"
            start = lead.end()
            if text[end - 1] in _Q_CLOSE:
                end -= 1
            return start, end
        block = text[start:end]
        unbalanced = block.count('"') % 2 == 1 or block.count("“") < block.count("”")
        if unbalanced and text[end - 1] in _Q_CLOSE:
            end -= 1
        return start, end
    if text[start] in _Q_OPEN:
        start += 1
        if end - 1 > start and text[end - 1] in ".;" and text[end - 2] in _Q_CLOSE:
            end -= 2
        elif end - 1 > start and text[end - 1] in _Q_CLOSE:
            end -= 1
    return start, end


#: The quotes that open an inserted definition before the quote of its term ("““X”: ...”",
#: "“ ‘X’ means ...”").
_INSERTION_QUOTES = re.compile(r"[\"“]+[ \t]?(?=[\"“‘`'])")
#: An SGML tag alone on the last line of a block ("</TABLE>", "<PAGE>"): layout, not wording.
_TRAILING_MARKUP = re.compile(r"\n[ \t]*</?[A-Za-z]+[^>\n]{0,40}>[ \t]*\Z")


def _quoted_after(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The quoted words that follow ``pos`` ("... and inserting "X" in lieu thereof")."""
    if pos >= limit or text[pos] not in _Q_OPEN:
        return None
    opener = text[pos]
    depth = 0
    for k in range(pos, limit):
        ch = text[k]
        if opener == "“":
            if ch == "“":
                depth += 1
            elif ch == "”":
                depth -= 1
                if depth == 0:
                    return (pos + 1, k) if k > pos + 1 else None
        elif ch == '"' and k > pos:
            return (pos + 1, k) if k > pos + 1 else None
    return None


def _definitions(pars: Paragraphs, block: tuple[int, int]) -> list[tuple[str, tuple[int, int]]]:
    """The definitions in a block of new definitions, each with its whole wording; a block
    quoted whole that opens with its term and a full stop or colon ("Consolidated Current
    Assets.  At any date ...") is one definition of that term."""
    text = pars.text
    out: list[tuple[str, tuple[int, int]]] = []
    for s, e in pars.spans:
        if e <= block[0] or s >= block[1]:
            continue
        s, e = max(s, block[0]), min(e, block[1])
        lead = _PAGE_LINES.match(text, s, e)
        if lead and lead.end() > s and _DEFINITION_START.match(text, lead.end(), e):
            s = lead.end()  # "5\n<PAGE>   6\n"Term Loan" means ...": the page break is layout
        m = _DEFINITION_START.match(text, s, e)
        if m:
            out.append((_term(m["q"]), (s, e)))
        elif out and not _PAGE_FOOTER.match(text, s, e):  # a page number is no wording
            out[-1] = (out[-1][0], (out[-1][1][0], e))
    quoted = text[block[0]] in _Q_OPEN or (block[0] > 0 and text[block[0] - 1] in _Q_OPEN)
    if not out and quoted:
        titled = _TITLED_DEFINITION.match(text, block[0] + (text[block[0]] in _Q_OPEN), block[1])
        if titled:
            out.append((" ".join(titled["t"].split()), block))
    return out


def _pieces(
    pars: Paragraphs, block: tuple[int, int], targets: list[Target]
) -> list[tuple[int, int]] | None:
    """One operation's wording split among its targets: "subsections (a) and (b) ... the
    following:" then "(a) ..." and "(b) ..."; "Sections 7.1.8 and 7.1.9" then "SECTION 7.1.8
    ..." and "SECTION 7.1.9 ..."; "the definitions "A" and "B" ..." then the two definitions.
    None unless every target finds its own piece."""
    text = pars.text
    if all(t.term for t in targets):
        defs = dict(_definitions(pars, block))
        spans = [defs.get(t.term or "") for t in targets]
        if all(spans):
            return [_unquote(text, *sp) for sp in spans if sp]
        return None
    starts: list[int] = []
    for t in targets:
        sub = re.search(r"\([a-zA-Z0-9]{1,5}\)$", t.section or "")
        if sub is not None:
            label = re.escape(sub.group())
        elif re.fullmatch(r"\d+(?:\.\d+)+", t.section or ""):
            # "Sections 2.1.1 and 2.1.2 ... to read as follows:" then "SECTION 2.1.1 ..."
            label = r"(?:SECTION|Section)?[ \t]*" + re.escape(t.section or "") + r"(?=[.\s])"
        else:
            return None
        m = re.compile(r"(?m)(?:^[ \t]*[\"“]?|(?<=[\"“]))" + label).search(text, block[0], block[1])
        if m is None:
            return None
        starts.append(m.start())
    if starts != sorted(starts):
        return None
    bounds = [*starts[1:], block[1]]
    return [
        _unquote(text, s + len(text[s:e]) - len(text[s:e].lstrip()), e)
        for s, e in zip(starts, bounds, strict=True)
    ]


def find_operations(text: str, bounds: tuple[int, int] | None = None) -> list[Operation]:
    """Every amendment operation in the document's main body (not its exhibits), or between
    ``bounds`` (the body of an amendment appended after another agreement's signatures)."""
    if bounds is None:
        st = analyze(text)
        # From the top, not from the preamble: an operation never reads like a recital, and a
        # preamble found late (a cover letter first) must not hide the operations before it.
        body_start = 0
        body_end = st.signatures.start if st.signatures else st.main_end
    else:
        body_start, body_end = bounds
    if body_end <= body_start:
        return []
    masked = _mask(text)
    pars = Paragraphs(text, body_start, body_end)
    ops: list[Operation] = []
    taken: list[tuple[int, int]] = []

    scopes: list[_Scope] = []

    def wordings() -> list[tuple[int, int]]:
        """The new wordings read so far: no list the next operation sits in."""
        return [op.new_text for op in ops if op.new_text]

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in taken)

    def parent(pos: int) -> _Scope | None:
        inside = [sc for sc in scopes if sc.start <= pos < sc.end]
        return max(inside, key=lambda sc: sc.start) if inside else None

    def scope(start: int, at: int, targets: list[Target], name: str | None, lead: bool) -> None:
        i = pars.index_of(at)
        if i is None:
            return
        end = pars.spans[i][1]
        if lead:
            end = _list_end(pars, i, start + _LIST_SPAN)
        scopes.append(_Scope(start, end, tuple(targets), name, lead))

    anchors = [
        (m.start(), m.end(), "passive") for m in _PASSIVE.finditer(masked, body_start, body_end)
    ]
    anchors += [
        (m.start(), m.end(), "active") for m in _ACTIVE.finditer(masked, body_start, body_end)
    ]
    anchors += [
        (m.start(), m.end(), "defs")
        for m in _DEFINITIONS_ADDED.finditer(masked, body_start, body_end)
    ]
    anchors += [(m.start(), m.end(), "by") for m in _BY_ITEM.finditer(masked, body_start, body_end)]
    made = {m.start(): m["name"] for m in _MADE_TO.finditer(masked, body_start, body_end)}
    anchors += [(a, a + 1, "made") for a in made]
    anchors.sort()
    for a_start, a_end, kind in anchors:
        if not free(a_start, a_end):
            continue
        i = pars.index_of(a_start)
        if i is not None and _RECITAL.match(text, pars.spans[i][0]):
            continue  # "WHEREAS, the Borrower has requested that Section 6.1 be amended ..."
        clause_from = _clause_start(masked, a_start, body_start)
        clause_to = _clause_end(masked, a_end, body_end)
        predicate = masked[a_start:clause_to]
        if kind == "made":
            if masked[clause_to - 1 : clause_to] == ":":
                # the items below change the agreement the lead-in names, "thereto"
                scope(clause_to, a_start, [], made[a_start], lead=True)
            continue
        if kind in ("active", "by"):
            obj = _BY_OBJECT.match(masked, a_end) if kind == "by" else None
            tm = _TARGET.match(masked, obj.end() if obj else a_end)
            found = _targets_at(masked, tm) if tm else []
            name_from = tm.end() if tm else a_end
            name = _agreement_name(masked, name_from, clause_to)
            if kind == "by":
                clause_from = a_start
                up = parent(a_start)
                found = _inherit(found, up)
                name = name or (up.name if up else None)
        else:
            found = []
            name = None
            # (up to the operative words, which a term's "is hereby" lookahead reads)
            for tm in _TARGET.finditer(masked, clause_from, clause_to):
                if tm.end() > a_start:
                    break
                if not _SUBJECT_GAP.fullmatch(masked, tm.end(), a_start):
                    continue  # a section mentioned on the way, not what "is amended"
                if _REFERENCE_TO.search(masked, max(clause_from, tm.start() - 40), tm.start()):
                    continue  # "the reference to Section 4.04(d) in Section 3.02(e) is changed"
                found = _targets_at(masked, tm)
                if found:
                    name = _agreement_name(masked, tm.end(), a_start)
                    break
            up = parent(a_start)
            item = _ITEM_START.match(masked, clause_from, a_start)
            if up is not None and (found or (up.lead and item)):
                # "(a) The word "and" is deleted from clause (g) thereof" under "Section 7.2.5
                # is amended as set forth below:" changes the lead-in's section
                found = _inherit(found, up)
                name = name or up.name
        found = [t for t in found if not (t.section or "").startswith("(")]
        colon = clause_to - 1 if masked[clause_to - 1 : clause_to] == ":" else None
        if colon is None and _FOLLOWING_STOP.search(masked, a_start, clause_to):
            colon = clause_to - 1  # "... replacing it with the following." then the wording
        listed = _DEFINITIONS_LISTED.search(masked, clause_from, clause_to)
        if kind == "defs" or (
            colon is not None and (_DEFINITIONS_ADDED.search(predicate) or listed)
        ):
            if colon is None:
                continue
            # each definition may be quoted on its own: the whole block, not the first quote
            block = _block(pars, masked, colon, a_start, body_end, whole=True, skip=wordings())
            defs = _definitions(pars, block) if block else []
            added = kind == "defs" or _DEFINITIONS_ADDED.search(predicate)
            section = next((t.section for t in _inherit(found, parent(a_start)) if t.section), None)
            if name is None:
                name = _agreement_name(masked, a_end, clause_to)
            into = _INTO_SECTION.search(predicate) if section is None else None
            section = into["num"] if into else section  # "are hereby added to Section 1.1"
            if block is not None and not added and _DELETES_ONLY.search(predicate):
                # "by deleting the following definitions in their entirety: "A", "B"."
                names = defs or [
                    (_term(q.group()), (q.start(), q.end()))
                    for q in _QUOTED_RE.finditer(text, colon + 1, min(len(text), block[1] + 1))
                    if re.match(r".[A-Z0-9][^\"”]", q.group()) and not q.group()[-2].isspace()
                ]
                for term, span in names:
                    target = Target(section, term, span)
                    ops.append(Operation((target,), "delete", (clause_from, clause_to), None, name))
                taken.append((clause_from, block[1]))
                continue
            if block is None or not defs:
                continue
            gone = _DELETED_DEFINITIONS.search(predicate) if added else None
            for q in _QUOTED_RE.finditer(gone["terms"] if gone else ""):
                # "by deleting the definition of "A" and adding the following new definitions:"
                span = (a_start + gone.start(), a_start + gone.end()) if gone else (a_start, a_end)
                target = Target(section, _term(q.group()), span)
                ops.append(Operation((target,), "delete", (clause_from, clause_to), None, name))
            action = "add" if added else _classify(predicate)
            for term, span in defs:
                piece = _unquote(text, *span)
                target = Target(section, term, span)
                ops.append(Operation((target,), action, (clause_from, clause_to), piece, name))
            taken.append((clause_from, block[1]))
            continue
        obj = _OBJECT_AFTER.match(masked, a_end, clause_to) if not found else None
        tm = _TARGET.match(masked, obj.end(), clause_to) if obj else None
        if tm and kind == "passive" and not _ADDED_PART.search(predicate):
            # "The Credit Agreement is amended by amending and restating Section 2.1 ..."
            found = _inherit(_targets_at(masked, tm), parent(a_start))
            found = [t for t in found if not (t.section or "").startswith("(")]
            subject = _SUBJECT_NAME.match(masked, clause_from, a_start)
            name = _agreement_name(masked, tm.end(), clause_to) or (
                subject["name"] if subject else None
            )
        if not found and kind == "passive":
            added = _ADDED_PART.search(predicate)
            if added is None:
                continue
            # "The Credit Agreement is amended to add a new Schedule 6.01 thereto"
            kind_word = added["what"].title()
            label = (
                added["id"]
                if kind_word.endswith("section") or kind_word == "Section"
                else (f"{kind_word} {added['id']}")
            )
            span = (a_start + added.start(), a_start + added.end())
            found = [Target(label.rstrip("."), None, span)]
            subject = _SUBJECT_NAME.match(masked, clause_from, a_start)
            name = subject["name"] if subject else None
            block = (
                _block(pars, masked, colon, a_start, body_end, skip=wordings())
                if colon is not None
                else None
            )
            ops.append(Operation(tuple(found), "add", (clause_from, clause_to), block, name))
            taken.append((clause_from, block[1] if block else clause_to))
            continue
        if not found:
            continue
        if (
            colon is not None
            and _AS_FOLLOWS.search(predicate)
            and _INSTRUCTION.match(masked, colon + 1, body_end)
        ):
            # a lead-in: the items below it say what changes, each in its own words
            scope(colon + 1, a_start, found, name, lead=True)
            continue
        inner = _INNER_DEFINITIONS.search(predicate)
        part_of_definition = False
        if inner and found[0].section and not found[0].term:
            # "Section 1.1 is amended by deleting the definitions "A" and "B" ...": the terms
            terms = [_term(q) for q in re.findall(_QUOTED, inner["terms"])]
            span = (a_start + inner.start(), a_start + inner.end())
            found = [Target(found[0].section, t, span) for t in terms]
            if re.search(_PART_WORDS, predicate[: inner.start()], re.IGNORECASE):
                part_of_definition = True  # "by deleting clause (c) ... of the definition"
        inner_subs = _INNER_SUBSECTIONS.search(predicate)
        if inner_subs and len(found) == 1 and found[0].section and not found[0].term:
            # "Section 13.13 is amended by deleting subsections (a) and (b) in their entirety"
            subs = re.findall(r"\([a-zA-Z0-9]{1,5}\)", inner_subs["subs"])
            if not (found[0].section or "").endswith(subs[0]):  # not "clause (c) of Section 8.1"
                found = [Target(found[0].section + sub, None, found[0].span) for sub in subs]
        inner_sec = _INNER_SECTION.search(predicate)
        if (
            inner_sec
            and len(found) == 1
            and not found[0].term
            and _contains(found[0].section or "", inner_sec["num"])
        ):
            # "Article X is amended by deleting in its entirety Section 10.5 contained therein
            # and substituting ...": Section 10.5 is what changes
            span = (a_start + inner_sec.start("num"), a_start + inner_sec.end("num"))
            found = [Target(re.sub(r"\s+", "", inner_sec["num"]), None, span)]
            inner_subs = inner_sec
        action = _classify(predicate)
        if inner_subs and action == "amend" and _AND_REPLACING.search(predicate):
            action = "replace"  # "by deleting subsection (iv) thereof and replacing it with"
        elif (
            action == "amend"
            and _DELETES_ONLY.search(predicate)
            and _DELETES_PART.search(predicate)
        ):
            action = "delete"  # "by deleting clause (b) thereof", "the definition of "X""
        if (
            action == "amend"
            and colon is not None
            and (_AS_FOLLOWS.search(predicate) or not _PARTIAL.search(predicate))
        ):
            # "amended as follows:" (or "amended to follows:") says nothing about how: a
            # wording that opens with the provision's own number restates it whole
            action = _whole_or_part(text, colon, body_end, found[0].section)
        if found[0].term and _PART_NAMED.search(predicate):
            part_of_definition = True  # "the definition of "X" is amended to amend clause (iii)"
        if part_of_definition or _PART_OF.search(masked, clause_from, a_start):
            action = "amend"  # "the second sentence of Section 3.7(a) is amended to read"
        new_section = _NEW_SECTION.search(predicate)
        if new_section and found[0].term:
            new_section = None  # "a new clause (g)" of a definition: the definition is amended
            action = "amend" if action == "add" else action
        if new_section:
            num = re.sub(r"\s+", "", new_section["num"])
            if num.startswith("(") and found[0].section:
                num = found[0].section + num
            if not num.startswith("("):  # "a new clause (f)" of a definition: it is amended
                found = [Target(num, None, found[0].span)]
            else:
                new_section = None
                action = "amend" if action == "add" else action
        new_text = _new_wording(
            pars, masked, text, action, predicate, a_start, clause_to, colon, body_end, wordings()
        )
        if new_text and not new_section and _ADD_FOLLOWING.search(predicate):
            # "by adding the following new subsection at the end thereof:" "(d) ..."
            label = _BLOCK_LABEL.match(text, new_text[0], new_text[1])
            if label:
                num = label["label"]
                if num.startswith("(") and found[0].section:
                    num = found[0].section + num
                if not num.startswith("("):
                    found, action = [Target(num, None, found[0].span)], "add"
        added_parts = (
            _numbered_parts(pars, new_text, found[0].section)
            if new_text
            and action == "amend"
            and found[0].section
            and not found[0].term
            and _ADDS_FOLLOWING.search(predicate)
            else []
        )
        if added_parts:
            # "Section 7.1 is amended by inserting after Section 7.1.12 the following:" then
            # "7.1.13 ..." and "7.1.14 ...": each numbered part is new
            for num, piece in added_parts:
                target = Target(num, None, found[0].span)
                ops.append(Operation((target,), "add", (clause_from, clause_to), piece, name))
            taken.append((clause_from, new_text[1] if new_text else clause_to))
            continue
        if any(t.section and not t.term for t in found):
            scope(clause_from, a_start, found, name, lead=False)
        pieces = _pieces(pars, new_text, found) if new_text and len(found) > 1 else None
        if pieces:
            for target, piece in zip(found, pieces, strict=True):
                ops.append(Operation((target,), action, (clause_from, clause_to), piece, name))
        else:
            ops.append(Operation(tuple(found), action, (clause_from, clause_to), new_text, name))
        taken.append((clause_from, new_text[1] if new_text and colon is not None else clause_to))
    return ops


def _contains(outer: str, inner: str) -> bool:
    """Whether a part named inside an instruction lies in the part it is about: Section
    10.5 in Article X (any article), 7.1.13 or 7.1(d) in Section 7.1."""
    if outer.startswith("Article "):
        return True
    return bool(outer) and inner.startswith((outer + ".", outer + "("))


def _numbered_parts(
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
        (num, _unquote(text, start, end)) for (num, start), end in zip(starts, ends, strict=True)
    ]


def _inherit(found: list[Target], up: _Scope | None) -> list[Target]:
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
                out.append(Target(base + (t.section or ""), t.term, t.span))
        elif t.term and not t.section:
            out.append(Target(base, t.term, t.span))
        else:
            out.append(t)
    return out


def _list_end(pars: Paragraphs, i: int, cap: int) -> int:
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


def _new_wording(
    pars: Paragraphs,
    masked: str,
    text: str,
    action: str,
    predicate: str,
    a_start: int,
    clause_to: int,
    colon: int | None,
    body_end: int,
    skip: Sequence[tuple[int, int]] = (),
) -> tuple[int, int] | None:
    """The new wording an operation states: the attached schedule it names, the quoted
    words it inserts, or the block after its colon; none for a deletion."""
    if action == "delete":
        return None
    attached = _ATTACHED.search(predicate)
    if attached and action == "replace":
        label = attached.group(0).split()[0].upper() + " " + attached.group(1).upper()
        for region in attachments_after(text, clause_to):
            if region.label.upper().rstrip(".") == label.rstrip(".") and _STANDS_ALONE.search(
                text, max(0, region.start - 200), region.start
            ):
                return _unquote(text, region.start, region.end)  # no page marker, no tag
    ins = _INSERTED.search(masked, a_start, clause_to + 2)
    if ins is not None and (action == "amend" or (action == "replace" and colon is None)):
        # "... replaced with "[Intentionally omitted]"", "amended in its entirety to mean "X""
        quoted = _quoted_after(text, ins.end(), min(len(text), ins.end() + _MAX_NEW_TEXT))
        if quoted:
            return quoted
    if colon is not None and action in ("replace", "add", "amend"):
        if action == "amend" and not re.search(
            r"\b(?:follows|following|read)\b", predicate, re.IGNORECASE
        ):
            return None
        return _block(pars, masked, colon, a_start, body_end, skip=skip)
    return None


def provision_ref(agreement_ref: str, section: str | None, term: str | None) -> str:
    what = f"term:{norm_term(term)}" if term else f"section:{(section or '').lower()}"
    return f"provision:{agreement_ref}:{what}"


def _heading(text: str, span: tuple[int, int] | None, section: str | None) -> str | None:
    """The heading a new wording opens with: "3.02 TERM OF ... FACILITY. Subject ..." ->
    "TERM OF ... FACILITY"."""
    if span is None or not section:
        return None
    head = _mask(text[span[0] : min(span[1], span[0] + 300)])
    m = re.match(
        rf"\s*(?:Section\s+)?{re.escape(section)}\.?\s+"
        r"(?P<h>[A-Z][A-Za-z ,;&'/\-]{2,100}?)\.(?=\s)",
        head,
    )
    return " ".join(m["h"].split()) if m else None


#: "effective as of April 30, 2013 (the "Amendment Effective Date")": the cue before a date the
#: amendment states its changes take effect on.
_EFFECTIVE_AS_OF = re.compile(r"(?i)\beffective\s+as\s+of\s+")
#: What names that date: '(the "First Amendment Effective Date")'.
_NAMED_EFFECTIVE = re.compile(
    r"\s*\((?:the\s+|this\s+)?[\"“][^\"”]{0,40}\bEffective\s+Date[\"”]\)", re.IGNORECASE
)
#: '"Amendment Effective Date" means June 28, 2002': a definition that gives the date.
_EFFECTIVE_MEANS = re.compile(
    r"[\"“][^\"”]{0,40}\bAmendment\s+Effective\s+Date[\"”]\s+(?:shall\s+)?means?\s+"
)


def _stated_effective_date(text: str) -> str | None:
    """The date the amendment's body names as its effective date, where it gives one (an
    amendment signed on one day may take effect "as of" an earlier one); an effective date that
    depends on conditions ("the date on which each condition ... is satisfied") is none."""
    st = analyze(text)
    end = st.signatures.start if st.signatures else st.main_end
    for m in _EFFECTIVE_AS_OF.finditer(text, 0, end):
        dates = find_dates(text, m.end(), min(end, m.end() + 40))
        if dates and dates[0].start == m.end() and _NAMED_EFFECTIVE.match(text, dates[0].end):
            return dates[0].iso
    for m in _EFFECTIVE_MEANS.finditer(text, 0, end):
        dates = find_dates(text, m.end(), min(end, m.end() + 40))
        if dates and dates[0].start - m.end() < 3:
            return dates[0].iso
    return None


def extract_changes(ctx: DocContext) -> None:
    """Add the provisions this amendment changes, PROVISION_OF their agreement, and CHANGES;
    and those each amendment appended after the signatures changes, credited to it."""
    own = ctx.self_ref
    if own is None:
        return
    for i, amendment in enumerate(appended_amendments(ctx.text)):
        _appended_changes(ctx, i, amendment)
    ops = find_operations(ctx.text)
    if not ops:
        return
    default = default_target(ctx, [op.agreement_name for op in ops if op.agreement_name])
    own_entity = ctx.collector.get(own)
    date = _stated_effective_date(ctx.text) or (
        own_entity.props.get("date") if own_entity else None
    )
    for op in ops:
        target = target_ref(ctx, op.agreement_name, default)
        if target is None and op.agreement_name:
            target = only_referenced(ctx, op.agreement_name, op.clause[1])
        if target is None or target == own:
            continue
        for t in op.targets:
            add_change(ctx, own, target, t, op, date)


def _appended_changes(ctx: DocContext, i: int, amendment: AppendedAmendment) -> None:
    """What an amendment appended after the signatures changes, credited to it, in the
    agreement its operations name, else the one this document holds (the base it follows)."""
    ops = find_operations(ctx.text, amendment.body)
    if not ops:
        return
    ref = _appended_ref(ctx, i, amendment)
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    base = (
        ctx.self_ref
        if own is not None and own.props.get("kind") not in AMENDING_KINDS
        else default_target(ctx, [])
    )
    if base is not None and base != ref:
        ctx.collector.relate("AMENDS", ref, base, ctx.span(*amendment.title_span))
    for op in ops:
        target = target_ref(ctx, op.agreement_name, base)
        if target is None or target == ref:
            continue
        for t in op.targets:
            add_change(ctx, ref, target, t, op, amendment.date)


def _appended_ref(ctx: DocContext, i: int, amendment: AppendedAmendment) -> str:
    """The appended agreement ``ingest.appended`` made of the amendment's region when it made
    one, else a new contained Agreement with the amendment's title and date."""
    for j, region in enumerate(analyze(ctx.text).appended):
        ref = f"agreement:appended:{j}"
        e = ctx.collector.get(ref)
        if (
            e is not None
            and e.props.get("kind") == "amendment"
            and region.start <= amendment.body[0] < region.end
        ):
            return ref
    ref = f"agreement:amendment:{i}"
    title = title_case(amendment.title)
    label = (classify(title) or ("Agreement", "amendment"))[0]
    props: dict[str, PropValue] = {"title": title, "kind": "amendment", "date": amendment.date}
    ctx.collector.add(ref, label, ctx.span(*amendment.title_span), props, contained=True)
    return ref


def add_change(
    ctx: DocContext, own: str, target: str, t: Target, op: Operation, date: PropValue
) -> None:
    ref = provision_ref(target, t.section, t.term)
    named = ctx.span(*t.span) if op.action != "add" or not t.term else ctx.span(*op.clause)
    props: dict[str, PropValue] = {
        "agreement": target,
        "section": None if t.term else t.section,
        "term": t.term,
        "heading": _heading(ctx.text, op.new_text, t.section) if not t.term else None,
    }
    ctx.collector.add(ref, "Provision", named, props)
    ctx.collector.relate("PROVISION_OF", ref, target, named)
    clause = ctx.span(*op.clause)
    rel_props: dict[str, PropValue] = {"action": op.action, "effective_date": date}
    evidence: list[Span] = [clause]
    if op.new_text is not None:
        new = ctx.span(*op.new_text)
        rel_props["new_text"] = new.text
        evidence.append(new)
    for ev in evidence:
        ctx.collector.relate("CHANGES", own, ref, ev, rel_props)
