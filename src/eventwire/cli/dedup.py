"""``eventwire clusters``: real-world events, each reported by one or more articles (see docs/DEDUP.md)."""

from __future__ import annotations

from typing import Any

import click
from rich.console import Console
from rich.table import Table

from ..runner import dedup_backlog
from ..store import Store
from .common import CONFIG_OPTION, DB_OPTION, emit_rows, handle_errors, load, parse_date

__all__ = ["clusters_command"]

COLUMNS = ("date", "event", "actor_code", "recipient_code", "n_articles", "n_mentions", "n_copies", "first_seen",
           "last_seen", "cluster_id")


@click.command("clusters")
@DB_OPTION
@CONFIG_OPTION
@click.option("--actor", help="Actor or recipient code (RUS, JPN, UNO ...)")
@click.option("--type", "event_type", help="PLOVER event type (AGREE, CONSULT, ASSAULT ...)")
@click.option("--since", help="Clusters last seen on or after this date (YYYY-MM-DD)")
@click.option("--until", help="Clusters first seen on or before this date (YYYY-MM-DD)")
@click.option("--all", "include_flagged", is_flag=True, help="Include clusters of negated and hypothetical events")
@click.option("--min-articles", type=int, default=1, show_default=True, help="Only events reported by this many "
              "articles (near-duplicate copies count once)")
@click.option("--backfill", is_flag=True, help="First sign stored articles that have no signature yet (stores "
              "from before dedup) and link their near-duplicates")
@click.option("--limit", type=int, default=None, help="At most this many clusters")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table")
@handle_errors
def clusters_command(db: str | None, config: str | None, actor: str | None, event_type: str | None,
                     since: str | None, until: str | None, include_flagged: bool, min_articles: int, backfill: bool,
                     limit: int | None, fmt: str) -> None:
    """List event clusters: one row per real-world event with the number of articles reporting it."""
    settings = load(config, store_path=db)
    with Store(settings.store_path) as store:
        if backfill:
            dedup_backlog(store, settings=settings.dedup)
        rows = store.clusters(actor=actor, event_type=event_type, since=parse_date(since), until=parse_date(until),
                              include_flagged=include_flagged, min_articles=min_articles, limit=limit)
    emit_rows(rows, fmt, table=_table, columns=COLUMNS)


def _table(rows: list[dict[str, Any]]) -> None:
    table = Table()
    for col in COLUMNS:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*("" if row[c] is None else str(row[c]) for c in COLUMNS))
    Console().print(table)
