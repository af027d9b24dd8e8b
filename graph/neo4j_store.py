"""The Neo4j store: Neo4j 5 over Bolt with the official driver, one driver per store.

Writes: a batch is ONE statement (``dialect.NEO4J_UPSERT``, which ends by bumping the graph
version) in one managed write transaction; it returns how many rows of each edge group found
both endpoints, and a shortfall raises inside the transaction function, which rolls
everything back. Reads: one auto-commit query in a READ session (``session.run``): RUN and
PULL go in one round trip, where a managed transaction adds BEGIN and COMMIT (measured: twice
the time of a small read). A read is one statement, so it needs no transaction of its own.
The console runs ``EXPLAIN`` first (query type must be ``'r'``, no ``LoadCSV`` operator, only
allow-listed procedures), then the query in an explicit READ transaction with a server-side
timeout, reading at most ``row_cap + 1`` records. Driver exceptions become
``dealgraph.errors`` here.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

import neo4j
from neo4j import exceptions as nx
from neo4j.graph import Node, Path, Relationship

from dealgraph.errors import (
    ConfigError,
    InvalidInput,
    QuerySyntaxError,
    QueryTimeout,
    ReadOnlyViolation,
    StoreUnavailable,
)
from graph import dialect, queries, schema
from graph.batch import GraphBatch
from graph.console_guard import check_read_only
from graph.named_reads import NamedReads
from graph.results import GraphCollector, check_params, rows_as_dicts
from graph.store import QueryResult

SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
CONSOLE_PROCEDURES = frozenset({"db.index.fulltext.querynodes"})
_POSITION = re.compile(r"\(?line (\d+), column (\d+) \(offset: (\d+)\)\)?")
_EXPLAIN = "EXPLAIN\n"


class _MissingEndpoint(Exception):
    """Raised inside the write transaction to roll it back."""


class Neo4jStore(NamedReads):
    """A Neo4j database reached from a ``bolt://`` / ``neo4j://`` / ``neo4j+s://`` URL."""

    kind = "neo4j"

    def __init__(
        self,
        url: str,
        *,
        username: str | None = None,
        password: str | None = None,
        database: str | None = None,
        connect_timeout_s: float = 5.0,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in SCHEMES or not parts.hostname:
            raise ConfigError(
                "not a Neo4j URL (expected bolt:// or neo4j://host:port): "
                f"{parts.scheme}://{parts.hostname or ''}"
            )
        self.user = unquote(parts.username) if parts.username else (username or "neo4j")
        secret = unquote(parts.password) if parts.password else password
        port = parts.port or 7687
        self.address = f"{parts.hostname}:{port}"
        bare = urlunsplit((parts.scheme, self.address, "", parts.query, ""))
        auth = (self.user, secret) if secret is not None else None
        self._database = database
        self._driver = neo4j.GraphDatabase.driver(
            bare,
            auth=auth,
            connection_timeout=connect_timeout_s,
            connection_acquisition_timeout=max(connect_timeout_s, 30.0),
            # managed transactions retry a lost server for 30 s by default: an outage should
            # answer StoreUnavailable within the configured timeout instead
            max_transaction_retry_time=connect_timeout_s,
            notifications_min_severity="OFF",  # warnings would log query text
        )
        try:
            self.ping()
        except StoreUnavailable:
            self._driver.close()
            raise

    # ------------------------------------------------------------ low level

    @contextlib.contextmanager
    def _translated(self) -> Iterator[None]:
        """Driver exceptions as ours, one line each; never echo parameters."""
        try:
            yield
        except nx.AuthError:
            raise StoreUnavailable(
                f"Neo4j refused the credentials for user {self.user!r} at {self.address}"
            ) from None
        except (nx.ServiceUnavailable, nx.SessionExpired, OSError):
            raise StoreUnavailable(f"cannot reach Neo4j at {self.address}") from None
        except nx.CypherSyntaxError as exc:
            raise _syntax_error(exc.message or str(exc)) from None
        except nx.Neo4jError as exc:
            raise _translate(exc) from None

    def _session(self, mode: str) -> neo4j.Session:
        return self._driver.session(database=self._database, default_access_mode=mode)

    # ------------------------------------------------------------ GraphStore

    def ensure_schema(self) -> None:
        with self._translated(), self._session(neo4j.WRITE_ACCESS) as session:
            for stmt in dialect.neo4j_schema_statements():
                try:
                    session.run(stmt).consume()
                except nx.ClientError as exc:  # a concurrent creator won the race
                    if "AlreadyExists" not in (exc.code or ""):
                        raise
            session.run("CALL db.awaitIndexes(120)").consume()

    def upsert(self, batch: GraphBatch) -> None:
        if not batch.nodes and not batch.edges:
            return
        rows, expected = dialect.neo4j_upsert_rows(batch)

        def check(result: neo4j.Result) -> None:
            """Runs inside the transaction: raising here rolls the whole batch back."""
            record = result.single(strict=True)
            if list(record["edges"]) != expected:
                raise _MissingEndpoint

        try:
            with self._translated():
                # execute_query sends BEGIN with the statement: 2 round trips, not 3
                self._driver.execute_query(
                    dialect.NEO4J_UPSERT,
                    {"batch": rows, **dialect.version_params()},
                    database_=self._database,
                    routing_=neo4j.RoutingControl.WRITE,
                    result_transformer_=check,
                )
        except _MissingEndpoint:
            raise InvalidInput(
                "a relationship's endpoint node is neither in the batch nor in the graph; "
                "nothing was written"
            ) from None

    def read(self, name: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        text = queries.get(name, self.kind)
        with self._translated(), self._session(neo4j.READ_ACCESS) as session:
            result = session.run(text, params or {})
            columns = list(result.keys())
            records = [list(r.values()) for r in result]
            return rows_as_dicts(columns, _convert_rows(session, records))

    def version(self) -> str:
        rows = self.read("graph_version")
        return dialect.version_text(rows[0]["epoch"], rows[0]["n"]) if rows else ""

    def console(
        self, query: str, params: dict[str, Any], *, timeout_s: float, row_cap: int
    ) -> QueryResult:
        check_read_only(query, CONSOLE_PROCEDURES)
        check_params(params)
        started = time.perf_counter()
        with self._translated(), self._session(neo4j.READ_ACCESS) as session:
            try:
                summary = session.run(_EXPLAIN + query, params).consume()
            except nx.CypherSyntaxError as exc:  # positions count our EXPLAIN line: undo it
                raise _syntax_error(exc.message or str(exc), lines=1, chars=len(_EXPLAIN)) from None
            _check_plan(summary.query_type, summary.plan)
            with session.begin_transaction(timeout=timeout_s) as tx:
                result = tx.run(query, params)
                columns = list(result.keys())
                records: list[list[Any]] = []
                for record in result:
                    records.append(list(record.values()))
                    if len(records) > row_cap:
                        break
                truncated = len(records) > row_cap
                rows = _convert_rows(tx, records[:row_cap])
                tx.rollback()  # nothing to keep; also stops a query we stopped reading
        return QueryResult(
            columns=columns,
            rows=rows,
            graph=GraphCollector.of_rows(rows),
            truncated=truncated,
            elapsed_ms=round((time.perf_counter() - started) * 1000, 3),
        )

    def search(self, text: str, labels: Sequence[str], limit: int) -> list[dict[str, Any]]:
        q = dialect.lucene_query(text)
        wanted = [schema.label(lab) for lab in labels] or list(dialect.SEARCH_LABELS)
        if not q or limit <= 0:
            return []

        params = {"q": q, "labels": wanted, "limit": limit}
        with self._translated(), self._session(neo4j.READ_ACCESS) as session:
            return [dict(r) for r in session.run(dialect.NEO4J_SEARCH, params)]

    def _raw(self, name: str) -> list[dict[str, Any]]:
        """Neo4j returns export rows as plain maps already: the same as ``read``."""
        return self.read(name)

    def clear(self) -> None:
        text = queries.get("delete_some")

        def work(tx: neo4j.ManagedTransaction) -> int:
            record = tx.run(text, {"limit": 10000, **dialect.version_params()}).single()
            return int(record["deleted"]) if record else 0

        with self._translated(), self._session(neo4j.WRITE_ACCESS) as session:
            while session.execute_write(work):
                pass

    def mark_shard_loaded(self, key: str, name: str, documents: int) -> None:
        params = {"key": key, "name": name, "documents": documents, **dialect.version_params()}
        with self._translated():
            self._driver.execute_query(
                queries.get("mark_shard_loaded"),
                params,
                database_=self._database,
                routing_=neo4j.RoutingControl.WRITE,
            )

    def ping(self) -> None:
        with self._translated():
            self._driver.verify_connectivity()

    def close(self) -> None:
        self._driver.close()


def _check_plan(query_type: str | None, plan: dict[str, Any] | None) -> None:
    if query_type != "r":
        raise ReadOnlyViolation(f"the console is read-only: the query is of type {query_type!r}")
    stack = [plan] if plan else []
    while stack:
        op = stack.pop()
        name = str(op.get("operatorType", "")).split("@", 1)[0].lower()
        if "loadcsv" in name:
            raise ReadOnlyViolation("LOAD CSV is not allowed in the console")
        if "procedurecall" in name:
            details = str(op.get("args", {}).get("Details", "")).lower()
            allowed = {
                *CONSOLE_PROCEDURES,
                "db.labels",
                "db.relationshiptypes",
                "db.propertykeys",
                "db.schema.visualization",
            }
            if not any(details.startswith(p + "(") for p in allowed):
                raise ReadOnlyViolation("the query calls a procedure that is not allowed")
        stack.extend(op.get("children", []))


def _syntax_error(message: str, *, lines: int = 0, chars: int = 0) -> QuerySyntaxError:
    """Neo4j's syntax error with its position, less ``lines``/``chars`` we prepended."""
    first = message.strip().splitlines()[0] if message.strip() else "syntax error"
    pos = _POSITION.search(message)
    position = None
    if pos:
        line, column, offset = (int(g) for g in pos.groups())
        position = {
            "line": max(1, line - lines),
            "column": column,
            "offset": max(0, offset - chars),
        }
    text = _POSITION.sub("", first).strip()
    return QuerySyntaxError(f"syntax error: {text}", position=position)


def _translate(exc: nx.Neo4jError) -> Exception:
    code = exc.code or ""
    if "TransactionTimedOut" in code or "Terminated" in code:
        return QueryTimeout("the query ran past its time limit and was stopped")
    if "MemoryPoolOutOfMemory" in code or "OutOfMemory" in code:
        return QueryTimeout("the query used more memory than allowed and was stopped")
    if code.endswith("Statement.AccessMode") or "ForbiddenOnReadOnly" in code:
        return ReadOnlyViolation("the console is read-only: the query tries to write")
    if code.endswith("Procedure.ProcedureNotFound"):
        return ReadOnlyViolation("the query calls a procedure that is not allowed")
    first = (exc.message or "").strip().splitlines()
    return InvalidInput(f"the query failed: {first[0][:300] if first else code}")


def _label_of(node: Node) -> str | None:
    declared = sorted(lab for lab in node.labels if lab in schema.NODE_TYPES)
    ranked = declared or sorted(node.labels)
    return ranked[0] if ranked else None


def _convert_rows(tx: neo4j.Session | neo4j.Transaction, rows: list[list[Any]]) -> list:
    """Driver values as plain ones; endpoints not returned in full are looked up by key."""
    keys: dict[str, str] = {}
    wanted: set[str] = set()
    _collect_ids(rows, keys, wanted)
    missing = sorted(wanted - keys.keys())
    if missing:
        result = tx.run(
            "MATCH (n) WHERE elementId(n) IN $ids RETURN elementId(n) AS id, n.key AS key",
            {"ids": missing},
        )
        keys.update({r["id"]: r["key"] for r in result})
    return [[_convert(v, keys) for v in row] for row in rows]


def _collect_ids(value: Any, keys: dict[str, str], wanted: set[str]) -> None:
    if isinstance(value, Node):
        if "key" in value:
            keys[value.element_id] = value["key"]
        else:
            wanted.add(value.element_id)
    elif isinstance(value, Relationship):
        for end in (value.start_node, value.end_node):
            if end is not None:
                _collect_ids(end, keys, wanted)
    elif isinstance(value, Path):
        for item in [*value.nodes, *value.relationships]:
            _collect_ids(item, keys, wanted)
    elif isinstance(value, list | tuple):
        for item in value:
            _collect_ids(item, keys, wanted)
    elif isinstance(value, dict):
        for item in value.values():
            _collect_ids(item, keys, wanted)


def _convert(value: Any, keys: dict[str, str]) -> Any:
    if isinstance(value, Node):
        return dialect.node_dict(_label_of(value), dict(value))
    if isinstance(value, Relationship):
        start, end = value.start_node, value.end_node
        return dialect.edge_dict(
            value.type,
            keys.get(start.element_id) if start is not None else None,
            keys.get(end.element_id) if end is not None else None,
            dict(value),
        )
    if isinstance(value, Path):
        return {
            "nodes": [_convert(n, keys) for n in value.nodes],
            "edges": [_convert(r, keys) for r in value.relationships],
        }
    if isinstance(value, list | tuple):
        return [_convert(v, keys) for v in value]
    if isinstance(value, dict):
        return {str(k): _convert(v, keys) for k, v in value.items()}
    if hasattr(value, "iso_format"):  # neo4j.time Date / DateTime / Duration
        return value.iso_format()
    return value
