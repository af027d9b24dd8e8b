"""The one error tree of DealGraph.

    DealGraphError                 root: anything we expect and can explain in one line
    ├── ConfigError                settings or store URL that cannot work
    ├── InvalidInput               a document or request we refuse to process
    │   └── QuerySyntaxError       Cypher the database could not parse (with position)
    ├── NotFound                   no node / document with that key
    ├── ReadOnlyViolation          the console refused a query (writes, LOAD CSV, procedures)
    ├── QueryTimeout               a query ran past its time limit
    ├── Unauthorized               missing or wrong API token
    ├── StoreUnavailable           the database cannot be reached / authenticated
    └── SourceUnavailable          EDGAR did not answer (after retries)

Driver exceptions are translated into these inside ``graph/``; HTTP status codes are mapped
in ``api/errors.py`` and exit codes in ``dealgraph/cli.py``, each in one place.
"""

from __future__ import annotations


class DealGraphError(Exception):
    """Root of every error DealGraph raises on purpose; ``code`` is stable for clients."""

    code = "error"

    def __init__(self, message: str, *, position: dict[str, int] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.position = position


class ConfigError(DealGraphError):
    code = "config_error"


class InvalidInput(DealGraphError):
    code = "invalid_input"


class QuerySyntaxError(InvalidInput):
    code = "syntax_error"


class NotFound(DealGraphError):
    code = "not_found"


class ReadOnlyViolation(DealGraphError):
    code = "read_only"


class QueryTimeout(DealGraphError):
    code = "timeout"


class Unauthorized(DealGraphError):
    code = "unauthorized"


class StoreUnavailable(DealGraphError):
    code = "store_unavailable"


class SourceUnavailable(DealGraphError):
    code = "source_unavailable"
