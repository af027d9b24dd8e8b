"""A signer's name: a person's name (with "Jr." or "3rd"), a name a converted page cut at the
line end rejoined, a person signing "individually" for himself. The shapes of a person's
name on a signature page, apart from the company-line shapes.
"""

from __future__ import annotations

import re

from ingest.names import looks_like_person
from ingest.signatures.fields import FIELD, Field

GENERATION = re.compile(r"\s*(?:Jr|Sr|JR|SR)\.?|\s*(?:II|III|IV)")


#: ", Jr.", " III", ", 3rd": a generation after a person's name
_GENERATION_TAIL = re.compile(r",?\s+(?:Jr\.?|Sr\.?|JR\.?|SR\.?|II|III|IV|\d(?:st|nd|rd|th))$")


def is_person(name: str) -> bool:
    """A person's name, with a generation after it ("N. Malone Mitchell, 3rd") or not."""
    return looks_like_person(_GENERATION_TAIL.sub("", name))


#: A signer's name that a converted page cut at the line end: "/s/ Gabriel", "Name: J.", "By
#: /s/ J. P. Causey" (its "Jr." on the next line), "// Lloyd".
_NAME_CUT = re.compile(
    r"^(?:(?:By|BY|by)\b\s*:?\s*)?(?:/[sS]/|//|Name\s*:)\s*"
    r"(?P<v>[A-Z][\w.'\-]*(?:[ \t]+[A-Z][\w.'\-]*){0,3})\s*$"
)
#: The rest of such a name opening the next line: initials and a surname ("P. Causey Jr.",
#: "Blonder, Senior Vice President"), or only the generation ("Jr.").
_NAME_REST = re.compile(
    r"^(?P<v>(?:[A-Z]\.\s*){0,2}[A-Z][a-z'\-]+(?:[ \t]+[A-Z][a-z'\-]+)?"
    r"(?:,?[ \t]+(?:Jr|Sr)\.?|[ \t]+(?:II|III|IV))?|(?P<gen>(?:Jr|Sr|JR|SR)\.?|II|III|IV))"
    r"(?=[ \t]*(?:,|$))"
)


def rejoined_names(text: str, fields: list[Field]) -> list[Field]:
    """The fields with each signer's name cut at a line end made whole again: "/s/ Gabriel" /
    "G. Claypool" is one field "/s/ Gabriel G. Claypool" (a page converted from HTML breaks
    lines where its table cell ended, blank lines between at most)."""
    out: list[Field] = []
    i = 0
    while i < len(fields):
        f = fields[i]
        head = _NAME_CUT.match(f.text)
        if head and i + 1 < len(fields):
            nxt = fields[i + 1]
            gap = text[f.end : nxt.start]
            rest = _NAME_REST.match(nxt.text)
            name = head["v"]
            cut = not is_person(name) or bool(re.search(r"\b[A-Z]\.$", name))
            if (
                rest
                and not gap.strip()
                and gap.count("\n") <= 2
                and (cut or rest["gen"])
                and is_person(f"{name} {rest['v']}")
                and not FIELD.match(nxt.text)
            ):
                out.append(Field(f.start, nxt.end, text[f.start : nxt.end]))
                i += 2
                continue
        out.append(f)
        i += 1
    return out


#: "Karl Halvorsen, individually", "KARL HALVORSEN, an individual": a person signing for himself.
INDIVIDUALLY_SIGNED = re.compile(
    r"(?P<name>[A-Z][\w.'\-]*(?:[ \t]+[A-Z][\w.'\-]*){1,4}),?[ \t]+"
    r"(?:individually|an\s+individual|in\s+(?:his|her)\s+individual\s+capacity)"
)
