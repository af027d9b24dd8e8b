"""The named Cypher queries of ``queries/*.cypher``, loaded once (aiosql's habit).

They are package data of ``graph`` (``graph/cypher`` links to ``queries/``), so an
installed wheel reads them exactly as a source checkout does.

A file holds blocks, each opened by a header line ``// name: some_name``; the block's text
runs to the next header. Comment lines before the first header are allowed (file notes);
any other text outside a block, a duplicate name, an empty block or a positional ``$0``
parameter is refused at load, so a broken file fails the first test that touches the registry.
Parameters are ``$named`` only.

A header may name an engine, ``// name: some_name @neo4j``: the few queries whose text must
differ per engine (``graph.dialect`` lists why) are written once per engine, and a name
written for one engine must be written for every engine in :data:`ENGINES` and not shared.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from dealgraph.errors import ConfigError

QUERIES_DIR = resources.files("graph") / "cypher"

#: The store kinds (``GraphStore.kind``) a query can be written for.
ENGINES = ("embedded", "neo4j")

_HEADER = re.compile(r"^\s*//\s*name:\s*(?P<name>\S*)(?:\s+@(?P<engine>\S+))?\s*$")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_POSITIONAL = re.compile(r"\$\d")


def parse(text: str, source: str) -> dict[str, str]:
    """Split one file's text into ``{name: cypher}`` (an engine's variant as ``name@engine``);
    raise ConfigError on anything odd."""
    blocks: dict[str, list[str]] = {}
    current: str | None = None
    for lineno, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            name, engine = header.group("name"), header.group("engine")
            if not _NAME.match(name):
                raise ConfigError(f"{source}:{lineno}: bad query name {name!r}")
            if engine is not None and engine not in ENGINES:
                raise ConfigError(f"{source}:{lineno}: unknown engine {engine!r}")
            if engine is not None:
                name = f"{name}@{engine}"
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
    for name in {n.split("@", 1)[0] for n in registry if "@" in n}:
        missing = [e for e in ENGINES if f"{name}@{e}" not in registry]
        if missing or name in registry:
            raise ConfigError(
                f"query {name!r} must be written either once or once for each of {ENGINES}"
            )
    return registry


def get(name: str, engine: str | None = None) -> str:
    """The Cypher text of a named query (``engine``'s variant where the text differs per
    engine); ConfigError if no file defines it."""
    registry = _registry()
    text = registry.get(name) or registry.get(f"{name}@{engine}")
    if text is None:
        if engine is None and f"{name}@{ENGINES[0]}" in registry:
            raise ConfigError(f"named query {name!r} differs per engine: name the engine")
        raise ConfigError(f"no named query {name!r} in queries/*.cypher")
    return text


def names() -> set[str]:
    """Every query name the files define (a name written per engine once)."""
    return {n.split("@", 1)[0] for n in _registry()}
