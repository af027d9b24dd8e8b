"""The lexical first line of the read-only console, shared by both stores.

The engines enforce read-only themselves (Neo4j: READ transactions and an ``EXPLAIN`` check;
FalkorDB: ``GRAPH.RO_QUERY``), but neither refuses everything an analyst must not do:
``LOAD CSV`` is a *read* that fetches ``file://`` and ``http://`` URLs, and read procedures
can reach the DBMS. So before a query reaches an engine we tokenize it (comments and string
literals dropped, backtick-quoted names kept as names) and refuse, with the reason:

- clauses that write or administer (CREATE, MERGE, SET, DELETE, DETACH, REMOVE, DROP,
  FOREACH, LOAD CSV, USE, SHOW, GRANT, DENY, REVOKE, ALTER, TERMINATE, START/STOP DATABASE,
  ``IN TRANSACTIONS``), wherever they occur, including inside ``CALL { ... }``;
- ``CALL name`` of any procedure outside the engine's allow-list, compared case-insensitively
  after joining backtick-quoted parts, so ``cAlL `DbMs`.components()`` is refused too;
- functions in the ``apoc``, ``dbms``, ``gds`` namespaces, and more than one statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dealgraph.errors import ReadOnlyViolation

#: Procedures every engine may run from the console (lower case).
COMMON_PROCEDURES = frozenset(
    {"db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization"}
)

_WRITE_WORDS = frozenset(
    {
        "create",
        "merge",
        "set",
        "delete",
        "detach",
        "remove",
        "drop",
        "foreach",
        "load",
        "use",
        "show",
        "grant",
        "deny",
        "revoke",
        "alter",
        "terminate",
    }
)
_BANNED_NAMESPACES = frozenset({"apoc", "dbms", "gds"})


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # "word" (bare identifier/keyword), "quoted" (backtick name), "punct", "other"
    text: str


def tokenize(query: str) -> list[Token]:
    """Split Cypher into tokens, dropping comments and string literals (they cannot act)."""
    tokens: list[Token] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
        elif query.startswith("//", i):
            end = query.find("\n", i)
            i = n if end < 0 else end + 1
        elif query.startswith("/*", i):
            end = query.find("*/", i + 2)
            if end < 0:
                raise ReadOnlyViolation("unterminated /* comment")
            i = end + 2
        elif c in "'\"":
            i = _skip_string(query, i)
            tokens.append(Token("other", "''"))
        elif c == "`":
            end = query.find("`", i + 1)
            while end >= 0 and query.startswith("``", end):  # doubled backtick escapes one
                end = query.find("`", end + 2)
            if end < 0:
                raise ReadOnlyViolation("unterminated `quoted name`")
            tokens.append(Token("quoted", query[i + 1 : end].replace("``", "`")))
            i = end + 1
        elif c.isalpha() or c == "_":
            m = re.compile(r"[\w$]+").match(query, i)
            assert m is not None
            tokens.append(Token("word", m.group(0)))
            i = m.end()
        else:
            tokens.append(Token("punct", c))
            i += 1
    return tokens


def _skip_string(query: str, start: int) -> int:
    quote, i = query[start], start + 1
    while i < len(query):
        if query[i] == "\\":
            i += 2
        elif query[i] == quote:
            return i + 1
        else:
            i += 1
    raise ReadOnlyViolation("unterminated string literal")


def _qualified_name(tokens: list[Token], i: int) -> tuple[str, int]:
    """Read ``a.b.c`` (parts bare or backtick-quoted) from ``tokens[i]``; return name, next."""
    parts: list[str] = []
    while i < len(tokens) and tokens[i].kind in ("word", "quoted"):
        parts.append(tokens[i].text)
        i += 1
        if i < len(tokens) and tokens[i].text == "." and i + 1 < len(tokens):
            i += 1
            continue
        break
    return ".".join(parts).lower(), i


def check_read_only(query: str, allowed_procedures: frozenset[str]) -> None:
    """Raise ReadOnlyViolation naming the first reason ``query`` may not run in the console."""
    tokens = tokenize(query)
    if not tokens:
        raise ReadOnlyViolation("empty query")
    semis = [k for k, t in enumerate(tokens) if t.text == ";"]
    if semis and semis != [len(tokens) - 1]:
        raise ReadOnlyViolation("one statement at a time")
    allowed = COMMON_PROCEDURES | {p.lower() for p in allowed_procedures}
    for k, tok in enumerate(tokens):
        # a quoted name never counts as a keyword: `as` is an alias, not AS
        prev = tokens[k - 1].text if k and tokens[k - 1].kind != "quoted" else ""
        nxt = tokens[k + 1].text if k + 1 < len(tokens) and tokens[k + 1].kind != "quoted" else ""
        if tok.kind != "word" or prev in (".", ":", "$") or prev.lower() == "as" or nxt == ":":
            continue  # a property key, label, parameter, alias or map key: not a clause
        word = tok.text.lower()
        if word == "load" and nxt.lower() == "csv":
            raise ReadOnlyViolation("LOAD CSV is not allowed in the console")
        if word in _WRITE_WORDS:
            raise ReadOnlyViolation(f"{tok.text.upper()} is not allowed: the console is read-only")
        if word in ("start", "stop") and nxt.lower() in ("database", "server"):
            raise ReadOnlyViolation(f"{tok.text.upper()} is an admin command")
        if word == "transactions" and prev.lower() == "in":
            raise ReadOnlyViolation("CALL { ... } IN TRANSACTIONS is not allowed")
        if word == "call" and nxt not in ("{", "("):
            name, _ = _qualified_name(tokens, k + 1)
            if name not in allowed:
                raise ReadOnlyViolation(f"procedure {name or '?'!r} is not allowed in the console")
    for k, tok in enumerate(tokens):
        if tok.kind in ("word", "quoted") and (k == 0 or tokens[k - 1].text != "."):
            name, end = _qualified_name(tokens, k)
            root = name.split(".", 1)[0]
            called = end < len(tokens) and tokens[end].text == "("
            if "." in name and root in _BANNED_NAMESPACES and called:
                raise ReadOnlyViolation(f"function {name!r} is not allowed in the console")
