"""The wheel's build backend: setuptools, after building the web UI into ``api/ui/dist``.

An installed DealGraph serves its UI from package data, so a wheel without the built UI
would be broken: ``build_wheel`` runs the UI build (``npm ci`` + ``npm run build``, as
``make ui`` does) when ``api/ui/dist`` is missing, and refuses to build without npm.
Editable installs (``make setup``) are setuptools' own and build nothing.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  (every other hook is setuptools' own)

UI = Path(__file__).resolve().parent / "api" / "ui"


def build_ui() -> None:
    if (UI / "dist" / "index.html").is_file():
        return
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit("building the wheel builds the web UI: install Node.js 20+ (npm)")
    subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=UI, check=True)
    subprocess.run([npm, "run", "build"], cwd=UI, check=True)


def build_wheel(
    wheel_directory: str,
    config_settings: dict[str, str | list[str]] | None = None,
    metadata_directory: str | None = None,
) -> str:
    build_ui()
    return _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)
