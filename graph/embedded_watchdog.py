"""The watchdog of an embedded FalkorDB server: nothing of it outlives its data folder's users.

A process that starts the server (see ``embedded_server``) starts this script instead, detached,
and this script runs ``redis-server`` as its own child. It is a script of the standard library
only (run with ``python -I -S``), so that it starts fast, stays small and never imports DealGraph.

- The server dies with the watchdog: the server is started with the parent-death signal
  SIGTERM, so even ``kill -9`` of the watchdog stops it cleanly (Redis flushes its append-only
  file on SIGTERM). SIGTERM, SIGINT or SIGHUP to the watchdog stop the server the same way.
- The watchdog dies with the server: it exits when the server does (SHUTDOWN by its last
  user, ``kill -9``, a crash).
- Idle stop: every DealGraph process using the server holds a shared lock on ``users.lock``. A
  process killed with ``kill -9`` never stops the server itself; once nobody has held the lock
  for the idle time, the watchdog stops the server, holding ``server.lock`` so that no process
  starts using it meanwhile. The idle time lets quick successive commands reuse the server.
- Gone folder: when the data folder is deleted or replaced, the server stops at once.

usage: python -I -S embedded_watchdog.py DATA_DIR IDLE_SECONDS SERVER_ARGV...
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

#: Held exclusively while a process checks for, starts or stops the server.
SERVER_LOCK = "server.lock"
#: Held shared by every process using the server, for as long as it does.
USERS_LOCK = "users.lock"
#: A server that ignores SIGTERM this long is killed (its append-only file is synced anyway).
_STOP_GRACE_S = 60.0
_PR_SET_PDEATHSIG = 1


def _folder_identity(data_dir: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(data_dir)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _die_with_parent() -> Callable[[], None]:
    """``preexec_fn`` for the server: SIGTERM it when this watchdog ends, however it ends."""
    libc = ctypes.CDLL(None, use_errno=True)
    parent = os.getpid()

    def preexec() -> None:
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        if os.getppid() != parent:  # the watchdog died before the signal was armed
            os._exit(1)

    return preexec


def _exit_waiter(server: subprocess.Popen[bytes], tick: float) -> Callable[[], bool]:
    """Wait up to ``tick`` for the server to exit; True once it has. On its pidfd, which wakes
    at once (so a user's SHUTDOWN returns without delay), or by polling before Linux 5.3."""
    try:
        exited = os.pidfd_open(server.pid)
    except OSError:

        def poll() -> bool:
            time.sleep(tick)
            return server.poll() is not None

        return poll
    return lambda: bool(select.select([exited], [], [], tick)[0])


def _try_lock(fh: IO[bytes]) -> bool:
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unused(server_lock: IO[bytes], users_lock: IO[bytes]) -> bool:
    """True holding both locks when no process uses the server; False holding neither."""
    if not _try_lock(server_lock):
        return False  # a process is starting, reviving or leaving: in use
    if _try_lock(users_lock):
        return True
    fcntl.flock(server_lock, fcntl.LOCK_UN)
    return False


def _release(*locks: IO[bytes]) -> None:
    for fh in locks:
        fcntl.flock(fh, fcntl.LOCK_UN)


def _stop(server: subprocess.Popen[bytes], why: str) -> None:
    _log(f"stopping the server (pid {server.pid}): {why}")
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=_STOP_GRACE_S)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def _log(message: str) -> None:
    stamp = time.strftime("%Y-%m-%d %H:%M:%S")
    print(f"{stamp} watchdog {os.getpid()}: {message}", file=sys.stderr, flush=True)


def watch(data_dir: Path, idle_s: float, server_argv: list[str]) -> int:
    identity = _folder_identity(data_dir)
    server = subprocess.Popen(
        server_argv,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=_die_with_parent(),
    )
    # A signal to the watchdog becomes SIGTERM to the server; its exit then ends the loop.
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, lambda *_: server.send_signal(signal.SIGTERM))
    tick = min(1.0, max(0.05, idle_s / 4))
    server_exited = _exit_waiter(server, tick)
    idle_since: float | None = None
    with (
        open(data_dir / SERVER_LOCK, "a+b") as server_lock,
        open(data_dir / USERS_LOCK, "a+b") as users_lock,
    ):
        while not server_exited():
            if _folder_identity(data_dir) != identity:
                _stop(server, f"its data folder {data_dir} is gone")
                break
            if not _unused(server_lock, users_lock):
                idle_since = None
                continue
            now = time.monotonic()
            idle_since = now if idle_since is None else idle_since
            if now - idle_since >= idle_s:
                _stop(server, f"no DealGraph process used it for {idle_s:g} s")
                _release(users_lock, server_lock)
                break
            _release(users_lock, server_lock)
    code = server.wait()
    if code != 0:
        _log(f"the server (pid {server.pid}) exited with {code}")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    return watch(Path(argv[1]), float(argv[2]), argv[3:])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
