"""The list labels that open a filing's paragraphs ("(b)", "(iv)", "2.", "1.3", "III.") and the
lists they make: which labelled paragraph is the next item of a list another one sits in.

Vocabulary:
- *label*: the enumerator at the start of a paragraph; *readings*: its (style, ordinal) pairs,
  several where it is ambiguous ("(i)" is the ninth letter or the first roman numeral, "I."
  the ninth capital or the first roman numeral).
- *enclosing labels*: of a paragraph, its own label and that of each list it sits in.

The amendment operations of ``ingest.changes`` read these to know where a new wording ends:
at the next item of a list the operation sits in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.structure.regions import paragraphs

_CARDINALS = [
    "ONE",
    "TWO",
    "THREE",
    "FOUR",
    "FIVE",
    "SIX",
    "SEVEN",
    "EIGHT",
    "NINE",
    "TEN",
    "ELEVEN",
    "TWELVE",
    "THIRTEEN",
    "FOURTEEN",
    "FIFTEEN",
]
_ORDINALS = [
    "FIRST",
    "SECOND",
    "THIRD",
    "FOURTH",
    "FIFTH",
    "SIXTH",
    "SEVENTH",
    "EIGHTH",
    "NINTH",
    "TENTH",
    "ELEVENTH",
    "TWELFTH",
    "THIRTEENTH",
    "FOURTEENTH",
    "FIFTEENTH",
]
#: An item number written as a word in capitals, and its value: the "FIRST:", "SECOND:" or
#: "ONE.", "TWO." of amendments (and certificates of amendment) numbered with words.
WORD_NUMBERS = {w: n for words in (_CARDINALS, _ORDINALS) for n, w in enumerate(words, 1)}
#: The label opening a paragraph, after "Section"/"Article" where the filing writes it.
_ENUMERATOR = re.compile(
    r"\s*(?:(?P<subpart>SUBPART|Subpart|ARTICLE|Article|SECTION|Section|§)\s*)?"
    # "(aa)", and "(aaa)" in the longest lists, a letter thrice
    r"(?P<label>\((?:[a-z]{1,2}|(?P<letter>[a-z])(?P=letter){2}|[ivx]{1,5}|\d{1,2}|[A-Z])\)|\d{1,2}(?:\.\d{1,3})*\.?(?=\s)"
    r"|[IVX]{1,5}\.(?=\s)|[A-Z]\.(?=\s)|[a-z]{1,2}\.(?=\s)"
    # items numbered with words in capitals: "FIRST:", "SECOND:"; "ONE.", "TWO."
    rf"|(?:{'|'.join(WORD_NUMBERS)})[.:](?=\s))"
)
#: Lower-case roman numerals up to xxxix and their values.
ROMAN = {
    f"{tens}{ones}": t * 10 + o
    for t, tens in enumerate(("", "x", "xx", "xxx"))
    for o, ones in enumerate(("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"))
    if t or o
}
#: The (style, ordinal) readings of one label.
Label = tuple[tuple[str, int], ...]


def label_readings(label: str) -> Label:
    """The (style, ordinal) readings of a list label: "(b)" -> (("paren-alpha", 2),), "2." ->
    (("num", 2),); "(i)", "(v)" and "(x)" read as a roman numeral and as a letter."""
    core = label.strip()
    if core.startswith("("):
        inner = core[1:-1]
        if inner.isdigit():
            return (("paren-num", int(inner)),)
        out: list[tuple[str, int]] = []
        if inner in ROMAN:
            out.append(("paren-roman", ROMAN[inner]))
        if inner.isalpha() and inner.islower() and (len(inner) == 1 or inner not in ROMAN):
            out.append(("paren-alpha", (ord(inner[0]) - 96) + 26 * (len(inner) - 1)))
        elif inner.isalpha() and inner.isupper():
            out.append(("paren-upper", ord(inner[0]) - 64))
        return tuple(out)
    core = core.rstrip(".:")
    if core in WORD_NUMBERS:
        return (("word", WORD_NUMBERS[core]),)
    if re.fullmatch(r"\d+", core):
        return (("num", int(core)),)
    if re.fullmatch(r"\d+(?:\.\d+)+", core):
        parts = core.split(".")
        return ((f"dec{len(parts)}:{'.'.join(parts[:-1])}", int(parts[-1])),)
    if re.fullmatch(r"[IVX]{1,5}", core) and core.lower() in ROMAN:
        # "II. Amendment of Agreement." then "III. Representations."; "I." and "V." may
        # also be letters
        roman = ("upper-roman", ROMAN[core.lower()])
        return (roman, ("upper", ord(core) - 64)) if len(core) == 1 else (roman,)
    if re.fullmatch(r"[A-Z]", core):
        return (("upper", ord(core) - 64),)
    if re.fullmatch(r"[a-z]{1,2}", core):
        return (("alpha-dot", (ord(core[0]) - 96) + 26 * (len(core) - 1)),)
    return ()


def _paragraph_label(text: str, start: int) -> Label:
    m = _ENUMERATOR.match(text, start)
    if m and m["subpart"] and re.match(r"\s+(?:of|to|in)\b", text[m.end() : m.end() + 6]):
        return ()  # "Section 6.11 of the Agreement is amended": a sentence's subject, no label
    return label_readings(m["label"]) if m else ()


#: A line that opens a list item ("(b) ...", "1.3 ...", "2. ...") inside a paragraph whose
#: lines are not separated by blank lines.
_LABEL_LINE = re.compile(
    r"\n(?=[ \t]*(?:(?:SECTION|Section|ARTICLE|Article)[ \t\xa0]+)?"
    r"(?:\([a-z0-9]{1,4}\)|\d{1,2}(?:\.\d{1,3})+\.?|\d{1,2}\.|[a-z]{1,2}\.)[ \t\xa0]+[A-Z(\"“])"
)


def _split_at_labels(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    for m in _LABEL_LINE.finditer(text, start, end):
        if text[pos : m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
        while pos < end and text[pos] in " \t":
            pos += 1
    if text[pos:end].strip():
        out.append((pos, end))
    return out


def is_successor(found: Label, of: Label) -> bool:
    """Whether a label comes after another in the same list (under any of their readings)."""
    return any(f[0] == o[0] and f[1] > o[1] for f in found for o in of)


#: A list label inside a paragraph's first lines, after a sentence or heading ends.
_INLINE_LABEL = re.compile(r"(?:(?<=[.:;] )|(?<=[.:;]  )|(?<=\n))[ \t]*(\([a-z0-9]{1,4}\))\s")


class Paragraphs:
    """The paragraphs of a document's main body, and the list labels that open them."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.spans = [
            part for s, e in paragraphs(text, start, end) for part in _split_at_labels(text, s, e)
        ]
        self.labels = [_paragraph_label(text, s) for s, _ in self.spans]

    def index_of(self, pos: int) -> int | None:
        for i, (s, e) in enumerate(self.spans):
            if s <= pos < e:
                return i
        return None

    def _opens_inline(self, j: int, inner: dict[str, int]) -> bool:
        """Whether paragraph ``j`` holds, after its own label, an earlier item of the list
        ``inner`` stands for ("SECTION 2. Amendments. (a) The definition ..." then "(b)")."""
        s, e = self.spans[j]
        for m in _INLINE_LABEL.finditer(self.text, s, min(e, s + 400)):
            if any(inner.get(style, 0) > n for style, n in label_readings(m.group(1))):
                return True
        return False

    def enclosing_labels(self, i: int, skip: Sequence[tuple[int, int]] = ()) -> list[Label]:
        """The label of paragraph ``i`` and of each list it sits in (the nearest earlier
        paragraph of every other label style), innermost first; the paragraphs of an earlier
        operation's new wording (``skip``) hold no list this one sits in."""
        out: list[Label] = []
        styles: set[str] = set()
        # the lowest ordinal met so far in the innermost list collected: a label of another
        # style met before that list's first item belongs to a list nested in an earlier item
        # ("2.2 ... (c) The following definitions ..." then "2.3", "2.4": the "(c)" holds no
        # "2.4"), never to one the paragraph sits in
        inner: dict[str, int] = {}
        for j in range(i, -1, -1):
            if j != i and any(s <= self.spans[j][0] < e for s, e in skip):
                continue
            lab = self.labels[j]
            if not lab:
                continue
            same = {r[0]: r[1] for r in lab if r[0] in inner}
            if same:
                for style, n in same.items():
                    inner[style] = min(inner[style], n)
                continue
            if {r[0] for r in lab} & styles:
                continue
            if inner and min(inner.values()) > 1 and not self._opens_inline(j, inner):
                continue
            out.append(lab)
            styles |= {r[0] for r in lab}
            inner = {r[0]: r[1] for r in lab}
            if "num" in styles:
                break
        return out
