"""The rule registry: every pattern that recognises a drafting shape, named and tested.

Vocabulary:
- *rule*: one compiled pattern with a dotted name ``<fact>.<shape>`` ("law.governed_by"), the
  part of a document it reads and what it finds there, and the passages that test it.
- *passage*: a sentence written in the general shape of drafting (never one filing's sentence)
  that the rule must match, optionally with what the match must yield: its text
  (``match=...``) or a named group (``place="New York"``). A *near miss* (``rejects``) is a
  passage the rule must not match.
- *mode*: how the code applies the pattern (``search``; ``match`` when it is tried at one
  position, such as right after a title; ``fullmatch`` when it must cover a whole stretch),
  and so how its passages are checked.

Registration is one call at module level that returns the compiled pattern, so the code that
uses a rule reads as before::

    _GOVERNED = rule(
        "law.governed_by",
        r"\\bgoverned\\s+by\\s+the\\s+laws\\s+of\\s+(?P<place>...)",
        reads="a choice-of-law clause: the jurisdiction whose law governs",
        matches=[passage("This Agreement shall be governed by the laws of Ohio.", place="Ohio")],
        rejects=["a corporation organized under the laws of Ohio"],
    )

``tests/test_rule_registry.py`` checks every passage of every registered rule and that no two
rules share a name; ``dealgraph rules`` lists them.

Adding a rule for a new drafting shape: find the shape in several documents of the corpus,
write two or three passages of your own in that shape (and the near misses it must leave
alone), register the pattern with :func:`rule` in the module of the fact it reads, and run
``pytest tests/test_rule_registry.py``. On the registry so far: ``law``, ``dates``,
``amounts``, ``sections``, ``schedules``, ``undersigned``, ``underlying``, ``nlp``,
``appended``, ``amendment_regions``, ``references``, ``structure``, ``notes``, ``instruments``,
``letters``, ``roles``, ``announced_facilities`` and ``readers.uuencoded``; in ``changes``,
``relations``, ``parties`` and ``signatures`` the modules written or rewritten since
(``relations.lending``, ``relations.security_grants``, ``parties.cues``,
``signatures.witnesses`` ...); the rest of
``ingest/`` moves onto it module by module (a module moves whole, so that each module is either
all rules or none). ``dealgraph rules`` lists them.
Text plumbing that recognises no drafting (collapsing spaces, splitting words) stays plain
``re``, as do patterns built at run time from a document's own titles.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Mode = Literal["search", "match", "fullmatch"]


@dataclass(frozen=True, slots=True)
class Passage:
    """A passage the rule must match, and what its first match must yield (group -> text;
    the group ``match`` is the whole match)."""

    text: str
    yields: tuple[tuple[str, str], ...] = ()


def passage(text: str, **yields: str) -> Passage:
    """``passage("... the laws of the State of Ohio.", place="Ohio")``."""
    return Passage(text, tuple(yields.items()))


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    #: the module that registered it (``ingest.law``)
    module: str
    #: the part of a document the rule reads and what it finds there
    reads: str
    pattern: re.Pattern[str]
    matches: tuple[Passage, ...]
    rejects: tuple[str, ...] = ()
    mode: Mode = "search"

    def first(self, text: str) -> re.Match[str] | None:
        """The rule applied to a passage as the code applies it."""
        if self.mode == "match":
            return self.pattern.match(text)
        if self.mode == "fullmatch":
            return self.pattern.fullmatch(text)
        return self.pattern.search(text)


_REGISTRY: list[Rule] = []


def rule(
    name: str,
    pattern: str,
    flags: int | re.RegexFlag = 0,
    *,
    reads: str,
    matches: Iterable[str | Passage],
    rejects: Iterable[str] = (),
    mode: Mode = "search",
) -> re.Pattern[str]:
    """Register a rule and return its compiled pattern (compiled exactly as ``re.compile``)."""
    compiled = re.compile(pattern, flags)
    module = str(sys._getframe(1).f_globals.get("__name__", ""))
    _REGISTRY.append(
        Rule(
            name,
            module,
            reads,
            compiled,
            tuple(p if isinstance(p, Passage) else Passage(p) for p in matches),
            tuple(rejects),
            mode,
        )
    )
    return compiled


def registered() -> tuple[Rule, ...]:
    """Every rule of ``ingest``: each of its modules is imported, so each has registered."""
    import ingest

    for info in pkgutil.walk_packages(ingest.__path__, "ingest."):
        importlib.import_module(info.name)
    return tuple(_REGISTRY)
