"""Property-based run over the OpenAPI schema: no input may produce a 5xx.

Bounded on purpose (few examples per operation, a per-example deadline) so it stays a
unit-test-sized run; the embedded store holds the Zoltek graph so lookups hit real data.
Each operation's strategy is driven by Hypothesis directly (schemathesis's lazy pytest
fixture loader does not support this pytest version).
"""

from __future__ import annotations

from typing import Any

import schemathesis
from api_sample_graph import load_zoltek
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.checks import response_schema_conformance

from api.app import create_app
from dealgraph.settings import Settings
from graph.store import GraphStore

BOUNDED = settings(
    max_examples=15,
    deadline=None,  # a slow example on a busy machine is not a failure
    derandomize=True,  # the same examples every run: an outcome never depends on luck
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def from_loopback(app: Any) -> Any:
    """The app as a local browser reaches it: schemathesis's ASGI client says Host testserver,
    which the loopback guard (rightly) refuses."""

    async def asgi(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            headers = [(k, v) for k, v in scope["headers"] if k != b"host"]
            scope = {**scope, "headers": [*headers, (b"host", b"127.0.0.1")]}
        await app(scope, receive, send)

    return asgi


def test_no_server_errors(embedded_store: GraphStore) -> None:
    load_zoltek(embedded_store)
    app = create_app(Settings(console_timeout_s=1.0, console_row_cap=50), embedded_store)
    schema = schemathesis.openapi.from_asgi("/openapi.json", from_loopback(app))
    failures: list[str] = []
    operations = 0
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), f"operation not loadable: {result}"
        operation = result.ok()
        operations += 1

        @BOUNDED
        @given(case=operation.as_strategy())
        def run(case: schemathesis.Case) -> None:
            case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])

        try:
            run()
        except Exception as exc:  # collect every operation's failure, then report them all
            failures.append(f"{operation.label}: {str(exc)[:2000]}")
    assert operations >= 17
    assert not failures, "\n\n".join(failures)
