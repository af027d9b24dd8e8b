"""At most N requests in any window of one second, by construction.

A sliding log rather than a token bucket: it never allows a burst above the limit at a
window's edge, and its schedule (:attr:`RateLimiter.issued`) is what tests check, with an
injected clock, instead of timing real requests.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable


class RateLimiter:
    """``rate`` requests a second: ``int(rate)`` per second, or one every ``1/rate`` s below 1."""

    def __init__(
        self,
        rate: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.count = max(1, int(rate))
        self.per_s = 1.0 if rate >= 1 else 1.0 / rate
        self._clock = clock
        self._sleep = sleep
        self._recent: deque[float] = deque()
        self._lock = threading.Lock()
        #: the time each request was let through, in order (for tests and summaries)
        self.issued: list[float] = []

    def acquire(self) -> float:
        """Wait until one more request fits in the window; return the time it was let go."""
        with self._lock:
            while True:
                now = self._clock()
                while self._recent and self._recent[0] <= now - self.per_s:
                    self._recent.popleft()
                if len(self._recent) < self.count:
                    self._recent.append(now)
                    self.issued.append(now)
                    return now
                self._sleep(self._recent[0] + self.per_s - now)


def most_in_window(times: list[float], per_s: float = 1.0) -> int:
    """The largest number of ``times`` inside any window ``(t - per_s, t]``: the limiter's
    own definition of "in one second"."""
    ordered = sorted(times)
    best, lo = 0, 0
    for hi, t in enumerate(ordered):
        while ordered[lo] <= t - per_s:
            lo += 1
        best = max(best, hi - lo + 1)
    return best
