"""Words added to a provision named after the verb: "The following sentence is added at the
end of Section 4.2 of the Supply Agreement:", "the following proviso shall be inserted at the
end of clause (b) of Section 7.1:". The subject is the new words, not a provision, so the
provision they join is read after the phrase; the provision is changed in part (``amend``),
never added, and its new wording is the block after the colon."""

from __future__ import annotations

import re

from ingest.changes.targets import TARGET
from ingest.rules import rule

#: The new words as the subject of "is added": "The following sentence", "the following new
#: proviso", "The following words".
_NEW_WORDS_SUBJECT = rule(
    "changes.new_words_subject",
    r"(?i)\bthe\s+following\s+(?:new\s+|additional\s+)?(?:sentences?|words|proviso|text"
    r"|language|paragraph)\s*\Z",
    reads='an operative clause, right before a passive "is added": the new words as its subject',
    matches=["1. The following sentence ", "the following new proviso ", "The following words "],
    rejects=["The following definitions ", "the following new Section 7.12 ", "Section 4.2 "],
)
#: After "is added" / "shall be inserted": where the words go, up to the provision they join.
_AT_END_OF = rule(
    "changes.added_at_end_of",
    r"(?i)\s*(?:immediately\s+)?(?:at\s+the\s+end\s+of|to\s+the\s+end\s+of"
    r"|(?:immediately\s+)?after\s+the\s+(?:first|second|third|last|final)\s+sentence\s+of)\s+"
    # (a provision, never the agreement: "at the end of the Agreement")
    r"(?=(?:the\s+)?(?:(?:sub)?sections?|clauses?|paragraphs?|Article|Schedule|Exhibit|Annex"
    r"|Appendix|definition|Recital|Part|§)\b)",
    reads='an operative clause whose subject is the new words, right after "is added": '
    "where they go, before the provision they join",
    matches=[" at the end of Section 4.2", " immediately after the last sentence of Section 9"],
    rejects=[" to the Agreement as a new Section 7.12", " at the end of the Agreement"],
    mode="match",
)
_ADDED = re.compile(r"(?i)\A(?:is|are|shall\s+be),?\s+(?:hereby\s+)?(?:added|inserted)\Z")


def joined_provision(
    masked: str, clause_from: int, a_start: int, a_end: int
) -> re.Match[str] | None:
    """The provision that new words named as the subject of "is added" join (a TARGET match
    after "at the end of"), where the clause has that shape."""
    if not _ADDED.match(masked[a_start:a_end].strip()):
        return None
    if not _NEW_WORDS_SUBJECT.search(masked, max(clause_from, a_start - 60), a_start):
        return None
    place = _AT_END_OF.match(masked, a_end)
    return TARGET.match(masked, place.end()) if place else None
