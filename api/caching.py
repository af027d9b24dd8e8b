"""Read answers keyed by the graph version: ``ETag`` / ``If-None-Match`` and an answer cache.

The graph changes only in write transactions, and every one of them bumps the graph version
(``graph.dialect.VERSION_BUMP``) whoever writes: this worker, another worker, ``dealgraph
ingest`` in another process. A GET answer computed after the version read v is therefore
right for as long as the version reads v. For each ``GET /api/...`` :class:`VersionedReads`

1. reads the version from the store, in a read that starts after the request arrived: what
   keeps an answer from ever being older than the last completed write, in any process.
   Requests that arrive while a version read is under way share the next one
   (:class:`VersionReads`), so under load a worker reads the version about once per round
   trip to the store rather than once per request;
2. answers from this process's cache when the same request (path, query, credentials) was
   answered 200 at this version: the stored bytes, or ``304 Not Modified`` when the client
   sends the current ETag in ``If-None-Match``;
3. otherwise lets the app answer, tags a 200 with the ETag (``304`` if the client holds it
   already) and keeps its bytes when they fit.

Every route under ``/api/`` gets this without declaring anything. An answer is stored only
after the app itself answered 200 to the same credentials (``Authorization``), so the cache
never answers a request that the app's own checks would refuse. The cache holds at most
``Settings.cache_mb`` of answers, least recently used out first, and is emptied when the
version moves on (an old version never comes back).

Plain ASGI, like ``api.auth.LoopbackGuard``: no task or stream per request.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections import OrderedDict
from dataclasses import dataclass

import anyio.to_thread
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import error_response
from dealgraph import __version__
from dealgraph.errors import DealGraphError
from graph.store import GraphStore

#: What a cached answer tells browsers: keep it, but ask (with If-None-Match) before reuse.
CACHE_CONTROL = b"private, no-cache"
#: The largest share of the budget one answer may take (a whole export is not kept).
ENTRY_SHARE = 8


@dataclass(frozen=True, slots=True)
class Answer:
    """A 200 answer as sent: its bytes and content type."""

    body: bytes
    content_type: bytes


Key = tuple[str, str, bytes, bytes]


class AnswerCache:
    """Answers by (version, path, query, credentials), least recently used out first, at
    most ``budget`` bytes of bodies in all."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.size = 0
        self.version: str | None = None
        self._answers: OrderedDict[Key, Answer] = OrderedDict()

    def __len__(self) -> int:
        return len(self._answers)

    def at(self, version: str) -> None:
        """The store is at ``version``: answers of any other version are never asked again."""
        if version != self.version:
            self._answers.clear()
            self.size = 0
            self.version = version

    def get(self, key: Key) -> Answer | None:
        answer = self._answers.get(key)
        if answer is not None:
            self._answers.move_to_end(key)
        return answer

    def put(self, key: Key, answer: Answer) -> None:
        if key[0] != self.version or len(answer.body) > self.budget // ENTRY_SHARE:
            return  # a later write was seen meanwhile, or the answer is too large to keep
        old = self._answers.pop(key, None)
        if old is not None:
            self.size -= len(old.body)
        self._answers[key] = answer
        self.size += len(answer.body)
        while self.size > self.budget:
            _, dropped = self._answers.popitem(last=False)
            self.size -= len(dropped.body)


def etag(version: str) -> bytes:
    """The validator of every answer at ``version`` (weak: the same JSON, not the same bytes
    on the wire); the code version is part of it, so an upgrade never answers 304."""
    digest = hashlib.blake2b(f"{__version__}/{version}".encode(), digest_size=12).hexdigest()
    return f'W/"{digest}"'.encode()


def holds(if_none_match: str | None, tag: bytes) -> bool:
    """Whether ``If-None-Match`` names ``tag`` (weak comparison, ``*`` matches all)."""
    if not if_none_match:
        return False
    wanted = tag.decode().removeprefix("W/")
    return any(
        t.strip() == "*" or t.strip().removeprefix("W/") == wanted for t in if_none_match.split(",")
    )


class VersionReads:
    """The store's version, read at most once at a time, each read shared by every request
    that arrived before it started.

    A request joins the read that has not started yet (starting one if none is under way),
    never one already under way: that one may have been answered before a write that
    completed before the request arrived. So every request gets a version read that began
    after it came in, and there are at most two reads' wait between the two.
    """

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self._next: asyncio.Future[str] | None = None  # the read not started yet
        self._reader: asyncio.Task[None] | None = None

    async def read(self) -> str:
        loop = asyncio.get_running_loop()
        if self._next is None:
            self._next = loop.create_future()
        joined = self._next
        if self._reader is None:
            self._reader = loop.create_task(self._reads())
        return await asyncio.shield(joined)

    async def _reads(self) -> None:
        try:
            while self._next is not None:
                joined, self._next = self._next, None  # later arrivals wait for the next read
                try:
                    version = await anyio.to_thread.run_sync(self.store.version)
                except Exception as exc:  # every request that joined gets it
                    joined.set_exception(exc)
                except BaseException:
                    joined.cancel()
                    raise
                else:
                    joined.set_result(version)
        finally:  # left early (the loop is closing): nobody will read for the late arrivals
            self._reader = None
            if self._next is not None:
                self._next.cancel()
                self._next = None


class VersionedReads:
    """The ASGI middleware of this module (see the module notes)."""

    def __init__(self, app: ASGIApp, cache_bytes: int) -> None:
        self.app = app
        self.cache = AnswerCache(cache_bytes)
        self._versions: VersionReads | None = None

    def _reads_of(self, store: GraphStore) -> VersionReads:
        if self._versions is None or self._versions.store is not store:
            self._versions = VersionReads(store)
        return self._versions

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or not scope["path"].startswith("/api/")
        ):
            await self.app(scope, receive, send)
            return
        store = getattr(scope["app"].state, "store", None)
        if store is None:  # not open: the route answers why
            await self.app(scope, receive, send)
            return
        try:
            version = await self._reads_of(store).read()
        except DealGraphError as exc:
            await error_response(exc)(scope, receive, send)
            return
        headers = Headers(scope=scope)
        credentials = headers.get("authorization", "").encode()
        key: Key = (
            version,
            scope["path"],
            scope["query_string"],
            hashlib.blake2b(credentials, digest_size=16).digest() if credentials else b"",
        )
        tag = etag(version)
        fresh = holds(headers.get("if-none-match"), tag)
        self.cache.at(version)
        answer = self.cache.get(key)
        if answer is not None:
            await _send(send, 304 if fresh else 200, tag, answer)
            return
        await self._answer(scope, receive, send, key, tag, fresh)

    async def _answer(
        self, scope: Scope, receive: Receive, send: Send, key: Key, tag: bytes, fresh: bool
    ) -> None:
        """Let the app answer; a 200 is held until complete, then tagged, kept and sent."""
        start: Message | None = None
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start" and message["status"] != 200:
                start = None
                await send(message)
                return
            if message["type"] == "http.response.start":
                start = message
                return
            if start is None or message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            answer = Answer(b"".join(chunks), _content_type(start))
            self.cache.put(key, answer)
            await _send(send, 304 if fresh else 200, tag, answer, start)

        await self.app(scope, receive, capture)


def _content_type(start: Message) -> bytes:
    for name, value in start.get("headers", []):
        if name.lower() == b"content-type":
            return bytes(value)
    return b"application/json"


async def _send(
    send: Send, status: int, tag: bytes, answer: Answer, start: Message | None = None
) -> None:
    """The answer (or a bodiless 304) with its ETag; the app's other headers when it just
    answered, else the stored content type."""
    kept = [
        (name, value)
        for name, value in (start or {}).get("headers", [])
        if name.lower() not in (b"content-length", b"content-type", b"etag", b"cache-control")
    ]
    headers = [*kept, (b"etag", tag), (b"cache-control", CACHE_CONTROL)]
    body = b"" if status == 304 else answer.body
    if status != 304:
        headers += [
            (b"content-type", answer.content_type),
            (b"content-length", str(len(body)).encode()),
        ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
