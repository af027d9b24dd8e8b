"""Open the store the settings name: the embedded FalkorDB by default, or Neo4j from a URL."""

from __future__ import annotations

from urllib.parse import urlsplit

from dealgraph.errors import ConfigError
from dealgraph.settings import Settings
from graph.store import GraphStore


def open_store(settings: Settings) -> GraphStore:
    """Connect (or start the embedded server) and make sure the schema exists.

    Raises ConfigError for a store value we cannot use and StoreUnavailable, with one line,
    when the database cannot be reached or refuses the credentials.
    """
    value = (settings.store or "").strip()
    if not value or value == "embedded":
        from graph.embedded_store import EmbeddedStore

        return EmbeddedStore(
            settings.data_dir,
            memory_mb=settings.console_memory_mb,
            connect_timeout_s=settings.connect_timeout_s,
            idle_stop_s=settings.server_idle_s,
        )
    from graph.neo4j_store import SCHEMES, Neo4jStore

    try:
        scheme = urlsplit(value).scheme.lower()
    except ValueError:
        scheme = ""
    if scheme not in SCHEMES:
        raise ConfigError(
            "DEALGRAPH_STORE must be empty (embedded store) or a bolt://, neo4j:// or "
            f"neo4j+s:// URL, not {_redact(value)!r}"
        )
    store = Neo4jStore(
        value,
        username=settings.neo4j_username,
        password=settings.neo4j_password,
        database=settings.neo4j_database,
        connect_timeout_s=settings.connect_timeout_s,
    )
    try:
        store.ensure_schema()
    except BaseException:
        store.close()
        raise
    return store


def _redact(url: str) -> str:
    """The URL without a password, for messages."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable URL>"
    if parts.password is None:
        return url
    return url.replace(f":{parts.password}@", ":***@", 1)
