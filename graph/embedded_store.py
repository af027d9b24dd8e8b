"""The default store: FalkorDB run privately in the data directory (see ``embedded_server``).

Writes: a whole batch is ONE ``GRAPH.QUERY`` (its parts chained with ``WITH``), which FalkorDB
applies atomically: a runtime error undoes everything the query did. A relationship whose
endpoint is missing makes its part's row count fall short, and the query divides by zero on
purpose, which turns "missing endpoint" into that all-or-nothing error.
Reads: ``GRAPH.RO_QUERY``, which the server refuses to let write. Every write query ends by
bumping the graph version (``dialect.VERSION_BUMP``), inside the same atomic query.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import redis
from falkordb import Edge, FalkorDB, Node
from falkordb import Path as FPath

from dealgraph.errors import (
    DealGraphError,
    InvalidInput,
    QuerySyntaxError,
    QueryTimeout,
    ReadOnlyViolation,
    StoreUnavailable,
)
from graph import dialect, queries, schema
from graph.batch import GraphBatch
from graph.console_guard import check_read_only
from graph.embedded_server import ServerHandle
from graph.named_reads import NamedReads
from graph.results import GraphCollector, check_params, rows_as_dicts
from graph.store import QueryResult

GRAPH_NAME = "dealgraph"
#: FalkorDB checks a query's timeout between operations, not inside one expression (a long
#: ``reduce()`` runs on): the console's reads give up this long after the limit regardless.
_CONSOLE_GRACE_S = 2.0
_ENDPOINT_CHECK = "Division by zero"
_POSITION = re.compile(r"line: (\d+), column: (\d+), offset: (\d+)")


class EmbeddedStore(NamedReads):
    """FalkorDB in ``data_dir``; shares the server with other processes on the same dir."""

    kind = "embedded"

    def __init__(
        self,
        data_dir: Path,
        *,
        memory_mb: int = 256,
        connect_timeout_s: float = 5.0,
        idle_stop_s: float = 30.0,
    ) -> None:
        self.data_dir = data_dir
        self.server = ServerHandle(
            data_dir,
            memory_mb=memory_mb,
            connect_timeout_s=connect_timeout_s,
            idle_stop_s=idle_stop_s,
        )
        self._db = FalkorDB(unix_socket_path=str(self.server.socket))
        self._graph = self._db.select_graph(GRAPH_NAME)
        self._console_dbs: dict[float, FalkorDB] = {}  # by socket timeout
        self.ensure_schema()  # also creates the graph key: RO_QUERY refuses a missing one

    # ------------------------------------------------------------ low level

    def _query(
        self,
        text: str,
        params: dict[str, Any] | None = None,
        *,
        read_only: bool = True,
        timeout_ms: int | None = None,
        graph: Any = None,
    ) -> Any:
        try:
            if read_only:
                return (graph or self._graph).ro_query(text, params, timeout=timeout_ms)
            return self._graph.query(text, params, timeout=timeout_ms)
        except redis.ResponseError as exc:
            raise _translate(str(exc), text) from None
        except redis.TimeoutError:
            if graph is None:
                raise self._unavailable("stopped answering") from None
            raise QueryTimeout(
                "the query ran past its time limit; its answer was abandoned"
            ) from None
        except (redis.ConnectionError, OSError):
            raise self._unavailable("stopped answering") from None

    def _console(self, timeout_s: float) -> Any:
        """The console's graph handle: its socket reads stop waiting past the time limit."""
        bound = round(timeout_s + _CONSOLE_GRACE_S, 3)
        db = self._console_dbs.get(bound)
        if db is None:
            db = FalkorDB(unix_socket_path=str(self.server.socket), socket_timeout=bound)
            self._console_dbs[bound] = db
        return db.select_graph(GRAPH_NAME)

    def _unavailable(self, what: str) -> StoreUnavailable:
        """The error for a lost server, after starting a new one if it died (next call works)."""
        message = f"the embedded FalkorDB server at {self.server.socket} {what}"
        try:
            if self.server.revive():
                message += "; it was restarted, retry the request"
        except StoreUnavailable as exc:
            message += f"; restarting it failed: {exc.message}"
        return StoreUnavailable(message)

    def _convert_rows(self, result: Any) -> tuple[list[str], list[list[Any]]]:
        columns = [str(h[1]) for h in result.header]
        converter = _Converter()
        rows = [[converter.convert(v) for v in row] for row in result.result_set]
        missing = converter.missing_ends()
        if missing:
            # relationships returned without their end nodes (console queries): one id seek
            # each (`id(n) IN $ids` would scan every node)
            found = self._query(
                "UNWIND $ids AS i MATCH (n) WHERE id(n) = i RETURN id(n), n.key", {"ids": missing}
            )
            converter.keys.update({int(i): k for i, k in found.result_set})
        converter.fill_ends()
        return columns, rows

    # ------------------------------------------------------------ GraphStore

    def ensure_schema(self) -> None:
        for stmt in dialect.falkordb_schema_statements():
            try:
                self._query(stmt, read_only=False)
            except InvalidInput as exc:
                if "already indexed" not in exc.message and "already exists" not in exc.message:
                    raise

    def upsert(self, batch: GraphBatch) -> None:
        parts = dialect.upsert_parts(batch)
        if not parts:
            return
        pieces: list[str] = []
        params: dict[str, Any] = {}
        for i, part in enumerate(parts):
            params[part.param] = part.rows
            pieces.append(part.cypher)
            if part.is_edge:
                pieces.append(
                    f"WITH count(*) AS c{i}\n"
                    f"WITH 1 / (CASE WHEN c{i} = size(${part.param}) THEN 1 ELSE 0 END) AS _{i}"
                )
            else:
                pieces.append(f"WITH count(*) AS _{i}")
        pieces += [dialect.VERSION_BUMP, "RETURN 1"]
        params |= dialect.version_params()
        try:
            self._query("\n".join(pieces), params, read_only=False)
        except InvalidInput as exc:
            if _ENDPOINT_CHECK in exc.message:
                raise InvalidInput(
                    "a relationship's endpoint node is neither in the batch nor in the graph; "
                    "nothing was written"
                ) from None
            raise

    def read(self, name: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        result = self._query(queries.get(name, self.kind), params or {})
        columns, rows = self._convert_rows(result)
        return rows_as_dicts(columns, rows)

    def version(self) -> str:
        result = self._query(queries.get("graph_version"))
        row = result.result_set[0] if result.result_set else [None, None]
        return dialect.version_text(*row)

    def console(
        self, query: str, params: dict[str, Any], *, timeout_s: float, row_cap: int
    ) -> QueryResult:
        check_read_only(query, frozenset({"db.idx.fulltext.querynodes"}))
        check_params(params)
        started = time.perf_counter()
        result = self._query(
            query, params, timeout_ms=max(1, int(timeout_s * 1000)), graph=self._console(timeout_s)
        )
        columns, rows = self._convert_rows(result)
        truncated = len(rows) > row_cap
        rows = rows[:row_cap]
        graph = GraphCollector.of_rows(rows)
        return QueryResult(
            columns=columns,
            rows=rows,
            graph=graph,
            truncated=truncated,
            elapsed_ms=round((time.perf_counter() - started) * 1000, 3),
        )

    def search(self, text: str, labels: Sequence[str], limit: int) -> list[dict[str, Any]]:
        wanted = [schema.label(lab) for lab in labels] or list(dialect.SEARCH_LABELS)
        searched = [lab for lab in wanted if lab in dialect.SEARCH_LABELS]  # others: no hits
        q = dialect.redisearch_query(text)
        if not q or limit <= 0 or not searched:
            return []
        result = self._query(dialect.falkordb_search(searched), {"q": q, "limit": limit})
        columns = [str(h[1]) for h in result.header]
        hits = rows_as_dicts(columns, result.result_set)
        hits.sort(key=lambda h: (-float(h["score"]), h["id"]))
        return hits[:limit]

    def _raw(self, name: str) -> list[dict[str, Any]]:
        """Rows of maps and primitives as stored (no node conversion), for export."""
        result = self._query(queries.get(name, self.kind), {})
        columns = [str(h[1]) for h in result.header]
        return rows_as_dicts(columns, [[_plain(v) for v in row] for row in result.result_set])

    def clear(self) -> None:
        while True:
            params = {"limit": 10000, **dialect.version_params()}
            result = self._query(queries.get("delete_some"), params, read_only=False)
            if not result.result_set or not result.result_set[0][0]:
                return

    def mark_shard_loaded(self, key: str, name: str, documents: int) -> None:
        params = {"key": key, "name": name, "documents": documents, **dialect.version_params()}
        self._query(queries.get("mark_shard_loaded"), params, read_only=False)

    def ping(self) -> None:
        try:
            with self.server.client() as conn:
                conn.ping()
        except (redis.RedisError, OSError):
            raise self._unavailable("does not answer") from None

    def close(self) -> None:
        try:
            for db in [self._db, *self._console_dbs.values()]:
                db.connection.close()
        finally:
            self.server.release()


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


class _Converter:
    """Driver values as plain ones in one walk; relationships get their end nodes' keys
    afterwards, from the nodes seen in the same answer or from a lookup of the rest."""

    def __init__(self) -> None:
        self.keys: dict[int, str] = {}
        self._edges: list[tuple[dict[str, Any], int, int]] = []

    def convert(self, value: Any) -> Any:
        if value is None or isinstance(value, str | int | float):
            return value
        if isinstance(value, dict):
            return {str(k): self.convert(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.convert(v) for v in value]
        if isinstance(value, Node):
            self.keys[int(value.id)] = value.properties.get("key")
            return dialect.node_dict(value.labels[0] if value.labels else None, value.properties)
        if isinstance(value, Edge):
            edge = dialect.edge_dict(value.relation, None, None, value.properties)
            self._edges.append((edge, int(value.src_node), int(value.dest_node)))
            return edge
        if isinstance(value, FPath):
            return {
                "nodes": [self.convert(n) for n in value.nodes()],
                "edges": [self.convert(e) for e in value.edges()],
            }
        return value

    def missing_ends(self) -> list[int]:
        ends = {i for _, src, dst in self._edges for i in (src, dst)}
        return sorted(ends - self.keys.keys())

    def fill_ends(self) -> None:
        for edge, src, dst in self._edges:
            edge["source"], edge["target"] = self.keys.get(src), self.keys.get(dst)


def _translate(message: str, query: str) -> DealGraphError:
    """A FalkorDB error as ours; never echo parameters (the error context may hold them)."""
    if "timed out" in message:
        return QueryTimeout("the query ran past its time limit and was stopped")
    if "mem consumption exceeded" in message:
        return QueryTimeout("the query used more memory than allowed and was stopped")
    if "read-only" in message.lower() and "RO_QUERY" in message:
        return ReadOnlyViolation("the console is read-only: the query tries to write")
    pos = _POSITION.search(message)
    if pos:
        text = message.split("errMsg:", 1)[-1].split(" line:", 1)[0].strip()
        return QuerySyntaxError(
            f"syntax error: {text}", position=_user_position(query, int(pos.group(3)))
        )
    if _ENDPOINT_CHECK in message:
        return InvalidInput(_ENDPOINT_CHECK)
    return InvalidInput(f"the query failed: {message.split(' errCtx:', 1)[0][:300]}")


def _user_position(query: str, offset: int) -> dict[str, int]:
    """FalkorDB reports a byte offset into the query; answer line, column and char offset."""
    raw = query.encode()[:offset].decode(errors="ignore")
    line = raw.count("\n") + 1
    column = len(raw) - (raw.rfind("\n") + 1) + 1
    return {"line": line, "column": column, "offset": len(raw)}
