"""``dealgraph fetch``'s client against the loopback EDGAR replay (no test reaches the
internet): fair access (User-Agent, rate limit, retries, cache), company and filing
lookup, filters, resume, and clear errors for bad tickers and accessions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from dealgraph.edgar.fetch import FetchRequest, FetchSummary, exhibit_matches, fetch
from dealgraph.edgar.http import EdgarClient
from dealgraph.edgar.ratelimit import RateLimiter, most_in_window
from dealgraph.errors import ConfigError, InvalidInput, NotFound, SourceUnavailable
from dealgraph.settings import Settings
from tests.edgar_replay import Replay, load_exhibits, serve

UA = "DealGraph Tests tests@example.com"
BIRD = "0001861449"  # one 8-K with five EX-10 exhibits as HTML (2023)
GLOBAL_MARINE = "0000041850"  # one 10-K of 1996: only a full submission


@pytest.fixture
def replay() -> Iterator[Replay]:
    yield from serve(Replay(load_exhibits()))


def settings_for(replay: Replay, tmp_path: Path, **extra: object) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        edgar_user_agent=UA,
        edgar_base_url=replay.url,
        edgar_data_url=replay.url,
        **extra,  # type: ignore[arg-type]
    )


class FakeClock:
    """Time that moves only when slept on: the limiter's schedule without waiting."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def run(
    replay: Replay, tmp_path: Path, req: FetchRequest, **extra: object
) -> tuple[FetchSummary, EdgarClient]:
    clock = FakeClock()
    client = EdgarClient(settings_for(replay, tmp_path, **extra), sleep=clock.sleep)
    with client:
        return fetch(client, req, tmp_path / "out"), client


# -- fair access ---------------------------------------------------------------------------


@pytest.mark.parametrize("agent", [None, "", "   ", "jane@example.com", "Jane Doe"])
def test_a_user_agent_with_name_and_email_is_required(tmp_path: Path, agent: str | None) -> None:
    settings = Settings(data_dir=tmp_path, edgar_user_agent=agent)
    with pytest.raises(ConfigError, match="DEALGRAPH_EDGAR_USER_AGENT"):
        EdgarClient(settings)


def test_every_request_declares_the_user_agent(replay: Replay, tmp_path: Path) -> None:
    run(replay, tmp_path, FetchRequest(cik=BIRD))
    assert replay.log and {agent for _, agent in replay.log} == {UA}


def test_the_limiter_lets_at_most_ten_requests_into_any_second() -> None:
    clock = FakeClock()
    limiter = RateLimiter(10, clock=clock, sleep=clock.sleep)
    for _ in range(35):
        limiter.acquire()
    assert len(limiter.issued) == 35
    assert most_in_window(limiter.issued) == 10
    # the schedule on the injected clock: ten at once, then ten as each window frees
    assert limiter.issued == [1000.0] * 10 + [1001.0] * 10 + [1002.0] * 10 + [1003.0] * 5


def test_a_slower_rate_setting_spaces_requests_further() -> None:
    clock = FakeClock()
    limiter = RateLimiter(0.5, clock=clock, sleep=clock.sleep)
    for _ in range(4):
        limiter.acquire()
    assert [t - 1000.0 for t in limiter.issued] == [0.0, 2.0, 4.0, 6.0]


def test_clients_of_one_process_share_one_budget(replay: Replay, tmp_path: Path) -> None:
    settings = settings_for(replay, tmp_path)
    with EdgarClient(settings) as one, EdgarClient(settings) as two:
        assert one.limiter is two.limiter


def test_more_than_ten_per_second_is_refused_as_a_setting(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="edgar_requests_per_s"):
        Settings(data_dir=tmp_path, edgar_requests_per_s=11)


def test_every_request_to_the_replay_went_through_the_limiter(
    replay: Replay, tmp_path: Path
) -> None:
    settings = settings_for(replay, tmp_path)
    clock = FakeClock()
    limiter = RateLimiter(settings.edgar_requests_per_s, clock=clock, sleep=clock.sleep)
    with EdgarClient(settings, limiter=limiter) as client:
        for cik in (BIRD, GLOBAL_MARINE, "0000897708", "0000720032"):
            fetch(client, FetchRequest(cik=cik), tmp_path / "out")
    assert len(replay.log) == len(limiter.issued) > 10
    assert most_in_window(limiter.issued) <= 10
    assert clock.slept  # the limiter had to hold requests back


def test_429_and_503_are_retried_with_backoff_and_retry_after(
    replay: Replay, tmp_path: Path
) -> None:
    path = f"/submissions/CIK{BIRD}.json"
    replay.fail_next(path, (503, None), (429, "7"), (500, None))
    clock = FakeClock()
    limiter = RateLimiter(10, clock=clock, sleep=clock.sleep)
    settings = settings_for(replay, tmp_path)
    with EdgarClient(settings, limiter=limiter, sleep=clock.sleep) as client:
        summary = fetch(client, FetchRequest(cik=BIRD), tmp_path / "out")
    assert summary.documents_fetched == 5 and summary.retries == 3
    # every attempt is a request of its own under the limit: 4 + the index + 5 exhibits
    assert replay.requests_for(path) == 4 and len(limiter.issued) == len(replay.log) == 10


def test_backoff_doubles_and_honours_retry_after(replay: Replay, tmp_path: Path) -> None:
    path = f"/submissions/CIK{BIRD}.json"
    replay.fail_next(path, (503, None), (429, "7"), (502, None))
    clock = FakeClock()
    with EdgarClient(settings_for(replay, tmp_path), sleep=clock.sleep) as client:
        fetch(client, FetchRequest(cik=BIRD), tmp_path / "out")
    assert clock.slept == [1.0, 7.0, 4.0]  # 1 s, the server's 7 s (over 2 s), then 4 s


def test_a_source_that_keeps_failing_is_a_clear_error_and_writes_nothing(
    replay: Replay, tmp_path: Path
) -> None:
    path = f"/submissions/CIK{BIRD}.json"
    replay.fail_next(path, *[(503, None)] * 3)
    with pytest.raises(SourceUnavailable, match=r"503 .* after 3 attempts"):
        run(replay, tmp_path, FetchRequest(cik=BIRD), edgar_retries=2)
    assert replay.requests_for(path) == 3
    assert not (tmp_path / "out").exists()


# -- lookup and filters --------------------------------------------------------------------


def names(summary: FetchSummary) -> list[str]:
    return sorted(Path(f).name for f in summary.files)


def test_by_ticker_company_name_and_cik_find_the_same_filer(replay: Replay, tmp_path: Path) -> None:
    by_ticker, _ = run(replay, tmp_path, FetchRequest(ticker="brds"))
    by_name, _ = run(replay, tmp_path, FetchRequest(company="bird global"))
    by_cik, _ = run(replay, tmp_path, FetchRequest(cik="1861449"))
    assert by_ticker.cik == by_name.cik == by_cik.cik == BIRD
    assert names(by_ticker) == names(by_name) == names(by_cik)
    assert len(by_cik.files) == 5


def test_sidecars_carry_the_filing(replay: Replay, tmp_path: Path) -> None:
    summary, _ = run(replay, tmp_path, FetchRequest(cik=BIRD, exhibits=("EX-10.9",)))
    (path,) = summary.files
    assert path.endswith("0001861449-23-000002/12-a109-birdridesxamendment.htm")
    side = json.loads(Path(path + ".edgar.json").read_text())
    assert side == {
        "accession": "0001861449-23-000002",
        "cik": BIRD,
        "company": "Bird Global, Inc.",
        "form_type": "8-K",
        "filing_date": "2023-01-03",
        "exhibit_type": "EX-10.9",
        "former_names": [],
    }


def test_an_early_filing_is_split_from_its_full_submission(replay: Replay, tmp_path: Path) -> None:
    summary, _ = run(replay, tmp_path, FetchRequest(cik="41850"))
    assert names(summary) == ["5-0000041850-96-000001-5.txt"]
    text = Path(summary.files[0]).read_text()
    assert "AMENDMENT NO. 1" in text and "<DOCUMENT>" not in text
    assert replay.requests_for("0000041850-96-000001.txt") == 1
    side = json.loads(Path(summary.files[0] + ".edgar.json").read_text())
    assert (side["exhibit_type"], side["form_type"]) == ("EX-10.2", "10-K")


@pytest.mark.parametrize(
    ("req", "expected"),
    [
        (FetchRequest(cik=BIRD, exhibits=("EX-4",)), 0),
        (FetchRequest(cik=BIRD, exhibits=("any",)), 5),
        (FetchRequest(cik=BIRD, forms=("10-K",)), 0),
        (FetchRequest(cik=BIRD, forms=("8-K",)), 5),
        (FetchRequest(cik=BIRD, since="2023-01-04"), 0),
        (FetchRequest(cik=BIRD, since="2023-01-01", until="2023-01-03"), 5),
        (FetchRequest(cik=BIRD, titles=("pledge",)), 3),
        (FetchRequest(cik=BIRD, titles=("amend",)), 2),
        (FetchRequest(cik=BIRD, titles=("credit", "loan")), 1),
        # the subordinated guarantee opens with a legend, not a title: not found by title
        (FetchRequest(cik=BIRD, titles=("guarant",)), 1),
    ],
)
def test_filters(replay: Replay, tmp_path: Path, req: FetchRequest, expected: int) -> None:
    summary, _ = run(replay, tmp_path, req)
    assert len(summary.files) == expected, names(summary)


@pytest.mark.parametrize(
    ("doc_type", "wanted", "taken"),
    [
        ("EX-10.2", ("EX-10",), True),
        ("EX-10", ("EX-10",), True),
        ("EX-101.INS", ("EX-10",), False),  # XBRL, not an agreement
        ("EX-4.1", ("EX-10",), False),
        ("EX-4.1", ("EX-10", "EX-4"), True),
        ("EX-10.2", ("EX-10.1",), False),
        ("EX-99.1", ("ANY",), True),
        ("EX-101.SCH", ("ANY",), False),
        ("10-K", ("ANY",), False),
    ],
)
def test_exhibit_types(doc_type: str, wanted: tuple[str, ...], taken: bool) -> None:
    assert exhibit_matches(doc_type, wanted) is taken


def test_older_filings_are_read_from_the_next_submissions_page(tmp_path: Path) -> None:
    for replay in serve(Replay(load_exhibits(), recent_limit=0)):
        summary, _ = run(replay, tmp_path, FetchRequest(cik=BIRD))
        assert len(summary.files) == 5
        assert replay.requests_for(f"CIK{BIRD}-submissions-001.json") == 1


def test_one_filing_by_accession(replay: Replay, tmp_path: Path) -> None:
    summary, _ = run(replay, tmp_path, FetchRequest(accession="000186144923000002"))
    assert summary.cik == BIRD and len(summary.files) == 5


def test_a_filing_agents_accession_needs_the_filers_cik(replay: Replay, tmp_path: Path) -> None:
    with pytest.raises(NotFound, match=r"prefix 0000906318 .*give the filer's --cik"):
        run(replay, tmp_path, FetchRequest(accession="0000906318-96-000011"))
    summary, _ = run(replay, tmp_path, FetchRequest(accession="0000906318-96-000011", cik="716823"))
    assert names(summary) == ["6-0000906318-96-000011-6.txt"]


@pytest.mark.parametrize(
    ("req", "error", "message"),
    [
        (FetchRequest(ticker="NOPE"), NotFound, "no EDGAR company with ticker 'NOPE'"),
        (FetchRequest(company="no such company"), NotFound, "no listed EDGAR company"),
        (FetchRequest(company="replay company"), InvalidInput, r"companies match .* give --cik"),
        (FetchRequest(cik="99999"), NotFound, "EDGAR has no company with CIK 0000099999"),
        (FetchRequest(cik="12ab"), InvalidInput, "not a CIK"),
        (FetchRequest(accession="41850-96-1"), InvalidInput, "not an accession number"),
        (
            FetchRequest(accession="0001861449-23-000099"),
            NotFound,
            "EDGAR lists no filing 0001861449-23-000099 for CIK 0001861449",
        ),
        (FetchRequest(), InvalidInput, "exactly one of"),
        (FetchRequest(cik=BIRD, ticker="BRDS"), InvalidInput, "exactly one of"),
        (FetchRequest(cik=BIRD, since="last year"), InvalidInput, "--since must be a date"),
        (FetchRequest(cik=BIRD, exhibits=("10-K",)), InvalidInput, "--exhibit '10-K'"),
    ],
)
def test_bad_requests_are_clear_errors(
    replay: Replay, tmp_path: Path, req: FetchRequest, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        run(replay, tmp_path, req)
    assert not (tmp_path / "out").exists()


# -- resume and cache ----------------------------------------------------------------------


def test_a_rerun_fetches_nothing_again(replay: Replay, tmp_path: Path) -> None:
    first, _ = run(replay, tmp_path, FetchRequest(cik=BIRD))
    assert (first.documents_fetched, first.documents_present) == (5, 0)
    sent = len(replay.log)

    again, _ = run(replay, tmp_path, FetchRequest(cik=BIRD))
    assert (again.documents_fetched, again.documents_present) == (0, 5)
    assert again.requests == 0 and len(replay.log) == sent  # everything from disk or cache


def test_an_interrupted_fetch_resumes_with_what_is_missing(replay: Replay, tmp_path: Path) -> None:
    first, _ = run(replay, tmp_path, FetchRequest(cik=BIRD))
    lost = Path(first.files[0])
    lost.unlink()  # as if the run had been killed before writing this one
    settings = settings_for(replay, tmp_path)
    # a fresh cache: the document must come from EDGAR again, and only that one
    settings = settings.model_copy(update={"edgar_dir": tmp_path / "fresh"})
    with EdgarClient(settings) as client:
        again = fetch(client, FetchRequest(cik=BIRD), tmp_path / "out")
    assert (again.documents_fetched, again.documents_present) == (1, 4)
    assert lost.exists()
    assert replay.requests_for(lost.name.split("-", 1)[1]) == 2  # once per run


def test_a_document_without_its_sidecar_is_fetched_again(replay: Replay, tmp_path: Path) -> None:
    first, _ = run(replay, tmp_path, FetchRequest(cik="41850"))
    Path(first.files[0] + ".edgar.json").unlink()
    again, _ = run(replay, tmp_path, FetchRequest(cik="41850"))
    assert again.documents_fetched == 1 and Path(first.files[0] + ".edgar.json").exists()
