"""Start a real Neo4j 5.26 Community server for the tests (see /work/shared/docs/neo4j-testing.md).

The server is a small Java launcher (tests/neo4j_server) run from jars fetched from Maven Central,
reachable over Bolt on a free loopback port::

    server = start_neo4j(tmp_path / "neo4j")          # auth disabled
    with GraphDatabase.driver(server.uri, auth=server.auth) as driver:
        driver.execute_query("RETURN 1")
    server.restart()                                  # same port, same data
    server.stop()

Pure stdlib + the ``neo4j`` driver; no pytest import. Failures raise ``RuntimeError`` naming what
to install or quoting the server log; nothing here skips.
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

from neo4j import GraphDatabase

__all__ = ["LAUNCHER_DIR", "Neo4jServer", "build_launcher", "start_neo4j"]

LAUNCHER_DIR = Path(__file__).resolve().parent / "neo4j_server"
READY_PREFIX = "NEO4J_READY "
USER = "neo4j"

INSTALL_JAVA = "Java 17 (OpenJDK), e.g. `apt-get install openjdk-17-jdk-headless`"
INSTALL_MAVEN = "Maven, e.g. `apt-get install maven` or `brew install maven`"

JVM_FLAGS = [
    "-Xms256m",
    "-Xmx512m",  # test graphs are tiny; the page cache (96 MiB) is off-heap
    "-XX:+ExitOnOutOfMemoryError",
    # Start ~25% faster: C1 only. Test queries are short; peak JIT speed does not matter here.
    "-XX:TieredStopAtLevel=1",
    # The flags Neo4j's own neo4j.conf ships for Java 17 (else LinkageError on DirectByteBuffer).
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
]

_running: set[Neo4jServer] = set()


def _stop_all_at_exit() -> None:
    for server in list(_running):
        server.stop()


atexit.register(_stop_all_at_exit)


def build_launcher(timeout: float = 1800.0) -> None:
    """Run tests/neo4j_server/build.sh (no-op when built). The first build downloads ~175 MB."""
    if shutil.which("java") is None:
        missing = [INSTALL_JAVA] + ([INSTALL_MAVEN] if shutil.which("mvn") is None else [])
        raise RuntimeError("Neo4j test server: no `java` on PATH; install " + " and ".join(missing))
    try:
        done = subprocess.run(
            ["bash", str(LAUNCHER_DIR / "build.sh")],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as exc:
        raise RuntimeError(f"Neo4j test server: build.sh took over {timeout:.0f}s") from exc
    if done.returncode != 0:
        tail = "\n".join(done.stdout.splitlines()[-40:])
        raise RuntimeError(
            f"Neo4j test server: build failed (needs {INSTALL_JAVA}; {INSTALL_MAVEN}; "
            f"access to Maven Central). Output of {LAUNCHER_DIR / 'build.sh'}:\n{tail}"
        )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError as exc:
        return f"(no log: {exc})"


class Neo4jServer:
    """A running launcher process. ``uri`` is ``bolt://127.0.0.1:PORT``; ``auth`` is what to pass
    as the driver's ``auth`` (``None`` when auth is disabled, else ``("neo4j", password)``)."""

    uri: str
    home: Path
    port: int
    password: str | None
    log_path: Path  # the launcher's stdout+stderr; Neo4j's own logs are in home/"logs"

    def __init__(
        self,
        home: Path,
        port: int,
        *,
        password: str | None = None,
        tx_timeout_seconds: int | None = None,
        tx_memory_max_mib: int | None = None,
        start_timeout: float = 120.0,
    ) -> None:
        self.home = Path(home).resolve()
        self.port = port
        self.uri = f"bolt://127.0.0.1:{port}"
        self.password = password
        self.tx_timeout_seconds = tx_timeout_seconds
        self.tx_memory_max_mib = tx_memory_max_mib
        self.start_timeout = start_timeout
        self.log_path = self.home / "launcher.log"
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def auth(self) -> tuple[str, str] | None:
        return (USER, self.password) if self.password is not None else None

    def driver(self, **kwargs):
        """A new driver for this server (the caller closes it)."""
        return GraphDatabase.driver(self.uri, auth=self.auth, **kwargs)

    def start(self) -> None:
        """Start the JVM and wait until Bolt answers and the driver connects."""
        if self._proc is not None and self._proc.poll() is None:
            raise RuntimeError(f"Neo4j test server already running on {self.uri}")
        java = shutil.which("java")
        if java is None:
            raise RuntimeError(f"Neo4j test server: no `java` on PATH; install {INSTALL_JAVA}")
        self.home.mkdir(parents=True, exist_ok=True)
        target = LAUNCHER_DIR / "target"
        cmd = [
            java, *JVM_FLAGS,
            "-cp", f"{target / 'classes'}{os.pathsep}{target / 'lib' / '*'}",
            "dealgraph.testing.Neo4jLauncher",
            "--home", str(self.home),
            "--port", str(self.port),
        ]  # fmt: skip
        if self.password is not None:
            cmd += ["--password", self.password]
        if self.tx_timeout_seconds is not None:
            cmd += ["--tx-timeout-seconds", str(self.tx_timeout_seconds)]
        if self.tx_memory_max_mib is not None:
            cmd += ["--tx-memory-max-mib", str(self.tx_memory_max_mib)]

        # Append, so a restart keeps the earlier run's log; only look for the ready line after here.
        offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        with open(self.log_path, "ab") as log:
            self._proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        _running.add(self)
        try:
            self._wait_ready(offset)
        except BaseException:
            self._kill()
            raise

    def _wait_ready(self, offset: int) -> None:
        assert self._proc is not None
        deadline = time.monotonic() + self.start_timeout
        ready = False
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            code = self._proc.poll()
            if code is not None:
                raise self._failure(f"exited with code {code} before it was ready")
            if not ready:
                with open(self.log_path, "rb") as log:
                    log.seek(offset)
                    text = log.read().decode(errors="replace")
                ready = any(line.startswith(READY_PREFIX) for line in text.splitlines())
            if ready:
                try:
                    with self.driver() as driver:
                        driver.verify_connectivity()
                    return
                except Exception as exc:  # retried until the deadline, then reported
                    last_error = exc
            time.sleep(0.2)
        detail = f"; last driver error: {last_error!r}" if last_error else ""
        raise self._failure(f"was not ready within {self.start_timeout:.0f}s{detail}")

    def _failure(self, what: str) -> RuntimeError:
        return RuntimeError(
            f"Neo4j test server on {self.uri} (home {self.home}) {what}.\n"
            f"It needs {INSTALL_JAVA}, and the launcher built by {LAUNCHER_DIR / 'build.sh'} "
            f"(needs {INSTALL_MAVEN}).\n"
            f"Neo4j's own logs: {self.home / 'logs' / 'debug.log'}\n"
            f"Last 40 lines of {self.log_path}:\n{_tail(self.log_path)}"
        )

    def stop(self, timeout: float = 60.0) -> None:
        """SIGTERM (clean shutdown, data kept), wait, SIGKILL if it does not exit in time."""
        proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self._kill()
        _running.discard(self)

    def _kill(self) -> None:
        proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait()
        _running.discard(self)

    def restart(self) -> None:
        """Stop, then start again on the same port and home (the data is kept)."""
        self.stop()
        self.start()

    def __enter__(self) -> Neo4jServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"Neo4jServer(uri={self.uri!r}, home={str(self.home)!r})"


def start_neo4j(
    home: Path,
    *,
    password: str | None = None,
    timeout: float = 120.0,
    tx_timeout_seconds: int | None = None,
    tx_memory_max_mib: int | None = None,
) -> Neo4jServer:
    """Build the launcher if needed, start Neo4j on a free loopback port with ``home`` as its
    directory, and return once the driver connects. ``password`` enables auth for user "neo4j".
    ``tx_timeout_seconds`` / ``tx_memory_max_mib`` set db.transaction.timeout and
    db.memory.transaction.max (launcher defaults: 60 s and 128 MiB)."""
    build_launcher()
    for attempt in range(3):
        server = Neo4jServer(
            home,
            _free_port(),
            password=password,
            tx_timeout_seconds=tx_timeout_seconds,
            tx_memory_max_mib=tx_memory_max_mib,
            start_timeout=timeout,
        )
        try:
            server.start()
            return server
        except RuntimeError as exc:
            # Another process took the free port between our probe and the JVM's bind: try another.
            if "Address already in use" not in str(exc) or attempt == 2:
                raise
    raise AssertionError("unreachable")
