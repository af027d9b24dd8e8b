"""The named Cypher queries of ``queries/*.cypher``, loaded once (aiosql's habit).

They are package data of ``graph`` (``graph/cypher`` links to ``queries/``), so an
installed wheel reads them exactly as a source checkout does.

A file holds blocks, each opened by a header line ``// name: some_name``; the block's text
runs to the next header. Comment lines before the first header are allowed (file notes);
any other text outside a block, a duplicate name, an empty block or a positional ``$0``
parameter is refused at load, so a broken file fails the first test that touches the registry.
Parameters are ``$named`` only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from dealgraph.errors import ConfigError

QUERIES_DIR = resources.files("graph") / "cypher"

_HEADER = re.compile(r"^\s*//\s*name:\s*(?P<name>\S*)\s*$")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_POSITIONAL = re.compile(r"\$\d")


def parse(text: str, source: str) -> dict[str, str]:
    """Split one file's text into ``{name: cypher}``; raise ConfigError on anything odd."""
    blocks: dict[str, list[str]] = {}
    current: str | None = None
    for lineno, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            name = header.group("name")
            if not _NAME.match(name):
                raise ConfigError(f"{source}:{lineno}: bad query name {name!r}")
            if name in blocks:
                raise ConfigError(f"{source}:{lineno}: duplicate query name {name!r}")
            blocks[name] = []
            current = name
        elif current is None:
            if line.strip() and not line.lstrip().startswith("//"):
                raise ConfigError(f"{source}:{lineno}: Cypher outside a '// name:' block")
        else:
            blocks[current].append(line)
    result: dict[str, str] = {}
    for name, lines in blocks.items():
        body = "\n".join(lines).strip()
        code = "\n".join(ln for ln in lines if not ln.lstrip().startswith("//")).strip()
        if not code:
            raise ConfigError(f"{source}: query {name!r} is empty")
        if _POSITIONAL.search(code):
            raise ConfigError(f"{source}: query {name!r} uses a positional parameter")
        result[name] = body
    return result


@lru_cache(maxsize=1)
def _registry() -> dict[str, str]:
    registry: dict[str, str] = {}
    files = [f for f in QUERIES_DIR.iterdir() if f.name.endswith(".cypher")]
    for path in sorted(files, key=lambda f: f.name):
        for name, text in parse(path.read_text(encoding="utf-8"), path.name).items():
            if name in registry:
                raise ConfigError(f"{path.name}: query {name!r} is also defined in another file")
            registry[name] = text
    return registry


def get(name: str) -> str:
    """The Cypher text of a named query; ConfigError if no file defines it."""
    try:
        return _registry()[name]
    except KeyError:
        raise ConfigError(f"no named query {name!r} in queries/*.cypher") from None


def names() -> set[str]:
    """Every query name the files define."""
    return set(_registry())
