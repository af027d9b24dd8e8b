"""The one way DealGraph speaks to EDGAR: a small client on ``httpx``.

The SEC's fair-access rules hold by construction, for every request: a declared
User-Agent naming the user and their e-mail (refused without one), at most
``edgar_requests_per_s`` (<= 10) requests in any second, retries with exponential backoff
on 429 and 5xx (honouring ``Retry-After``), and a local cache, so a re-run asks EDGAR for
nothing it already has. Archive files never change once filed and are cached for good;
company lists and submissions JSON are kept for ``edgar_cache_ttl_s``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import httpx

from dealgraph.edgar.ratelimit import RateLimiter
from dealgraph.errors import ConfigError, InvalidInput, NotFound, SourceUnavailable
from dealgraph.settings import Settings

_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
_MAX_BACKOFF_S = 60.0


def user_agent(settings: Settings) -> str:
    """The declared User-Agent: a name and an e-mail ("Jane Doe jane@example.com")."""
    ua = (settings.edgar_user_agent or "").strip()
    if not ua:
        raise ConfigError(
            "set DEALGRAPH_EDGAR_USER_AGENT to your name and e-mail "
            "(e.g. 'Jane Doe jane@example.com'): the SEC refuses requests without one"
        )
    if not _EMAIL.search(ua) or not _EMAIL.sub("", ua).strip():
        raise ConfigError(
            f"DEALGRAPH_EDGAR_USER_AGENT {ua!r} needs both a name and an e-mail address "
            "(e.g. 'Jane Doe jane@example.com')"
        )
    return ua


@dataclass(slots=True)
class Traffic:
    """What a client did: requests sent to EDGAR, answers served from the cache, retries."""

    requests: int = 0
    cache_hits: int = 0
    retries: int = 0


class HttpCache:
    """Response bodies on disk, one file per URL (named by its SHA-256)."""

    def __init__(self, root: Path, ttl_s: float) -> None:
        self.root = root
        self.ttl_s = ttl_s

    def _path(self, url: str) -> Path:
        digest = hashlib.sha256(url.encode()).hexdigest()
        return self.root / digest[:2] / digest

    def get(self, url: str, *, immutable: bool) -> bytes | None:
        path = self._path(url)
        try:
            if not immutable and time.time() - path.stat().st_mtime > self.ttl_s:
                return None
            return path.read_bytes()
        except OSError:
            return None

    def put(self, url: str, body: bytes) -> None:
        path = self._path(url)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(body)
        tmp.replace(path)  # atomic: a killed run never leaves half a cached answer


@lru_cache
def process_limiter(rate: float) -> RateLimiter:
    """The limiter every client of this process shares, so that fetches one after another
    (or side by side, in the API) stay within one budget of requests a second."""
    return RateLimiter(rate)


class EdgarClient:
    """GETs against EDGAR's two hosts (``edgar_base_url``, ``edgar_data_url``: settings, so
    tests point them at a loopback replay). ``limiter`` and ``sleep`` can be injected."""

    def __init__(
        self,
        settings: Settings,
        *,
        limiter: RateLimiter | None = None,
        sleep: Callable[[float], None] = time.sleep,
        timeout_s: float = 30.0,
    ) -> None:
        self.base_url = settings.edgar_base_url.rstrip("/")
        self.data_url = settings.edgar_data_url.rstrip("/")
        self.retries = settings.edgar_retries
        self.limiter = limiter or process_limiter(settings.edgar_requests_per_s)
        self.cache = HttpCache(settings.edgar_home / "cache", settings.edgar_cache_ttl_s)
        self.traffic = Traffic()
        self._sleep = sleep
        self._http = httpx.Client(
            headers={"User-Agent": user_agent(settings), "Accept-Encoding": "gzip, deflate"},
            timeout=timeout_s,
            follow_redirects=True,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> EdgarClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def get_json(self, url: str, *, immutable: bool = False, what: str = "") -> Any:
        body = self.get(url, immutable=immutable, what=what)
        try:
            return json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise SourceUnavailable(f"EDGAR answered {what or url} with malformed JSON") from None

    def get(self, url: str, *, immutable: bool = False, what: str = "") -> bytes:
        """The body of ``url``: from the cache, else from EDGAR (limited, retried).

        404 becomes :class:`NotFound` naming ``what``; other 4xx :class:`InvalidInput`;
        5xx/429/transport failures after the last retry :class:`SourceUnavailable`.
        """
        cached = self.cache.get(url, immutable=immutable)
        if cached is not None:
            self.traffic.cache_hits += 1
            return cached
        label = what or url
        for attempt in range(self.retries + 1):
            self.limiter.acquire()
            self.traffic.requests += 1
            try:
                response = self._http.get(url)
            except httpx.TransportError as exc:
                if attempt == self.retries:
                    raise SourceUnavailable(f"EDGAR did not answer {label}: {exc}") from None
                self._backoff(attempt, None)
                continue
            if response.status_code == 200:
                self.cache.put(url, response.content)
                return response.content
            if response.status_code in _RETRY_STATUS and attempt < self.retries:
                self._backoff(attempt, response.headers.get("Retry-After"))
                continue
            if response.status_code == 404:
                raise NotFound(f"EDGAR has no {label}")
            if response.status_code in _RETRY_STATUS:
                raise SourceUnavailable(
                    f"EDGAR answered {response.status_code} for {label} "
                    f"after {self.retries + 1} attempts"
                )
            raise InvalidInput(f"EDGAR refused {label} ({response.status_code})")
        raise AssertionError("unreachable")  # the loop always returns or raises

    def _backoff(self, attempt: int, retry_after: str | None) -> None:
        """1, 2, 4, ... seconds (at most 60), or what the server's Retry-After asks."""
        self.traffic.retries += 1
        delay = min(_MAX_BACKOFF_S, 2.0**attempt)
        if retry_after and retry_after.strip().isdigit():
            delay = min(_MAX_BACKOFF_S, max(delay, float(retry_after)))
        self._sleep(delay)
