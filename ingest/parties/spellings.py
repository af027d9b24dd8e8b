"""One party under several spellings: the mixed-case spelling of an all-caps name,
the same organization with or without its suffix or with one letter misspelt,
the best of two spellings, and the other spellings kept as aliases.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ingest.context import DocContext
from ingest.names import TERMINAL_SUFFIXES, clean_name, words
from ingest.rules import passage, rule

#: A courtesy title before a person's name ("Dr.", "Mr.", "Ms."): no part of who the person is.
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+(?=[A-Z])")


def unstyled(name: str) -> str:
    return _HONORIFIC.sub("", name.strip())


def display_name(ctx: DocContext, name: str) -> str:
    """A name as written; for an all-caps name, its mixed-case spelling if the text has one."""
    name = clean_name(name)
    if any(c.islower() for c in name):
        return name
    return _mixed_spelling(ctx.text, name)


@lru_cache(maxsize=64)
def _mixed_spelling(text: str, name: str) -> str:
    """The first mixed-case spelling of an all-caps name in the text (cached: signature pages
    repeat names). Searched in the lower-cased text, which is much faster than a
    case-insensitive pattern, when lower-casing keeps every offset."""
    lowered = _lowered(text)
    pattern = r"\s+".join(re.escape(w) for w in name.lower().split())
    haystack, flags = (lowered, 0) if len(lowered) == len(text) else (text, re.IGNORECASE)
    for m in re.finditer(pattern, haystack, flags):
        found = text[m.start() : m.end()]
        if any(c.islower() for c in found):
            return clean_name(found)
    return name


@lru_cache(maxsize=4)
def _lowered(text: str) -> str:
    return text.lower()


#: A bank's branch or agency after its name ("Deutsche Bank AG, New York Branch", "KBC BANK NV,
#: NEW YORK BRANCH", "Bank of Ireland, acting through its Grand Cayman Branch", "Banco Austral,
#: Miami Agency"): an office of the bank, no legal person of its own, so the office and the
#: bank named bare are one party. An agency only after a comma ("Federal Housing Finance
#: Agency" is a whole name).
BRANCH_TAIL = rule(
    "parties.branch_tail",
    r"(?:,?\s+(?:acting\s+(?:by\s+and\s+)?through\s+its\s+)?"
    r"(?!(?:AG|A\.G\.|NV|N\.V\.|SA|S\.A\.|PLC|plc|Ltd\.?|LTD\.?|Limited|LIMITED|N\.A\.)\s)"
    r"(?:[A-Z][\w.&'-]*\s+){1,3}(?:Branch|BRANCH)"
    r"(?:\s+(?:and/or|AND/OR|and|AND)\s+(?:[A-Z][\w.&'-]*\s+){1,3}(?:Branch|BRANCH))?"
    r"|,\s+(?:[A-Z][\w.&'-]*\s+){1,3}(?:Agency|AGENCY))\.?$",
    reads="a party's name: the branch or agency of a bank it ends with",
    matches=[
        passage("Banco Atlantico S.A., New York Branch", match=", New York Branch"),
        passage("NORDLAND BANK AG CAYMAN ISLANDS BRANCH", match=" CAYMAN ISLANDS BRANCH"),
        passage(
            "Bank of Hollis, acting through its Grand Cayman Branch",
            match=", acting through its Grand Cayman Branch",
        ),
        passage("TORVALD BANK, LTD., ATLANTA AGENCY", match=", ATLANTA AGENCY"),
        passage(
            "WESTPAC BANKING CORPORATION, NEW YORK BRANCH\nAND/OR CAYMAN ISLANDS BRANCH",
            match=", NEW YORK BRANCH\nAND/OR CAYMAN ISLANDS BRANCH",
        ),
    ],
    rejects=[
        "Harbor Branch Oceanographic Institution",
        "Branch Banking and Trust Company",
        "Federal Housing Finance Agency",
    ],
)


def branchless(name: str) -> str:
    """The bank a branch's or agency's name names ("Banco Atlantico S.A." for "Banco Atlantico
    S.A., New York Branch"); any other name as it is."""
    m = BRANCH_TAIL.search(name)
    return name[: m.start()].rstrip(" ,") if m and m.start() > 0 else name


def _other_branch(a: str, b: str) -> bool:
    """Whether two names are two branches of one bank ("..., New York Branch" lends, "...,
    Sichuan Branch" issues the letter of credit that backs the loan): kept apart, as the
    agreement tells them apart."""
    ta, tb = BRANCH_TAIL.search(a), BRANCH_TAIL.search(b)
    if ta is None or tb is None:
        return False
    return words(ta.group(0)) != words(tb.group(0))


def core_words(name: str) -> list[str]:
    """A name's words without its corporate suffixes and a leading article: the preamble's
    "Frost National Bank" ("and THE FROST NATIONAL BANK, a national banking association") is
    the signature page's "THE FROST NATIONAL BANK"."""
    ws = words(branchless(name))
    while ws and ws[-1] in TERMINAL_SUFFIXES:
        ws.pop()
    if len(ws) > 1 and ws[0] == "the":
        ws.pop(0)
    return ws


#: Spellings of one corporate form ("Incorporated" / "Inc.", "Limited" / "Ltd.").
_FORM = {"incorporated": "inc", "corporation": "corp", "limited": "ltd", "company": "co"}


def _form(name: str) -> tuple[str, ...]:
    """The corporate suffixes that end a name, one spelling each ("Ltd." and "Limited" agree);
    counted from the name's end, so that a leading article ("THE LANTERN GROUP, INC.") shifts
    no word of the name into its form."""
    ws = words(branchless(name))
    end = len(ws)
    while end and ws[end - 1] in TERMINAL_SUFFIXES:
        end -= 1
    return tuple(_FORM.get(w, w) for w in ws[end:])


def same_organization(ctx: DocContext, name: str) -> tuple[str, bool] | None:
    """The party already named "Superior Drilling Products" when the signature page reads
    "SUPERIOR DRILLING PRODUCTS, INC.": a name without a suffix, or with the same corporate
    form, is the company named so before. Two forms ("Crown Camp Services, Inc." and "Crown
    Camp Services Ltd.", a group's U.S. and Canadian companies) are two companies. Nor does
    one document name two companies whose names differ by a slip of the typist in one word
    ("Emerson HealthCare" / "EMERSON HEALTHCATE", "Naked Brands Group" / "Naked Brand
    Group") or by an accent ("Spôk" / "Spōk"): the ref, and whether the match was such a
    near one (a misspelling is no name the party goes by)."""
    core = core_words(name)
    if not core:
        return None
    form = _form(name)
    near = None
    for ref, e in ctx.collector.entities.items():
        other = e.props.get("name")
        if e.label != "Party" or not isinstance(other, str):
            continue
        other_core = core_words(other)
        if other_core != core and (near is not None or not _misspelt(other_core, core)):
            continue
        if _other_branch(name, other):
            continue
        other_form = _form(other)
        if form and other_form and _distinct_forms(form, other_form):
            continue
        if other_core == core:
            return ref, False
        near = ref
    return (near, True) if near else None


def _misspelt(a: list[str], b: list[str]) -> bool:
    """Two names of two words or more that differ by accents and in one word at most, by one
    letter added, dropped or changed (never in a number: "Fund II" is not "Fund III"), by two
    letters typed twice over in a long word, or by a space slipped in or out ("IndeLiving
    Holdings" / "Inde Living Holdings")."""
    if len(a) != len(b) and len(a) + len(b) >= 4 and "".join(a) == "".join(b):
        return True
    if len(a) != len(b) or len(a) < 2:
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if _unaccented(x) != _unaccented(y)]
    if not diff:
        return True
    if len(diff) != 1:
        return False
    x, y = (_unaccented(w) for w in diff[0])
    if min(len(x), len(y)) < 5 or any(c.isdigit() for c in x + y) or x[0] != y[0]:
        return False
    return _one_edit(x, y) or _stutter(x, y)


def _stutter(x: str, y: str) -> bool:
    """Whether two letters typed twice over turn the one word into the other ("PROPERERTIES"
    for "PROPERTIES"): a slip of the typist in a long word, never a word of its own."""
    if len(x) > len(y):
        x, y = y, x
    if len(y) - len(x) != 2 or len(x) < 8:
        return False
    return any(x[:i] + x[i - 2 : i] + x[i:] == y for i in range(2, len(x) + 1))


def _unaccented(word: str) -> str:
    plain = unicodedata.normalize("NFKD", word)
    return "".join(c for c in plain if not unicodedata.combining(c))


def _one_edit(x: str, y: str) -> bool:
    """Whether one letter added, dropped or changed, or two neighbours swapped ("Bioworsk"),
    turns ``x`` into ``y``."""
    if len(x) > len(y):
        x, y = y, x
    if len(y) - len(x) > 1:
        return False
    i = next((k for k, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), len(x))
    if len(x) == len(y) and x[i : i + 2] == y[i : i + 2][::-1] and x[i + 2 :] == y[i + 2 :]:
        return True
    return x[i + (len(x) == len(y)) :] == y[i + 1 :]


def _distinct_forms(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two suffix runs are different corporate forms: "Inc." vs "Ltd.", "L.P." vs
    "LLC" (a "Corp." and an "Inc." are often one company's two spellings, kept together)."""
    loose = {"inc", "corp", "co"}
    return a != b and not (set(a) <= loose and set(b) <= loose)


_SPELLED = {
    "INC.": "Inc.",
    "CORP.": "Corp.",
    "CO.": "Co.",
    "LTD.": "Ltd.",
    "CORPORATION": "Corporation",
    "INCORPORATED": "Incorporated",
    "LIMITED": "Limited",
}


def merged_name(old: str, new: str) -> str:
    """The best spelling of one company's two names: mixed case beats all capitals, and
    "Cobalt Ridge Minerals" + "COBALT RIDGE MINERALS, INC." gives "Cobalt Ridge Minerals, Inc.";
    a bank named bare beats its branch's name, the party being the bank."""
    old_branch, new_branch = branchless(old) != old, branchless(new) != new
    if old_branch != new_branch:
        return old if new_branch else new
    old_mixed, new_mixed = any(c.islower() for c in old), any(c.islower() for c in new)
    extra = len(words(new)) - len(words(old))
    # a leading article is no word of the tail the capitals add ("THE LANTERN GROUP, INC.")
    added = len(_unarticled(new)) - len(_unarticled(old))
    if old_mixed and not new_mixed and added > 0:
        tokens = new.split()
        tail = " ".join(_SPELLED.get(t, t) for t in tokens[len(tokens) - added :])
        comma = "," if tokens[len(tokens) - added - 1].endswith(",") else ""
        return f"{old}{comma} {tail}"
    if new_mixed != old_mixed:
        return new if new_mixed else old
    return new if extra > 0 else old


def _unarticled(name: str) -> list[str]:
    """A name's words without a leading "The"."""
    ws = words(name)
    return ws[1:] if len(ws) > 1 and ws[0] == "the" else ws


def spelling_key(name: str) -> str:
    """What two spellings of one name share when they are the same words: case, accents,
    punctuation, spacing, a leading "The" and a courtesy title aside ("L.L.C." and "L L C"
    agree; "Dr. Jane Roe" and "Jane Roe" too; "LLC" is another spelling)."""
    plain = unicodedata.normalize("NFKD", unstyled(name).lower().replace("&", " and "))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"^the ", "", " ".join(re.sub(r"[^\w\s]", " ", plain).split()))


def keep_spellings(aliases: list[str], name: str, earlier: str, later: str) -> None:
    """Another spelling of a party's name in the same document ("Centrack International" in
    the preamble, "CENTRACK INTERNATIONAL, INC." on the signature page; "Electric City of
    Illinois LLC" / "L.L.C.") is one more name it goes by: kept as an alias. A later mention
    that only shortens a spelling already known ("Snap Technologies" under "Snap
    Technologies, Inc.") is the same name cut, not another."""
    seen = {spelling_key(name), *(spelling_key(a) for a in aliases)}
    for is_later, spelling in ((False, earlier), (True, later)):
        key = spelling_key(spelling)
        if not key or key in seen:
            continue
        if is_later and any(k.startswith(key + " ") for k in seen):
            continue
        aliases.append(clean_name(spelling))
        seen.add(key)
