"""The user actors file: extra actors in the knowledge-base JSONL format, extended by ``eventwire actors add``."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .records import actor_from_dict

__all__ = ["NewActor", "append_actor"]

TYPES = ("PERSON", "STATE", "ORG", "GROUP", "AGENT")


@dataclass(frozen=True, slots=True, kw_only=True)
class NewActor:
    """What ``actors add`` collects; ``record()`` gives the JSONL object."""

    name: str
    code: str | None
    type: str = "PERSON"
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    surnames: tuple[str, ...] = ()
    title: str | None = None
    office: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    actor_id: str | None = None
    source: str = "user"
    demonyms: tuple[str, ...] = field(default=())

    def record(self) -> dict[str, Any]:
        if self.type not in TYPES:
            raise ConfigError(f"actor type must be one of {', '.join(TYPES)}, not {self.type!r}")
        row: dict[str, Any] = {"id": self.actor_id or "user:" + re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-"),
                               "type": self.type, "name": self.name, "code": self.code,
                               "names": [self.name, *self.aliases], "source": self.source}
        if self.type == "PERSON":
            row["surnames"] = list(self.surnames) or ([self.name.split()[-1]] if " " in self.name else [])
            row["roles"] = [{"code": self.code, "sector": self.sector, "title": self.title or "user-defined role",
                             "office": self.office, "valid_from": self.valid_from.isoformat() if self.valid_from else None,
                             "valid_to": self.valid_to.isoformat() if self.valid_to else None, "source": self.source}]
        else:
            row["sector"] = self.sector
            if self.demonyms:
                row["demonyms"] = list(self.demonyms)
        actor_from_dict(row)  # validates dates and fields before anything is written
        return row


def append_actor(path: str | Path, actor: NewActor) -> dict[str, Any]:
    """Append ``actor`` to the user file at ``path`` (created if missing); returns the written record."""
    row = actor.record()
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        needs_newline = target.is_file() and target.stat().st_size > 0 and not target.read_bytes().endswith(b"\n")
        with target.open("a", encoding="utf-8") as fh:
            fh.write(("\n" if needs_newline else "") + json.dumps(row, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise ConfigError(f"cannot write actors file {target}: {exc}") from exc
    return row
