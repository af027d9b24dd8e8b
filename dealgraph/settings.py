"""Settings: one typed object read from the environment (``DEALGRAPH_*``), validated once.

Nothing connects to a database here; the store is opened by whoever needs it
(the CLI command or the API lifespan) from these values.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import platformdirs
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("dealgraph", appauthor=False))


class Settings(BaseSettings):
    """Everything configurable. Environment variables are ``DEALGRAPH_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="DEALGRAPH_", extra="ignore")

    store: str | None = Field(
        default=None,
        description="Absent: the embedded store. bolt://, neo4j://, neo4j+s:// URL: Neo4j.",
    )
    data_dir: Path = Field(default_factory=_default_data_dir)
    neo4j_username: str | None = Field(default=None, validation_alias="NEO4J_USERNAME")
    neo4j_password: str | None = Field(default=None, validation_alias="NEO4J_PASSWORD")
    neo4j_database: str | None = None
    connect_timeout_s: float = 5.0
    #: the embedded store's server stops once no DealGraph process has used it this long (its
    #: users were killed); a process that exits normally stops it at once if it was the last
    server_idle_s: float = Field(default=30.0, ge=0)

    #: the address the API listens on; beyond loopback, ingestion and the console need a token
    listen_host: str = "127.0.0.1"
    api_token: str | None = None
    #: reads (GET /api/...) need the token too; absent: yes when listening beyond loopback
    #: with a token set, no otherwise
    read_token_required: bool | None = None
    cors_origins: list[str] = Field(default_factory=list)
    console_timeout_s: float = 5.0
    console_row_cap: int = 1000
    console_memory_mb: int = 256

    #: MiB of serialised GET answers each API process keeps (api.caching); 0 keeps none
    cache_mb: int = Field(default=64, ge=0)

    max_document_bytes: int = 50 * 1024 * 1024
    document_time_limit_s: float = 120.0
    #: tests only: the file of this name never finishes extracting, so that the time limit
    #: above is tested whatever the machine's speed (ignored when no limit is armed)
    block_extraction_of: str | None = None

    #: EDGAR (``dealgraph fetch``): the SEC requires a User-Agent naming you and your e-mail
    edgar_user_agent: str | None = None
    edgar_base_url: str = "https://www.sec.gov"  # company_tickers.json, Archives
    edgar_data_url: str = "https://data.sec.gov"  # submissions JSON
    edgar_requests_per_s: float = Field(default=10.0, gt=0, le=10)  # SEC fair access: <= 10
    edgar_retries: int = Field(default=5, ge=0, le=10)
    edgar_cache_ttl_s: float = 24 * 3600  # company lists and submissions; Archives never expire
    #: where fetched filings and the HTTP cache are kept (default: ``data_dir/edgar``)
    edgar_dir: Path | None = None

    @property
    def edgar_home(self) -> Path:
        return self.edgar_dir or self.data_dir / "edgar"


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings (cached; tests build their own ``Settings``)."""
    return Settings()
